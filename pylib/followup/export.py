"""Exports of the case log: a spreadsheet (CSV), a backup (JSON) and reminders (.ics).

The guide advises a personal record of every case; these files let the reader keep it
outside the browser, which may erase its storage. Output is built as text only: the
browser adapter turns it into a download.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
import unicodedata
from dataclasses import replace
from typing import Any

from . import __version__, labels, texts, validation
from .messages import format_date_es
from .model import CaseFile
from .storage import CaseLog, StorageError, parse, serialize

# --- Spreadsheet -----------------------------------------------------------------------

# A cell whose first visible character is one of these is run as a formula by spreadsheet
# programs (OWASP, "CSV Injection"); "|" starts a DDE call in old ones.
_FORMULA_START = frozenset("=+-@|")


def _formula_like(text: str) -> bool:
    """Would a spreadsheet run it? What precedes the first visible character (spaces, tabs,
    invisible format characters) may be dropped on the way, and full-width forms (＝, ＋)
    may be folded to ASCII, so both are looked through."""
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs"):
            continue
        return unicodedata.normalize("NFKC", char)[:1] in _FORMULA_START
    return False


def _cell(value: str) -> str:
    """A cell as text: no control character (a NUL before "=" used to hide the formula from
    the guard and vanish on import), tabs as spaces, and an apostrophe before anything a
    spreadsheet could take for a formula."""
    text = validation.CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ")
    return "'" + text if _formula_like(text) else text


def _identifier(value: str) -> str:
    """A case number as the messages write it (#000123): spreadsheets keep it as text, so
    leading zeros and long numbers survive (000123 was opened as 123)."""
    number = " ".join(value.split())
    return f"#{number}" if number else ""


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _agent(case: CaseFile) -> str:
    """The agent the reader named, else the last one in the timeline."""
    named = [i.agent for i in case.interactions if i.agent.strip()]
    return case.agent_name or (named[-1] if named else "")


def _row(case: CaseFile) -> list[str]:
    sla = texts.sla_phrase(case.sla_amount, case.sla_unit) if case.sla_amount else ""
    notes = [f"{_iso(i.date)}: {i.note}" for i in case.interactions if i.note.strip()]
    return [
        case.title.strip(),
        _identifier(case.case_number),
        case.company,
        texts.CHANNEL_LABELS[case.channel] if case.channel else "",
        _iso(case.opened),
        _iso(case.last_contact),
        sla,
        texts.IMPACT_LABELS[case.impact] if case.impact else "",
        case.summary,
        _iso(case.next_action),
        str(len(case.follow_up_dates())),
        "; ".join(case.evidence),
        _agent(case),
        "\n".join(notes),
    ]


def _sheet(header: tuple[str, ...], rows: Any) -> str:
    """A CSV a spreadsheet opens in columns whatever its language: semicolons, a BOM so
    the accents read right, CRLF line ends, and no cell run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=texts.CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return "\ufeff" + out.getvalue()


def to_csv(log: CaseLog) -> str:
    """One row per case."""
    return _sheet(texts.CSV_HEADER, (_row(case) for case in log.cases))


def to_timeline_csv(log: CaseLog) -> str:
    """One row per interaction of every case, oldest first within each case."""
    return _sheet(
        texts.TIMELINE_CSV_HEADER,
        (
            [
                case.title.strip(),
                _identifier(case.case_number),
                case.company,
                _iso(item.date),
                texts.CHANNEL_LABELS[item.channel],
                texts.INTERACTION_KIND_LABELS[item.kind],
                item.agent,
                item.note,
            ]
            for case in log.cases
            for item in sorted(case.interactions, key=lambda i: i.date)
        ),
    )


# --- Backup ----------------------------------------------------------------------------


def to_json(log: CaseLog) -> str:
    return serialize(log)


# What a backup may hold: far more than a reader keeps (typing stays fast at 500 cases),
# far less than what would freeze the page or exhaust the runtime's stack.
MAX_IMPORT_MB = 5
MAX_IMPORT_CHARS = MAX_IMPORT_MB * 1_000_000
MAX_DEPTH = 16  # a backup nests 5 levels; unknown fields get some room
MAX_COUNTS = {"cases": 1000, "interactions": 1000, "evidence": 200}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_BRACKETS = re.compile(r"[\[\]{}]")


def _depth(text: str) -> int:
    """The deepest nesting of a JSON text, in linear time and without recursion."""
    steps = (1 if b in "[{" else -1 for b in _BRACKETS.findall(_STRING.sub("", text)))
    return max(itertools.accumulate(steps, initial=0))


def _too_many(data: Any) -> tuple[str, int] | None:
    cases = data.get("cases") if isinstance(data, dict) else data
    if not isinstance(cases, list):
        return None
    if len(cases) > MAX_COUNTS["cases"]:
        return "cases", MAX_COUNTS["cases"]
    for case in cases:
        for name in ("interactions", "evidence"):
            items = case.get(name) if isinstance(case, dict) else None
            if isinstance(items, list) and len(items) > MAX_COUNTS[name]:
                return name, MAX_COUNTS[name]
    return None


def from_json(text: str) -> CaseLog:
    """A backup read back; raises `storage.StorageError` (Spanish `.message`) if unusable.

    Its size, nesting and counts are bounded before it is parsed, and every case goes
    through the checks typing goes through (lengths, one-line fields, dates, ids)."""
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_IMPORT_CHARS:
        raise StorageError(labels.IMPORT_TOO_BIG.format(limit=MAX_IMPORT_MB), "size")
    if _depth(text) > MAX_DEPTH:
        raise StorageError(labels.IMPORT_TOO_DEEP, "depth")
    try:
        data = json.loads(text)
    except ValueError as error:
        raise StorageError(texts.STORAGE_DAMAGED, f"JSON: {error}") from error
    if found := _too_many(data):
        what, limit = found
        raise StorageError(
            labels.IMPORT_TOO_MANY.format(what=labels.IMPORT_WHAT[what], limit=limit)
        )
    log = parse(text)
    cases = []
    for case in log.cases:
        cleaned, problem = validation.imported_case(case)
        if problem:
            field, why = problem
            name = " ".join(validation.clean_text(case.display_name()).split())[:60]
            raise StorageError(labels.IMPORT_INVALID.format(name=name, field=field, why=why))
        cases.append(cleaned)
    return replace(log, cases=tuple(cases))


# --- Calendar reminder (RFC 5545) ------------------------------------------------------


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): no control character but the escaped line break."""
    text = validation.clean_text(text).replace("\t", " ")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a character."""
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _uid_part(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "-", text) or "caso"


def _number(case: CaseFile) -> str:
    number = case.case_number.strip()
    return f"#{number}" if number else ""


def _summary(case: CaseFile) -> str:
    number = _number(case)
    company = " ".join(case.company.split())
    if number and company:
        return texts.ICS_SUMMARY_COMPANY.format(number=number, company=company)
    if number:
        return texts.ICS_SUMMARY.format(number=number)
    return texts.ICS_SUMMARY_UNNAMED.format(name=case.display_name())


def _description(case: CaseFile) -> str:
    values = {
        "case_number": case.case_number.strip(),
        "company": case.company.strip(),
        "channel": texts.CHANNEL_LABELS[case.channel] if case.channel else "",
        "opened": format_date_es(case.opened) if case.opened else "",
        "last_contact": format_date_es(case.last_contact) if case.last_contact else "",
        "summary": " ".join(case.summary.split()),
    }
    lines = [
        template.format(value=values[key])
        for key, template in texts.ICS_DESCRIPTION_LINES.items()
        if values[key]
    ]
    return "\n".join([*lines, texts.ICS_DESCRIPTION_TIP])


def to_ics(
    case: CaseFile,
    now: dt.datetime,
    *,
    day: dt.date | None = None,
    summary: str = "",
    description: str = "",
    more_alarms: tuple[tuple[str, str], ...] = (),
) -> str:
    """An all-day calendar event (with a 9:00 reminder) for the case's next action, or for
    `day` with its own `summary` and `description` (a legal date), and `more_alarms`
    (trigger relative to the day's start, text)."""
    when = day or case.next_action
    if when is None:
        raise ValueError(texts.ICS_NO_DATE)
    if not validation.in_range(when):
        raise ValueError(validation.RANGE_MESSAGE)  # 9999-12-31 has no day after it
    # A naive `now` is taken to be UTC already (the browser passes Date.now() as UTC).
    stamp = now.astimezone(dt.UTC) if now.tzinfo else now
    summary = summary or _summary(case)
    alarm = texts.ICS_ALARM.format(summary=summary).replace("  ", " ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Sigue tu caso//followup {__version__}//ES",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{_uid_part(case.id)}-{when:%Y%m%d}@sigue-tu-caso",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%S}Z",
        f"DTSTART;VALUE=DATE:{when:%Y%m%d}",
        f"DTEND;VALUE=DATE:{when + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description or _description(case))}",
        "TRANSP:TRANSPARENT",
    ]
    for trigger, text in (("PT9H", alarm), *more_alarms):
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escape(text)}",
            f"TRIGGER;RELATED=START:{trigger}",
            "END:VALARM",
        ]
    lines += [
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def legal_ics(case: CaseFile, now: dt.datetime, day: dt.date, what: str, todo: str = "") -> str:
    """A reminder of the case's legal date; `what` says whose date it is and `todo` what to
    do once it passes, and where. Alarms the day before, on the day and the day after."""
    name = _number(case) or case.display_name()
    summary = texts.ICS_LEGAL_SUMMARY.format(what=what, name=name)
    description = "\n".join(x for x in (todo, _description(case)) if x)
    alarms = (
        ("-PT15H", texts.ICS_LEGAL_BEFORE.format(summary=summary)),
        ("P1DT9H", texts.ICS_LEGAL_AFTER.format(todo=todo or summary)),
    )
    return to_ics(case, now, day=day, summary=summary, description=description, more_alarms=alarms)


# --- File names ------------------------------------------------------------------------


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def ics_filename(case: CaseFile) -> str:
    slug = _slug(f"caso {case.case_number}") if case.case_number.strip() else ""
    if slug in ("", "caso"):
        return texts.FILENAME_ICS_DEFAULT
    return texts.FILENAME_ICS.format(slug=slug)


def legal_ics_filename(case: CaseFile) -> str:
    slug = _slug(f"caso {case.case_number}") if case.case_number.strip() else ""
    if slug in ("", "caso"):
        return texts.FILENAME_LEGAL_ICS_DEFAULT
    return texts.FILENAME_LEGAL_ICS.format(slug=slug)


def csv_filename(today: dt.date) -> str:
    return texts.FILENAME_CSV.format(date=today.isoformat())


def timeline_csv_filename(today: dt.date) -> str:
    return texts.FILENAME_TIMELINE_CSV.format(date=today.isoformat())


def json_filename(today: dt.date) -> str:
    return texts.FILENAME_JSON.format(date=today.isoformat())
