"""What happened decides the route, in every country the guide covers.

For every situation × country (in the sectors where it happens), the wizard's advice
agrees with the guide's own data for that country: the same instrument for the formal
complaint, the same deadline (the situation's own where the law has one), and after a
silent deadline, a body the country page lists that takes a case without the company's
answer. Every date the reader is told to wait for is a business day of their calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup import ladder, legal, situations, texts
from followup.dates import is_business_day
from followup.escalation import Action, Situation, advise, suggested_reply_by
from followup.messages import format_date_es
from followup.model import Channel, CompanySize, Impact, SituationKind

MAIN = tuple(legal.COUNTRIES)
SECTORS: dict[SituationKind, tuple[legal.Sector, ...]] = {
    SituationKind.UNAUTHORISED_CHARGE: (legal.Sector.BANKING,),
    SituationKind.WRONG_BILL: (legal.Sector.ENERGY, legal.Sector.TELECOM),
    SituationKind.SERVICE_CUT: (legal.Sector.ENERGY, legal.Sector.TELECOM),
    SituationKind.ORDER: (legal.Sector.GENERAL,),
    SituationKind.CANCELLATION: (legal.Sector.TELECOM, legal.Sector.GENERAL),
    SituationKind.FLIGHT: (legal.Sector.AIR,),
    SituationKind.OTHER: (legal.Sector.GENERAL, legal.Sector.INSURANCE),
}
ROUTES = [
    (kind, code, sector) for kind, sectors in SECTORS.items() for code in MAIN for sector in sectors
]
TODAY = dt.date(2026, 12, 2)
OPENED = dt.date(2026, 11, 2)


def reader(kind: SituationKind, code: str, sector: legal.Sector, **changes: object) -> Situation:
    base = Situation(
        opened=OPENED,
        last_contact=dt.date(2026, 11, 20),
        deadline=None,
        follow_ups=0,
        impact=Impact.AFFECTS_ME,
        channels_tried=frozenset({Channel.PHONE}),
        original_channel=Channel.PHONE,
        country=code,
        sector=sector,
        what=kind,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def said(advice: object) -> str:
    return " ".join(r.text for r in advice.reasons)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("kind", "code", "sector"), ROUTES)
def test_before_the_complaint_the_route_fits_what_happened(
    kind: SituationKind, code: str, sector: legal.Sector
) -> None:
    s = reader(kind, code, sector)
    advice = advise(s, TODAY)
    situation = situations.get(kind)
    if situation.urgency is not situations.Urgency.NOW:
        # A problem that can wait follows up first: never «espera» past a silent week.
        assert advice.action in (Action.FOLLOW_UP, Action.CALL, Action.WAIT)
        return
    assert advice.action is Action.FORMAL_COMPLAINT
    assert advice.headline == texts.URGENT_HEADLINES[kind.value]
    assert advice.steps == situation.today
    # The same instrument and deadline the country's page publishes for this company.
    step = ladder.company_step(replace(s.case(), complaint_date=None), TODAY)
    assert step is not None
    if step.rung is not None:
        assert step.rung.instrument in said(advice)
        assert step.rung in legal.country(code).company_rungs(sector)
    if step.deadline is not None:
        assert advice.legal_date == step.due
        assert step.deadline.words(legal.country(code).calendar_word) in said(advice)
        rule = situations.rule_for(code, kind, sector)
        if (
            rule is not None
            and rule.company_deadline
            and step.rung is not None
            and (rule.deadline_rung == step.rung.key)
        ):
            assert step.deadline == rule.company_deadline
        elif step.rung is not None:
            assert step.deadline == step.rung.deadline
    else:
        # No deadline in the law: a reply date the reader sets, suggested as a date.
        assert advice.legal_date is None
        suggested = suggested_reply_by(s.case(), TODAY)
        assert format_date_es(suggested) in said(advice)


@pytest.mark.parametrize(("kind", "code", "sector"), ROUTES)
def test_after_a_silent_deadline_the_route_needs_no_answer(
    kind: SituationKind, code: str, sector: legal.Sector
) -> None:
    filed = dt.date(2026, 9, 1)
    later = dt.date(2026, 12, 30)  # past every company deadline and every one-month wait
    advice = advise(reader(kind, code, sector, complaint_date=filed), later)
    assert advice.action is Action.AUTHORITY
    country = legal.country(code)
    usable = [r for r in country.authorities(sector) if not ladder.needs_answer(r)]
    if not usable:
        assert advice.headline == "Acude a la autoridad de consumo de tu país"
        return
    rule = situations.rule_for(code, kind, sector)
    route = rule.silence_route if rule is not None else ""
    first = next((r for r in usable if r.key == route), usable[0])
    assert advice.headline == texts.ADVICE_HEADLINES["authority"].format(body=first.body)
    # What the company's silence means there is said.
    silence = rule.silence if rule is not None and rule.silence else situations.get(kind).silence
    assert silence in said(advice)


@pytest.mark.parametrize(("kind", "code", "sector"), ROUTES)
def test_waiting_for_the_company_ends_on_a_business_day(
    kind: SituationKind, code: str, sector: legal.Sector
) -> None:
    filed = dt.date(2026, 12, 18)  # Christmas and New Year lie ahead
    s = reader(kind, code, sector, complaint_date=filed)
    advice = advise(s, dt.date(2026, 12, 19))
    assert advice.action is Action.WAIT
    assert advice.wait_until is not None
    assert is_business_day(advice.wait_until, ladder.case_holidays(s.case()))
    assert advice.legal_date is not None and advice.wait_until > advice.legal_date
    assert advice.calendar_note


def test_madrid_bill_counts_the_regional_holiday_and_the_five_days() -> None:
    """The issue's second reader: a bill charged twice, Madrid, claim filed 30 November."""
    s = reader(
        SituationKind.WRONG_BILL,
        "ES",
        legal.Sector.ENERGY,
        region="MD",
        company_size=CompanySize.LARGE,
        complaint_date=dt.date(2026, 11, 30),
    )
    waiting = advise(s, dt.date(2026, 12, 2))
    # «cinco días», not said to be hábiles: counted as calendar days, to 5 December (a
    # Saturday); the reader acts on Wednesday 9th (7 and 8 December are holidays in Madrid).
    assert waiting.legal_date == dt.date(2026, 12, 5)
    assert waiting.wait_until == dt.date(2026, 12, 9)
    national = advise(replace(s, region=""), dt.date(2026, 12, 2))
    assert national.wait_until == dt.date(2026, 12, 7)


def test_chile_bill_waits_for_the_reply_date_the_reader_set() -> None:
    """Where the law sets no deadline (a wrong bill in Chile), the wizard waits for the date
    the reader gave, then sends them on (not the same day as the complaint)."""
    s = reader(
        SituationKind.WRONG_BILL,
        "CL",
        legal.Sector.GENERAL,
        complaint_date=dt.date(2026, 12, 1),
        reply_by=dt.date(2026, 12, 15),
    )
    assert advise(s, dt.date(2026, 12, 1)).action is Action.WAIT
    assert advise(s, dt.date(2026, 12, 15)).wait_until == dt.date(2026, 12, 16)
    assert advise(s, dt.date(2026, 12, 16)).action is Action.AUTHORITY
    unset = replace(s, reply_by=None)
    assert advise(unset, dt.date(2026, 12, 2)).action is Action.WAIT  # 10 business days


def test_chile_charge_waits_for_the_ley_de_fraudes_deadline_then_goes_to_sernac() -> None:
    """The issue's first reader: Chile's Ley de Fraudes gives the issuer 10 business days to
    cancel the charges or refund, whatever date the reader set; then SERNAC, no answer needed."""
    s = reader(
        SituationKind.UNAUTHORISED_CHARGE,
        "CL",
        legal.Sector.BANKING,
        complaint_date=dt.date(2026, 12, 1),
        reply_by=dt.date(2026, 12, 15),
    )
    waiting = advise(s, dt.date(2026, 12, 15))
    assert waiting.action is Action.WAIT and waiting.legal_date == dt.date(2026, 12, 16)
    later = advise(s, dt.date(2026, 12, 17))
    assert later.action is Action.AUTHORITY
    assert "SERNAC" in later.headline


@given(
    st.sampled_from(ROUTES),
    st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 1)),
    st.integers(0, 120),
    st.sampled_from(["", "MD", "CT", "AN"]),
)
def test_every_wait_falls_on_a_business_day(
    route: tuple[SituationKind, str, legal.Sector], filed: dt.date, later: int, region: str
) -> None:
    kind, code, sector = route
    s = reader(
        kind,
        code,
        sector,
        opened=filed - dt.timedelta(days=20),
        last_contact=None,
        complaint_date=filed,
        region=region if code == "ES" else "",
    )
    advice = advise(s, filed + dt.timedelta(days=later))
    if advice.wait_until is not None:
        assert is_business_day(advice.wait_until, ladder.case_holidays(s.case()))
