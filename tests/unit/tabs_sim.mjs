// Several tabs of the site on one localStorage, each with the page's real saving code
// (docs/assets/herramientas-guardado.js), driven one step at a time by
// tests/unit/test_tabs.py over stdin/stdout (one JSON command per line, one JSON answer per
// line). Python plays each tab's worker (followup.worker on CPython) and the reader, and
// decides the order of everything: answers from the worker, timers, `storage` events,
// closing a tab.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

// The page's module as the browser gets it (a data: URL is a module whatever the file name).
const source = readFileSync(new URL("../../docs/assets/herramientas-guardado.js", import.meta.url));
const { createSaver, DOCUMENT_KEY } = await import(
  "data:text/javascript;base64," + source.toString("base64")
);

let storage;
let tabs;
let full = false; // storage has no room left: every write that adds to it throws

// One localStorage: every change reaches every other open tab as a `storage` event, later.
function makeStorage() {
  const items = new Map();
  const changed = (key, value) => {
    for (const tab of tabs) if (tab.open && tab !== current) tab.events.push([key, value]);
  };
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem(key, value) {
      value = String(value);
      if (items.get(key) === value) return;
      if (full && value.length > (items.get(key) ?? "").length) {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      }
      items.set(key, value);
      changed(key, value);
    },
    removeItem(key) {
      if (!items.has(key)) return;
      items.delete(key);
      changed(key, null);
    },
  };
}

function makeSession() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

let current = null; // the tab whose code runs now (a tab gets no event for its own writes)
let ids = 0;

function openTab(tab = { open: true, events: [], posted: [], timer: null, session: makeSession() }) {
  tab.saver = createSaver({
    storage,
    session: tab.session,
    post: (event) => tab.posted.push(event),
    setTimer: (callback) => {
      tab.timer = callback;
      return 1;
    },
    clearTimer: () => {
      tab.timer = null;
    },
    randomId: () => `r${++ids}`,
  });
  if (!tabs.includes(tab)) tabs.push(tab);
  return tab;
}

function mount(tab) {
  const stored = storage.getItem(DOCUMENT_KEY);
  run(tab, () =>
    tab.saver.mount(
      { type: "mount", tools: [], stored, writable: true, unsaved: tab.saver.unsaved() },
      stored,
    ),
  );
}

function run(tab, work) {
  current = tab;
  try {
    work();
  } finally {
    current = null;
  }
}

const commands = {
  reset({ stored }) {
    tabs = [];
    full = false;
    storage = makeStorage();
    if (stored != null) storage.items.set(DOCUMENT_KEY, stored);
    return {};
  },
  open() {
    mount(openTab());
    return { tab: tabs.length - 1 };
  },
  // The reader reloads the tab: the page goes (pagehide) and comes back with the same
  // session storage, a new page script and a new worker.
  reload({ tab }) {
    const old = tabs[tab];
    run(old, () => old.saver.hide());
    Object.assign(old, { events: [], posted: [], timer: null });
    openTab(old);
    mount(old);
    return {};
  },
  full({ on }) {
    full = on;
    return {};
  },
  send({ tab, event }) {
    run(tabs[tab], () => tabs[tab].saver.send(event));
    return {};
  },
  answer({ tab, effects }) {
    run(tabs[tab], () => tabs[tab].saver.answered(effects));
    return {};
  },
  timer({ tab }) {
    const callback = tabs[tab].timer;
    tabs[tab].timer = null;
    if (callback) run(tabs[tab], callback);
    return {};
  },
  deliver({ tab }) {
    const [key, value] = tabs[tab].events.shift();
    run(tabs[tab], () => tabs[tab].saver.storageEvent(key, value));
    return {};
  },
  hide({ tab }) {
    run(tabs[tab], () => tabs[tab].saver.hide());
    return {};
  },
  close({ tab }) {
    run(tabs[tab], () => tabs[tab].saver.hide()); // pagehide
    tabs[tab].open = false;
    tabs[tab].events = [];
    tabs[tab].posted = [];
    tabs[tab].timer = null;
    return {};
  },
  storage() {
    return { items: Object.fromEntries(storage.items) };
  },
};

// Every answer carries what each tab posted to its worker since, and what is pending.
function status() {
  return tabs.map((tab) => {
    const posted = tab.posted;
    tab.posted = [];
    return { open: tab.open, posted, events: tab.events.length, timer: tab.timer !== null };
  });
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  let answer;
  try {
    const command = JSON.parse(line);
    answer = { ...commands[command.op](command), tabs: status() };
  } catch (error) {
    answer = { error: String(error?.stack ?? error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
