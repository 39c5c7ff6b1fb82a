// Sigue tu caso's service worker, written into the built site as /sw.js by the build
// (pylib/sitebuild/offline.py fills in the lists and the version below).
//
// One cache per deploy, named by a hash of every file's content: installing a new deploy
// fills a new cache, and activating it deletes the old one as a whole, so a page is never
// served with the scripts or the wheel of another deploy. The guide (pages, styles, scripts,
// search) is cached at install; the tools' runtime only when a tool page asks for it, so a
// reader who only reads the guide never downloads it. Cached files are served first: after
// one visit, the whole site works without a network.
const VERSION = "__STC_VERSION__";
const GUIDE = __STC_GUIDE__; // [path, content hash], relative to the site root
const RUNTIME = __STC_RUNTIME__;
const CACHE = `stc-site-${VERSION}`;
const ROOT = self.registration.scope;

function request(path) {
  // Revalidate with the server (a 304 when the file is already in the HTTP cache).
  return new Request(new URL(path, ROOT), { cache: "no-cache" });
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(GUIDE.map(([p]) => request(p)))));
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

self.addEventListener("fetch", (event) => {
  const { request: wanted } = event;
  if (wanted.method !== "GET" || new URL(wanted.url).origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The versioned scripts are cached with their ?v=; other query strings (Material's
      // search highlight, ?h=) never change the file.
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

// A tool page is ready: keep its runtime too, then say the site works offline.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "cache-runtime" || RUNTIME.length === 0) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const missing = [];
      for (const [path] of RUNTIME) {
        if (!(await cache.match(new URL(path, ROOT), { ignoreSearch: true }))) missing.push(path);
      }
      try {
        await cache.addAll(missing.map(request));
        event.source?.postMessage({ type: "offline-ready" });
      } catch {
        // storage full or the network gone: the site still works online
      }
    })(),
  );
});
