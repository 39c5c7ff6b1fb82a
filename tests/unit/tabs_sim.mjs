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
let lagging = false; // pages read their own copy (below), not the browser's

// One localStorage as Chromium keeps it: the browser's copy (`items`, every write in one
// order, `seq`) and each page's own cached copy (`tab.view`), which another tab's write
// reaches only with its `storage` event. So a page can read an older document than the one
// just stored, and write over it (what two tabs typing at once hit under load). A change
// older than one the page made itself is not applied to its copy (Chromium ignores remote
// changes to a key while its own write is on its way), so once every event is delivered,
// every copy is the browser's.
function makeStorage() {
  return { items: new Map(), seq: 0 };
}

function areaOf(tab) {
  const browsers = (key) => ({ value: storage.items.get(key) ?? null, seq: storage.seq });
  const mine = (key) => (lagging ? (tab.view.get(key) ?? { value: null, seq: 0 }) : browsers(key));
  const write = (key, value) => {
    const seq = ++storage.seq;
    if (value === null) storage.items.delete(key);
    else storage.items.set(key, value);
    tab.view.set(key, { value, seq });
    for (const other of tabs) if (other.open && other !== tab) other.events.push([key, value, seq]);
  };
  return {
    getItem: (key) => mine(key).value,
    setItem(key, value) {
      value = String(value);
      if (mine(key).value === value) return;
      if (full && value.length > (storage.items.get(key) ?? "").length) {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      }
      write(key, value);
    },
    removeItem(key) {
      if (mine(key).value === null) return;
      write(key, null);
    },
  };
}

// A page starts with a copy of what the browser holds.
function freshView() {
  return new Map([...storage.items].map(([key, value]) => [key, { value, seq: storage.seq }]));
}

function makeSession() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

let ids = 0;

function openTab(tab = { open: true, events: [], posted: [], timer: null, session: makeSession() }) {
  tab.view = freshView();
  tab.saver = createSaver({
    storage: areaOf(tab),
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
  const stored = tab.saver.read(DOCUMENT_KEY);
  tab.saver.mount(
    { type: "mount", tools: [], stored, writable: true, unsaved: tab.saver.unsaved() },
    stored,
  );
}

const commands = {
  reset({ stored, lag = false }) {
    tabs = [];
    full = false;
    lagging = lag;
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
    old.saver.hide();
    Object.assign(old, { events: [], posted: [], timer: null });
    openTab(old);
    mount(old);
    return {};
  },
  // The reader acts (types, adds an entry): a write reaches the other pages (their copy and
  // their `storage` event) in milliseconds, far less than a person takes between two acts,
  // so by then every open page has had every event. Between two acts (answers, timers,
  // events) they come as late as the test likes; workers still answer late.
  fresh() {
    for (const tab of tabs) {
      while (tab.open && tab.events.length > 0) commands.deliver({ tab: tabs.indexOf(tab) });
    }
    return {};
  },
  full({ on }) {
    full = on;
    return {};
  },
  send({ tab, event }) {
    tabs[tab].saver.send(event);
    return {};
  },
  answer({ tab, effects }) {
    tabs[tab].saver.answered(effects);
    return {};
  },
  timer({ tab }) {
    const callback = tabs[tab].timer;
    tabs[tab].timer = null;
    if (callback) callback();
    return {};
  },
  deliver({ tab }) {
    const [key, value, seq] = tabs[tab].events.shift();
    if (seq > (tabs[tab].view.get(key)?.seq ?? 0)) tabs[tab].view.set(key, { value, seq });
    tabs[tab].saver.storageEvent(key, value);
    return {};
  },
  hide({ tab }) {
    tabs[tab].saver.hide();
    return {};
  },
  close({ tab }) {
    tabs[tab].saver.hide(); // pagehide
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
