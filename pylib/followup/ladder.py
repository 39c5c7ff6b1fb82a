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

from . import legal, situations
from .dates import NO_HOLIDAYS, national_holidays, sla_deadline
from .model import CaseFile, CaseSector, CompanySize, InteractionKind

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
    """The formal complaint to the company: which instrument, and until when it must answer.

    `deadline` is the law's for this situation (a situation's own rule first, else the
    rung's). Where the law sets none, `due` is the reply date the reader set (`by_reader`).
    Every tool cites this one step, so the page, the letter, the log and the calendar file
    agree.
    """

    country: legal.Country
    rung: legal.Rung | None
    start: dt.date  # the complaint's date, or today for a complaint not filed yet
    due: dt.date | None
    deadline: legal.Deadline | None = None
    rule: situations.CountryRule | None = None  # the situation's rule that set the deadline
    by_reader: bool = False  # `due` is the reader's own reply date, not the law's

    @property
    def sources(self) -> tuple[legal.Source, ...]:
        if self.rule is not None:
            return self.rule.sources
        return self.rung.sources if self.rung else ()


@dataclass(frozen=True)
class AuthorityStep:
    """An authority or regulator and the last day the reader may go to it (None: unknown)."""

    rung: legal.Rung
    limit: dt.date | None


def company_rung(
    country: legal.Country, sector: legal.Sector, company_size: CompanySize | None = None
) -> legal.Rung | None:
    """The company rung to cite: among those for this kind of company, the first with a
    legal deadline, else the first one. An unknown size keeps every rung (the rule for large
    companies comes first in the data, and its deadline is the shorter, prudent one)."""
    rungs = [
        r
        for r in country.company_rungs(sector)
        if not (r.for_companies and company_size and r.for_companies != company_size.value)
    ]
    with_deadline = [r for r in rungs if r.deadline is not None]
    choices = with_deadline or rungs
    return choices[0] if choices else None


def company_deadline(
    country: legal.Country,
    rung: legal.Rung | None,
    case: CaseFile,
) -> tuple[legal.Deadline | None, situations.CountryRule | None]:
    """The company's legal deadline for this case: the situation's own (Spain: 5 days for a
    bill) when it belongs to the rung that applies, else the rung's."""
    rule = situations.rule_for(country.code, case.situation, sector_of(case), case.company_size)
    if rule and rule.company_deadline and rung and rule.deadline_rung == rung.key:
        return rule.company_deadline, rule
    return (rung.deadline if rung else None), None


def company_step(case: CaseFile, today: dt.date) -> CompanyStep | None:
    country = country_of(case.country)
    if country is None:
        return None
    rung = company_rung(country, sector_of(case), case.company_size)
    start = case.complaint_date or today
    deadline, rule = company_deadline(country, rung, case)
    day = due(deadline, start, holidays_for(case.country))
    if deadline is None and case.reply_by is not None and case.complaint_date is not None:
        return CompanyStep(country, rung, start, case.reply_by, None, None, by_reader=True)
    return CompanyStep(country, rung, start, day, deadline, rule)


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
