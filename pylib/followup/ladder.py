"""The case beyond the company's support: its legal dates, from `followup.legal`.

A case file knows its country and sector; this module turns them into the rungs that
apply (the formal complaint to the company, then the authority or regulator), the dates
they imply and the holidays to skip. Every date comes from a `legal.Deadline` the data
holds: where the data has no number (UNCERTAIN facts, or a law that sets none), the
functions return None and the tools say there is no general legal deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import legal
from .dates import NO_HOLIDAYS, national_holidays, sla_deadline
from .model import CaseFile, CaseSector, InteractionKind

LEGAL_SECTOR: dict[CaseSector, legal.Sector] = {
    CaseSector.TELECOM: legal.Sector.TELECOM,
    CaseSector.FINANCE: legal.Sector.BANKING,
    CaseSector.UTILITIES: legal.Sector.ENERGY,
    CaseSector.AIR: legal.Sector.AIR,
    CaseSector.OTHER: legal.Sector.GENERAL,
}


def country_of(code: str) -> legal.Country | None:
    """The country the data covers, or None ("" unknown, "other" or a code without data)."""
    return legal.COUNTRIES.get(code.upper()) if code else None


def sector_of(case: CaseFile) -> legal.Sector:
    return LEGAL_SECTOR[case.sector] if case.sector else legal.Sector.GENERAL


def holidays_for(code: str) -> frozenset[dt.date]:
    """National holidays of the case's country (none when the country is not known)."""
    return national_holidays(code) if country_of(code) else NO_HOLIDAYS


def due(
    deadline: legal.Deadline | None, start: dt.date | None, holidays: frozenset[dt.date]
) -> dt.date | None:
    """The last day of `deadline` counted from `start`; None when either is missing or the
    deadline is in hours (no date of its own)."""
    if deadline is None or start is None or deadline.unit is legal.Unit.HOURS:
        return None
    return deadline.due(start, holidays)


@dataclass(frozen=True)
class CompanyStep:
    """The formal complaint to the company: which instrument, and until when it must answer."""

    country: legal.Country
    rung: legal.Rung | None
    start: dt.date  # the complaint's date, or today for a complaint not filed yet
    due: dt.date | None


@dataclass(frozen=True)
class AuthorityStep:
    """An authority or regulator and the last day the reader may go to it (None: unknown)."""

    rung: legal.Rung
    limit: dt.date | None


def company_rung(country: legal.Country, sector: legal.Sector) -> legal.Rung | None:
    """The company rung to cite: the first one with a legal deadline, else the first one."""
    rungs = country.company_rungs(sector)
    with_deadline = [r for r in rungs if r.deadline is not None]
    choices = with_deadline or list(rungs)
    return choices[0] if choices else None


def company_step(case: CaseFile, today: dt.date) -> CompanyStep | None:
    country = country_of(case.country)
    if country is None:
        return None
    rung = company_rung(country, sector_of(case))
    start = case.complaint_date or today
    deadline = rung.deadline if rung else None
    return CompanyStep(country, rung, start, due(deadline, start, holidays_for(case.country)))


def answered_on(case: CaseFile) -> dt.date | None:
    """When the company first answered the formal complaint: a contact after its date."""
    if case.complaint_date is None:
        return None
    after = [
        i.date
        for i in case.interactions
        if i.kind is InteractionKind.CONTACT and i.date > case.complaint_date
    ]
    return min(after) if after else None


def _limit_start(
    rung: legal.Rung,
    opened: dt.date | None,
    complaint_date: dt.date | None,
    answered: dt.date | None,
    company_due: dt.date | None,
) -> dt.date | None:
    """Where the reader's own limit starts counting: the case date its `start` names,
    the earliest that fits (an earlier start never promises more time than the law gives)."""
    assert rung.reader_limit is not None
    start = rung.reader_limit.start
    if "respuesta" in start:
        return answered or company_due
    if "reclama" in start:
        return complaint_date
    return opened


def authorities(
    code: str,
    sector: legal.Sector,
    today: dt.date,
    *,
    opened: dt.date | None = None,
    complaint_date: dt.date | None = None,
    answered: dt.date | None = None,
) -> tuple[AuthorityStep, ...]:
    """Where to go after the company, regulators first, each with the reader's last day."""
    country = country_of(code)
    if country is None:
        return ()
    holidays = holidays_for(code)
    rung = company_rung(country, sector)
    company_due = due(rung.deadline if rung else None, complaint_date or today, holidays)
    out = []
    for step in country.authorities(sector):
        limit = None
        if step.reader_limit is not None:
            start = _limit_start(step, opened, complaint_date, answered, company_due)
            limit = due(step.reader_limit, start, holidays)
        out.append(AuthorityStep(step, limit))
    return tuple(out)


def authority_steps(case: CaseFile, today: dt.date) -> tuple[AuthorityStep, ...]:
    return authorities(
        case.country,
        sector_of(case),
        today,
        opened=case.opened,
        complaint_date=case.complaint_date,
        answered=answered_on(case),
    )


@dataclass(frozen=True)
class LegalDate:
    """The next date that matters legally in a case, and what it is."""

    day: dt.date
    kind: str  # "company" (the company must answer), "reader" (your limit), "authority"
    what: str  # the rung's instrument


def next_legal_date(case: CaseFile, today: dt.date) -> LegalDate | None:
    """The case's next legal date: the company's deadline to answer the formal complaint,
    then the reader's limit to go to the authority, then the authority's own deadline."""
    if case.complaint_date is None:
        return None
    holidays = holidays_for(case.country)
    steps = authority_steps(case, today)
    if case.authority_date is not None:
        for s in steps:
            day = due(s.rung.deadline, case.authority_date, holidays)
            if day is not None:
                return LegalDate(day, "authority", s.rung.instrument)
        return None
    step = company_step(case, today)
    if step and step.due and step.rung and today <= step.due and not answered_on(case):
        return LegalDate(step.due, "company", step.rung.instrument)
    for s in steps:
        if s.limit is not None and s.limit >= today:
            return LegalDate(s.limit, "reader", s.rung.instrument)
    return None


def calendar_word(code: str) -> str:
    """What the case's country calls calendar days ("naturales" when it is not known)."""
    country = country_of(code)
    return country.calendar_word if country else "naturales"


def sla_due(case: CaseFile) -> dt.date | None:
    """The day the company's promised response time runs out, in the unit it promised,
    skipping the country's national holidays when it promised business time."""
    if case.opened is None or case.sla_amount is None:
        return None
    unit = case.sla_unit
    return sla_deadline(
        case.opened,
        case.sla_amount,
        unit.in_hours,
        holidays_for(case.country),
        business=unit.business,
    )
