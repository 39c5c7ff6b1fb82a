// The tools' Python, off the page's main thread: Pyodide and the followup wheel run in this
// module Web Worker, started once per visit by herramientas.js. Every message in is one
// event for followup.worker.handle (JSON); every answer is its list of effects (JSON text),
// in the order the events came. Before the first answer the worker says {ready} or {failed}.
const HERE = new URL(import.meta.url);
const RUNTIME = new URL("pyodide/", HERE);
// The bridge's ?v= (a hash of the package and the scripts) also versions the wheel.
const WHEEL = new URL("followup-0.1.0-py3-none-any.whl" + HERE.search, RUNTIME);

// Pyodide 314 never settles loadPyodide() when pyodide.asm.wasm cannot be fetched
// (pyodide/pyodide#6296); the failure only surfaces as an unhandled rejection.
function settled(loading) {
  let onFailure;
  const failed = new Promise((_, reject) => {
    onFailure = (event) => reject(event.reason ?? new Error("Pyodide did not load"));
    self.addEventListener("unhandledrejection", onFailure);
  });
  return Promise.race([loading, failed]).finally(() =>
    self.removeEventListener("unhandledrejection", onFailure),
  );
}

async function fetchWheel() {
  const response = await fetch(WHEEL);
  if (!response.ok) throw new Error(`wheel: HTTP ${response.status}`);
  return response.arrayBuffer();
}

async function start() {
  // The wheel downloads while the runtime does.
  const wheel = fetchWheel();
  const { loadPyodide } = await import(new URL("pyodide.mjs", RUNTIME).href);
  const pyodide = await settled(loadPyodide({ indexURL: RUNTIME.href }));
  pyodide.unpackArchive(await wheel, "wheel");
  return pyodide.pyimport("followup.worker").handle;
}

const ready = start();
ready.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", error: String(error) }),
);

self.onmessage = async (message) => {
  const handle = await ready; // answers keep the order of the events
  postMessage({ type: "effects", effects: handle(JSON.stringify(message.data)) });
};
