// A short-lived worker, started by the page (herramientas.js, `compileForReturns`) once the
// service worker has kept the tools' runtime after a first visit: it loads the runtime's
// JavaScript from that copy and runs its factory as far as the WebAssembly, so V8 compiles
// that 1.2 MB module and the function that starts it once, in idle time, and keeps the code
// beside the service worker's copy. The reader's next visit starts from it. Measured with
// Chrome's trace: the first return spent ≈ 130 ms compiling pyodide.asm.mjs and ≈ 150 ms
// more before its WebAssembly, every later return 9 ms; the first return's tool ready,
// medians of six on a desktop: 764 ms without this worker, 695 ms with it. Nothing of the
// reader's is here: no Python starts, and pyodide.asm.mjs is the only file it asks for.
const RUNTIME = new URL("pyodide/", import.meta.url);
const { default: createModule } = await import(new URL("pyodide.asm.mjs", RUNTIME).href);
// Emscripten's hook for instantiating the WebAssembly elsewhere: the factory hands it the
// module's imports and waits for its answer, which never comes, so nothing more is fetched.
createModule({ instantiateWasm: () => ({}) }).catch(() => {});
// V8 keeps a module's code a moment after running it: the page ends this worker later.
