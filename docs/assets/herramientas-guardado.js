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
export const DOCUMENT_KEY = "sigue-tu-caso";
export const SESSION_KEY = "sigue-tu-caso:sin-guardar";
const RECORDS = "unsaved"; // the document's field with the records of closing tabs

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
  };

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
    if (carries !== undefined) saver.seen = carries;
    saver.inflight.push({ bases: [saver.seen] });
    post(event);
  }

  function otherTabSaved(current) {
    const base = saver.seen;
    saver.saves.delete(DOCUMENT_KEY); // the worker answers with the merged document
    send({ type: "storage", key: DOCUMENT_KEY, value: current, base }, current);
  }

  // This tab changed the stored document: answers still to come include the change.
  function wrote(text, bases) {
    saver.seen = text;
    bases?.push(text);
    for (const message of saver.inflight) message.bases.push(text);
  }

  // The record of a save not written: made on this tab's previous record when there is one
  // (a later answer holds everything an earlier one did; readers merge records in order, so
  // a reader that took the earlier one in already merges this one on top without a
  // conflict), else on the latest stored text the save includes.
  function recordOf(save) {
    const base = saver.record ? saver.record.value : (save.bases[save.bases.length - 1] ?? null);
    return { tab: saver.tab, base, value: save.value };
  }

  // Closing while another tab's save waits to be merged: the record rides on the stored
  // document, after any record already there.
  function addRecord(save, current) {
    const record = recordOf(save);
    if (!embed(record, current)) return false;
    saver.record = record;
    return true;
  }

  function embed(record, current) {
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
      const text = document === null ? record.value : JSON.stringify({ ...document, [RECORDS]: [...records, record] });
      storage.setItem(DOCUMENT_KEY, text);
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
      otherTabSaved(current);
      return;
    }
    try {
      storage.setItem(DOCUMENT_KEY, save.value);
    } catch (error) {
      keepInSession(save);
      saver.failed = true;
      send({ type: "save-failed", key: DOCUMENT_KEY, reason: error?.name ?? "" });
      return;
    }
    wrote(save.value, save.bases);
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
    const { bases } = saver.inflight.shift() ?? { bases: [saver.seen] };
    for (const effect of effects) {
      if (effect.effect === "store") {
        const save = { value: effect.value, bases, report: Boolean(effect.report) };
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
      if (current === null || current === saver.seen) return;
      otherTabSaved(current);
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
          if (embed(record, read(storage, DOCUMENT_KEY))) {
            session?.removeItem(SESSION_KEY);
            saver.sessionBase = undefined;
            saver.record = record; // this tab's next record is made on it (it holds it)
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
      }
    },
    // A mount reads the stored document: the answer to it includes that text.
    mount: (event, stored) => send(event, stored),
  };
}
