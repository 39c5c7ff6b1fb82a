"""The escalation wizard: what to do next, and why, from where the case stands.

`advise` applies these rules in this order; the first that matches decides. `ref` is
the last contact (or the opening date) and `days` the business days since then.

1. TOO SOON        days < 1                                   -> WAIT until ref + 1 bd
2. DEADLINE        today <= promised deadline, unless critical
                   with at least one follow-up                -> WAIT until deadline + 1 bd
3. SOCIAL          escalated, >= 3 channels tried incl. phone, social media not tried
                   yet, impact >= affects me, days >= 5       -> SOCIAL (last resort)
4. COMPLAINT       already escalated and days >= 3            -> FORMAL_COMPLAINT, with
                   the legal deadline the company then has, as a date
5. ESCALATE        deadline not pending and: >= 2 follow-ups and days >= 3, or critical
                   with >= 1 follow-up and days >= 2           -> ESCALATE
6. CALL            critical with >= 1 follow-up, or >= 2 follow-ups and phone not tried
                                                              -> CALL
7. BEFORE ESCALATING  >= 2 follow-ups or already escalated    -> WAIT until ref + 3 bd
8. FOLLOW UP       everything else                            -> FOLLOW_UP, original channel

Before all of them, what happened and how far the case went:

0. AFTER COMPLAINT  a formal complaint is filed (`_after_complaint`): wait for the
   company's legal deadline for this situation (or the reply date the reader set where
   the law sets none; without either, 10 business days we suggest), then go to the
   authority or regulator of the country and sector that takes a case the company never
   answered (what the silence means there, the day the body opens its door — Spain: one
   month after the complaint —, preconditions, portal, the reader's own limit as a date);
   once the reader went to the authority, wait for it.
0b. URGENT         a charge the reader never made, a wrong bill, a cut service, a
   cancellation not processed or a flight (`situations.Urgency.NOW`) and no formal
   complaint yet -> FORMAL_COMPLAINT today, with what to do today and the deadline the
   company will have.

Where the data has no legal deadline, the advice says so and never invents one. Every
date the reader is told to wait for is a business day of their calendar.

Rule 1 is the guide's "wait at least one full business-day cycle": contact on Monday,
follow up from Tuesday. A `wait_until` date is always the first day on which acting
makes sense. Every advice carries its reasons, each linked to a section of the guide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from . import ladder, legal, situations, texts
from .dates import add_business_days, business_days_between
from .messages import format_date_es
from .model import (
    CaseFile,
    CaseSector,
    Channel,
    CompanySize,
    Impact,
    InteractionKind,
    SituationKind,
)


class Action(StrEnum):
    WAIT = "wait"
    FOLLOW_UP = "follow_up"
    CALL = "call"
    ESCALATE = "escalate"
    SOCIAL = "social"
    FORMAL_COMPLAINT = "complaint"
    AUTHORITY = "authority"


# The guide's sections, as "<page>#<anchor>".
SLA = "preparacion#revisa-el-sla"
ORIGINAL_CHANNEL = "canales#canal-original"
PHONE = "canales#telefono"
SOCIAL_MEDIA = "canales#redes-sociales"
WHEN_TO_ESCALATE = "escalar#cuando-escalar"
HOW_TO_ESCALATE = "escalar#como-escalar"
DOCUMENTATION = "escalar#documentacion"
TOO_SOON = "errores#demasiado-pronto"
ONE_CHANNEL = "errores#un-solo-canal"
PATIENCE = "consejos#paciencia"
COMPLAINT_WHEN = "reclamacion-formal#cuando"
COMPLAINT_CHANNEL = "reclamacion-formal#canal"
COMPLAINT_BY_COUNTRY = "reclamacion-formal#por-pais"
OWN_LIMITS = "reclamacion-formal#tus-plazos"
SITUATIONS_PAGE = "que-te-paso"
SHARED_PAGE = "otros-paises"  # the page that covers several countries, one section each
OTHER_COUNTRIES = f"paises/{SHARED_PAGE}#otro-pais"


def country_section(country: legal.Country, part: str) -> str:
    """A country page's section: "empresa", "autoridad" or "sectores" (on the shared page,
    the country's own section)."""
    if country.slug == SHARED_PAGE:
        return f"paises/{SHARED_PAGE}#{country.name.lower().replace(' ', '-')}"
    return f"paises/{country.slug}#{part}"


COUNTRY_SECTIONS: tuple[str, ...] = tuple(
    dict.fromkeys(
        country_section(c, part)
        for c in legal.COUNTRIES.values()
        for part in ("empresa", "autoridad", "sectores")
    )
)

SECTIONS: tuple[str, ...] = (
    SLA,
    ORIGINAL_CHANNEL,
    PHONE,
    SOCIAL_MEDIA,
    WHEN_TO_ESCALATE,
    HOW_TO_ESCALATE,
    DOCUMENTATION,
    TOO_SOON,
    ONE_CHANNEL,
    PATIENCE,
    COMPLAINT_WHEN,
    COMPLAINT_CHANNEL,
    COMPLAINT_BY_COUNTRY,
    OWN_LIMITS,
    OTHER_COUNTRIES,
    *COUNTRY_SECTIONS,
    *(f"{SITUATIONS_PAGE}#{s.slug}" for s in situations.SITUATIONS.values()),
)

# Thresholds in business days since the last contact.
ESCALATE_AFTER_DAYS = 3
ESCALATE_CRITICAL_AFTER_DAYS = 2
SOCIAL_AFTER_DAYS = 5


@dataclass(frozen=True)
class Reason:
    text: str
    section: str


@dataclass(frozen=True)
class Situation:
    opened: dt.date | None
    last_contact: dt.date | None
    deadline: dt.date | None
    follow_ups: int
    impact: Impact
    channels_tried: frozenset[Channel]
    escalated: bool = False
    # The channel the case was opened on: follow-ups and escalations go there.
    original_channel: Channel | None = None
    # Beyond the company: where the case is and how far it went.
    country: str = ""
    sector: legal.Sector = legal.Sector.GENERAL
    complaint_date: dt.date | None = None
    complaint_answered: dt.date | None = None
    authority_date: dt.date | None = None
    # What happened, which company rule applies, the reader's region and reply date.
    what: SituationKind | None = None
    company_size: CompanySize | None = None
    region: str = ""
    reply_by: dt.date | None = None

    def case(self) -> CaseFile:
        """The case as the legal ladder reads it."""
        return CaseFile(
            id="",
            opened=self.opened,
            country=self.country,
            sector=CASE_SECTOR.get(self.sector),
            complaint_date=self.complaint_date,
            authority_date=self.authority_date,
            situation=self.what,
            company_size=self.company_size,
            region=self.region,
            reply_by=self.reply_by,
        )

    @property
    def urgent(self) -> bool:
        return self.what is not None and situations.get(self.what).urgency is situations.Urgency.NOW


CASE_SECTOR: dict[legal.Sector, CaseSector] = {v: k for k, v in ladder.LEGAL_SECTOR.items()}

# Where the law sets no deadline and the reader set no reply date: what we suggest.
SUGGESTED_REPLY_DAYS = 10


@dataclass(frozen=True)
class Advice:
    action: Action
    headline: str
    reasons: tuple[Reason, ...]
    wait_until: dt.date | None = None
    channel: Channel | None = None
    how: str = ""
    # The ladder beyond the company: the date that matters (the company's legal deadline,
    # or the reader's own limit to go to the authority) and where to file.
    legal_date: dt.date | None = None
    legal_date_text: str = ""
    portal: legal.Link | None = None
    # What to do today, in order (the situation's first steps).
    steps: tuple[str, ...] = ()
    # Under the date: what the count skipped and the calendar it used.
    calendar_note: str = ""


def suggested_reply_by(case: CaseFile, today: dt.date) -> dt.date:
    """The reply date we suggest where the law sets none: 10 business days after the
    complaint (after today for a complaint not sent yet)."""
    start = case.complaint_date or today
    return add_business_days(start, SUGGESTED_REPLY_DAYS, ladder.case_holidays(case))


def situation_from_case(case: CaseFile) -> Situation | None:
    """The wizard's inputs as recorded in a case file; None until it has an opening date,
    unless what happened is urgent or the formal complaint is already filed (the route then
    needs no opening date).

    A promised deadline in business time skips the holidays of the case's calendar.
    """
    urgent = case.situation is not None and (
        situations.get(case.situation).urgency is situations.Urgency.NOW
    )
    if case.opened is None and not urgent and case.complaint_date is None:
        return None
    deadline = ladder.sla_due(case)
    tried = {i.channel for i in case.interactions}
    if case.channel is not None:
        tried.add(case.channel)
    kinds = [i.kind for i in case.interactions]
    return Situation(
        opened=case.opened,
        last_contact=case.last_contact,
        deadline=deadline,
        follow_ups=kinds.count(InteractionKind.FOLLOW_UP),
        impact=case.impact or Impact.LOW,
        channels_tried=frozenset(tried),
        escalated=InteractionKind.ESCALATION in kinds,
        original_channel=case.channel,
        country=case.country,
        sector=ladder.sector_of(case),
        complaint_date=case.complaint_date,
        complaint_answered=ladder.answered_on(case),
        authority_date=case.authority_date,
        what=case.situation,
        company_size=case.company_size,
        region=case.region,
        reply_by=case.reply_by,
    )


@dataclass(frozen=True)
class _Facts:
    """What every rule looks at, computed once."""

    s: Situation
    today: dt.date
    holidays: frozenset[dt.date]
    ref: dt.date
    days: int

    @property
    def critical(self) -> bool:
        return self.s.impact is Impact.CRITICAL

    @property
    def deadline_pending(self) -> bool:
        return self.s.deadline is not None and self.today <= self.s.deadline

    @property
    def deadline_missed(self) -> bool:
        return self.s.deadline is not None and self.today > self.s.deadline

    def after(self, n: int, start: dt.date | None = None) -> dt.date:
        return add_business_days(start or self.ref, n, self.holidays)

    @property
    def case(self) -> CaseFile:
        return self.s.case()

    def rule(self) -> situations.CountryRule | None:
        return situations.rule_for(self.s.country, self.s.what, self.s.sector, self.s.company_size)


def _reason(key: str, section: str, **values: object) -> Reason:
    return Reason(texts.ADVICE_REASONS[key].format(**values), section)


def _date(day: dt.date | None) -> str:
    return format_date_es(day) if day else ""


def _days(f: _Facts) -> str:
    return texts.business_days_phrase(f.days)


def _calendar_note(
    f: _Facts, start: dt.date, end: dt.date, deadline: legal.Deadline | None = None
) -> str:
    return ladder.calendar_note(f.case, start, end, deadline)


def _wait(f: _Facts, start: dt.date, until: dt.date, *reasons: Reason) -> Advice:
    return Advice(
        action=Action.WAIT,
        headline=texts.ADVICE_HEADLINES["wait"].format(date=format_date_es(until)),
        reasons=reasons,
        wait_until=until,
        how=texts.ADVICE_HOW["wait"],
        calendar_note=_calendar_note(f, start, until),
    )


# --- The rules, in order ---------------------------------------------------------------


def _too_soon(f: _Facts) -> Advice | None:
    if f.days >= 1:
        return None
    return _wait(
        f,
        f.ref,
        f.after(1),
        _reason("too_soon", TOO_SOON, date=format_date_es(f.ref)),
        _reason("patience", PATIENCE),
    )


def _deadline_pending(f: _Facts) -> Advice | None:
    if not f.deadline_pending or (f.critical and f.s.follow_ups >= 1):
        return None
    assert f.s.deadline is not None
    return _wait(
        f,
        f.s.deadline,
        f.after(1, f.s.deadline),
        _reason("deadline_pending", SLA, date=_date(f.s.deadline)),
        _reason("patience", PATIENCE),
    )


def _social(f: _Facts) -> Advice | None:
    tried = f.s.channels_tried
    if not (
        f.s.escalated
        and Channel.PHONE in tried
        and Channel.SOCIAL not in tried
        and len(tried) >= 3
        and f.s.impact in (Impact.AFFECTS_ME, Impact.CRITICAL)
        and f.days >= SOCIAL_AFTER_DAYS
    ):
        return None
    channels = texts.join_words(
        [texts.CHANNEL_WITH_ARTICLE[c] for c in Channel if c in tried and c is not Channel.SOCIAL]
    )
    return Advice(
        action=Action.SOCIAL,
        headline=texts.ADVICE_HEADLINES["social"],
        reasons=(
            _reason("social", SOCIAL_MEDIA, channels=channels, days=_days(f)),
            _reason("social_privacy", SOCIAL_MEDIA),
            _reason("documentation", DOCUMENTATION),
        ),
        channel=Channel.SOCIAL,
        how=texts.ADVICE_HOW["social"],
    )


def _escalate(f: _Facts) -> Advice | None:
    if f.deadline_pending:
        return None
    if f.s.follow_ups >= 2 and f.days >= ESCALATE_AFTER_DAYS:
        why = _reason("escalate_follow_ups", WHEN_TO_ESCALATE, count=f.s.follow_ups, days=_days(f))
    elif f.critical and f.s.follow_ups >= 1 and f.days >= ESCALATE_CRITICAL_AFTER_DAYS:
        why = _reason("escalate_critical", WHEN_TO_ESCALATE, days=_days(f))
    else:
        return None
    reasons = [why, _reason("escalate_how", HOW_TO_ESCALATE)]
    if f.deadline_missed:
        reasons.append(_reason("escalate_sla", HOW_TO_ESCALATE, date=_date(f.s.deadline)))
    reasons.append(_reason("documentation", DOCUMENTATION))
    return Advice(
        action=Action.ESCALATE,
        headline=texts.ADVICE_HEADLINES["escalate"],
        reasons=tuple(reasons),
        channel=f.s.original_channel,
        how=texts.ADVICE_HOW["escalate"],
    )


def _call(f: _Facts) -> Advice | None:
    if f.critical and f.s.follow_ups >= 1:
        why = _reason("call_critical", PHONE)
    elif f.s.follow_ups >= 2 and Channel.PHONE not in f.s.channels_tried:
        why = _reason("call_written", PHONE, count=f.s.follow_ups)
    else:
        return None
    return Advice(
        action=Action.CALL,
        headline=texts.ADVICE_HEADLINES["call"],
        reasons=(why, _reason("one_channel", ONE_CHANNEL)),
        channel=Channel.PHONE,
        how=texts.ADVICE_HOW["call"],
    )


def _before_escalating(f: _Facts) -> Advice | None:
    if f.s.follow_ups < 2 and not f.s.escalated:
        return None
    return _wait(
        f,
        f.ref,
        f.after(ESCALATE_AFTER_DAYS),
        _reason("before_escalating", WHEN_TO_ESCALATE),
        _reason("patience", PATIENCE),
    )


def _follow_up(f: _Facts) -> Advice:
    channel = f.s.original_channel
    if f.deadline_missed:
        first = _reason("deadline_missed", SLA, date=_date(f.s.deadline))
    else:
        first = _reason("waited_enough", TOO_SOON, days=_days(f))
    if channel is None:
        headline = texts.ADVICE_HEADLINES["follow_up_any"]
        how = texts.ADVICE_HOW["follow_up_any"]
    else:
        headline = texts.ADVICE_HEADLINES["follow_up"].format(
            channel=texts.CHANNEL_IN_SENTENCE[channel]
        )
        how = texts.ADVICE_HOW[f"follow_up_{channel.value}"]
    return Advice(
        action=Action.FOLLOW_UP,
        headline=headline,
        reasons=(
            first,
            _reason("original_channel", ORIGINAL_CHANNEL),
            _reason("one_channel", ONE_CHANNEL),
        ),
        channel=channel,
        how=how,
    )


# --- Beyond the company: the formal complaint and the authority ---------------------------


def _country(f: _Facts) -> legal.Country | None:
    return ladder.country_of(f.s.country)


def _deadline_words(deadline: legal.Deadline, country: legal.Country) -> str:
    return deadline.words(country.calendar_word)


def _situation_section(f: _Facts) -> str:
    if f.s.what is None:
        return COMPLAINT_WHEN
    return f"{SITUATIONS_PAGE}#{situations.get(f.s.what).slug}"


def _complaint_reasons(f: _Facts) -> tuple[list[Reason], dt.date | None, str, str]:
    """What the formal complaint filed today means: its name in the country, the deadline
    the company will then have (or the reply date to set), and the reader's own limit."""
    reasons: list[Reason] = []
    country = _country(f)
    if country is None:
        key = "complaint_no_country" if not f.s.country else "complaint_other_country"
        section = COMPLAINT_BY_COUNTRY if not f.s.country else OTHER_COUNTRIES
        reasons.append(_reason(key, section))
        return reasons, None, "", ""
    case = f.case
    step = ladder.company_step(replace(case, complaint_date=None), f.today)
    rung = step.rung if step else None
    section = country_section(country, "empresa")
    if rung is not None:
        reasons.append(
            _reason("complaint_instrument", section, country=country.name, what=rung.instrument)
        )
    rule = f.rule()
    if rule is not None:
        reasons.append(Reason(rule.summary, _situation_section(f)))
    due = step.due if step else None
    text = note = ""
    if step is not None and step.deadline is not None and due is not None:
        text = texts.LEGAL_DATE_COMPANY.format(date=format_date_es(due))
        note = _calendar_note(f, f.today, due, step.deadline)
        reasons.append(
            _reason(
                "complaint_deadline",
                section,
                words=_deadline_words(step.deadline, country),
                date=format_date_es(due),
            )
        )
    elif step is not None and step.by_reader and due is not None and due > f.today:
        reasons.append(_reason("complaint_reply_set", section, date=format_date_es(due)))
        due = None  # the reader's own date, not the law's
    else:
        suggested = suggested_reply_by(case, f.today)
        note = _calendar_note(f, f.today, suggested)
        reasons.append(_reason("complaint_set_reply", section, date=format_date_es(suggested)))
    if rule is not None and rule.reader_limit is not None:
        reasons.append(
            _reason(
                "situation_limit",
                _situation_section(f),
                words=_deadline_words(rule.reader_limit, country),
                start=rule.reader_limit.start,
            )
        )
    return reasons, due, text, note


def _urgent(f: _Facts) -> Advice | None:
    """Rule 0b: what happened does not wait for more follow-ups."""
    if not f.s.urgent or f.s.complaint_date is not None or f.s.what is None:
        return None
    situation = situations.get(f.s.what)
    reasons = [_reason(f"urgent_{situation.kind.value}", COMPLAINT_WHEN)]
    more, due, text, note = _complaint_reasons(f)
    reasons += more
    reasons.append(_reason("complaint_channel", COMPLAINT_CHANNEL))
    return Advice(
        action=Action.FORMAL_COMPLAINT,
        headline=texts.URGENT_HEADLINES[situation.kind.value],
        reasons=tuple(reasons),
        how=texts.ADVICE_HOW["complaint"],
        legal_date=due,
        legal_date_text=text,
        steps=situation.today,
        calendar_note=note,
    )


def _formal_complaint(f: _Facts) -> Advice | None:
    if not (f.s.escalated and f.days >= ESCALATE_AFTER_DAYS):
        return None
    reasons = [_reason("complaint_why", COMPLAINT_WHEN, days=_days(f))]
    more, due, text, note = _complaint_reasons(f)
    reasons += more
    reasons.append(_reason("complaint_channel", COMPLAINT_CHANNEL))
    return Advice(
        action=Action.FORMAL_COMPLAINT,
        headline=texts.ADVICE_HEADLINES["complaint"],
        reasons=tuple(reasons),
        how=texts.ADVICE_HOW["complaint"],
        legal_date=due,
        legal_date_text=text,
        calendar_note=note,
    )


def _preconditions(rung: legal.Rung) -> str:
    text = rung.preconditions.strip()
    if text.startswith("Haber "):
        what = texts.lower_first(text).replace("reclamado antes ", "reclamado ", 1)
        return texts.PRECONDITION_MUST.format(what=what)
    return texts.PRECONDITION_OTHER.format(what=text)


def _unknown_authority(f: _Facts, reasons: list[Reason], section: str) -> Advice:
    reasons.append(_reason("authority_unknown", section))
    return Advice(
        action=Action.AUTHORITY,
        headline=texts.ADVICE_HEADLINES["authority_any"],
        reasons=tuple(reasons),
        how=texts.ADVICE_HOW["authority"],
    )


def _usable(
    f: _Facts, answered: bool, rule: situations.CountryRule | None
) -> list[ladder.AuthorityStep]:
    """The bodies that take this case: without the company's answer, only those that need
    none; the route the country's rule gives for a silent company first."""
    steps = ladder.authority_steps(f.case, f.today, answered=f.s.complaint_answered)
    usable = [s for s in steps if answered or not ladder.needs_answer(s.rung)]
    if rule is not None and rule.silence_route and not answered:
        usable.sort(key=lambda s: s.rung.key != rule.silence_route)
    return usable


def _authority(f: _Facts, country: legal.Country | None, why: Reason, answered: bool) -> Advice:
    reasons = [why]
    if country is None:
        section = COMPLAINT_BY_COUNTRY if not f.s.country else OTHER_COUNTRIES
        return _unknown_authority(f, reasons, section)
    rule = f.rule()
    if not answered:
        silence = rule.silence if rule is not None and rule.silence else ""
        if silence:
            reasons.append(Reason(silence, _situation_section(f)))
        elif f.s.what is not None:
            reasons.append(Reason(situations.get(f.s.what).silence, _situation_section(f)))
    usable = _usable(f, answered, rule)
    if not usable:
        return _unknown_authority(f, reasons, country_section(country, "autoridad"))
    first = usable[0]
    rung = first.rung
    part = "sectores" if rung.level is legal.Level.REGULATOR else "autoridad"
    section = country_section(country, part)
    if first.opens is not None and f.today < first.opens:
        return _not_yet(f, country, reasons, first, usable[1:])
    reasons.append(_reason("authority_what", section, what=rung.instrument))
    reasons.append(Reason(_preconditions(rung), section))
    reasons.append(_reason("authority_how", section, how=rung.how))
    text = ""
    limit = rung.reader_limit
    if limit is not None and first.limit is not None:
        text = texts.LEGAL_DATE_READER.format(date=format_date_es(first.limit))
        reasons.append(
            _reason(
                "authority_limit",
                OWN_LIMITS,
                words=_deadline_words(limit, country),
                start=limit.start,
                date=format_date_es(first.limit),
            )
        )
    elif limit is not None:
        reasons.append(
            _reason(
                "authority_limit_words",
                OWN_LIMITS,
                words=_deadline_words(limit, country),
                start=limit.start,
            )
        )
    elif rung.reader_note:
        reasons.append(Reason(rung.reader_note, OWN_LIMITS))
    else:
        reasons.append(_reason("authority_no_limit", OWN_LIMITS))
    others = [s.rung.body for s in usable[1:] if s.opens is None or s.opens <= f.today]
    if others:
        reasons.append(
            _reason(
                "authority_others",
                country_section(country, "autoridad"),
                names=texts.join_words(others),
            )
        )
    for later in usable[1:]:
        if later.opens is not None and later.opens > f.today:
            reasons.append(
                _reason(
                    "authority_later",
                    country_section(country, "autoridad"),
                    body=later.rung.body,
                    date=format_date_es(later.opens),
                )
            )
    return Advice(
        action=Action.AUTHORITY,
        headline=texts.ADVICE_HEADLINES["authority"].format(body=rung.body),
        reasons=tuple(reasons),
        how=texts.ADVICE_HOW["authority"],
        legal_date=first.limit,
        legal_date_text=text,
        portal=rung.portal,
    )


def _not_yet(
    f: _Facts,
    country: legal.Country,
    reasons: list[Reason],
    first: ladder.AuthorityStep,
    rest: list[ladder.AuthorityStep],
) -> Advice:
    """The body that fits asks for a longer wait (Spain: one month after the complaint):
    going earlier gets the reader sent back. Wait for its date; say what is open now."""
    assert first.opens is not None and first.rung.waits is not None
    until = ladder.first_business_day(first.opens, f.holidays)
    section = country_section(
        country, "sectores" if first.rung.level is legal.Level.REGULATOR else "autoridad"
    )
    reasons.append(
        _reason(
            "authority_waits",
            section,
            body=first.rung.body,
            words=_deadline_words(first.rung.waits, country),
            start=first.rung.waits.start,
            date=format_date_es(first.opens),
        )
    )
    now = [s.rung.body for s in rest if s.opens is None or s.opens <= f.today]
    if now:
        reasons.append(_reason("authority_meanwhile", section, names=texts.join_words(now)))
    return Advice(
        action=Action.WAIT,
        headline=texts.ADVICE_HEADLINES["await_opens"].format(
            date=format_date_es(until), body=first.rung.body
        ),
        reasons=tuple(reasons),
        wait_until=until,
        how=texts.ADVICE_HOW["wait"],
        legal_date=first.opens,
        legal_date_text=texts.LEGAL_DATE_OPENS.format(date=format_date_es(first.opens)),
        portal=first.rung.portal,
        calendar_note=_calendar_note(
            f, f.s.complaint_date or f.today, first.opens, first.rung.waits
        ),
    )


def _await_company(
    f: _Facts,
    filed: dt.date,
    due: dt.date,
    reason: Reason,
    key: str,
    deadline: legal.Deadline | None = None,
) -> Advice:
    until = ladder.next_business_day(due, f.holidays)
    return Advice(
        action=Action.WAIT,
        headline=texts.ADVICE_HEADLINES[key].format(date=format_date_es(due)),
        reasons=(reason, _reason("patience", PATIENCE)),
        wait_until=until,
        how=texts.ADVICE_HOW["wait"],
        legal_date=due,
        legal_date_text=(
            texts.LEGAL_DATE_COMPANY if key == "await_company" else texts.LEGAL_DATE_REPLY
        ).format(date=format_date_es(due)),
        calendar_note=_calendar_note(f, filed, due, deadline),
    )


def _after_complaint(f: _Facts) -> Advice | None:
    """Rule 0: once the formal complaint is filed, the legal ladder decides."""
    filed = f.s.complaint_date
    if filed is None:
        return None
    country = _country(f)
    if f.s.authority_date is not None:
        return _awaiting_authority(f, country)
    answered = f.s.complaint_answered
    if answered is not None:
        why = _reason("authority_answered", COMPLAINT_WHEN, date=format_date_es(answered))
        return _authority(f, country, why, answered=True)
    step = ladder.company_step(f.case, f.today)
    if country is None or step is None:
        why = _reason("authority_no_deadline", COMPLAINT_BY_COUNTRY, filed=format_date_es(filed))
        return _authority(f, country, why, answered=False)
    section = country_section(country, "empresa")
    if step.due is not None and step.deadline is not None:
        if f.today <= step.due:
            reason = _reason(
                "await_company",
                section,
                filed=format_date_es(filed),
                words=_deadline_words(step.deadline, country),
                date=format_date_es(step.due),
            )
            return _await_company(f, filed, step.due, reason, "await_company", step.deadline)
        why = _reason("authority_missed", section, date=format_date_es(step.due))
        return _authority(f, country, why, answered=False)
    if step.due is not None:  # the reply date the reader set
        if f.today <= step.due:
            reason = _reason(
                "await_reply",
                section,
                filed=format_date_es(filed),
                country=country.name,
                date=format_date_es(step.due),
            )
            return _await_company(f, filed, step.due, reason, "await_reply")
        why = _reason("reply_missed", section, date=format_date_es(step.due))
        return _authority(f, country, why, answered=False)
    suggested = suggested_reply_by(f.case, f.today)
    if f.today <= suggested:
        reason = _reason(
            "await_suggested",
            section,
            filed=format_date_es(filed),
            country=country.name,
            date=format_date_es(suggested),
        )
        return _await_company(f, filed, suggested, reason, "await_reply")
    why = _reason("authority_no_deadline", section, filed=format_date_es(filed))
    return _authority(f, country, why, answered=False)


def _awaiting_authority(f: _Facts, country: legal.Country | None) -> Advice:
    filed = f.s.authority_date
    assert filed is not None
    for step in ladder.authority_steps(f.case, f.today, answered=f.s.complaint_answered):
        due = ladder.due(step.rung.deadline, filed, f.holidays)
        if due is not None and step.rung.deadline is not None and country is not None:
            return Advice(
                action=Action.WAIT,
                headline=texts.ADVICE_HEADLINES["await_authority"],
                reasons=(
                    _reason(
                        "await_authority",
                        country_section(country, "autoridad"),
                        body=step.rung.body,
                        words=_deadline_words(step.rung.deadline, country),
                        date=format_date_es(due),
                    ),
                    _reason("documentation", DOCUMENTATION),
                ),
                wait_until=ladder.next_business_day(due, f.holidays) if f.today <= due else None,
                how=texts.ADVICE_HOW["await_authority"],
                legal_date=due,
                legal_date_text=texts.LEGAL_DATE_AUTHORITY.format(date=format_date_es(due)),
            )
    section = country_section(country, "autoridad") if country else COMPLAINT_BY_COUNTRY
    return Advice(
        action=Action.WAIT,
        headline=texts.ADVICE_HEADLINES["await_authority"],
        reasons=(
            _reason("await_authority_no_deadline", section),
            _reason("documentation", DOCUMENTATION),
        ),
        how=texts.ADVICE_HOW["await_authority"],
    )


RULES: tuple[Callable[[_Facts], Advice | None], ...] = (
    _after_complaint,
    _urgent,
    _too_soon,
    _deadline_pending,
    _social,
    _formal_complaint,
    _escalate,
    _call,
    _before_escalating,
)


def advise(
    situation: Situation, today: dt.date, holidays: frozenset[dt.date] | None = None
) -> Advice:
    """The next step for this situation (see the module docstring for the rule order).

    Business days skip `holidays`, by default the national ones of the situation's country.
    """
    if holidays is None:
        holidays = ladder.case_holidays(situation.case())
    ref = situation.opened or situation.complaint_date or today
    if situation.last_contact is not None and situation.last_contact > ref:
        ref = situation.last_contact
    facts = _Facts(
        s=situation,
        today=today,
        holidays=holidays,
        ref=ref,
        days=business_days_between(ref, today, holidays),
    )
    for rule in RULES:
        advice = rule(facts)
        if advice is not None:
            return advice
    return _follow_up(facts)
