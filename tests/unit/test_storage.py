"""The case log survives saving, reloading and old or damaged data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given

from followup.model import CaseFile, Channel, case_to_dict
from followup.storage import (
    MIGRATIONS,
    SCHEMA_VERSION,
    CaseLog,
    StorageError,
    add_case,
    delete_case,
    parse,
    rename_case,
    select_case,
    serialize,
    update_case,
)
from tests.unit.case_strategies import case_logs

DAMAGED = "Los datos guardados están dañados y no se pueden leer."
NOT_OURS = "Este archivo no es una copia de seguridad de Sigue tu caso."


def three_cases() -> CaseLog:
    log = CaseLog()
    for case_id in ("a", "b", "c"):
        log = add_case(log, case_id)
    return log


def test_a_new_case_is_added_at_the_end_and_becomes_active() -> None:
    log = add_case(CaseLog(), "a", "Internet de casa")
    log = add_case(log, "b")
    assert [c.id for c in log.cases] == ["a", "b"]
    assert log.active_id == "b"
    assert log.get("a") == CaseFile(id="a", title="Internet de casa")
    assert log.active() == CaseFile(id="b")


def test_case_ids_are_unique() -> None:
    with pytest.raises(ValueError):
        add_case(add_case(CaseLog(), "a"), "a")


def test_empty_log_has_no_active_case() -> None:
    assert CaseLog().active() is None
    assert CaseLog().get("x") is None


def test_updating_replaces_the_case_in_place() -> None:
    log = three_cases()
    changed = log.cases[1].with_changes(case_number="48213")
    log = update_case(log, changed)
    assert log.cases[1] == changed
    assert [c.id for c in log.cases] == ["a", "b", "c"]
    with pytest.raises(KeyError):
        update_case(log, CaseFile(id="zz"))


def test_renaming_trims_the_title() -> None:
    log = rename_case(three_cases(), "a", "  Factura   de luz ")
    assert log.cases[0].title == "Factura de luz"


def test_selecting_changes_the_active_case() -> None:
    log = select_case(three_cases(), "a")
    assert log.active_id == "a"
    with pytest.raises(KeyError):
        select_case(log, "zz")


def test_deleting_the_active_case_moves_to_a_neighbour() -> None:
    log = select_case(three_cases(), "b")
    log = delete_case(log, "b")
    assert [c.id for c in log.cases] == ["a", "c"]
    assert log.active_id == "c"
    log = delete_case(log, "c")
    assert log.active_id == "a"
    log = delete_case(log, "a")
    assert log == CaseLog()


def test_deleting_another_case_keeps_the_active_one() -> None:
    log = delete_case(select_case(three_cases(), "a"), "c")
    assert log.active_id == "a"
    assert delete_case(log, "zz") is log


def test_saved_document_is_versioned_readable_json() -> None:
    log = add_case(CaseLog(), "a", "Módem")
    log = update_case(log, log.cases[0].with_changes(opened=dt.date(2026, 11, 3)))
    text = serialize(log)
    assert "Módem" in text  # ensure_ascii=False: readable in a text editor
    data = json.loads(text)
    assert list(data) == ["version", "active_id", "cases"]
    assert data["version"] == SCHEMA_VERSION == 4
    assert data["cases"][0]["opened"] == "2026-11-03"
    assert serialize(parse(text)) == text


@given(case_logs())
def test_any_case_log_survives_a_save_and_reload(log: CaseLog) -> None:
    assert parse(serialize(log)) == log


@pytest.mark.parametrize("text", ["", "{", "nul", "[1, 2", '{"version": 1, "cases": [}'])
def test_corrupt_json_is_reported_as_damaged(text: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse(text)
    assert caught.value.message == DAMAGED
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("text", ["{}", "3", '"hola"', '{"version": 1, "cases": {}}', "null"])
def test_other_json_is_not_a_backup(text: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse(text)
    assert caught.value.message == NOT_OURS


def test_a_newer_version_asks_to_update_the_page() -> None:
    with pytest.raises(StorageError) as caught:
        parse(json.dumps({"version": SCHEMA_VERSION + 1, "cases": []}))
    assert caught.value.message.startswith(
        "Esta copia es de una versión más nueva de Sigue tu caso."
    )


@pytest.mark.parametrize(
    "document",
    [
        {"version": "1", "cases": []},
        {"version": True, "cases": []},
        {"version": -1, "cases": []},
        {"version": 1, "cases": [3]},
        {"version": 1, "cases": [{"title": "sin id"}]},
        {"version": 1, "cases": [{"id": "a", "opened": "ayer"}]},
        {"version": 1, "cases": [{"id": "a", "channel": "fax"}]},
        {"version": 1, "cases": [{"id": "a", "sla_amount": "3"}]},
        {"version": 1, "cases": [{"id": "a", "evidence": "foto"}]},
        {"version": 1, "cases": [{"id": "a", "interactions": ["x"]}]},
        {"version": 1, "cases": [{"id": "a", "interactions": [{"channel": "email"}]}]},
        {"version": 1, "cases": [{"id": 7}]},
        {"version": 1, "cases": [{"id": "a"}, {"id": "a"}]},
        {"version": 0, "cases": 5},
    ],
)
def test_bad_values_are_reported_as_damaged(document: object) -> None:
    with pytest.raises(StorageError) as caught:
        parse(json.dumps(document))
    assert caught.value.message == DAMAGED


def test_an_unknown_active_case_falls_back_to_the_first() -> None:
    text = json.dumps({"version": 1, "active_id": "zz", "cases": [{"id": "a"}, {"id": "b"}]})
    assert parse(text).active_id == "a"
    assert parse(json.dumps({"version": 1, "active_id": "zz", "cases": []})).active_id is None


def test_an_unversioned_list_of_cases_is_migrated_to_the_current_version() -> None:
    case = CaseFile(id="a", case_number="48213", channel=Channel.CHAT)
    old = json.dumps([case_to_dict(case)])
    log = parse(old)
    assert log == CaseLog(cases=(case,), active_id="a")
    assert json.loads(serialize(log))["version"] == 4
    assert parse("[]") == CaseLog()


def test_migrations_form_a_chain_up_to_the_current_version() -> None:
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))
    migrated = MIGRATIONS[0]({"version": 0, "cases": []})
    assert migrated == {"version": 1, "active_id": None, "cases": []}


def _bare_backup(cases: int, entries: int) -> str:
    """A valid backup written as tersely as JSON allows: bare timeline entries."""
    start = dt.date(2026, 1, 1)
    documents = [
        {
            "id": f"c{i}",
            "case_number": str(100000 + i),
            "interactions": [
                {"date": (start + dt.timedelta(days=j % 300)).isoformat(), "channel": "email"}
                for j in range(entries)
            ],
        }
        for i in range(cases)
    ]
    return json.dumps({"version": 3, "cases": documents}, separators=(",", ":"))


def test_a_backup_is_stored_in_no_more_room_than_the_file_takes() -> None:
    """Issue 21: a 1.8 MB backup was stored as 5.6 M characters (indented, every default
    written out) and did not fit in the browser's storage. Now it takes its own size."""
    from followup import export

    backup = _bare_backup(45, 1000)
    assert 1_700_000 < len(backup) < 1_900_000
    saved = serialize(export.from_json(backup))
    assert len(saved) <= len(backup) * 1.01
    assert "\n" not in saved and ": " not in saved


@given(case_logs())
def test_the_saved_form_leaves_defaults_out_and_reads_back_the_same(log: CaseLog) -> None:
    text = serialize(log)
    blank = case_to_dict(CaseFile(id=""))
    for case in json.loads(text)["cases"]:
        assert all(case[k] != v for k, v in blank.items() if k in case and k != "id")
    assert parse(text) == log
