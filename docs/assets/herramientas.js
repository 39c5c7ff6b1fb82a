// Loads the self-hosted Pyodide runtime once per visit, only on pages with a tool, and
// hands each prerendered tool to followup.browser. Material's document$ emits on the first
// load and after every instant navigation, so tools are mounted from there.
const ROOT = new URL("../", import.meta.url);
const RUNTIME = new URL("assets/pyodide/", ROOT);
const WHEEL = new URL(
  "followup-0.1.0-py3-none-any.whl" + new URL(import.meta.url).search,
  RUNTIME,
);

const SLOW_MS = 20000; // a slow connection: say so rather than look frozen

function setStatus(tool, text, state) {
  const status = tool.querySelector("[data-stc-status]");
  if (status) status.textContent = text;
  tool.dataset.state = state;
}

// Pyodide 314 never settles loadPyodide() when pyodide.asm.wasm cannot be fetched
// (pyodide/pyodide#6296); the failed fetch only surfaces as an unhandled rejection.
// Treat one seen while loading as the load failing, so the reader gets an answer.
function settled(loading) {
  let onFailure;
  const failed = new Promise((_, reject) => {
    onFailure = (event) => reject(event.reason ?? new Error("Pyodide did not load"));
    window.addEventListener("unhandledrejection", onFailure);
  });
  return Promise.race([loading, failed]).finally(() =>
    window.removeEventListener("unhandledrejection", onFailure),
  );
}

// One runtime for the whole visit, kept on globalThis so instant navigation reuses it.
function runtime() {
  globalThis.__sigueTuCaso ??= (async () => {
    const { loadPyodide } = await import(new URL("pyodide.mjs", RUNTIME).href);
    const pyodide = await settled(loadPyodide({ indexURL: RUNTIME.href }));
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
  const slow = setTimeout(() => {
    for (const tool of tools) {
      setStatus(tool, "La herramienta está tardando más de lo normal en cargar; espera un poco más.", "loading");
    }
  }, SLOW_MS);
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
  } finally {
    clearTimeout(slow);
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
