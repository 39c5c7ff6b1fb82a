// Saving the case log in localStorage when several tabs write it: the page side of it, used
// by herramientas.js (and, with fake storage and timers, by tests/unit/test_tabs.py).
//
// The rule: a tab writes its document only over the stored one it is known to include.
// Each message to the worker remembers which stored texts its answer will include (the
// latest one this tab read or wrote when it was sent, and any this tab writes before the
// answer comes). A save whose document does not include what is stored now is not written:
// the stored text goes to the worker as another tab's save, the worker merges it and answers
// with a new save, and that one is tried the same way. So stored documents form one line,
// each holding everything before it, and a merge's common ancestor is always known.
//
// What cannot wait for the worker is kept as an "unsaved" record: the document and a text
// it was made on (the ancestor to merge it with). A page hiding or closing while another
// tab's save is waiting adds its record to the stored document itself (`unsaved`, one per
// tab), in the same write: the next tab that reads it merges the record and saves the
// result, so the record goes in the very write that takes it in. When storage is full, the
// record waits in this tab's sessionStorage, which survives a reload.
//
// Two tabs can still write at once: in Chromium each page reads localStorage from its own
// copy, which another tab's write reaches a moment later (with its `storage` event), so both
// can pass the check and the later write hides the earlier one. So the line can fork, and
// each document says what it holds: this page writes the ids of the stored documents it
// holds first in its text (`revisions`, newest first, its own id first), and each tab keeps
// the texts it has read or written by id (`known`). Then:
// - a merge's ancestor is what the other tab's document and this tab both hold: the newest
//   known texts among its ids (two or more after a fork: the worker merges those first);
// - a tab whose `storage` event brings a document the stored one does not hold merges it in
//   (its own tab may have closed since), and, if it goes before its worker answers, leaves
//   it on the stored document as a record;
// - a record rides on a document it is not made on: its base is what both hold (with a
//   hidden document its worker had merged in, when the document holds that too), and the
//   document holds what the record holds (every reader takes the record in with it);
// - a tab whose last record rode on a document that a write hid puts what that document
//   carried on its next one, before its new record;
// - a page going while the stored document hides the last text it saw (its own write, often)
//   and its worker has not merged that yet leaves the text on the stored one as a record;
// - a page that goes keeps the newest texts it knew in its session, so a reload at the very
//   moment of another tab's write still finds the ancestor.
// Left: a new tab (not a reload) that opened in that very moment may know no text both
// hold; its merge keeps both sides' data, its own value winning where both changed a field
// (an older value can come back). tests/unit/test_tabs.py plays forks between tabs that
// stay open or reload (never new ones).
export const DOCUMENT_KEY = "sigue-tu-caso";
export const SESSION_KEY = "sigue-tu-caso:sin-guardar";
// The newest texts this tab knew when its page went: a reload finds the ancestor of a
// merge among them (the page it comes back to has read only the stored document).
export const ANCESTORS_KEY = "sigue-tu-caso:antecesores";
const KEPT_ANCESTORS = 4;
const KEPT_CHARACTERS = 200000; // a session's room is shared with a full storage's record
const RECORDS = "unsaved"; // the document's field with the records of closing tabs
const STAMP = /^\{"revisions":(\[[^\]]*\]),?/; // written by `stamped`, first in the text
const LINEAGE = 64; // ids a document keeps (≈ 1 KB): far more writes than a tab misses at once
const KNOWN = 32; // texts a tab keeps to find an ancestor among

// The ids of the documents a stored text holds, its own first. A text written without them
// (an older page, «Borrar mis datos», a test) is named by its content and holds no other.
export function lineageOf(text) {
  if (text === null) return [];
  const match = STAMP.exec(text);
  if (match) {
    try {
      const ids = JSON.parse(match[1]);
      if (Array.isArray(ids) && ids.length > 0) return ids.map(String);
    } catch {
      // not ids this page wrote: named by content below
    }
  }
  let hash = 0x811c9dc5; // FNV-1a: cheap, and a clash only costs a merge on an older ancestor
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return ["t" + (hash >>> 0).toString(36)];
}

// What the export gives the reader: the document without the ids (a backup is not a tab).
export function withoutRevisions(text) {
  return text === null ? null : text.replace(STAMP, "{");
}

export function createSaver({ storage, session, post, setTimer, clearTimer, randomId }) {
  const saver = {
    seen: null, // the latest stored document the worker's next answer includes
    inflight: [], // per message sent and not answered: the stored texts its answer includes
    saves: new Map(), // key -> {value, bases, report} waiting for its debounce
    timer: 0,
    failed: false, // a write failed: say so to the worker when one succeeds again
    unwritten: null, // the worker's latest document while it is not stored (a merge pending)
    record: null, // this tab's last record on the stored document, until a write holds it
    sessionBase: undefined, // the base of the record in this tab's session, while it is there
    tab: randomId(),
    known: new Map(), // id -> {text, lineage} of the stored texts this tab read or wrote
    // (its worker holds them all), oldest first
    holding: [], // the ids of every document the worker holds, newest first
  };

  // The worker holds `text` (it was sent, or written from its answer) and all it holds.
  function remember(text) {
    if (text === null) return;
    const lineage = lineageOf(text);
    saver.known.set(lineage[0], { text, lineage });
    if (saver.known.size > KNOWN) saver.known.delete(saver.known.keys().next().value);
    saver.holding = unique([...lineage, ...saver.holding]);
  }

  // `value` (a document the worker made) as written over `current`: with the ids of what it
  // holds (`holds`: what the worker held when the event it answers was sent) and `current`.
  function stamped(value, current, holds = []) {
    if (!value.startsWith("{")) return value;
    const ids = unique([randomId(), ...holds, ...lineageOf(current)]);
    const rest = value.replace(STAMP, "{").slice(1);
    return `{"revisions":${JSON.stringify(ids)}${rest.startsWith("}") ? "" : ","}${rest}`;
  }

  // The ancestor of a merge of `text` into what this tab's worker holds: the documents both
  // hold, the newest of them. Usually one, the document this tab saw last. When a write made
  // at the same moment was merged in on both sides there are two or more: the worker merges
  // them first, as git's recursive merge does (`more`, each on what it shares with `base`).
  // None at all: the merge keeps both sides' data (a deletion may come back, nothing typed
  // is lost). A text without ids (an older page) is taken to hold what this tab saw, as before.
  function ancestorsOf(text) {
    if (text === null || saver.seen === null || !STAMP.test(text)) {
      return { base: saver.seen, more: [] };
    }
    const [base = null, ...others] = newestHeldBy([lineageOf(text)]).reverse(); // latest first
    return { base, more: onBase(others, base) };
  }

  // Each of `texts` with what it shares with `base`: the ancestors a merge takes in first.
  function onBase(texts, base) {
    return texts.map((value) => ({ value, on: shared(value, base) }));
  }

  // The texts this tab knows that every lineage holds, less those another of them holds:
  // the newest, oldest taken in first (ids in a lineage are not in the order of writing).
  function newestHeldBy(lineages) {
    const sets = lineages.map((ids) => new Set(ids));
    const all = [...saver.known.values()].filter((each) => sets.every((ids) => ids.has(each.lineage[0])));
    const held = (each) => all.some((other) => other !== each && other.lineage.includes(each.lineage[0]));
    return all.filter((each) => !held(each)).map((each) => each.text);
  }

  // The newest text this tab knows that both `text` and `holder` hold, or none.
  function shared(text, holder) {
    return newestHeldBy([lineageOf(text), lineageOf(holder)]).pop() ?? null;
  }

  // Whether `current` was written over `text` without holding it: two tabs wrote at once
  // and the later write hid the earlier one.
  function hides(current, text) {
    if (current === null || text === null || current === text) return false;
    if (!STAMP.test(current) || !STAMP.test(text)) return false; // an older page: as before
    return !lineageOf(current).includes(lineageOf(text)[0]);
  }

  // Another tab's document that a write made at the same moment hid (its tab may have closed
  // since): merged in, and held by this tab's next write.
  function mergeHidden(text) {
    const message = sendStorage(text);
    remember(text);
    message.holds = saver.holding;
    message.hidden = text; // until its answer is written, only this tab's worker has it
  }

  // The page is going with a hidden document its worker has not answered for: it rides on
  // the stored document as a record, merged on what both hold, for the next reader. Records
  // it carries go beside it, not inside it (each level would escape the one below again).
  function keepHidden(text) {
    const current = read(storage, DOCUMENT_KEY);
    if (!hides(current, text)) return;
    const [value, nested] = withoutRecords(text);
    const [base] = withoutRecords(shared(text, current));
    if (!embed([{ tab: saver.tab, base, value }, ...nested], current, lineageOf(text))) {
      keepInSession({ value, bases: [base] });
    }
  }

  // A stored text as [the document without its records, the records].
  function withoutRecords(text) {
    try {
      const { [RECORDS]: records, ...document } = JSON.parse(text);
      if (records === undefined) return [text, []];
      return [JSON.stringify(document), Array.isArray(records) ? records : []];
    } catch {
      return [text, []]; // null, or not a document: as it is
    }
  }

  // The page is going: the newest texts it knows wait in the session for a reload.
  function keepAncestors() {
    const texts = [...saver.known.values()].slice(-KEPT_ANCESTORS).map((each) => each.text);
    while (texts.join("").length > KEPT_CHARACTERS) texts.shift();
    try {
      session?.setItem(ANCESTORS_KEY, JSON.stringify(texts));
    } catch {
      // no room: a merge at the very moment of a reload may then keep an older value
    }
  }

  // A reload: the texts the page knew before that the stored document holds (its worker
  // holds them through it). Another tab writing as the page came back leaves a document
  // that holds one of them, and the merge has its ancestor.
  function restoreAncestors(stored) {
    let texts;
    try {
      texts = JSON.parse(read(session, ANCESTORS_KEY) ?? "[]");
    } catch {
      return; // not what this page wrote
    }
    if (!Array.isArray(texts)) return;
    const held = new Set(lineageOf(stored));
    for (const text of texts) {
      if (typeof text === "string" && text !== stored && held.has(lineageOf(text)[0])) remember(text);
    }
  }

  function unique(ids) {
    return [...new Set(ids)].slice(0, LINEAGE);
  }

  function read(area, key) {
    try {
      return area?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  // Every event goes through here: its answer will include `seen` (and what this tab writes
  // before the answer arrives).
  function send(event, carries = undefined) {
    if (carries !== undefined) {
      saver.seen = carries;
      remember(carries);
    }
    saver.inflight.push({ bases: [saver.seen], holds: saver.holding });
    post(event);
  }

  // A storage event for `text`, merged on what this tab and `text` both hold; the entry of
  // its message among those awaiting an answer.
  function sendStorage(text, carries = undefined) {
    const { base, more } = ancestorsOf(text);
    const event = { type: "storage", key: DOCUMENT_KEY, value: text, base };
    send(more.length > 0 ? { ...event, more_bases: more } : event, carries);
    return saver.inflight[saver.inflight.length - 1];
  }

  function otherTabSaved(current) {
    // A write made at the same moment hid the last text this tab saw (often its own write):
    // until the merge's answer is written, only this tab's worker has it (as `mergeHidden`).
    const hidden = hides(current, saver.seen) ? saver.seen : null;
    saver.saves.delete(DOCUMENT_KEY); // the worker answers with the merged document
    const message = sendStorage(current, current);
    if (hidden !== null) message.hidden = hidden;
  }

  // This tab changed the stored document: answers still to come include the change.
  function wrote(text, bases) {
    saver.seen = text;
    if (text === null) {
      saver.known.clear(); // the log was removed: nothing before it holds
      saver.holding = [];
    }
    remember(text);
    bases?.push(text);
    const id = lineageOf(text).slice(0, 1);
    for (const message of saver.inflight) {
      message.bases.push(text);
      message.holds = unique([...id, ...message.holds]);
    }
  }

  // The record of a save not written: made on this tab's previous record when there is one
  // (a later answer holds everything an earlier one did; readers merge records in order, so
  // a reader that took the earlier one in already merges this one on top without a
  // conflict), else on the latest stored text the save includes. When the stored document
  // `current` it rides on does not hold that (a write made at the same moment hid it): on
  // the newest text both hold. The save may hold more than that text (a hidden document its
  // worker had merged in): those `current` holds too are part of the base (`more`, merged
  // into it first, as a storage event's ancestors).
  function recordOf(save, current = undefined) {
    if (saver.record) return { tab: saver.tab, base: saver.record.value, value: save.value };
    let base = save.bases[save.bases.length - 1] ?? null;
    if (current === undefined) return { tab: saver.tab, base, value: save.value };
    const both = newestHeldBy([save.holds ?? [], lineageOf(current)]);
    if (hides(current, base)) base = both[both.length - 1] ?? null;
    const record = { tab: saver.tab, base, value: save.value };
    if (base === null) return record;
    const inBase = new Set(lineageOf(base));
    const more = onBase(both.filter((text) => !inBase.has(lineageOf(text)[0])), base);
    return more.length > 0 ? { ...record, more } : record;
  }

  // Closing while another tab's save waits to be merged: the record rides on the stored
  // document, after any record already there. When a write made at the same moment hid the
  // document that carried this tab's last record, what that document carried rides again,
  // before this record (made on the last one): a reader that never saw it needs it, and one
  // that took it in merges it again without a change. If the stored document holds what
  // the hidden one was written over, the document then holds the hidden one too.
  function addRecord(save, current) {
    const carrier = saver.record?.carrier ?? null;
    const lost = hides(current, carrier);
    const earlier = lost ? withoutRecords(carrier)[1] : [];
    const ids = new Set(lineageOf(current));
    const held = lost && lineageOf(carrier).slice(1).every((id) => ids.has(id));
    const record = recordOf(save, current);
    // Every reader takes the record in with the document, so the document holds what it does.
    const holds = held ? [...save.holds, ...lineageOf(carrier)] : save.holds;
    if (!embed([...earlier, record], current, holds)) return false;
    saver.record = { ...record, carrier: read(storage, DOCUMENT_KEY) };
    return true;
  }

  function embed(added, current, holds = []) {
    let document;
    try {
      document = current === null ? null : JSON.parse(current);
    } catch {
      return false; // not a document this tab can add to: this tab's session keeps it
    }
    if (document !== null && (typeof document !== "object" || Array.isArray(document))) {
      return false;
    }
    const records = Array.isArray(document?.[RECORDS]) ? document[RECORDS] : [];
    try {
      // Nothing stored at all: the record's document is all there is to keep.
      const text =
        document === null && added.length === 1
          ? added[0].value
          : JSON.stringify({ ...(document ?? {}), [RECORDS]: [...records, ...added] });
      storage.setItem(DOCUMENT_KEY, stamped(text, current, holds));
    } catch {
      return false;
    }
    return true;
  }

  // One record in the session, replaced by each newer one (which holds it), made on the
  // base of the first (nothing has taken it in but this tab): on this tab's last record in
  // storage if there is one, as any record of this tab.
  function keepInSession(save) {
    const base = saver.sessionBase !== undefined ? saver.sessionBase : recordOf(save).base;
    try {
      session?.setItem(SESSION_KEY, JSON.stringify({ tab: saver.tab, base, value: save.value }));
      saver.sessionBase = base;
    } catch {
      // nowhere left to keep it: the worker still holds it and says the storage is full
    }
  }

  function writeDocument(save, { closing = false } = {}) {
    const current = read(storage, DOCUMENT_KEY);
    if (!save.bases.includes(current)) {
      // The page may never run again (closing, or hidden for good): the next reader merges.
      if (closing && (current === null || !addRecord(save, current))) keepInSession(save);
      // With the record on it, the stored document is the other tab's and this tab's: the
      // worker takes it in (its own record changes nothing) and holds it.
      otherTabSaved(read(storage, DOCUMENT_KEY));
      return;
    }
    const text = stamped(save.value, current, save.holds);
    try {
      storage.setItem(DOCUMENT_KEY, text);
    } catch (error) {
      keepInSession(save);
      saver.failed = true;
      send({ type: "save-failed", key: DOCUMENT_KEY, reason: error?.name ?? "" });
      return;
    }
    wrote(text, save.bases);
    saver.unwritten = null;
    saver.record = null;
    saver.sessionBase = undefined;
    try {
      session?.removeItem(SESSION_KEY);
    } catch {
      // unavailable: the record is merged again at the next start, which changes nothing
    }
    if (save.report || saver.failed) send({ type: "stored", key: DOCUMENT_KEY });
    saver.failed = false;
  }

  function write(key, save, options) {
    if (key === DOCUMENT_KEY) return writeDocument(save, options);
    try {
      storage.setItem(key, save.value);
    } catch (error) {
      send({ type: "save-failed", key, reason: error?.name ?? "" });
      return;
    }
    if (save.report) send({ type: "stored", key });
  }

  function flush(options) {
    clearTimer(saver.timer);
    const waiting = [...saver.saves];
    saver.saves.clear();
    for (const [key, save] of waiting) write(key, save, options);
  }

  // The worker answered the oldest message: its store and remove effects, with what that
  // answer includes. Other effects are the page's.
  function answered(effects) {
    const { bases, holds } = saver.inflight.shift() ?? { bases: [saver.seen], holds: [] };
    for (const effect of effects) {
      if (effect.effect === "store") {
        const save = { value: effect.value, bases, holds, report: Boolean(effect.report) };
        if (effect.key === DOCUMENT_KEY) saver.unwritten = save;
        if (effect.delay_ms > 0) {
          saver.saves.set(effect.key, save);
          clearTimer(saver.timer);
          saver.timer = setTimer(() => flush(), effect.delay_ms);
        } else {
          saver.saves.delete(effect.key);
          write(effect.key, save);
        }
      } else if (effect.effect === "remove") {
        saver.saves.delete(effect.key);
        try {
          if (effect.area === "session") session?.removeItem(effect.key);
          else storage.removeItem(effect.key);
          if (effect.key === DOCUMENT_KEY) wrote(null, bases);
        } catch {
          // storage unavailable: nothing was kept
        }
      }
    }
  }

  // Another tab wrote to storage (the window's `storage` event). Events come late and in a
  // queue: the stored document may be newer than the one an event carries, and this tab may
  // have read it already. The stored one holds everything before it, so it is the one taken.
  function storageEvent(key, newValue) {
    retry(); // another tab wrote or removed something: there may be room now
    if (key === DOCUMENT_KEY) {
      const current = read(storage, DOCUMENT_KEY);
      if (current !== null && current !== saver.seen) otherTabSaved(current);
      const id = newValue === null ? null : lineageOf(newValue)[0];
      if (hides(current, newValue) && !saver.known.has(id)) mergeHidden(newValue);
    } else if (key?.startsWith(DOCUMENT_KEY + ":")) {
      send({ type: "storage", key, value: newValue }); // set-aside copies, gone or new
    }
  }

  // A save that failed (storage full) is tried again when there may be room: another tab
  // wrote, the tab comes back into view, a while has passed.
  function retry() {
    if (!saver.failed || !saver.unwritten || saver.saves.has(DOCUMENT_KEY)) return;
    writeDocument(saver.unwritten);
  }

  // What this tab could not save before a reload (storage was full): merged in at mount.
  function unsaved() {
    const own = read(session, SESSION_KEY);
    return own === null ? [] : [{ key: SESSION_KEY, area: "session", record: own }];
  }

  return {
    state: saver,
    retry,
    send,
    answered,
    flush,
    storageEvent,
    unsaved,
    read: (key) => read(storage, key),
    // The page is hiding (pagehide, or visibilitychange to hidden: it may never come back).
    // A document still waiting for a merge the worker may never answer is kept too.
    hide() {
      // What a full storage left in the session goes first, onto the stored document where
      // any tab finds it (the session goes with the tab): it is older than any save of this
      // page, which is made on it.
      const own = read(session, SESSION_KEY);
      if (own !== null) {
        try {
          const record = JSON.parse(own);
          if (embed([record], read(storage, DOCUMENT_KEY))) {
            session?.removeItem(SESSION_KEY);
            saver.sessionBase = undefined;
            // this tab's next record is made on it (it holds it)
            saver.record = { ...record, carrier: read(storage, DOCUMENT_KEY) };
          }
        } catch {
          // not a record this page wrote, or no room: it stays for a reload
        }
      }
      const waiting = saver.saves.has(DOCUMENT_KEY) ? null : saver.unwritten;
      flush({ closing: true });
      if (waiting && saver.unwritten === waiting) {
        const current = read(storage, DOCUMENT_KEY);
        if (waiting.bases.includes(current)) writeDocument(waiting, { closing: true });
        else if (current === null || !addRecord(waiting, current)) keepInSession(waiting);
        else otherTabSaved(read(storage, DOCUMENT_KEY)); // as in writeDocument: it holds it
      }
      for (const message of saver.inflight) if (message.hidden) keepHidden(message.hidden);
      keepAncestors();
    },
    // A mount reads the stored document: the answer to it includes that text.
    mount(event, stored) {
      restoreAncestors(stored);
      send(event, stored);
    },
  };
}
