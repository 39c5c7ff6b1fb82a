"""Nothing lost, nothing locked (issue 11): storage faults, two tabs, unknown fields."""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from followup import export, labels, render, storage, sync, validation
from followup.controller import HOLD_ASIDE, HOLD_MEMORY, HOLD_STUCK, State, update
from followup.model import CaseFile, Channel, Interaction
from followup.storage import BACKUP_PREFIX, STORAGE_KEY, CaseLog, StorageError

NOW = "2026-11-12T10:30:00.000Z"
CASE = CaseFile(id="c-1", case_number="48213", company="Conecta Fibra")
LOG = CaseLog(cases=(CASE,), active_id="c-1")


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": "2026-11-12", "now": NOW, "nonce": "a1b2c3", **fields}


def mount(stored: str | None, **fields: Any) -> tuple[State, list[dict[str, Any]]]:
    return update(State(), event("mount", tools=["caselog"], stored=stored, **fields))


def stores(effects: list[dict[str, Any]], key: str = STORAGE_KEY) -> list[str]:
    return [e["value"] for e in effects if e["effect"] == "store" and e["key"] == key]


def entry(note: str, day: int = 4) -> Interaction:
    return Interaction(date=dt.date(2026, 11, day), channel=Channel.EMAIL, note=note)


# --- unknown fields ---------------------------------------------------------------------


def test_unknown_fields_of_the_document_and_of_a_case_survive_a_save() -> None:
    document = json.loads(storage.serialize(LOG))
    document["futuro"] = {"a": 1}
    document["cases"][0]["holograma"] = [1, 2]
    log = storage.parse(json.dumps(document))
    log = storage.update_case(log, replace(log.cases[0], company="Otra"))
    log = storage.add_case(log, "c-2")
    again = json.loads(storage.serialize(log))
    assert again["futuro"] == {"a": 1}
    assert again["cases"][0]["holograma"] == [1, 2] and again["cases"][0]["company"] == "Otra"
    assert "holograma" not in again["cases"][1]
    assert "c-1" not in storage.delete_case(log, "c-1").case_extra


# --- corrupt, full, unavailable ---------------------------------------------------------


def test_corrupt_data_is_kept_in_place_until_its_copy_is_safely_set_aside() -> None:
    state, effects = mount("{roto")
    key = f"{BACKUP_PREFIX}{NOW}"
    assert state.hold == HOLD_ASIDE and stores(effects, key) == ["{roto"]
    assert stores(effects) == []
    field = event("input", hooks={"field": "case_number"}, value="1", control="text")
    state, effects = update(state, field)
    assert stores(effects) == []  # held: nothing over the only copy yet
    state, effects = update(state, event("stored", key=key))
    assert state.hold == "" and json.loads(stores(effects)[0])["cases"][0]["case_number"] == "1"
    assert update(state, event("stored", key=key)) == (state, [])


def test_corrupt_data_that_cannot_be_set_aside_stays_and_is_downloadable() -> None:
    state, _ = mount("{roto")
    key = f"{BACKUP_PREFIX}{NOW}"
    state, effects = update(state, event("save-failed", key=key))
    assert state.hold == HOLD_STUCK and list(state.aside) == [STORAGE_KEY]
    assert "ni apartarlos" in state.warning and "ni apartarlos" in json.dumps(effects)
    state, effects = update(state, event("save-failed", key=STORAGE_KEY))
    assert effects == []  # already told
    click = event("click", hooks={"action": "download-aside", "key": STORAGE_KEY}, tag="BUTTON")
    (download,) = update(state, click)[1]
    assert download["text"] == "{roto" and download["filename"].endswith("-1.json")
    missing = event("click", hooks={"action": "download-aside", "key": "x"}, tag="BUTTON")
    assert update(state, missing)[1] == []
    theirs = event("storage", key=STORAGE_KEY, value=storage.serialize(LOG), base=None)
    assert update(state, theirs) == (state, [])  # the stuck copy is never merged over


def test_a_full_storage_at_mount_keeps_corrupt_data_in_place_at_once() -> None:
    state, effects = mount("{roto", writable=False)
    assert state.hold == HOLD_STUCK and effects[-1]["effect"] != "store"
    assert all(e["effect"] != "store" for e in effects)


def test_clearing_erases_the_set_aside_copies_and_the_stuck_document() -> None:
    old = f"{BACKUP_PREFIX}2026-01-01T00:00:00.000Z"
    state, _ = mount("{roto", aside={old: "{viejo", "otra-web": "x", 3: "y"})
    state, _ = update(state, event("save-failed", key=f"{BACKUP_PREFIX}{NOW}"))
    assert list(state.aside) == [STORAGE_KEY, old]
    click = event("click", hooks={"action": "clear-all"}, tag="BUTTON", confirmed=True)
    state, effects = update(state, click)
    removed = [e["key"] for e in effects if e["effect"] == "remove"]
    assert removed == [old, STORAGE_KEY]
    assert storage.parse(stores(effects)[0]).cleared_at == NOW
    assert state.hold == "" and state.aside == {} and state.warning == ""


def test_without_storage_the_tools_work_in_memory_and_say_so() -> None:
    state, effects = mount(None, writable=False)
    assert state.hold == HOLD_MEMORY and state.warning == labels.MEMORY_ONLY
    assert labels.MEMORY_ONLY.split(".")[0] in json.dumps(effects, ensure_ascii=False)
    field = event("input", hooks={"field": "case_number"}, value="9", control="text")
    state, effects = update(state, field)
    assert stores(effects) == [] and state.log.cases[0].case_number == "9"
    click = event("click", hooks={"action": "clear-all"}, tag="BUTTON", confirmed=True)
    state, effects = update(state, click)
    assert stores(effects) == [] and state.warning == labels.MEMORY_ONLY


def test_a_failed_save_of_unrelated_data_while_held_says_nothing_new() -> None:
    state, _ = mount("{roto")
    assert update(state, event("save-failed", key="sigue-tu-caso:mensaje"))[1] == []


def test_set_aside_copies_follow_other_tabs() -> None:
    state, _ = mount(storage.serialize(LOG))
    key = f"{BACKUP_PREFIX}x"
    state, _ = update(state, event("storage", key=key, value="{viejo"))
    assert state.aside == {key: "{viejo"}
    state, _ = update(state, event("storage", key=key, value=None))
    assert state.aside == {}


# --- two tabs ---------------------------------------------------------------------------


def test_merge_keeps_both_tabs_entries_fields_and_cases() -> None:
    base = LOG
    mine = storage.update_case(base, replace(CASE, title="Router", interactions=(entry("A"),)))
    theirs = storage.update_case(base, replace(CASE, company="Otra", interactions=(entry("B"),)))
    theirs = storage.add_case(theirs, "c-2", "Factura")
    merged = sync.merge(base, mine, theirs)
    case = merged.get("c-1")
    assert case is not None and (case.title, case.company) == ("Router", "Otra")
    assert sorted(i.note for i in case.interactions) == ["A", "B"]
    assert [c.id for c in merged.cases] == ["c-1", "c-2"] and merged.active_id == "c-1"
    # The other tab adopts the merged document as it is and writes nothing back: they stop.
    assert sync.merge(theirs, theirs, merged).cases == merged.cases


def test_merge_respects_removals_and_deletions_on_either_side() -> None:
    base = storage.update_case(LOG, replace(CASE, interactions=(entry("A"), entry("B"))))
    base = storage.add_case(base, "c-2")
    base = storage.update_case(base, CaseFile(id="c-2", title="Vieja"))
    mine = storage.update_case(base, replace(CASE, interactions=(entry("B"),)))
    theirs = storage.delete_case(base, "c-2")
    merged = sync.merge(base, mine, theirs)
    assert [c.id for c in merged.cases] == ["c-1"]
    assert [i.note for i in merged.cases[0].interactions] == ["B"]
    # A case changed here while the other tab deleted it is kept: nothing lost.
    changed = storage.update_case(base, CaseFile(id="c-2", title="Nueva"))
    assert merged.get("c-2") is None and sync.merge(base, changed, theirs).get("c-2")
    # An empty case the tools opened is not worth adding to the other tab's log.
    blank = storage.add_case(LOG, "nuevo")
    assert sync.merge(LOG, blank, LOG).get("nuevo") is None
    assert sync.merge(LOG, LOG, blank).get("nuevo") is None


def test_a_clear_wins_over_older_data_on_either_side() -> None:
    cleared = CaseLog(cleared_at=NOW)
    assert sync.merge(LOG, LOG, cleared) == cleared
    assert sync.merge(LOG, cleared, LOG) == cleared


def test_another_tabs_save_is_merged_and_the_result_saved_once() -> None:
    state, _ = mount(storage.serialize(LOG))
    state, _ = update(
        state, event("input", hooks={"field": "title"}, value="Router", control="text")
    )
    theirs = storage.serialize(storage.update_case(LOG, replace(CASE, company="Otra")))
    state, effects = update(
        state, event("storage", key=STORAGE_KEY, value=theirs, base=storage.serialize(LOG))
    )
    case = state.log.active()
    assert case is not None and (case.title, case.company) == ("Router", "Otra")
    assert state.notice == labels.OTHER_TAB
    saved = stores(effects)[0]
    # The other tab receives the merged document: nothing left to save there.
    other, effects = mount(theirs)
    _, effects = update(other, event("storage", key=STORAGE_KEY, value=saved, base=theirs))
    assert stores(effects) == []


def test_a_case_both_sides_hold_without_an_ancestor_keeps_each_sides_change() -> None:
    # Two tabs wrote at once and no document both hold is known: the case is merged as if
    # both made it blank, so each side's field and both timelines are kept.
    mine = storage.update_case(LOG, replace(CASE, company="Conecta", interactions=(entry("A"),)))
    theirs = storage.update_case(
        LOG, replace(CASE, summary="Sin línea", interactions=(entry("B"),))
    )
    merged = sync.merge(CaseLog(), mine, theirs)
    case = merged.get("c-1")
    assert case is not None and (case.company, case.summary) == ("Conecta", "Sin línea")
    assert sorted(i.note for i in case.interactions) == ["A", "B"]


def test_the_pages_revision_ids_are_never_read_into_the_log_nor_saved_again() -> None:
    text = storage.serialize(LOG)
    stamped = '{"revisions":["a1","b2"],' + text[1:]
    log = storage.parse(stamped)
    assert log == storage.parse(text) and "revisions" not in storage.serialize(log)


def test_two_documents_both_sides_hold_are_merged_into_the_ancestor_first() -> None:
    # This tab saw «Conecta» (its last read) and took in, from an event, a document a write
    # made at the same moment had hidden («Sin línea»). The other tab's document holds both
    # and changes the title: the ancestor is both of them merged, so neither reads as undone.
    seen = storage.update_case(LOG, replace(CASE, company="Conecta"))
    hidden = storage.update_case(LOG, replace(CASE, summary="Sin línea"))
    state, _ = mount(storage.serialize(seen))
    more = [{"value": storage.serialize(hidden), "on": storage.serialize(LOG)}]
    state, _ = update(
        state,
        event(
            "storage", key=STORAGE_KEY, value=storage.serialize(hidden), base=storage.serialize(LOG)
        ),
    )
    both = storage.update_case(LOG, replace(CASE, company="Conecta", summary="Sin línea"))
    theirs = storage.update_case(
        both, replace(CASE, company="Conecta", summary="Sin línea", title="Router")
    )
    # Without the second document in the ancestor, «Sin línea» would read as this tab's own
    # change and the other tab's later edit of it would lose.
    theirs = storage.update_case(theirs, replace(theirs.cases[0], summary="Sin línea ni wifi"))
    state, _ = update(
        state,
        event(
            "storage",
            key=STORAGE_KEY,
            value=storage.serialize(theirs),
            base=storage.serialize(seen),
            more_bases=more,
        ),
    )
    case = state.log.active()
    assert case is not None
    assert (case.company, case.summary, case.title) == ("Conecta", "Sin línea ni wifi", "Router")


def test_a_record_made_on_two_documents_merges_on_both() -> None:
    # A closing tab's worker had merged in a document a write made at the same moment hid
    # («Sin línea», which rides first as another record); its own record, typed on top of
    # that, is made on both. Read on the stored document alone, its later summary would be
    # a conflict with «Sin línea» and lose.
    hidden = storage.update_case(LOG, replace(CASE, summary="Sin línea"))
    typed = storage.update_case(LOG, replace(CASE, summary="Sin línea ni wifi"))
    records = [
        {"tab": "a", "base": storage.serialize(LOG), "value": storage.serialize(hidden)},
        {
            "tab": "b",
            "base": storage.serialize(LOG),
            "more": [{"value": storage.serialize(hidden), "on": storage.serialize(LOG)}],
            "value": storage.serialize(typed),
        },
    ]
    stored = {**json.loads(storage.serialize(LOG)), storage.UNSAVED: records}
    state, _ = mount(json.dumps(stored))
    case = state.log.active()
    assert case is not None and case.summary == "Sin línea ni wifi"


def test_a_clear_in_another_tab_is_adopted_with_a_notice() -> None:
    state, _ = mount(storage.serialize(LOG))
    cleared = storage.serialize(CaseLog(cleared_at=NOW))
    state, effects = update(
        state, event("storage", key=STORAGE_KEY, value=cleared, base=storage.serialize(LOG))
    )
    assert state.notice == labels.OTHER_TAB_CLEARED and state.log.cleared_at == NOW
    assert [c.case_number for c in state.log.cases] == [""] and stores(effects) == []


def test_an_instant_navigation_merges_what_the_visit_holds_with_what_is_stored() -> None:
    state, _ = mount(storage.serialize(LOG))
    state, _ = update(
        state, event("input", hooks={"field": "title"}, value="Router", control="text")
    )
    theirs = storage.serialize(storage.update_case(LOG, replace(CASE, company="Otra")))
    state, effects = update(
        state,
        event("mount", tools=["builder"], stored=theirs, base_stored=storage.serialize(LOG)),
    )
    case = state.log.active()
    assert case is not None and (case.title, case.company) == ("Router", "Otra")
    assert storage.parse(stores(effects)[0]).get("c-1") == case
    state, effects = update(state, event("mount", tools=["builder"], stored=stores(effects)[0]))
    assert stores(effects) == []


def test_an_import_keeps_the_clear_marker() -> None:
    state, _ = mount(storage.serialize(CaseLog(cleared_at=NOW)))
    change = event("change", hooks={"action": "import"}, file_text=storage.serialize(LOG))
    state, _ = update(state, change)
    state, _ = update(state, event("stored", key=STORAGE_KEY))
    assert state.log.cleared_at == NOW and state.log.get("c-1") is not None


# --- hostile saved documents ----------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)
CASE_KEYS = st.sampled_from(sorted(json.loads(storage.serialize(LOG))["cases"][0]))


@settings(max_examples=300, deadline=500)
@given(
    st.dictionaries(CASE_KEYS | st.text(max_size=5), JSON_VALUES, max_size=8),
    st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3),
)
def test_parse_reads_or_refuses_any_hostile_structure(
    case: dict[str, Any], top: dict[str, Any]
) -> None:
    document = {**top, "version": storage.SCHEMA_VERSION, "cases": [{"id": "x", **case}]}
    try:
        log = storage.parse(json.dumps(document))
    except StorageError as problem:
        assert problem.message
        return
    assert storage.parse(storage.serialize(log)) == log  # what it read, it saves and reads


def test_deeply_nested_documents_are_refused_quickly() -> None:
    start = time.perf_counter()
    for text in ("[" * 100_000, '{"cases": ' + "[" * 100_000 + "]" * 100_000 + "}"):
        try:
            storage.parse(text)
        except StorageError as problem:
            assert problem.message
    assert time.perf_counter() - start < 2


# --- import: bounded, and checked like typing -------------------------------------------


def backup(**case: Any) -> str:
    document = json.loads(storage.serialize(LOG))
    document["cases"][0].update(case)
    return json.dumps(document)


def refusal(text: str) -> str:
    try:
        export.from_json(text)
    except StorageError as problem:
        return problem.message
    raise AssertionError("imported")


def test_import_refuses_huge_deep_and_crowded_files_before_parsing_them() -> None:
    start = time.perf_counter()
    assert "demasiado grande" in refusal(" " * (export.MAX_IMPORT_CHARS + 1))
    assert "estructura" in refusal("[" * 100_000 + "]" * 100_000)
    assert "estructura" in refusal('{"cases": [' + '{"a": ' * 20 + "1" + "}" * 20 + "]}")
    crowded = json.dumps({"version": 2, "cases": [{"id": f"c{i}"} for i in range(1001)]})
    assert "demasiados elementos (casos" in refusal(crowded)
    entries = [{"date": "2026-11-01", "channel": "email"}] * 1001
    assert "entradas del historial" in refusal(backup(interactions=entries))
    assert time.perf_counter() - start < 3
    # Brackets inside texts are not nesting.
    assert export.from_json(backup(summary="[" * 1000)).cases[0].summary == "[" * 1000


def test_import_goes_through_the_checks_typing_goes_through() -> None:
    log = export.from_json(backup(case_number="1\r\nBcc: otro@example.com", summary="a\ud800b"))
    case = log.cases[0]
    assert "\n" not in case.case_number and "\r" not in case.case_number
    assert case.summary == "a\ufffdb"
    assert "solo puede tener letras" in refusal(backup(id="c\r\n1"))
    assert "entre el año 1970 y el 2100" in refusal(backup(next_action="9999-12-31"))
    assert "entre el año 1970" in refusal(backup(opened="0002-01-01"))
    assert labels.FIELD_LABELS["sla_amount"] in refusal(backup(sla_amount=-5))
    assert "Router" in refusal(backup(title="Router", sla_amount=10**18))
    assert refusal(backup(company="x" * 500))
    long_note = [{"date": "2026-11-01", "channel": "email", "note": "x" * 3000}]
    assert refusal(backup(interactions=long_note))
    assert refusal(backup(evidence=["x" * 400]))
    old = [{"date": "1900-11-01", "channel": "email"}]
    assert "1970" in refusal(backup(interactions=old))
    assert export.from_json(backup(evidence=["  una\nprueba "])).cases[0].evidence == (
        "una prueba",
    )


def test_typed_dates_outside_sane_years_and_lone_surrogates_get_a_message_or_are_mended() -> None:
    today = dt.date(2026, 11, 12)
    _, error = validation.set_field(CASE, "opened", "0002-01-01", today)
    assert error is not None and "1970" in error
    _, error = validation.set_field(CASE, "next_action", "9999-12-31", today)
    assert error is not None and "2100" in error
    updated, error = validation.set_field(CASE, "summary", "hola \udc00", today)
    assert error is None and updated.summary == "hola \ufffd"
    with_entry, errors = validation.add_interaction(
        CASE, "2026-11-01", "email", "", "Ana \ud83d", "nota \ud83d", today
    )
    assert errors == {} and "\ufffd" in with_entry.interactions[0].note


@settings(max_examples=200, deadline=1000)
@given(
    st.recursive(
        st.none() | st.text() | st.integers(), lambda i: st.lists(i) | st.dictionaries(st.text(), i)
    )
)
def test_import_of_any_hostile_structure_refuses_or_reads_quickly(data: Any) -> None:
    for document in (data, {"version": 2, "cases": data}, {"version": 2, "cases": [data]}):
        try:
            log = export.from_json(json.dumps(document))
        except StorageError as problem:
            assert problem.message
        else:
            assert export.from_json(export.to_json(log)) == log


# --- guards stay linear -----------------------------------------------------------------

PASTES = [
    "a" * 40_000,
    "1" * 40_000,
    "a." * 20_000,
    "AB12" * 10_000,
    "caso 1" + "1" * 40_000,
    "A-" * 20_000,
    "x+" * 20_000,
    "a@" + "b." * 20_000,
    "(1" * 20_000,
    "#1" * 20_000,
    "¡" * 40_000,
]


def test_guards_take_linear_time_on_a_40000_character_paste_without_spaces() -> None:
    case = replace(CASE, case_number="48213")
    for text in PASTES:
        start = time.perf_counter()
        render.check_text(text, case, public=True)
        assert time.perf_counter() - start < 0.5, text[:8]


# --- what the reader sees and sends -------------------------------------------------------


def test_open_in_mail_uses_the_edited_draft_and_a_one_line_subject() -> None:
    state, _ = mount(storage.serialize(LOG))
    click = event(
        "click",
        hooks={"action": "open-mail", "subject": "Caso #1\r\nBcc: otro@example.com"},
        tag="A",
        target_value="Texto que edité \ud800",
    )
    (navigate,) = update(state, click)[1]
    url = navigate["url"]
    assert url.startswith("mailto:?subject=Caso%20%231%20Bcc%3A%20otro%40example.com&body=")
    assert "%0D" not in url.split("&body=")[0]
    assert "Texto%20que%20edit%C3%A9%20%EF%BF%BD" in url


def test_a_refused_timeline_entry_says_why_next_to_agent_and_note() -> None:
    state, _ = mount(storage.serialize(LOG))
    form = {"date": "2026-11-04", "channel": "email", "agent": "A" * 121, "note": "x" * 2001}
    state, effects = update(state, event("submit", hooks={"entry-form": ""}, form=form))
    assert "120" in state.errors["entry-agent"] and "2000" in state.errors["entry-note"]
    assert "stc-caselog-entry-note-error" in json.dumps(effects)


def test_the_built_page_reads_as_loading_and_carries_the_not_live_text_for_its_head() -> None:
    built = render.render("caselog")
    assert f"{labels.LOADING}</p>" in built
    assert f'data-notlive="{labels.NOT_LIVE}"' in built
    live = render.render("caselog", render.View(today=dt.date(2026, 1, 1)))
    assert labels.NOT_LIVE not in live and f"{labels.LOADING}</p>" not in live
