// Sigue tu caso's service worker, written into the built site as /sw.js by the build
// (pylib/sitebuild/offline.py fills in the lists and the version below).
//
// One cache per deploy, named by a hash of every file's content: installing a new deploy
// fills a new cache, and activating it deletes the old one as a whole, so a page is never
// served with the scripts or the wheel of another deploy. Every file is checked against the
// content hash its deploy listed: a deploy switched on the server while this one installs
// fails the install (the new deploy's worker installs instead) rather than caching a file of
// the other deploy under this one's name. The guide (pages, styles, scripts, search) is
// cached at install; the tools' runtime only when a tool page asks for it, so a reader who
// only reads the guide never downloads it. Cached files are served first: after one visit,
// the whole site works without a network.
//
// A new deploy's worker installs beside the one in use and waits, so open pages keep the
// files they started with; the tools offer «Actualizar», which sends "skip-waiting".
//
// One exception to "cached files first": the tools' WebAssembly (pyodide.asm.wasm, in the
// content-named tools folder, immutable for a year on the server) is taken from the browser's
// HTTP cache whenever it has it, and from this worker's copy only when it does not (offline
// after the HTTP cache was cleared, or evicted). V8 keeps the code it compiled from a wasm
// response beside that response's HTTP cache entry and finds it again only for a response of
// that entry (or this worker's pass-through fetch of it); from Cache Storage, every return
// compiled the 9.6 MB module again, function by function (Chrome tracing: no
// v8.wasm.moduleCacheHit, ≈ 1 500 lazy compilations; from the HTTP cache: a hit, ≈ 60). The
// scripts stay with this worker's copy: V8 keeps their code in Cache Storage and reuses it
// from the next load on, which it did not do for the runtime's module scripts from the HTTP
// cache; after a first visit, the page has them compiled from this copy once
// (herramientas-compilar.js), so the first return reuses it too. A URL of that folder never
// changes its bytes, so deploys never mix either way.
const VERSION = "__STC_VERSION__";
const GUIDE = __STC_GUIDE__; // [path, content hash], relative to the site root
const RUNTIME = __STC_RUNTIME__;
const CACHE = `stc-site-${VERSION}`;
const ROOT = self.registration.scope;
const TOOLS = /\/assets\/herramientas\/[0-9a-f]{16}\//;
const COMPILED = /\/assets\/herramientas\/[0-9a-f]{16}\/.*\.wasm$/;

function request(path) {
  const url = new URL(path, ROOT);
  // Revalidate with the server (a 304 when the file is already in the HTTP cache); a file of
  // the content-named tools folder is taken as the HTTP cache has it (immutable), no request.
  return new Request(url, { cache: TOOLS.test(url.pathname) ? "default" : "no-cache" });
}

async function hashOf(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 16);
}

// Fetch every [path, hash] and keep them all, or none: a file that is missing or is not
// the one this deploy built throws.
async function keep(cache, entries) {
  const responses = await Promise.all(
    entries.map(async ([path, hash]) => {
      const response = await fetch(request(path));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      if ((await hashOf(response)) !== hash) throw new Error(`${path}: another deploy's file`);
      return [path, response];
    }),
  );
  for (const [path, response] of responses) await cache.put(new URL(path, ROOT), response);
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, GUIDE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("stc-site-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The tools' WebAssembly, once this deploy keeps a copy: the HTTP cache's (never the network:
// `only-if-cached`), else the copy. The HTTP cache's response keeps the request's URL, so the
// page sees a pass-through response and V8 reuses the code it compiled from it. Without a
// copy (the runtime is not kept yet), the request goes on as it came.
async function compiled(event) {
  const { request: wanted } = event;
  const copy = await (await caches.open(CACHE)).match(wanted, { ignoreSearch: true });
  if (!copy) return fetch(wanted);
  try {
    const cached = await fetch(wanted.url, { cache: "only-if-cached", mode: "same-origin" });
    if (cached.ok) return cached;
  } catch {
    // not in the HTTP cache (evicted, or cleared with the browsing data)
  }
  // Online, put it back in the HTTP cache for the next visit (the compiled code is kept from
  // the visit after that); offline this fails and nothing changes.
  event.waitUntil(fetch(wanted.url).then((r) => r.arrayBuffer()).catch(() => {}));
  return copy;
}

self.addEventListener("fetch", (event) => {
  const { request: wanted } = event;
  const url = new URL(wanted.url);
  if (wanted.method !== "GET" || url.origin !== location.origin) return;
  if (COMPILED.test(url.pathname)) {
    event.respondWith(compiled(event));
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Query strings (Material's search highlight, ?h=) never change the file.
      const hit =
        (await cache.match(wanted)) ?? (await cache.match(wanted, { ignoreSearch: true }));
      if (hit) return hit;
      try {
        return await fetch(wanted);
      } catch (error) {
        if (wanted.mode !== "navigate") throw error;
        return (await cache.match(new URL("404.html", ROOT))) ?? Response.error();
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  // The reader asked for the new version: it takes over now, and the pages reload.
  if (event.data?.type === "skip-waiting") {
    self.skipWaiting();
    return;
  }
  // A tool page is ready: keep its runtime too, then say the site works offline.
  if (event.data?.type !== "cache-runtime" || RUNTIME.length === 0) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const missing = [];
      for (const entry of RUNTIME) {
        if (!(await cache.match(new URL(entry[0], ROOT)))) missing.push(entry);
      }
      try {
        await keep(cache, missing);
        event.source?.postMessage({ type: "offline-ready" });
      } catch {
        // storage full, the network gone, or another deploy: the site still works online
      }
    })(),
  );
});
