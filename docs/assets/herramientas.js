// Loads the self-hosted Pyodide runtime once per visit, only on pages with a tool, and
// hands each prerendered tool to followup.browser. Material's document$ emits on the first
// load and after every instant navigation, so tools are mounted from there.
const ROOT = new URL("../", import.meta.url);
const RUNTIME = new URL("assets/pyodide/", ROOT);
const WHEEL = new URL(
  "followup-0.1.0-py3-none-any.whl" + new URL(import.meta.url).search,
  RUNTIME,
);

function setStatus(tool, text, state) {
  const status = tool.querySelector("[data-stc-status]");
  if (status) status.textContent = text;
  tool.dataset.state = state;
}

// One runtime for the whole visit, kept on globalThis so instant navigation reuses it.
function runtime() {
  globalThis.__sigueTuCaso ??= (async () => {
    const { loadPyodide } = await import(new URL("pyodide.mjs", RUNTIME).href);
    const pyodide = await loadPyodide({ indexURL: RUNTIME.href });
    const wheel = await fetch(WHEEL);
    if (!wheel.ok) throw new Error(`wheel: HTTP ${wheel.status}`);
    pyodide.unpackArchive(await wheel.arrayBuffer(), "wheel");
    // The pure core first, the js-touching adapter last (see DESIGN.md on snapshots).
    pyodide.pyimport("followup.render");
    return pyodide.pyimport("followup.browser");
  })();
  return globalThis.__sigueTuCaso;
}

async function mountTools() {
  const tools = [...document.querySelectorAll("[data-stc-tool]:not([data-mounted])")];
  if (tools.length === 0) return;
  for (const tool of tools) {
    tool.dataset.mounted = "pending";
    setStatus(tool, "Cargando la herramienta…", "loading");
  }
  let browser;
  try {
    browser = await runtime();
  } catch (error) {
    globalThis.__sigueTuCaso = undefined; // let the next page try again
    console.error("Sigue tu caso: Pyodide did not load", error);
    for (const tool of tools) {
      setStatus(
        tool,
        "No se pudo cargar la herramienta en este navegador. La guía sigue disponible; " +
          "recarga la página para intentarlo de nuevo.",
        "error",
      );
    }
    return;
  }
  for (const tool of tools) {
    if (!tool.isConnected) continue; // the reader navigated away while Pyodide loaded
    try {
      browser.mount(tool, ROOT.href);
      tool.dataset.mounted = "yes";
    } catch (error) {
      console.error("Sigue tu caso: mount failed", error);
      setStatus(tool, "La herramienta tuvo un error al iniciarse. Recarga la página.", "error");
    }
  }
}

if (globalThis.document$) {
  globalThis.document$.subscribe(() => mountTools());
} else {
  mountTools();
}
