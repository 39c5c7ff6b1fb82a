"""Exports of the case log: a spreadsheet (CSV), a backup (JSON) and reminders (.ics).

The guide advises a personal record of every case; these files let the reader keep it
outside the browser, which may erase its storage. Output is built as text only: the
browser adapter turns it into a download.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata

from . import __version__, texts
from .messages import format_date_es
from .model import CaseFile
from .storage import CaseLog, parse, serialize

# --- Spreadsheet -----------------------------------------------------------------------

# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _row(case: CaseFile) -> list[str]:
    sla = texts.sla_phrase(case.sla_amount, case.sla_unit) if case.sla_amount else ""
    return [
        case.case_number,
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
    ]


def to_csv(log: CaseLog) -> str:
    """One row per case, with a BOM so spreadsheet programs read the accents right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(texts.CSV_HEADER)
    for case in log.cases:
        writer.writerow([_cell(v) for v in _row(case)])
    return "\ufeff" + out.getvalue()


# --- Backup ----------------------------------------------------------------------------


def to_json(log: CaseLog) -> str:
    return serialize(log)


def from_json(text: str) -> CaseLog:
    """A backup read back; raises `storage.StorageError` (Spanish `.message`) if unusable."""
    return parse(text.removeprefix("\ufeff"))


# --- Calendar reminder (RFC 5545) ------------------------------------------------------


def _escape(text: str) -> str:
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
    case: CaseFile, now: dt.datetime, *, day: dt.date | None = None, summary: str = ""
) -> str:
    """An all-day calendar event (with a 9:00 reminder) for the case's next action, or for
    `day` with its own `summary` (a legal date)."""
    when = day or case.next_action
    if when is None:
        raise ValueError(texts.ICS_NO_DATE)
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
        f"DESCRIPTION:{_escape(_description(case))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(alarm)}",
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def legal_ics(case: CaseFile, now: dt.datetime, day: dt.date, what: str) -> str:
    """A reminder of the case's next legal date; `what` says whose date it is."""
    name = _number(case) or case.display_name()
    summary = texts.ICS_LEGAL_SUMMARY.format(what=what, name=name)
    return to_ics(case, now, day=day, summary=summary)


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


def json_filename(today: dt.date) -> str:
    return texts.FILENAME_JSON.format(date=today.isoformat())
