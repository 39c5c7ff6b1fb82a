// The page side of the tools: a generic bridge to the tools' Web Worker.
//
// It starts the worker once per visit (after the first paint, so the runtime never
// competes with the guide's own HTML and CSS), forwards events of tool elements to it and applies
// the effects it answers with. What to do is decided by followup.controller in the worker
// (its docstring lists the events and effects); this file knows no tool by name. It owns
// what only the page can touch: the DOM, localStorage and the `storage` event, the
// clipboard, downloads and confirm(). Material's document$ emits on the first load and after
// every instant navigation, which keeps this module and its worker alive.
const VERSION = new URL(import.meta.url).search;
const WORKER = new URL("herramientas-worker.js" + VERSION, import.meta.url);
const ROOT = new URL("../", import.meta.url).href;
const TOOL = "[data-stc-tool]";
const STORAGE_PREFIX = "sigue-tu-caso";
const DOCUMENT_KEY = "sigue-tu-caso";
const HANDOFF_KEY = "sigue-tu-caso:mensaje";
const ASIDE_PREFIX = "sigue-tu-caso:apartado:";
const PROBE_KEY = "sigue-tu-caso:prueba";
const SLOW_MS = 20000; // a slow connection: say so rather than look frozen
// No `ready` by then: the start failed, say so (tests that break the runtime shorten it).
const START_DEADLINE_MS = globalThis.stcStartDeadlineMs ?? 90000;
// [[path from the site root, bytes, bytes as brotli], ...]: the runtime's large files (the
// build fills it in).
const RUNTIME_FILES = "__STC_RUNTIME_FILES__";
const PROGRESS_AFTER_MS = 1500; // a fast link is done by then: no numbers flash by

const app = (globalThis.__sigueTuCaso ??= {
  worker: null, // the Worker once started
  ready: false,
  replies: [], // callbacks for answers still to come, in the order the events were sent
  saves: new Map(), // key -> text waiting for its debounce
  saveTimer: 0,
  windowBound: false,
  start: "", // how the worker started: "snapshot" or "plain"
  watched: false, // the start's slow notice and deadline are set (once per visit)
  serviceWorker: null, // its registration, once asked for
  offline: false, // the service worker has everything the tools need
  offlineAsked: false, // the runtime's offline copy was asked for (once per visit)
  seen: null, // the stored document as this tab last read or wrote it (a merge's ancestor)
});

// --- talking to the worker ------------------------------------------------------------

function randomHex() {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The core reads no clock and draws no random numbers: every event brings them.
function send(event, done) {
  if (!app.ready) return;
  app.replies.push(done ?? null);
  app.worker.postMessage({
    ...event,
    today: localToday(),
    now: new Date().toISOString(),
    nonce: randomHex(),
  });
}

function onWorkerMessage(message) {
  const data = message.data;
  if (data.type === "ready") {
    app.ready = true;
    app.start = data.start;
    mountTools();
  } else if (data.type === "failed") {
    fail(data.error);
  } else if (data.type === "effects") {
    const done = app.replies.shift();
    apply(JSON.parse(data.effects));
    if (done) done();
  }
}

function fail(error) {
  console.error("Sigue tu caso: the tools did not start", error);
  app.worker?.terminate();
  app.worker = null; // the next page tries again
  app.ready = false;
  app.replies = [];
  for (const tool of document.querySelectorAll(TOOL)) {
    if (tool.dataset.mounted !== "yes") setStatus(tool, "failed", "error");
  }
}

function startWorker() {
  if (app.worker) return;
  app.worker = new Worker(WORKER, { type: "module" });
  app.worker.onmessage = onWorkerMessage;
  app.worker.onerror = (event) => fail(event.message || "worker script error");
  readRuntime();
}

// --- the runtime's download -----------------------------------------------------------

// On the tool page a reader lands on, the page prefetches the runtime's large files
// (overrides/main.html) into the HTTP cache, where the worker's own requests join them as
// they arrive. If the tool is not ready after a moment (a slow link), the page reads the
// same files from the cache as they arrive (`only-if-cached`: never a second download) so
// the tools can say how much has come.
async function readRuntime() {
  const prefetched = new Set(
    [...document.querySelectorAll('link[rel="prefetch"][as="fetch"]')].map((link) => link.href),
  );
  const files = (Array.isArray(RUNTIME_FILES) ? RUNTIME_FILES : [])
    .map(([path, bytes, brotli]) => ({
      url: new URL(path.endsWith(".whl") ? path + VERSION : path, ROOT).href,
      bytes,
      served: brotli,
      read: 0,
    }))
    .filter((file) => prefetched.has(file.url));
  if (files.length === 0) return;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_AFTER_MS));
  if (app.ready) return;
  const timer = setInterval(() => (app.ready ? clearInterval(timer) : showProgress(files, started)), 500);
  await Promise.all(files.map(readFile)).catch(() => {}); // not in the cache: no numbers
  clearInterval(timer);
  showProgress(null);
}

async function readFile(file) {
  const response = await fetch(file.url, { cache: "only-if-cached", mode: "same-origin" });
  const length = Number(response.headers.get("Content-Length"));
  if (response.headers.get("Content-Encoding") && length > 0) file.served = length;
  const reader = response.body.getReader();
  let slice = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done || app.ready) break;
    file.read += value.byteLength;
    if (performance.now() - slice > 10) {
      await new Promise((resolve) => setTimeout(resolve, 0)); // never a long task
      slice = performance.now();
    }
  }
  reader.cancel().catch(() => {});
}

// «Descargando la herramienta: 1,2 de 4,0 MB» in the status line of the tools still
// loading; `files` null puts back the loading text once everything has arrived.
function showProgress(files, started) {
  const loading = [...document.querySelectorAll(`${TOOL}[data-state='loading']`)].filter(
    (tool) => tool.dataset.mounted !== "yes",
  );
  if (!files) {
    for (const tool of loading) {
      if (tool.dataset.progress) setStatus(tool, "loading", "loading");
      delete tool.dataset.progress;
    }
    return;
  }
  if (performance.now() - started < PROGRESS_AFTER_MS) return;
  const mb = (n) =>
    (n / 1e6).toLocaleString("es", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // What the server sent for each file, in proportion to what has been read of it.
  const done = files.reduce((sum, f) => sum + (Math.min(f.read, f.bytes) / f.bytes) * f.served, 0);
  const total = files.reduce((sum, f) => sum + f.served, 0);
  for (const tool of loading) {
    const status = tool.querySelector("[data-stc-status]");
    if (!status?.dataset.progress) continue;
    status.textContent = status.dataset.progress.replace("{done}", mb(done)).replace("{total}", mb(total));
    tool.dataset.progress = "yes";
  }
}

// --- reading tool elements ------------------------------------------------------------

function hooksOf(element) {
  const hooks = {};
  for (const name of element.getAttributeNames?.() ?? []) {
    if (name.startsWith("data-")) hooks[name.slice(5)] = element.getAttribute(name);
  }
  return hooks;
}

function describe(type, target, root) {
  const event = {
    type,
    tool: root.dataset.stcTool,
    hooks: hooksOf(target),
    id: target.id ?? "",
    tag: target.tagName ?? "",
    control: target.type ?? "",
    value: typeof target.value === "string" ? target.value : "",
    checked: Boolean(target.checked),
  };
  const referenced = target.dataset?.target && document.getElementById(target.dataset.target);
  if (referenced) event.target_value = referenced.value ?? "";
  if (type === "submit") event.form = Object.fromEntries(new FormData(target));
  return event;
}

function isTyped(control) {
  if (control.type === "file") return false;
  if (control.type === "checkbox" || control.type === "radio") {
    return control.checked !== control.defaultChecked;
  }
  if (control.tagName === "SELECT") {
    return [...control.options].some((o) => o.selected !== o.defaultSelected);
  }
  return control.value !== control.defaultValue;
}

// Controls the reader changed since they were rendered: kept across a redraw.
function typedControls(root) {
  return [...root.querySelectorAll("input, select, textarea")].filter(isTyped);
}

// The same control in a redrawn tool: by id, or a radio button by its group and value.
function sameControl(old) {
  if (old.id) return document.getElementById(old.id);
  if (old.type !== "radio" || !old.name) return null;
  const name = CSS.escape(old.name);
  const value = CSS.escape(old.value);
  return document.querySelector(`input[type="radio"][name="${name}"][value="${value}"]`);
}

async function forward(type, domEvent, root) {
  if (type === "submit") domEvent.preventDefault(); // tool forms never leave the page
  let target = domEvent.target;
  if (type === "click") target = target.closest?.("[data-action]");
  if (type === "keydown") {
    // Only the keys an element lists in data-keys (the ARIA tabs' arrows, Enter in a field
    // that adds an item): the core answers. An Enter that ends an IME composition is not one.
    if (domEvent.isComposing) return;
    target = target.closest?.("[data-keys]");
    if (!target?.dataset.keys.split(" ").includes(domEvent.key)) return;
    if (app.ready && root.dataset.mounted === "yes") domEvent.preventDefault();
  }
  if (!target || !root.contains(target) || !app.ready || root.dataset.mounted !== "yes") return;
  // A live link with an action is the core's to follow (its href serves the page without it).
  if (type === "click" && target.tagName === "A") domEvent.preventDefault();
  const event = describe(type, target, root);
  if (type === "keydown") event.key = domEvent.key;
  if (type !== "submit" && Object.keys(event.hooks).length === 0) return;
  if (type === "change" && target.type === "file") {
    if (!target.files?.length) return;
    event.file_text = await target.files[0].text();
    target.value = ""; // choosing the same file again is a new import
  }
  send(event);
}

// --- applying effects -----------------------------------------------------------------

function fragment(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content.firstElementChild;
}

function focusState() {
  const active = document.activeElement;
  if (!active?.id) return null;
  const state = { id: active.id, value: active.value, text: isTextEntry(active) };
  try {
    state.start = active.selectionStart;
    state.end = active.selectionEnd;
  } catch {
    // date and number inputs have no selection
  }
  return state;
}

function isTextEntry(element) {
  return element.tagName === "TEXTAREA" ||
    (element.tagName === "INPUT" && !["checkbox", "radio", "file", "button", "submit"].includes(element.type));
}

function restoreFocus(saved, { keepValue }) {
  if (!saved) return;
  const element = document.getElementById(saved.id);
  if (!element) return;
  if (keepValue && saved.text && isTextEntry(element)) element.value = saved.value;
  if (document.activeElement !== element) element.focus({ preventScroll: true });
  if (saved.start != null && element.value === saved.value) {
    try {
      element.setSelectionRange(saved.start, saved.end);
    } catch {
      // not a text control
    }
  }
}

function setControl(element, from) {
  if (element.type === "checkbox" || element.type === "radio") element.checked = from.checked;
  else element.value = from.value;
}

// Whole tools again (another case, another wizard step). `keep` says what the reader typed
// survives it: "all" controls changed since they were rendered (at mount, where the core has
// just applied them), "local" ones (the focused field, and text the core has not seen: those
// without a data-field, nor data-held, which marks a text the core keeps keystroke by
// keystroke), or "none" (another case: its own values show).
function redraw(root, fresh, keep) {
  const saved = keep === "none" ? null : focusState();
  const seen = (c) => c.hasAttribute("data-field") || c.hasAttribute("data-held");
  const typed = typedControls(root).filter((c) => keep === "all" || (keep === "local" && !seen(c)));
  const kept = typed.map((c) => ({
    id: c.id,
    name: c.name,
    type: c.type,
    value: c.value,
    checked: c.checked,
  }));
  root.replaceChildren(...fresh.childNodes);
  for (const old of kept) {
    const element = sameControl(old);
    if (element && element.type === old.type) setControl(element, old);
  }
  restoreFocus(saved, { keepValue: true });
}

// Only the output regions whose HTML changed: fields are never touched.
const LIVE = '[aria-live], [role="status"], [role="alert"]';

function swapRegions(root, fresh) {
  const saved = focusState();
  const regions = new Map(
    [...fresh.querySelectorAll("[data-region]")].map((el) => [el.dataset.region, el]),
  );
  for (const live of root.querySelectorAll("[data-region]")) {
    if (!live.isConnected) continue; // inside a region replaced a moment ago
    const match = regions.get(live.dataset.region);
    if (!match || match.outerHTML === live.outerHTML) continue;
    // A live region stays the same element, so a screen reader announces its new text once.
    if (live.matches(LIVE) && match.tagName === live.tagName) {
      for (const name of live.getAttributeNames()) {
        if (!match.hasAttribute(name)) live.removeAttribute(name);
      }
      for (const name of match.getAttributeNames()) live.setAttribute(name, match.getAttribute(name));
      live.innerHTML = match.innerHTML;
    } else {
      live.replaceWith(match);
    }
  }
  restoreFocus(saved, { keepValue: false });
}

// Another tab's save that this one has not merged yet (its `storage` event may come
// later): hand it to the core, which merges and saves again, instead of overwriting it.
function otherTabSaved(current) {
  const base = app.seen;
  app.seen = current;
  app.saves.delete(DOCUMENT_KEY); // the core's answer saves the merged document
  send({ type: "storage", key: DOCUMENT_KEY, value: current, base });
}

function writeNow(key, value, report = false) {
  if (key === DOCUMENT_KEY) {
    const current = readStored(DOCUMENT_KEY);
    if (current !== null && current !== app.seen) return otherTabSaved(current);
  }
  try {
    localStorage.setItem(key, value);
  } catch {
    send({ type: "save-failed", key }); // quota exceeded, private mode: kept in memory
    return;
  }
  if (key === DOCUMENT_KEY) app.seen = value;
  if (report) send({ type: "stored", key });
}

function flushSaves() {
  clearTimeout(app.saveTimer);
  for (const [key, value] of app.saves) writeNow(key, value);
  app.saves.clear();
}

const EFFECTS = {
  render(effect) {
    for (const root of document.querySelectorAll(TOOL)) {
      const html = effect.tools[root.dataset.stcTool];
      if (html == null) continue;
      const fresh = fragment(html);
      if (effect.mode === "whole") redraw(root, fresh, effect.keep);
      else swapRegions(root, fresh);
    }
    // Attributes of controls outside the regions (aria-invalid); null removes one.
    for (const [id, attributes] of Object.entries(effect.attributes ?? {})) {
      const element = document.getElementById(id);
      for (const [name, value] of Object.entries(attributes)) {
        if (value === null) element?.removeAttribute(name);
        else element?.setAttribute(name, value);
      }
    }
  },
  focus(effect) {
    let element = document.getElementById(effect.id);
    if (element && effect.first_control) {
      element = element.closest("form")?.querySelector("input, select, textarea") ?? element;
    }
    element?.focus();
  },
  inner(effect) {
    const element = document.getElementById(effect.id);
    // Unchanged HTML is left alone: a live region is not announced again on each keystroke.
    const parsed = document.createElement("template");
    parsed.innerHTML = effect.html;
    if (element && element.innerHTML !== parsed.innerHTML) element.innerHTML = effect.html;
  },
  values(effect) {
    for (const [id, value] of Object.entries(effect.values)) {
      const element = document.getElementById(id);
      if (element) element.value = value;
    }
  },
  store(effect) {
    if (effect.delay_ms > 0) {
      app.saves.set(effect.key, effect.value);
      clearTimeout(app.saveTimer);
      app.saveTimer = setTimeout(flushSaves, effect.delay_ms);
    } else {
      app.saves.delete(effect.key);
      writeNow(effect.key, effect.value, effect.report);
    }
  },
  remove(effect) {
    app.saves.delete(effect.key);
    try {
      localStorage.removeItem(effect.key);
      if (effect.key === DOCUMENT_KEY) app.seen = null;
    } catch {
      // storage unavailable: nothing was kept
    }
  },
  async copy(effect) {
    let message = effect.ok;
    try {
      await navigator.clipboard.writeText(effect.text);
    } catch {
      message = effect.fail;
    }
    const status = document.getElementById(effect.status_id);
    if (status) status.textContent = message;
  },
  download(effect) {
    const url = URL.createObjectURL(new Blob([effect.text], { type: effect.mime }));
    const link = Object.assign(document.createElement("a"), {
      href: url,
      download: effect.filename,
      hidden: true,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
  confirm(effect) {
    send({ type: "confirmed", event: effect.event, answer: window.confirm(effect.message) });
  },
  navigate(effect) {
    flushSaves();
    location.assign(new URL(effect.url, location.href).href);
  },
  print() {
    window.print();
  },
  async persist() {
    let value = false;
    try {
      value = Boolean(await navigator.storage?.persist?.());
    } catch {
      // not offered by this browser
    }
    send({ type: "persisted", value });
  },
  failed(effect) {
    console.error("Sigue tu caso: the tools hit an error; see the worker's console");
    for (const tool of document.querySelectorAll(TOOL)) setStatus(tool, "broken", "error");
  },
};

function apply(effects) {
  for (const effect of effects) EFFECTS[effect.effect]?.(effect);
}

// --- mounting -------------------------------------------------------------------------

function setStatus(tool, kind, state) {
  const status = tool.querySelector("[data-stc-status]");
  if (status) status.textContent = kind ? status.dataset[kind] ?? "" : "";
  tool.dataset.state = state;
}

function readStored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Can this tab keep anything? Private modes and blocked storage throw; a full one too.
function writable() {
  try {
    localStorage.setItem(PROBE_KEY, "1");
    localStorage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

// Copies the core set aside (unreadable or newer documents): listed for download.
function asideCopies() {
  const copies = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(ASIDE_PREFIX)) copies[key] = localStorage.getItem(key);
    }
  } catch {
    // storage unavailable: nothing was set aside
  }
  return copies;
}

function listen(root) {
  for (const type of ["input", "change", "click", "submit", "keydown"]) {
    root.addEventListener(type, (event) => forward(type, event, root));
  }
}

function bindWindow() {
  if (app.windowBound) return;
  app.windowBound = true;
  addEventListener("storage", (event) => {
    if (event.key === DOCUMENT_KEY) {
      if (event.newValue === null || event.newValue === app.seen) return;
      otherTabSaved(event.newValue);
    } else if (event.key?.startsWith(STORAGE_PREFIX)) {
      send({ type: "storage", key: event.key, value: event.newValue });
    }
  });
  addEventListener("pagehide", () => {
    flushSaves();
    keepSnapshot();
  });
  addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "hidden") return;
    flushSaves();
    keepSnapshot();
  });
}

// A reader who leaves right after the first start still gets a fast return: the worker
// stores its start-up snapshot now if it has not yet (no answer comes back).
function keepSnapshot() {
  if (app.ready) app.worker?.postMessage({ type: "snapshot-now" });
}

// Tools new on this page: listen at once (fields accept typing before Python is ready),
// and hand them to the worker when it is.
function mountTools() {
  const fresh = [...document.querySelectorAll(`${TOOL}:not([data-mounted])`)];
  for (const root of fresh) {
    root.dataset.mounted = "pending";
    setStatus(root, "loading", "loading");
    listen(root);
  }
  const pending = [...document.querySelectorAll(`${TOOL}[data-mounted='pending']`)];
  if (pending.length === 0) return;
  if (!app.ready) {
    if (!app.watched) startAfterLoad(pending);
    return;
  }
  bindWindow();
  flushSaves(); // a change made just before an instant navigation is read back below
  const roots = [...document.querySelectorAll(TOOL)];
  const typed = pending.flatMap((root) =>
    typedControls(root).map((control) => describe("input", control, root)),
  );
  for (const root of pending) root.dataset.mounted = "sending";
  const baseStored = app.seen;
  app.seen = readStored(DOCUMENT_KEY);
  send(
    {
      type: "mount",
      tools: roots.map((root) => root.dataset.stcTool),
      base: ROOT,
      stored: app.seen,
      base_stored: baseStored,
      writable: writable(),
      aside: asideCopies(),
      handoff: readStored(HANDOFF_KEY),
      pending: typed.filter((event) => Object.keys(event.hooks).length > 0),
    },
    () => {
      for (const root of pending) {
        setStatus(root, "", "ready");
        root.dataset.mounted = "yes";
        root.dataset.start = app.start;
        if (app.offline) setStatus(root, "offline", "ready");
      }
      keepOffline(); // only now: caching the site never competes with the tool's start
    },
  );
}

function startAfterLoad(roots) {
  app.watched = true;
  const slow = setTimeout(() => {
    for (const root of roots) if (root.dataset.mounted !== "yes") setStatus(root, "slow", "loading");
  }, SLOW_MS);
  const go = () => {
    startWorker();
    // However the start fails (a runtime that arrives slowly and then breaks, a corrupt
    // download behind a captive portal), the reader hears it within a bounded time.
    const deadline = setTimeout(() => app.ready || fail("no ready before the deadline"), START_DEADLINE_MS);
    // The worker's first message is always {ready} or {failed}: the wait is over either way.
    const over = () => {
      clearTimeout(slow);
      clearTimeout(deadline);
    };
    app.worker?.addEventListener("message", over, { once: true });
  };
  // A reader who asked to save data downloads the runtime only to use a tool.
  if (navigator.connection?.saveData && !app.worker) {
    clearTimeout(slow);
    for (const root of roots) {
      setStatus(root, "savedata", "waiting");
      root.addEventListener("focusin", go, { once: true });
    }
    return;
  }
  // After the first paint: the guide's own HTML and CSS have arrived by then.
  requestAnimationFrame(() => setTimeout(go, 0));
}

// --- offline --------------------------------------------------------------------------

// The service worker caches the guide on every page; the tools' runtime once a tool has
// started here. It then says so, and the tools show it quietly in their status line.
function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || app.serviceWorker) return;
  app.serviceWorker = navigator.serviceWorker.register(new URL("sw.js", ROOT)).catch(() => null);
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type !== "offline-ready") return;
    app.offline = true;
    for (const tool of document.querySelectorAll(`${TOOL}[data-mounted='yes']`)) {
      setStatus(tool, "offline", "ready");
    }
  });
}

async function keepOffline() {
  // Once per visit: each request would fetch the runtime again while the first is copying.
  if (app.offlineAsked) return;
  app.offlineAsked = true;
  registerServiceWorker();
  const registration = await app.serviceWorker;
  if (!registration) return;
  const active = (await navigator.serviceWorker.ready).active;
  active?.postMessage({ type: "cache-runtime" });
}

// A reader who reads the guide first finds the tools ready: on a page without a tool, on a
// fast connection without Save-Data, the worker starts (downloads the runtime, starts
// Python, stores its snapshot) once the browser is idle, and the runtime is kept offline.
// Instant navigation to a tool page then mounts it at once.
function warmUp() {
  const connection = navigator.connection;
  if (app.worker || !connection || connection.saveData || connection.effectiveType !== "4g") return;
  const idle = globalThis.requestIdleCallback ?? ((run) => setTimeout(run, 2000));
  idle(
    () => {
      if (app.worker || document.visibilityState === "hidden") return;
      startWorker();
      app.worker.addEventListener("message", () => app.ready && keepOffline(), { once: true });
    },
    { timeout: 10000 },
  );
}

// On a tool page, once the tool is live (keepOffline); elsewhere once the page has loaded:
// the guide's precache never competes with what the reader is waiting for.
if (!document.querySelector(TOOL)) {
  const loaded = () => {
    registerServiceWorker();
    warmUp();
  };
  if (document.readyState === "complete") loaded();
  else addEventListener("load", loaded, { once: true });
}

if (globalThis.document$) {
  globalThis.document$.subscribe(() => mountTools());
} else {
  mountTools();
}
