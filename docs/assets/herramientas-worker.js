// The tools' Python, off the page's main thread: Pyodide and the followup wheel run in this
// module Web Worker, started once per visit by the page's head (overrides/main.html) or by
// herramientas.js. Every message in is one event for followup.worker.handle (JSON); every
// answer is its list of effects (JSON text), in the order the events came. Before the first
// answer the worker says {ready} or {failed}, and before that {arrived} for each file it
// has received in full.
//
// Start-up: the first visit loads Pyodide, installs the wheel, imports every followup
// module and stores a memory snapshot of that state (in Cache Storage, keyed by the runtime
// version and the wheel's hash) once the page has drawn the answer to its first event, or
// when the page is hidden first. Later visits restore it (about 0.6 s instead of several
// seconds). The snapshot is taken before any event, so it never holds the reader's data.
const HERE = new URL(import.meta.url);
// This script's folder is named by a hash of everything in it (sitebuild/offline.py): the
// runtime and the wheel beside it are always the ones it was built with.
const RUNTIME = new URL("pyodide/", HERE);
const WHEEL = new URL("followup-0.1.0-py3-none-any.whl", RUNTIME);
// The build writes the runtime's lock header here (sitebuild/offline.py), so loadPyodide
// does not fetch the 119 KB pyodide-lock.json; left as is, Pyodide fetches the file.
const LOCK = "__STC_PYODIDE_LOCK__";
const SNAPSHOTS = "sigue-tu-caso-snapshot";
let pendingStore = null;

// The snapshot is stored when the page says so: once it has drawn the tools the first event
// (the mount) answered, or at once when it is being hidden. Stored as the answer arrived,
// its 55 ms of packing and its write ran beside the page's first frame of the live tool.
function storeWhenIdle() {
  if (!pendingStore) return;
  const store = pendingStore;
  pendingStore = null;
  setTimeout(store, 0);
}

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

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

function options(extra) {
  const config = { indexURL: RUNTIME.href, ...extra };
  if (LOCK.startsWith("{")) config.lockFileContents = LOCK;
  return config;
}

// --- the stored snapshot --------------------------------------------------------------

// Per runtime version and per build (the folder's hash is in RUNTIME).
function snapshotKey(version) {
  return new URL(`snapshot/${version}`, RUNTIME).href;
}

// The 31 MB of WebAssembly memory are more than half zero pages: stored without them
// ("sparse": a header, a bitmap of the pages kept, the pages), a snapshot is ≈ 13 MB and
// costs milliseconds to write and to read back. Gzip (CompressionStream) made it ≈ 6 MB but
// cost ≈ 0.9 s of the worker to write and ≈ 0.35 s to read on every return on a desktop
// (several times that on a phone): measured in `make bench`, not worth the disk it saves.
const PAGE = 4096;
const MAGIC = 0x53544331; // "STC1"

function packSnapshot(bytes) {
  const pages = Math.ceil(bytes.length / PAGE);
  const map = new Uint8Array(Math.ceil(pages / 8));
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
  const kept = [];
  for (let page = 0; page < pages; page++) {
    const start = page * PAGE;
    const end = Math.min(start + PAGE, aligned.length);
    let used = false;
    for (let w = start >> 2; w < end >> 2 && !used; w++) used = words[w] !== 0;
    for (let b = end & ~3; b < end && !used; b++) used = aligned[b] !== 0;
    if (!used) continue;
    map[page >> 3] |= 1 << (page & 7);
    kept.push(aligned.subarray(start, end));
  }
  const header = new DataView(new ArrayBuffer(8));
  header.setUint32(0, MAGIC);
  header.setUint32(4, bytes.length);
  return new Blob([header, map, ...kept]);
}

function unpackSnapshot(buffer) {
  const view = new DataView(buffer);
  if (buffer.byteLength < 8 || view.getUint32(0) !== MAGIC) throw new Error("not a snapshot");
  const length = view.getUint32(4);
  const pages = Math.ceil(length / PAGE);
  const map = new Uint8Array(buffer, 8, Math.ceil(pages / 8));
  const out = new Uint8Array(length);
  let at = 8 + map.length;
  for (let page = 0; page < pages; page++) {
    if (!(map[page >> 3] & (1 << (page & 7)))) continue;
    const size = Math.min(PAGE, length - page * PAGE);
    out.set(new Uint8Array(buffer, at, size), page * PAGE);
    at += size;
  }
  if (at !== buffer.byteLength) throw new Error("truncated snapshot");
  return out;
}

async function readSnapshot(key) {
  try {
    const cache = await caches.open(SNAPSHOTS);
    const stored = await cache.match(key);
    if (!stored) return null;
    return unpackSnapshot(await stored.arrayBuffer());
  } catch {
    await forgetSnapshots(); // unreadable: start plainly and make a new one
    return null;
  }
}

async function forgetSnapshots(keep) {
  try {
    const cache = await caches.open(SNAPSHOTS);
    for (const request of await cache.keys()) {
      if (request.url !== keep) await cache.delete(request);
    }
  } catch {
    // Cache Storage unavailable: nothing was stored
  }
}

async function storeSnapshot(key, bytes) {
  try {
    const packed = packSnapshot(bytes);
    const cache = await caches.open(SNAPSHOTS);
    const headers = { "Content-Type": "application/octet-stream" };
    await cache.put(key, new Response(packed, { headers }));
    await forgetSnapshots(key); // an older runtime or wheel is never used again
  } catch {
    // storage full or unavailable: the next visit starts plainly, the reader sees nothing
  }
}

// --- start ----------------------------------------------------------------------------

// Every module of the package and its subpackages, so the snapshot holds them all, with the
// methods dataclasses writes compiled at build time (pylib/followup/startup.py).
const IMPORT_ALL = "from followup import startup\nstartup.import_all()";

async function start() {
  const { loadPyodide, version } = await import(new URL("pyodide.mjs", RUNTIME).href);
  const key = snapshotKey(version);
  const snapshot = await readSnapshot(key);
  if (snapshot) {
    try {
      const pyodide = await settled(loadPyodide(options({ _loadSnapshot: snapshot })));
      // Every module of the wheel is imported in the snapshot and none reads a file of its
      // package, so the wheel's files are not put back (40-100 ms of every return).
      pyodide.runPython("import random; random.seed()"); // not the snapshot's sequence
      return { pyodide, start: "snapshot" };
    } catch (error) {
      console.warn("Sigue tu caso: stored snapshot unusable, starting plainly", error);
      await forgetSnapshots();
    }
  }
  const wheel = fetchBytes(WHEEL); // downloads while the runtime starts
  const pyodide = await settled(loadPyodide(options({ _makeSnapshot: true })));
  pyodide.unpackArchive(await wheel, "wheel");
  pyodide.runPython(IMPORT_ALL);
  // Taken now, before the first event: the snapshot holds code, never the reader's cases.
  const bytes = pyodide.makeMemorySnapshot();
  pendingStore = () => storeSnapshot(key, bytes);
  return { pyodide, start: "plain" };
}

// The page counts a slow first download file by file (herramientas.js `readRuntime`): only
// this worker's own timeline says when one has all come.
const arrivals = watchArrivals();

function watchArrivals() {
  try {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) postMessage({ type: "arrived", url: entry.name });
    });
    observer.observe({ type: "resource", buffered: true });
    return observer;
  } catch {
    return null; // no Resource Timing in this browser: the count stays at zero until ready
  }
}

const ready = start().then(({ pyodide, start }) => ({
  handle: pyodide.pyimport("followup.worker").handle,
  start,
}));
ready.finally(() => arrivals?.disconnect()).catch(() => {}); // before the page hears the end
ready.then(
  ({ start }) => postMessage({ type: "ready", start }),
  (error) => postMessage({ type: "failed", error: String(error) }),
);

self.onmessage = async (message) => {
  // Not an event: the page is being hidden, keep the snapshot now (no answer).
  if (message.data?.type === "snapshot-now") return ready.then(storeWhenIdle, () => {});
  const { handle } = await ready; // answers keep the order of the events
  postMessage({ type: "effects", effects: handle(JSON.stringify(message.data)) });
};
