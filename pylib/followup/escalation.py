"""The escalation wizard: what to do next, and why, from where the case stands.

`advise` applies these rules in this order; the first that matches decides. `ref` is
the last contact (or the opening date) and `days` the business days since then.

1. TOO SOON        days < 1                                   -> WAIT until ref + 1 bd
2. DEADLINE        today <= promised deadline, unless critical
                   with at least one follow-up                -> WAIT until deadline + 1 bd
3. SOCIAL          escalated, >= 3 channels tried incl. phone,
                   impact >= affects me, days >= 5            -> SOCIAL (last resort)
4. ESCALATE        deadline not pending and: >= 2 follow-ups and days >= 3, or critical
                   with >= 1 follow-up and days >= 2, or already escalated and days >= 3
                                                              -> ESCALATE
5. CALL            critical with >= 1 follow-up, or >= 2 follow-ups and phone not tried
                                                              -> CALL
6. BEFORE ESCALATING  >= 2 follow-ups or already escalated    -> WAIT until ref + 3 bd
7. FOLLOW UP       everything else                            -> FOLLOW_UP, original channel

Rule 1 is the guide's "wait at least one full business-day cycle": contact on Monday,
follow up from Tuesday. A `wait_until` date is always the first day on which acting
makes sense. Every advice carries its reasons, each linked to a section of the guide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from . import texts
from .dates import NO_HOLIDAYS, add_business_days, business_days_between, sla_deadline
from .messages import format_date_es
from .model import CaseFile, Channel, Impact, InteractionKind, SlaUnit


class Action(StrEnum):
    WAIT = "wait"
    FOLLOW_UP = "follow_up"
    CALL = "call"
    ESCALATE = "escalate"
    SOCIAL = "social"


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
    opened: dt.date
    last_contact: dt.date | None
    deadline: dt.date | None
    follow_ups: int
    impact: Impact
    channels_tried: frozenset[Channel]
    escalated: bool = False
    # The channel the case was opened on: follow-ups and escalations go there.
    original_channel: Channel | None = None


@dataclass(frozen=True)
class Advice:
    action: Action
    headline: str
    reasons: tuple[Reason, ...]
    wait_until: dt.date | None = None
    channel: Channel | None = None
    how: str = ""


def situation_from_case(
    case: CaseFile, holidays: frozenset[dt.date] = NO_HOLIDAYS
) -> Situation | None:
    """The wizard's inputs as recorded in a case file; None until it has an opening date."""
    if case.opened is None:
        return None
    deadline = None
    if case.sla_amount is not None:
        in_hours = case.sla_unit is SlaUnit.HOURS
        deadline = sla_deadline(case.opened, case.sla_amount, in_hours, holidays)
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


def _reason(key: str, section: str, **values: object) -> Reason:
    return Reason(texts.ADVICE_REASONS[key].format(**values), section)


def _date(day: dt.date | None) -> str:
    return format_date_es(day) if day else ""


def _days(f: _Facts) -> str:
    return texts.business_days_phrase(f.days)


def _wait(until: dt.date, *reasons: Reason) -> Advice:
    return Advice(
        action=Action.WAIT,
        headline=texts.ADVICE_HEADLINES["wait"].format(date=format_date_es(until)),
        reasons=reasons,
        wait_until=until,
        how=texts.ADVICE_HOW["wait"],
    )


# --- The rules, in order ---------------------------------------------------------------


def _too_soon(f: _Facts) -> Advice | None:
    if f.days >= 1:
        return None
    return _wait(
        f.after(1),
        _reason("too_soon", TOO_SOON, date=format_date_es(f.ref)),
        _reason("patience", PATIENCE),
    )


def _deadline_pending(f: _Facts) -> Advice | None:
    if not f.deadline_pending or (f.critical and f.s.follow_ups >= 1):
        return None
    return _wait(
        f.after(1, f.s.deadline),
        _reason("deadline_pending", SLA, date=_date(f.s.deadline)),
        _reason("patience", PATIENCE),
    )


def _social(f: _Facts) -> Advice | None:
    tried = f.s.channels_tried
    if not (
        f.s.escalated
        and Channel.PHONE in tried
        and len(tried - {Channel.SOCIAL}) >= 3
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
    if f.s.escalated and f.days >= ESCALATE_AFTER_DAYS:
        why = _reason("escalate_again", WHEN_TO_ESCALATE, days=_days(f))
    elif f.s.follow_ups >= 2 and f.days >= ESCALATE_AFTER_DAYS:
        why = _reason("escalate_follow_ups", WHEN_TO_ESCALATE, count=f.s.follow_ups, days=_days(f))
    elif f.critical and f.s.follow_ups >= 1 and f.days >= ESCALATE_CRITICAL_AFTER_DAYS:
        why = _reason("escalate_critical", WHEN_TO_ESCALATE, days=_days(f))
    else:
        return None
    reasons = [why, _reason("escalate_how", HOW_TO_ESCALATE)]
    if f.deadline_missed:
        reasons.append(_reason("escalate_sla", HOW_TO_ESCALATE, date=_date(f.s.deadline)))
    reasons.append(_reason("documentation", DOCUMENTATION))
    headline = "escalate_again" if f.s.escalated else "escalate"
    return Advice(
        action=Action.ESCALATE,
        headline=texts.ADVICE_HEADLINES[headline],
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


RULES: tuple[Callable[[_Facts], Advice | None], ...] = (
    _too_soon,
    _deadline_pending,
    _social,
    _escalate,
    _call,
    _before_escalating,
)


def advise(
    situation: Situation, today: dt.date, holidays: frozenset[dt.date] = NO_HOLIDAYS
) -> Advice:
    """The next step for this situation (see the module docstring for the rule order)."""
    ref = situation.opened
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
