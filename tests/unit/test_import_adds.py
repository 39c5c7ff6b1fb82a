"""Importing a backup adds to what the browser holds (issue 21): nothing on the device is
replaced without the reader's say, the page says what happened, and it can be undone."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import importing, storage
from followup.controller import HOLD_MEMORY, State, update
from followup.model import CaseFile, Channel, Interaction, case_to_dict
from followup.storage import STORAGE_KEY, CaseLog
from tests.unit.case_strategies import case_logs

NOW = "2026-11-12T10:30:00.000Z"
D4 = dt.date(2026, 11, 4)


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "today": "2026-11-12", "now": NOW, "nonce": "n0nce1", **fields}


def mounted(log: CaseLog) -> State:
    state, _ = update(State(), event("mount", tools=["caselog"], stored=storage.serialize(log)))
    return state


def choose_file(state: State, log: CaseLog | str) -> tuple[State, list[dict[str, Any]]]:
    text = log if isinstance(log, str) else storage.serialize(log)
    return update(state, event("change", hooks={"action": "import"}, file_text=text))


def imported(state: State, log: CaseLog | str) -> tuple[State, list[dict[str, Any]]]:
    """Choose the file, and the write that checks it fits succeeds."""
    state, _ = choose_file(state, log)
    return update(state, event("stored", key=STORAGE_KEY))


def page_text(effects: list[dict[str, Any]]) -> str:
    (render,) = [e for e in effects if e["effect"] == "render"]
    return BeautifulSoup(render["tools"]["caselog"], "html.parser").get_text(" ")


def click(action: str, **hooks: str) -> dict[str, Any]:
    return event("click", tool="caselog", tag="BUTTON", hooks={"action": action, **hooks})


FIVE = CaseLog(
    cases=tuple(CaseFile(id=f"c{i}", case_number=f"{i}00") for i in range(5)), active_id="c0"
)


def test_importing_a_one_case_backup_keeps_the_five_cases_already_here() -> None:
    state, effects = imported(mounted(FIVE), CaseLog(cases=(CaseFile(id="n", case_number="9"),)))
    assert [c.id for c in state.log.cases] == ["c0", "c1", "c2", "c3", "c4", "n"]
    assert "Se añadió 1 caso." in page_text(effects)


def test_a_backup_with_no_cases_changes_nothing_and_says_so() -> None:
    state, effects = imported(mounted(FIVE), CaseLog())
    assert state.log.cases == FIVE.cases
    assert "La copia no tenía ningún caso: no ha cambiado nada." in page_text(effects)


def test_the_page_says_how_many_were_added_and_updated() -> None:
    device = CaseLog(cases=(CaseFile(id="a", case_number="1"),), active_id="a")
    file = CaseLog(
        cases=(
            CaseFile(id="a", case_number="1", company="Conecta"),
            CaseFile(id="b", case_number="2"),
            CaseFile(id="c", case_number="3"),
        )
    )
    state, effects = imported(mounted(device), file)
    assert "Se añadieron 2 casos; 1 ya estaba y se actualizó." in page_text(effects)
    assert state.log.get("a") == CaseFile(id="a", case_number="1", company="Conecta")


def test_a_case_on_both_sides_keeps_both_timelines_and_evidence() -> None:
    here = CaseFile(
        id="a",
        company="Conecta",
        evidence=("Factura",),
        interactions=(Interaction(D4, Channel.EMAIL, note="aquí"),),
    )
    there = CaseFile(
        id="a",
        summary="Sin internet",
        evidence=("Captura", "Factura"),
        interactions=(Interaction(dt.date(2026, 11, 2), Channel.PHONE, note="allí"),),
    )
    log, report, _ = importing.merge_into(CaseLog(cases=(here,)), CaseLog(cases=(there,)))
    case = log.get("a")
    assert case is not None
    assert (case.company, case.summary) == ("Conecta", "Sin internet")
    assert case.evidence == ("Factura", "Captura")
    assert [i.note for i in case.interactions] == ["allí", "aquí"]  # in date order
    assert report.updated == 1 and importing.conflicts(log, "a") == {}


def test_where_both_changed_a_field_the_device_keeps_its_value_until_the_reader_chooses() -> None:
    device = CaseLog(cases=(CaseFile(id="a", company="Conecta"),), active_id="a")
    state, effects = imported(mounted(device), CaseLog(cases=(CaseFile(id="a", company="Fibra"),)))
    case = state.log.active()
    assert case is not None and case.company == "Conecta"
    text = page_text(effects)
    assert "1 tiene datos distintos aquí y en la copia: elige abajo cuáles conservar." in text
    assert "Empresa: aquí «Conecta»; en la copia «Fibra»." in text
    # The file's value waits in the saved document: a reload does not lose it.
    saved = [e["value"] for e in effects if e["effect"] == "store"][-1]
    assert json.loads(saved)["cases"][0]["import_conflicts"] == {"company": "Fibra"}
    again = mounted(storage.parse(saved))
    taken, effects = update(again, click("import-take", case="a", field="company"))
    assert taken.log.get("a") == CaseFile(id="a", company="Fibra")
    assert "Datos distintos" not in page_text(effects)
    kept, _ = update(again, click("import-keep", case="a", field="company"))
    assert kept.log.get("a") == CaseFile(id="a", company="Conecta")


def test_both_versions_can_be_kept_as_two_cases_named_so() -> None:
    device = CaseLog(cases=(CaseFile(id="a", title="Router", company="Conecta"),), active_id="a")
    file = CaseLog(cases=(CaseFile(id="a", title="Router", company="Fibra"),))
    state, _ = imported(mounted(device), file)
    state, effects = update(state, click("import-keep-both", case="a"))
    assert [(c.title, c.company) for c in state.log.cases] == [
        ("Router", "Conecta"),
        ("Router (copia importada el 12/11/2026)", "Fibra"),
    ]
    assert importing.conflicts(state.log, "a") == {}
    assert any(e["effect"] == "store" for e in effects)


def test_undoing_the_import_takes_back_what_it_did_and_keeps_later_edits_elsewhere() -> None:
    device = CaseLog(cases=(CaseFile(id="a"), CaseFile(id="b", company="Conecta")), active_id="b")
    file = CaseLog(cases=(CaseFile(id="a", company="Nueva"), CaseFile(id="z", case_number="5")))
    state, effects = imported(mounted(device), file)
    assert "Deshacer la importación" in page_text(effects)
    edit = event("input", hooks={"field": "company"}, value="Conecta Fibra", control="text")
    state, _ = update(state, event("change", hooks={"action": "select-case"}, value="b"))
    state, _ = update(state, edit)
    state, effects = update(state, click("undo-import"))
    assert [(c.id, c.company) for c in state.log.cases] == [("a", ""), ("b", "Conecta Fibra")]
    assert "Importación deshecha" in page_text(effects)
    assert "Deshacer la importación" not in page_text(effects)


def test_an_import_that_does_not_fit_changes_nothing_and_says_how_to_make_room() -> None:
    state = mounted(FIVE)
    state, effects = choose_file(state, CaseLog(cases=(CaseFile(id="n", summary="x" * 1500),)))
    state, effects = update(state, event("save-failed", key=STORAGE_KEY, reason="QuotaExceeded"))
    assert state.log.cases == FIVE.cases
    text = page_text(effects)
    assert "No se ha importado nada" in text and "copia de seguridad (JSON)" in text
    # What the failed write carried is saved again (edits waiting for their debounce).
    assert [e for e in effects if e["effect"] == "store"]


def test_storage_changed_by_another_tab_while_checking_is_merged_then_checked_again() -> None:
    device = CaseLog(cases=(CaseFile(id="a"),), active_id="a")
    state = mounted(device)
    state, _ = choose_file(state, CaseLog(cases=(CaseFile(id="n", case_number="9"),)))
    other = storage.serialize(CaseLog(cases=(CaseFile(id="a", company="Otra pestaña"),)))
    base = storage.serialize(device)
    state, effects = update(state, event("storage", key=STORAGE_KEY, value=other, base=base))
    checks = [e for e in effects if e["effect"] == "store" and e.get("report")]
    assert len(checks) == 1
    assert {c.id for c in storage.parse(checks[0]["value"]).cases} == {"a", "n"}
    state, _ = update(state, event("stored", key=STORAGE_KEY))
    assert [(c.id, c.company) for c in state.log.cases] == [("a", "Otra pestaña"), ("n", "")]


def test_without_storage_an_import_is_kept_in_memory_at_once() -> None:
    state, _ = update(State(), event("mount", tools=["caselog"], stored=None, writable=False))
    assert state.hold == HOLD_MEMORY
    state, _ = choose_file(state, FIVE)
    assert [c.id for c in state.log.cases] == [c.id for c in FIVE.cases]


def test_an_unreadable_file_is_refused_next_to_the_field_as_before() -> None:
    state, effects = choose_file(mounted(FIVE), '{"hola": 1}')
    assert state.log.cases == FIVE.cases and "No se ha importado" not in page_text(effects)
    assert state.errors["import"]


@st.composite
def device_and_file(draw: st.DrawFn) -> tuple[CaseLog, CaseLog]:
    """Two logs whose cases share ids now and then (a backup of this device, edited since)."""
    device, file = draw(case_logs()), draw(case_logs())
    ids = [c.id for c in device.cases]
    taken = {c.id for c in file.cases}
    cases = []
    for case in file.cases:
        same = draw(st.sampled_from([None, *ids])) if ids else None
        if same is not None and same not in taken:
            taken.add(same)
            case = replace(case, id=same)
        cases.append(case)
    return device, replace(file, cases=tuple(cases))


@settings(max_examples=150, deadline=None)
@given(device_and_file())
def test_an_import_never_drops_what_the_device_or_the_file_holds(
    logs: tuple[CaseLog, CaseLog],
) -> None:
    device, file = logs
    log, report, undo = importing.merge_into(device, file)
    for case in device.cases:  # every case here stays, every value and entry it had
        merged = log.get(case.id)
        if merged is None:
            assert case == CaseFile(id=case.id)  # only the empty case a first visit opens
            continue
        empty = case_to_dict(CaseFile(id=case.id))
        for name, value in storage.case_document(device, case).items():
            if isinstance(value, list):
                assert all(v in storage.case_document(log, merged)[name] for v in value)
            elif value != empty.get(name):  # an empty field may take the file's value
                assert storage.case_document(log, merged)[name] == value, name
    for case in file.cases:  # every case of the file arrives, its values kept or waiting
        if case == CaseFile(id=case.id):
            continue
        merged = log.get(case.id)
        assert merged is not None
        waiting = importing.conflicts(log, case.id)
        empty = case_to_dict(CaseFile(id=case.id))
        for name, value in storage.case_document(file, case).items():
            now = storage.case_document(log, merged)[name]
            if isinstance(value, list):
                assert all(v in now for v in value)
            else:
                assert now == value or waiting.get(name) == value or value == empty.get(name)
    back = importing.undo(log, undo)
    assert [storage.case_document(back, c) for c in back.cases] == [
        storage.case_document(device, c) for c in device.cases
    ]
    assert report.added + report.updated + report.unchanged + report.conflicted >= 0


def test_an_import_is_not_undone_twice() -> None:
    state, _ = imported(mounted(FIVE), CaseLog(cases=(CaseFile(id="n", case_number="9"),)))
    state, _ = update(state, click("undo-import"))
    assert update(state, click("undo-import"))[1] == []
    assert replace(state.log).cases == FIVE.cases


# --- a full storage ---------------------------------------------------------------------------


def test_a_full_storage_is_said_as_such_with_the_backup_and_cleared_by_a_save_that_fits() -> None:
    state, effects = update(
        State(), event("mount", tools=["caselog"], stored=storage.serialize(FIVE), full=True)
    )
    assert "está lleno" in page_text(effects) and "copia de seguridad (JSON)" in page_text(effects)
    assert "modo privado" not in page_text(effects) and state.hold == ""
    state, effects = update(state, event("stored", key=STORAGE_KEY))
    assert state.warning == "" and "está lleno" not in page_text(effects)
    state, effects = update(
        state, event("save-failed", key=STORAGE_KEY, reason="QuotaExceededError")
    )
    assert "está lleno" in page_text(effects)


def test_changes_a_full_storage_kept_in_the_session_come_back_on_a_reload() -> None:
    stored = storage.serialize(FIVE)
    changed = storage.update_case(FIVE, CaseFile(id="c0", case_number="100", company="Nueva"))
    record = json.dumps({"tab": "t", "base": stored, "value": storage.serialize(changed)})
    unsaved = [{"key": "sigue-tu-caso:sin-guardar", "area": "session", "record": record}]
    state, effects = update(
        State(), event("mount", tools=["caselog"], stored=stored, unsaved=unsaved)
    )
    case = state.log.get("c0")
    assert case is not None and case.company == "Nueva"
    assert storage.parse(next(e for e in effects if e["effect"] == "store")["value"]) == state.log
    broken = [{"key": "x", "record": "{no"}, {"key": "y", "record": json.dumps({"value": 3})}]
    state, _ = update(State(), event("mount", tools=["caselog"], stored=stored, unsaved=broken))
    assert state.log.cases == FIVE.cases


def test_a_closing_tabs_record_on_the_stored_document_is_merged_and_dropped() -> None:
    stored = storage.serialize(FIVE)
    changed = storage.update_case(FIVE, CaseFile(id="c1", case_number="101", summary="Sin luz"))
    document = json.loads(stored)
    document["unsaved"] = [{"tab": "t", "base": stored, "value": storage.serialize(changed)}]
    state, effects = update(State(), event("mount", tools=["caselog"], stored=json.dumps(document)))
    case = state.log.get("c1")
    assert case is not None and case.summary == "Sin luz"
    (saved,) = [e["value"] for e in effects if e["effect"] == "store"]
    assert "unsaved" not in json.loads(saved)
    # Another tab's save that carries one is taken in the same way, and saved without it.
    state, effects = update(
        mounted(FIVE), event("storage", key=STORAGE_KEY, value=json.dumps(document), base=stored)
    )
    assert state.log.get("c1") == changed.get("c1")
    assert "unsaved" not in json.loads(next(e["value"] for e in effects if e["effect"] == "store"))


def test_edited_messages_are_merged_message_by_message() -> None:
    here = CaseFile(id="a", drafts=(("follow_up:email:body", "Mi versión"),))
    there = CaseFile(
        id="a",
        drafts=(("complaint:email:body", "La carta"), ("follow_up:email:body", "Otra versión")),
    )
    log, report, _ = importing.merge_into(CaseLog(cases=(here,)), CaseLog(cases=(there,)))
    case = log.get("a")
    assert case is not None and dict(case.drafts) == {
        "complaint:email:body": "La carta",
        "follow_up:email:body": "Mi versión",
    }
    assert importing.conflicts(log, "a") == {"drafts": {"follow_up:email:body": "Otra versión"}}
    taken = importing.choose(log, "a", "drafts", take_file=True).get("a")
    assert taken is not None and dict(taken.drafts)["follow_up:email:body"] == "Otra versión"
    assert dict(taken.drafts)["complaint:email:body"] == "La carta"
    assert report.conflicted == 1
