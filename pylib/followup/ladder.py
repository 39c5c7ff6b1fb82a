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

from . import calendars, legal, situations, texts
from .dates import (
    NO_HOLIDAYS,
    add_business_days,
    is_business_day,
    sla_deadline,
)
from .model import CaseFile, CaseSector, CompanySize, InteractionKind

LEGAL_SECTOR: dict[CaseSector, legal.Sector] = {
    CaseSector.TELECOM: legal.Sector.TELECOM,
    CaseSector.FINANCE: legal.Sector.BANKING,
    CaseSector.INSURANCE: legal.Sector.INSURANCE,
    CaseSector.UTILITIES: legal.Sector.ENERGY,
    CaseSector.AIR: legal.Sector.AIR,
    CaseSector.OTHER: legal.Sector.GENERAL,
}


def country_of(code: str) -> legal.Country | None:
    """The country the data covers, or None ("" unknown, "other" or a code without data)."""
    return legal.COUNTRIES.get(code.upper()) if code else None


def sector_of(case: CaseFile) -> legal.Sector:
    return LEGAL_SECTOR[case.sector] if case.sector else legal.Sector.GENERAL


def holidays_for(code: str, region: str = "", calendar: str = "general") -> frozenset[dt.date]:
    """Holidays of the case's country (none when the country is not known), with the
    reader's region (Spain's comunidad autónoma) and the named calendar ("bank": Mexico's
    bank calendar, which the banks' own complaint units follow) where the data has them."""
    return calendars.holidays_for(code, region, calendar) if country_of(code) else NO_HOLIDAYS


def calendar_of(case: CaseFile) -> str:
    """Which calendar the company's deadline of this case follows: Mexico's banks count
    their business days on the CNBV's calendar; everything else on the general one."""
    if case.sector is CaseSector.FINANCE and calendars.Calendar.BANK in calendars.calendars(
        case.country
    ):
        return calendars.Calendar.BANK.value
    return calendars.Calendar.GENERAL.value


def regions(code: str) -> tuple[tuple[str, str], ...]:
    """The regions a reader of this country can choose for their calendar (code, name)."""
    return calendars.regions(code) if country_of(code) else ()


def asks_company_size(case: CaseFile) -> bool:
    """Whether the case's company rule depends on the kind of company: the country has a
    rule for large companies and another for the rest, and the sector does not decide."""
    country = country_of(case.country)
    if country is None:
        return False
    kinds = {r.for_companies for r in country.company_rungs(sector_of(case))}
    return {"grandes", "resto"} <= kinds


def case_holidays(case: CaseFile) -> frozenset[dt.date]:
    return holidays_for(case.country, case.region, calendar_of(case))


def calendar_note(
    case: CaseFile, start: dt.date, end: dt.date, deadline: legal.Deadline | None = None
) -> str:
    """Under a date the tools computed from `start` to `end`: the holidays and the calendar
    for business days; that every day counts for calendar days or months ("" when the
    country is not known)."""
    if country_of(case.country) is None:
        return ""
    if deadline is not None and deadline.unit in (legal.Unit.MONTHS, legal.Unit.YEARS):
        return texts.CALENDAR_MONTHS_NOTE
    if deadline is not None and not deadline.business:
        return texts.CALENDAR_DAYS_NOTE.format(word=calendar_word(case.country))
    return skipped_sentence(case, start, end)


def skipped_sentence(case: CaseFile, start: dt.date, end: dt.date) -> str:
    """Under a date the tools computed: the holidays the count skipped and the calendar
    («No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026»)."""
    if country_of(case.country) is None:
        return ""
    return calendars.skipped_sentence(start, end, case.country, case.region, calendar_of(case))


def next_business_day(day: dt.date, holidays: frozenset[dt.date]) -> dt.date:
    """The first business day after `day`: the day a reader can act once `day` has passed
    (never a Sunday or Christmas)."""
    return add_business_days(day, 1, holidays)


def first_business_day(day: dt.date, holidays: frozenset[dt.date]) -> dt.date:
    """`day` itself when it is a business day, else the next one."""
    return day if is_business_day(day, holidays) else next_business_day(day, holidays)


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
    """An authority or regulator: the last day the reader may go to it (`limit`, None:
    unknown) and the first day it takes the case (`opens`: the company's deadline, or a
    longer wait the body asks for, such as Spain's one month; None when it needs nothing
    more than the company's answer or its deadline)."""

    rung: legal.Rung
    limit: dt.date | None
    opens: dt.date | None = None


def needs_answer(rung: legal.Rung) -> bool:
    """A remedy against the company's answer: no use to a reader it never answered."""
    return rung.needs_answer


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
    day = due(deadline, start, case_holidays(case))
    # The reply date the reader set, where the law sets none: once filed, or while it is
    # still ahead (a letter not sent yet never asks for an answer before a day gone by).
    reply_by = case.reply_by
    if deadline is None and reply_by is not None and (case.complaint_date or reply_by > today):
        return CompanyStep(country, rung, start, reply_by, None, None, by_reader=True)
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
    the earliest that fits (an earlier start never promises more time than the law gives).
    A limit that runs from the facts or the infraction has no date here: the case opened
    after them, and counting from the opening would promise more time than the law gives."""
    assert rung.reader_limit is not None
    start = rung.reader_limit.start
    if "respuesta" in start:
        return answered or company_due
    if "reclama" in start:
        return complaint_date
    if any(word in start for word in FROM_THE_FACTS):
        return None
    return opened


# Limits the law counts from something the case file does not date.
FROM_THE_FACTS = ("hecho", "infracción")


def authority_steps(
    case: CaseFile, today: dt.date, *, answered: dt.date | None = None
) -> tuple[AuthorityStep, ...]:
    """Where to go after the company, regulators first, each with the reader's last day
    and the first day the body takes the case. `answered` overrides the answer the
    timeline shows (the wizard asks)."""
    country = country_of(case.country)
    if country is None:
        return ()
    holidays = case_holidays(case)
    answered = answered or answered_on(case)
    step = company_step(case, today)
    company_due = step.due if step else None
    filed = case.complaint_date
    out = []
    for rung in country.authorities(sector_of(case)):
        limit = None
        if rung.reader_limit is not None:
            start = _limit_start(rung, case.opened, filed, answered, company_due)
            limit = due(rung.reader_limit, start, holidays)
        # The wait is for a company that stays silent: its answer opens the door at once.
        waits = rung.waits if answered is None else None
        opens = due(waits, filed, holidays)
        out.append(AuthorityStep(rung, limit, opens))
    return tuple(out)


@dataclass(frozen=True)
class LegalDate:
    """The date that matters legally in a case now, and what it is.

    `kind`: "company" (the law's deadline for the company's answer), "reply" (the reply date
    the reader set where the law sets none), "opens" (the first day an authority takes the
    case), "reader" (the reader's own limit to go to it) or "authority" (the authority's
    deadline). An `overdue` date has passed with nothing recorded after it: it stays in
    view with where to go next (`then`, the body) and until when (`then_day`)."""

    day: dt.date
    kind: str
    what: str  # the rung's instrument
    overdue: bool = False
    then: str = ""
    then_day: dt.date | None = None

    @property
    def remind_on(self) -> dt.date | None:
        """The future date a calendar reminder is for (None when nothing is ahead)."""
        return self.then_day if self.overdue else self.day


def _next_authority(
    steps: tuple[AuthorityStep, ...], today: dt.date, answered: bool
) -> AuthorityStep | None:
    usable = [s for s in steps if answered or not needs_answer(s.rung)]
    return usable[0] if usable else None


def next_legal_date(case: CaseFile, today: dt.date) -> LegalDate | None:
    """The case's legal date now: the company's deadline to answer the formal complaint
    (or the reply date the reader set), then the day the authority takes the case and the
    reader's limit to go to it, then the authority's own deadline. A date that passed with
    nothing after it stays, marked overdue, with the body to go to."""
    if case.complaint_date is None:
        return None
    holidays = case_holidays(case)
    steps = authority_steps(case, today)
    if case.authority_date is not None:
        for s in steps:
            day = due(s.rung.deadline, case.authority_date, holidays)
            if day is not None:
                return LegalDate(day, "authority", s.rung.instrument, overdue=day < today)
        return None
    answered = answered_on(case)
    step = company_step(case, today)
    kind = "reply" if step and step.by_reader else "company"
    what = step.rung.instrument if step and step.rung else ""
    if step and step.due and not answered and today <= step.due:
        return LegalDate(step.due, kind, what)
    if step and step.due is None and not answered:
        # The law sets no deadline and the reader set no reply date: nothing legal is due
        # until they do, or until the 10 business days the tools suggest have passed.
        suggested = add_business_days(step.start, 10, case_holidays(case))
        if today <= suggested:
            return None
    after = _next_authority(steps, today, answered is not None)
    if after is not None and after.opens is not None and today < after.opens:
        return LegalDate(after.opens, "opens", after.rung.instrument)
    limit = after.limit if after and after.limit and after.limit >= today else None
    if step and step.due and not answered:
        return LegalDate(
            step.due,
            kind,
            what,
            overdue=True,
            then=after.rung.body if after else "",
            then_day=limit,
        )
    if after is not None and limit is not None:
        return LegalDate(limit, "reader", after.rung.instrument)
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
        case_holidays(case),
        business=unit.business,
    )
