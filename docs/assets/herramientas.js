// The page side of the tools: a generic bridge to the tools' Web Worker.
//
// It starts the worker once per visit, or adopts the one the page's head started (after the
// first paint, so the runtime never competes with the guide's own HTML and CSS; at once on a
// return visit), forwards events of tool elements to it and applies the effects it answers
// with. What to do is decided by followup.controller in the worker
// (its docstring lists the events and effects); this file knows no tool by name. It owns
// what only the page can touch: the DOM, localStorage and the `storage` event, the
// clipboard, downloads and confirm(). Material's document$ emits on the first load and after
// every instant navigation, which keeps this module and its worker alive.
import { createSaver, DOCUMENT_KEY, withoutRevisions } from "./herramientas-guardado.js";

// This script lives in assets/herramientas/<hash of its folder>/, beside the worker and the
// runtime of the same build (sitebuild/offline.py).
const WORKER = new URL("herramientas-worker.js", import.meta.url);
const COMPILER = new URL("herramientas-compilar.js", import.meta.url);
// A page that loaded with no service worker (a first visit) got its runtime from the network.
const FIRST_VISIT = !navigator.serviceWorker?.controller;
const ROOT = new URL("../../../", import.meta.url).href;
const TOOL = "[data-stc-tool]";
const STORAGE_PREFIX = "sigue-tu-caso";
const HANDOFF_KEY = "sigue-tu-caso:mensaje";
const ASIDE_PREFIX = "sigue-tu-caso:apartado:";
const PROBE_KEY = "sigue-tu-caso:prueba";
const SLOW_MS = 20000; // a slow connection: say so rather than look frozen
// No `ready` by then: the start failed, say so (tests that break the runtime shorten it).
const START_DEADLINE_MS = globalThis.stcStartDeadlineMs ?? 90000;
// [[path from this script's folder, bytes as brotli], ...]: the runtime's large
// files (the build fills it in).
const RUNTIME_FILES = "__STC_RUNTIME_FILES__";
const PROGRESS_AFTER_MS = 1500; // a fast link is done by then: no numbers flash by
// A press never released where we can see it (Space up in another window): answers flow again.
const HOLD_MAX_MS = 10000;
const AFTER_DRAWN_MS = 1000; // a tab that draws no frame: the background work waits no more
const COMPILE_MS = 5000; // the runtime's JavaScript compiled and its code kept, with margin

const app = (globalThis.__sigueTuCaso ??= {
  worker: null, // the Worker once started
  ready: false,
  replies: [], // callbacks for answers still to come, in the order the events were sent
  posted: 0, // events posted to this worker: the Nth answer is the answer to the Nth event
  answering: 0, // the number of the event whose answer is being applied
  typedAt: new Map(), // control → `posted` when the reader last typed into it
  saver: null, // the case log's saving (herramientas-guardado.js), once the worker is ready
  windowBound: false,
  start: "", // how the worker started: "snapshot" or "plain"
  watched: false, // the start's slow notice and deadline are set (once per worker)
  arrived: new Set(), // URLs of the runtime's files the worker has received in full
  startTimers: [], // the start's slow notice and deadline, cleared when it ends either way
  serviceWorker: null, // its registration, once asked for
  offline: false, // the service worker has everything the tools need
  offlineAsked: false, // the runtime's offline copy was asked for (once per visit)
  update: null, // a new version's service worker, installed and waiting ("reload": active)
  updating: false, // the reader asked for it: reload when it takes over
  held: null, // answers waiting while a pointer is pressed in a tool ([] while pressed)
  afterPress: [], // the page's own changes waiting for the same press
  holdTimer: 0,
  compiler: null, // the worker that compiles the runtime's JavaScript for the next visit
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

// The core reads no clock and draws no random numbers: every event brings them. Events the
// saver sends itself (another tab's save, a write that failed) come through here too.
function post(event) {
  app.worker?.postMessage({
    ...event,
    today: localToday(),
    now: new Date().toISOString(),
    nonce: randomHex(),
  });
}

let nextDone = null; // the callback of the event being sent (the saver's own have none)

function send(event, done, carries) {
  if (!app.ready) return;
  nextDone = done ?? null;
  app.saver.send(event, carries);
}

function saverFor() {
  return createSaver({
    storage: safeArea(() => localStorage),
    session: safeArea(() => sessionStorage),
    post: (event) => {
      app.posted += 1;
      app.replies.push(nextDone);
      nextDone = null;
      post(event);
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer),
    randomId: randomHex,
  });
}

// A storage area, or null where touching it throws (blocked storage).
function safeArea(get) {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

function onWorkerMessage(message) {
  const data = message.data;
  if (data.type === "ready") {
    app.ready = true;
    app.start = data.start;
    app.startTimers.forEach(clearTimeout); // the start is over: no slow notice, no deadline
    app.saver ??= saverFor();
    mountTools();
  } else if (data.type === "failed") {
    fail(data.error);
  } else if (data.type === "arrived") {
    app.arrived.add(data.url);
  } else if (data.type === "effects") {
    if (app.held) return void app.held.push(message);
    const done = app.replies.shift();
    app.answering += 1;
    const effects = JSON.parse(data.effects);
    app.saver.answered(effects); // stores and removes, against what storage holds now
    apply(effects);
    if (done) done(effects);
  }
}

// A button pressed in a tool is clicked when the pointer (or Space) is released on it.
// An answer redrawing the tool in between (another tab's save, an earlier event answered
// late) would replace the button under the pointer and the click would never happen: the
// answers wait until the click is through, however long the press (a cap of a second lost
// the click of a slow press, and of any press when the other tab's save took longer).
// Nothing changes under a finger meanwhile; the release, the window losing focus or
// HOLD_MAX_MS ends the wait.
function holdAnswers(event) {
  if (app.held || !event.target?.closest?.(TOOL)) return;
  app.held = [];
  app.afterPress = []; // changes of the page's own that would move the tool, likewise
  app.holdTimer = setTimeout(releaseAnswers, HOLD_MAX_MS);
}

function releaseAnswers() {
  clearTimeout(app.holdTimer);
  const held = app.held ?? [];
  app.held = null;
  for (const message of held) onWorkerMessage(message);
  for (const change of app.afterPress.splice(0)) change();
}

function fail(error) {
  console.error("Sigue tu caso: the tools did not start", error);
  app.worker?.terminate();
  app.worker = null;
  app.ready = false;
  // The next page with a tool (instant navigation keeps this module) starts a new worker,
  // with its own deadline: this start's is over.
  app.watched = false;
  app.startTimers.forEach(clearTimeout); // a failed tool must not then be called slow
  app.replies = [];
  app.held = null;
  for (const tool of document.querySelectorAll(TOOL)) {
    if (tool.dataset.mounted !== "yes") setStatus(tool, "failed", "error");
  }
  enableFallbacks();
  checkForUpdate(); // a page of an older deploy may be asking for files that are gone
  settled();
}

// The page's head held back Material's search index (overrides/main.html) so that its
// download and its build would not share the link and the CPU with the tools' start.
function settled() {
  globalThis.dispatchEvent(new Event("stc-tools-settled"));
}

function startWorker() {
  if (app.worker) return;
  app.worker = earlyWorker() ?? new Worker(WORKER, { type: "module" });
  // A new worker numbers its events from 0 again: typing noted against the old numbers
  // would otherwise count as typed after every event of the new one.
  app.posted = app.answering = 0;
  app.typedAt.clear();
  app.worker.onmessage = onWorkerMessage;
  app.worker.onerror = (event) => fail(event.message || "worker script error");
  readRuntime();
}

// The page's head has started the worker already (overrides/main.html): on a return visit
// ≈ 1.4 s sooner on a phone than this module could. It kept what the worker said meanwhile:
// the runtime's files it received and at most its {ready} or {failed}, since no event is
// sent before. Said again once this module listens (a microtask: after startAfterLoad has
// set the start's deadline, before any later message).
function earlyWorker() {
  const early = globalThis.__stcEarly;
  delete globalThis.__stcEarly;
  if (!early) return null;
  if (early.url !== WORKER.href) {
    early.worker.terminate(); // another deploy's page and module: never mixed
    return null;
  }
  queueMicrotask(() => {
    for (const event of early.queue) {
      if (app.worker !== early.worker) return;
      app.worker.dispatchEvent(
        event.type === "message"
          ? new MessageEvent("message", { data: event.data })
          : new ErrorEvent("error", { message: event.message }),
      );
    }
  });
  return early.worker;
}

// --- the runtime's download -----------------------------------------------------------

// On a first visit the worker downloads the runtime. If the tool is not ready after a
// moment (a slow link), the tools say how much of it has come: each file counts once the
// worker says it has all of it. Not byte by byte: the page cannot read a download in
// progress from the HTTP cache (`only-if-cached` answers ERR_CACHE_MISS for the worker's;
// for the prefetch the page used to make, the read waited until the file had all come, so
// the count moved in the same steps).
async function readRuntime() {
  if (!FIRST_VISIT) return; // the files are on this device
  const files = (Array.isArray(RUNTIME_FILES) ? RUNTIME_FILES : []).map(([path, served]) => ({
    url: new URL(path, import.meta.url).href,
    served,
  }));
  if (files.length === 0) return;
  const worker = app.worker;
  const starting = () => !app.ready && app.worker === worker; // not ready, not failed
  await new Promise((resolve) => setTimeout(resolve, PROGRESS_AFTER_MS));
  // Everything has come: the wait left is the processor's.
  if (!starting() || files.every(arrived)) return;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (starting() && !files.every(arrived)) return void showProgress(files);
      clearInterval(timer);
      resolve();
    }, 500);
    showProgress(files);
  });
  showProgress(null);
}

// The worker said it has received all of the file (only its own timeline knows).
function arrived(file) {
  return app.arrived.has(file.url);
}

// «Descargando la herramienta: 1,2 de 4,0 MB» in the status line of the tools still
// loading (what the server sends of each file that has come, of all of them); `files` null
// puts back the loading text once everything has arrived.
function showProgress(files) {
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
  const mb = (n) =>
    (n / 1e6).toLocaleString("es", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const done = files.filter(arrived).reduce((sum, f) => sum + f.served, 0);
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

// A control's key across redraws: its id, or a radio button's group and value.
function controlKey(control) {
  if (control.id) return control.id;
  return control.type === "radio" && control.name ? `radio:${control.name}:${control.value}` : "";
}

// Typing reaches the core as events queued behind the one being answered: a redraw that
// answers an earlier event («Nuevo caso», another case) must not wipe what was typed after
// it was sent, since the core will apply that typing to what it draws now.
function noteTyped(domEvent) {
  const key = controlKey(domEvent.target);
  if (key) app.typedAt.set(key, app.posted);
}

function typedAfterTheEvent(control) {
  return (app.typedAt.get(controlKey(control)) ?? -1) >= app.answering;
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
  if (type === "click" && target.closest?.("[data-stc-update-button]")) return applyUpdate();
  if (type === "click") target = target.closest?.("[data-action]");
  // The backup and «Borrar mis datos» work from storage alone while the core is not live.
  if (type === "click" && target?.dataset.fallback && !isLive(root)) {
    return FALLBACKS[target.dataset.fallback]?.(target, root);
  }
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

// --- what works without the core: the backup and «Borrar mis datos» ----------------------

// Whether the core answers this tool: not while Python starts, nor if it failed or broke.
function isLive(root) {
  return app.ready && root.dataset.mounted === "yes" && root.dataset.state !== "error";
}

// Buttons marked data-fallback are built disabled like every other; they work at once.
function enableFallbacks() {
  for (const button of document.querySelectorAll(`${TOOL} [data-fallback]`)) {
    button.disabled = false;
  }
}

// The newest copy of the case log this browser holds: changes a full storage could not
// take (this tab's session), else the stored document.
function latestDocument() {
  const own = safeArea(() => sessionStorage)?.getItem(STORAGE_PREFIX + ":sin-guardar");
  try {
    if (own) return JSON.parse(own).value;
  } catch {
    // not a record this page wrote: the stored document is the latest
  }
  return readStored(DOCUMENT_KEY);
}

function removeEverything(area) {
  try {
    for (const key of Object.keys(area ?? {})) {
      if (key === STORAGE_PREFIX || key.startsWith(STORAGE_PREFIX + ":")) area.removeItem(key);
    }
  } catch {
    // unavailable: nothing was kept there
  }
}

const FALLBACKS = {
  backup(button) {
    flushSaves();
    const filename = button.dataset.filename.replace("{date}", localToday());
    const text = withoutRevisions(latestDocument()) ?? button.dataset.empty;
    EFFECTS.download({ text, filename, mime: "application/json" });
  },
  clear(button, root) {
    if (!window.confirm(button.dataset.confirm)) return;
    app.saver?.state.saves.clear();
    removeEverything(safeArea(() => localStorage));
    removeEverything(safeArea(() => sessionStorage));
    // Another open tab adopts the cleared log instead of saving its old copy over it.
    const cleared = button.dataset.cleared.replace("__NOW__", new Date().toISOString());
    try {
      localStorage.setItem(DOCUMENT_KEY, cleared);
      if (app.saver) app.saver.state.seen = cleared;
    } catch {
      // nothing can be written: nothing is kept either
    }
    const status = root.querySelector("[data-stc-status]");
    if (status) status.textContent = button.dataset.done;
  },
};

// --- applying effects -----------------------------------------------------------------

function fragment(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content.firstElementChild;
}

// A control with no id (a tool's «Añadir al historial», a «Quitar» button) is found again
// in the redrawn tool by what it is: its tag, action and text.
function likeness(element) {
  const { action = "", value = "", key = "", target = "" } = element.dataset ?? {};
  const text = element.textContent.trim();
  return [element.tagName, element.type, action, value, key, target, text].join("|");
}

function focusState() {
  const active = document.activeElement;
  const tool = active?.closest?.(TOOL)?.dataset.stcTool;
  if (!active?.id && !tool) return null;
  const state = {
    id: active.id,
    tool,
    like: active.id ? "" : likeness(active),
    element: active,
    value: active.value,
    text: isTextEntry(active),
    draft: active.dataset.draft,
  };
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

function sameFocusable(saved) {
  if (saved.element.isConnected) return saved.element; // not redrawn
  if (saved.id) return document.getElementById(saved.id);
  const root = document.querySelector(`${TOOL}[data-stc-tool="${CSS.escape(saved.tool)}"]`);
  const candidates = root?.querySelectorAll("button, a[href], input, select, textarea") ?? [];
  return [...candidates].find((element) => likeness(element) === saved.like) ?? null;
}

function restoreFocus(saved, { keepValue }) {
  if (!saved) return;
  const element = sameFocusable(saved);
  if (!element) return;
  const same = element.dataset.draft === saved.draft; // not another message's box
  if (keepValue && same && saved.text && isTextEntry(element)) element.value = saved.value;
  if (document.activeElement !== element) element.focus({ preventScroll: true });
  const range = selectionIn(element.value, saved);
  if (range) {
    try {
      element.setSelectionRange(...range);
    } catch {
      // not a text control
    }
  }
}

// Where the selection goes in the text the core drew in place of the one the reader saw:
// the same range in the same text; in a new text, a whole selection stays whole (the reader
// pressed Ctrl+A to replace it all) and a caret at the end stays at the end.
function selectionIn(value, saved) {
  if (saved.start == null) return null;
  if (value === saved.value) return [saved.start, saved.end];
  const length = saved.value.length;
  if (saved.end !== length) return null;
  if (saved.start === length) return [value.length, value.length];
  return saved.start === 0 ? [0, value.length] : null;
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
  const focused = focusState();
  const saved =
    keep !== "none" || (focused && typedAfterTheEvent(document.activeElement)) ? focused : null;
  const seen = (c) => c.hasAttribute("data-field") || c.hasAttribute("data-held");
  const typed = typedControls(root).filter(
    (c) => keep === "all" || (keep === "local" && !seen(c)) || typedAfterTheEvent(c),
  );
  const kept = valuesOf(typed);
  root.replaceChildren(...fresh.childNodes);
  putBack(kept);
  restoreFocus(saved, { keepValue: true });
}

function valuesOf(controls) {
  return controls.map((c) => ({
    id: c.id,
    name: c.name,
    type: c.type,
    value: c.value,
    checked: c.checked,
    draft: c.dataset.draft, // a draft's box is the same only for the same message
  }));
}

function putBack(kept) {
  for (const old of kept) {
    const element = sameControl(old);
    if (element && element.type === old.type && element.dataset.draft === old.draft) {
      setControl(element, old);
    }
  }
}

// Only the regions whose HTML changed. A field inside one (the draft's textarea) is drawn
// anew with the core's value, except what the reader typed after the event being answered:
// the core has not seen it yet, and applies it to what it draws now.
const LIVE = '[aria-live], [role="status"], [role="alert"]';

function swapRegions(root, fresh) {
  const saved = focusState();
  const kept = valuesOf(typedControls(root).filter(typedAfterTheEvent));
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
  putBack(kept);
  restoreFocus(saved, { keepValue: false });
}

// Pending saves written now (before an instant navigation, a page change, an update).
function flushSaves() {
  app.saver?.flush();
}

// The tools' HTML from the core: whole tools, or only the regions that changed.
function renderTools(effect) {
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
}

const EFFECTS = {
  render(effect) {
    try {
      renderTools(effect);
    } finally {
      showUpdate(); // a redraw keeps telling of a new version
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
  // store and remove: done by the saver as the answer arrives (see onWorkerMessage).
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
    enableFallbacks();
  },
};

function apply(effects) {
  try {
    for (const effect of effects) EFFECTS[effect.effect]?.(effect);
  } finally {
    syncPrintCopies(); // a redraw, or values set by the core
  }
}

// Paper: a textarea prints only the rows it shows, and WebKit cannot grow it to its text
// (no field-sizing), so the print stylesheet prints a copy of each box's text instead
// (`data-print-copy`, its `data-text`); it follows the box on every change.
function syncPrintCopies() {
  for (const copy of document.querySelectorAll("[data-print-copy]")) {
    const box = document.getElementById(copy.dataset.printCopy);
    if (box && copy.dataset.text !== box.value) copy.dataset.text = box.value;
  }
}

// --- mounting -------------------------------------------------------------------------

function setStatus(tool, kind, state) {
  const status = tool.querySelector("[data-stc-status]");
  const text = kind ? status?.dataset[kind] ?? "" : "";
  // The built page already reads «Preparando…»: written again, a screen reader would say it
  // twice (the status is a live region).
  if (status && status.textContent !== text) status.textContent = text;
  tool.dataset.state = state;
}

function readStored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Can this tab keep anything? Private modes and blocked storage throw: "no". A full storage
// throws too, but saving may work again once there is room: "full".
function writable() {
  try {
    localStorage.setItem(PROBE_KEY, "1");
    localStorage.removeItem(PROBE_KEY);
    return "yes";
  } catch (error) {
    return error?.name === "QuotaExceededError" ? "full" : "no";
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
  root.addEventListener("input", noteTyped);
  root.addEventListener("change", noteTyped);
  for (const type of ["input", "change", "click", "submit", "keydown"]) {
    root.addEventListener(type, (event) => forward(type, event, root));
  }
  root.addEventListener("input", syncPrintCopies);
}

function bindWindow() {
  if (app.windowBound) return;
  app.windowBound = true;
  addEventListener("pointerdown", holdAnswers, true);
  // After the click the release dispatches (a task later), or when the press is cancelled.
  const release = () => app.held && setTimeout(releaseAnswers, 0);
  addEventListener("pointerup", release, true);
  addEventListener("pointercancel", release, true);
  // Space clicks a button (or ticks a box) when the key comes up: the same wait.
  const space = (event) => event.key === " " && !isTextEntry(event.target);
  addEventListener("keydown", (event) => space(event) && !event.repeat && holdAnswers(event), true);
  addEventListener("keyup", (event) => space(event) && release(), true);
  addEventListener("blur", release); // its release will go to another window
  addEventListener("storage", (event) => {
    if (app.ready && event.key?.startsWith(STORAGE_PREFIX)) {
      app.saver.storageEvent(event.key, event.newValue);
    }
  });
  // Whatever the tab showed as saved is written before it may go: a hidden tab can be
  // discarded without another event. A reader who leaves right after the first start
  // still gets a fast return: the worker stores its snapshot now if it has not yet.
  const hide = () => {
    app.saver?.hide();
    keepSnapshot();
  };
  addEventListener("pagehide", hide);
  addEventListener("visibilitychange", () =>
    document.visibilityState === "hidden" ? hide() : app.saver?.retry(),
  );
  setInterval(() => app.saver?.retry(), 30000); // a full storage may have room again
}

// After the frame that draws what the page has just changed (a frame is painted after its
// animation callbacks; a task queued from one runs after that paint). A tab that is or goes
// into the background draws no frame: there, at once; and a moment later whatever happens.
function afterDrawn(run) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    removeEventListener("visibilitychange", once);
    run();
  };
  if (document.visibilityState === "hidden") return void once();
  requestAnimationFrame(() => setTimeout(once));
  addEventListener("visibilitychange", once);
  setTimeout(once, AFTER_DRAWN_MS);
}

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
  if (fresh.length) {
    restoreTyped(); // what the reader had typed when they asked for the new version
    syncPrintCopies();
    enableFallbacks();
    showUpdate();
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
  const baseStored = app.saver.state.seen;
  const stored = app.saver.read(DOCUMENT_KEY);
  const storage = writable();
  send(
    {
      type: "mount",
      tools: roots.map((root) => root.dataset.stcTool),
      base: ROOT,
      stored,
      base_stored: baseStored,
      writable: storage !== "no",
      full: storage === "full",
      unsaved: app.saver.unsaved(),
      aside: asideCopies(),
      handoff: readStored(HANDOFF_KEY),
      pending: typed.filter((event) => Object.keys(event.hooks).length > 0),
    },
    (effects) => {
      // A core that failed on this mount left the tools as built: never say they are ready.
      const broken = effects.some((effect) => effect.effect === "failed");
      for (const root of pending) {
        root.dataset.mounted = broken ? "failed" : "yes";
        root.dataset.start = app.start;
        if (broken) continue;
        setStatus(root, app.offline ? "offline" : "", "ready");
      }
      if (broken) enableFallbacks();
      // Only once the live tool is drawn: caching the site, storing the snapshot and
      // Material's search index never compete with the tool's start, nor with its first
      // frame (on a 2-core machine, run at once they tripled that frame's style and layout).
      afterDrawn(() => {
        keepOffline();
        keepSnapshot();
        settled();
      });
    },
    stored,
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
    app.startTimers = [slow, deadline]; // cleared by {ready} or by fail()
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
  // The head started it: nothing to wait for.
  if (globalThis.__stcEarly) return void go();
  // After the first paint: the guide's own HTML and CSS have arrived by then.
  requestAnimationFrame(() => setTimeout(go, 0));
}

// --- offline --------------------------------------------------------------------------

// The service worker caches the guide on every page; the tools' runtime once a tool has
// started here. It then says so, and the tools show it quietly in their status line.
function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || app.serviceWorker) return;
  const controlled = Boolean(navigator.serviceWorker.controller);
  app.serviceWorker = navigator.serviceWorker
    .register(new URL("sw.js", ROOT))
    .then((registration) => {
      watchUpdates(registration, controlled);
      return registration;
    })
    .catch(() => null);
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.type !== "offline-ready") return;
    app.offline = true;
    compileForReturns();
    // Only a tool that works says so: never one that failed or broke. A line of status
    // appearing moves the tool down: never under a press (see holdAnswers).
    const say = () => {
      for (const tool of document.querySelectorAll(`${TOOL}[data-mounted='yes']`)) {
        if (tool.dataset.state === "ready") setStatus(tool, "offline", "ready");
      }
    };
    if (app.held) app.afterPress.push(say);
    else say();
  });
  // Another tab took the new version: this page's files may be gone from the cache.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (app.updating) location.reload();
    else if (controlled) {
      app.update ??= "reload";
      showUpdate();
    }
  });
}

// The service worker has just kept the runtime, after a first visit: V8 compiles the
// runtime's JavaScript from that copy once, in a worker of its own, so the next visit does
// not (herramientas-compilar.js says what it saves). Ended a few seconds later, whatever it
// did: it only ever saves time.
function compileForReturns() {
  if (!FIRST_VISIT || app.compiler) return;
  try {
    app.compiler = new Worker(COMPILER, { type: "module" });
  } catch {
    return; // no module workers: the next visit compiles the runtime itself, as it always did
  }
  const end = () => app.compiler?.terminate();
  app.compiler.onerror = end;
  setTimeout(end, COMPILE_MS);
}

// --- a new version of the site --------------------------------------------------------

// The service worker of a new deploy installs beside the one in use and waits: the page
// keeps the files it started with. The tools say so; «Actualizar» switches and reloads.
function watchUpdates(registration, controlled) {
  const found = (worker) => {
    app.update = worker;
    showUpdate();
  };
  // A first install is no update. On a page that began with no service worker, the worker
  // registering now is the site's first, however late the browser tells of it: WebKit may
  // fire its `updatefound` and "installed" once it already controls the page.
  let first = controlled
    ? undefined
    : (registration.installing ?? registration.waiting ?? registration.active ?? null);
  if (registration.waiting && controlled) found(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    if (first === null) first = installing; // not known when register() answered
    if (!installing || installing === first || !navigator.serviceWorker.controller) return;
    installing.addEventListener("statechange", () => {
      if (installing.state === "installed" && registration.waiting === installing) found(installing);
    });
  });
}

// Asked on every page change and when the tab comes back (browsers only ask on a full
// page load, which instant navigation never does).
async function checkForUpdate() {
  const registration = await app.serviceWorker;
  try {
    await registration?.update();
  } catch {
    // offline, or the server is gone for a moment: asked again later
  }
}

function showUpdate() {
  if (!app.update) return;
  for (const notice of document.querySelectorAll(`${TOOL} [data-stc-update]`)) {
    notice.hidden = false;
    for (const button of notice.querySelectorAll("button")) button.disabled = false;
  }
}

const TYPED_KEY = STORAGE_PREFIX + ":tecleado";

// What the reader typed and the core has not saved (a note being written, a draft), kept
// for the reload of an update.
function keepTyped() {
  const controls = [...document.querySelectorAll(TOOL)].flatMap((root) =>
    typedControls(root).map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      value: c.value,
      checked: c.checked,
    })),
  );
  try {
    sessionStorage.setItem(TYPED_KEY, JSON.stringify({ path: location.pathname, controls }));
  } catch {
    // no session storage: the saved cases are kept all the same
  }
}

function restoreTyped() {
  let kept;
  try {
    kept = JSON.parse(sessionStorage.getItem(TYPED_KEY) ?? "null");
    sessionStorage.removeItem(TYPED_KEY);
  } catch {
    return;
  }
  if (kept?.path !== location.pathname) return;
  for (const old of kept.controls ?? []) {
    const element = sameControl(old);
    if (element && element.type === old.type) setControl(element, old);
  }
}

function applyUpdate() {
  if (!app.update) return;
  app.saver?.hide(); // everything shown as saved is written first
  keepTyped();
  app.updating = true;
  if (app.update === "reload") return location.reload();
  app.update.postMessage({ type: "skip-waiting" }); // then controllerchange reloads
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
      const worker = app.worker;
      const started = (message) => {
        if (message.data?.type === "arrived") return; // still starting
        worker.removeEventListener("message", started);
        if (app.ready) keepOffline();
      };
      worker.addEventListener("message", started);
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

addEventListener("visibilitychange", () => document.visibilityState === "visible" && checkForUpdate());
addEventListener("beforeprint", syncPrintCopies); // values set without an input event

if (globalThis.document$) {
  let first = true;
  globalThis.document$.subscribe(() => {
    mountTools();
    if (!first) checkForUpdate();
    first = false;
  });
} else {
  mountTools();
}
