"""The escalation wizard: one test per rule, then the order between rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from followup.escalation import (
    SECTIONS,
    Action,
    Advice,
    Situation,
    advise,
    situation_from_case,
)
from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit

MON = dt.date(2026, 11, 2)
TUE = dt.date(2026, 11, 3)
WED = dt.date(2026, 11, 4)
THU = dt.date(2026, 11, 5)
FRI = dt.date(2026, 11, 6)
NEXT_MON = dt.date(2026, 11, 9)
NEXT_WED = dt.date(2026, 11, 11)

BASE = Situation(
    opened=MON,
    last_contact=None,
    deadline=None,
    follow_ups=0,
    impact=Impact.AFFECTS_ME,
    channels_tried=frozenset({Channel.EMAIL}),
    original_channel=Channel.EMAIL,
)


def situation(**changes: object) -> Situation:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def sections(advice: Advice) -> list[str]:
    return [r.section for r in advice.reasons]


# --- Rule 1: too soon ------------------------------------------------------------------


def test_rule_1_same_day_as_opening_waits_one_full_business_day() -> None:
    advice = advise(BASE, MON)
    assert advice.action is Action.WAIT
    assert advice.wait_until == TUE
    assert advice.headline == "Espera hasta el 3 de noviembre de 2026"
    assert sections(advice) == ["errores#demasiado-pronto", "consejos#paciencia"]
    assert "2 de noviembre de 2026" in advice.reasons[0].text


def test_rule_1_counts_from_the_last_contact_and_skips_the_weekend() -> None:
    advice = advise(situation(last_contact=FRI), dt.date(2026, 11, 7))
    assert advice.action is Action.WAIT
    assert advice.wait_until == NEXT_MON


def test_rule_1_skips_holidays() -> None:
    monday = dt.date(2026, 12, 7)  # 8 December is a holiday in Spain
    advice = advise(situation(opened=monday), monday, frozenset({dt.date(2026, 12, 8)}))
    assert advice.wait_until == dt.date(2026, 12, 9)


# --- Rule 2: promised deadline not reached ---------------------------------------------


def test_rule_2_waits_until_the_day_after_the_promised_deadline() -> None:
    advice = advise(situation(deadline=THU), WED)
    assert advice.action is Action.WAIT
    assert advice.wait_until == FRI
    assert sections(advice) == ["preparacion#revisa-el-sla", "consejos#paciencia"]
    assert "5 de noviembre de 2026" in advice.reasons[0].text


def test_rule_2_still_waits_on_the_deadline_day() -> None:
    assert advise(situation(deadline=THU), THU).action is Action.WAIT


def test_rule_2_critical_case_with_an_unanswered_follow_up_does_not_wait() -> None:
    s = situation(deadline=NEXT_WED, impact=Impact.CRITICAL, follow_ups=1, last_contact=TUE)
    advice = advise(s, THU)
    assert advice.action is Action.CALL
    assert advice.channel is Channel.PHONE


# --- Rule 3 (guide order: follow-up first): the default --------------------------------


def test_follow_up_after_one_business_day_without_deadline() -> None:
    advice = advise(BASE, TUE)
    assert advice.action is Action.FOLLOW_UP
    assert advice.channel is Channel.EMAIL
    assert advice.headline == "Haz hoy un seguimiento por correo electrónico"
    assert "no abras un correo nuevo" in advice.how
    assert sections(advice) == [
        "errores#demasiado-pronto",
        "canales#canal-original",
        "errores#un-solo-canal",
    ]
    assert "1 día hábil" in advice.reasons[0].text


def test_follow_up_once_the_deadline_has_passed_cites_it() -> None:
    advice = advise(situation(deadline=THU), FRI)
    assert advice.action is Action.FOLLOW_UP
    assert sections(advice)[0] == "preparacion#revisa-el-sla"
    assert "terminó el 5 de noviembre de 2026" in advice.reasons[0].text


def test_follow_up_goes_to_the_original_channel() -> None:
    for channel in Channel:
        advice = advise(situation(original_channel=channel), TUE)
        assert advice.channel is channel
        assert advice.how


def test_follow_up_without_a_known_channel_says_the_same_channel() -> None:
    advice = advise(situation(original_channel=None), TUE)
    assert advice.channel is None
    assert advice.headline == "Haz hoy un seguimiento por el canal en el que abriste el caso"


def test_a_second_follow_up_is_still_a_follow_up() -> None:
    advice = advise(situation(follow_ups=1, last_contact=WED), FRI)
    assert advice.action is Action.FOLLOW_UP


# --- Rule 4: call ----------------------------------------------------------------------


def test_rule_4_critical_with_an_unanswered_follow_up_calls() -> None:
    advice = advise(situation(impact=Impact.CRITICAL, follow_ups=1, last_contact=WED), THU)
    assert advice.action is Action.CALL
    assert sections(advice) == ["canales#telefono", "errores#un-solo-canal"]
    assert "crítico" in advice.reasons[0].text
    assert "constancia de la llamada" in advice.how


def test_rule_4_two_written_follow_ups_without_phone_call() -> None:
    advice = advise(situation(follow_ups=2, last_contact=WED), THU)
    assert advice.action is Action.CALL
    assert "2 seguimientos por escrito" in advice.reasons[0].text


# --- Rule 5: escalate ------------------------------------------------------------------


def test_rule_5_two_follow_ups_and_three_quiet_business_days_escalate() -> None:
    s = situation(follow_ups=2, last_contact=WED, channels_tried=frozenset(Channel))
    advice = advise(s, NEXT_MON)
    assert advice.action is Action.ESCALATE
    assert advice.channel is Channel.EMAIL
    assert advice.headline == "Pide que escalen el caso"
    assert sections(advice) == [
        "escalar#cuando-escalar",
        "escalar#como-escalar",
        "escalar#documentacion",
    ]
    assert "3 días hábiles" in advice.reasons[0].text
    assert "supervisor" in advice.how and "formulario" in advice.how


def test_rule_5_critical_escalates_after_two_business_days() -> None:
    s = situation(impact=Impact.CRITICAL, follow_ups=1, last_contact=WED)
    advice = advise(s, FRI)
    assert advice.action is Action.ESCALATE
    assert "crítico" in advice.reasons[0].text


def test_rule_5_escalation_cites_a_missed_deadline() -> None:
    s = situation(follow_ups=2, last_contact=WED, deadline=TUE)
    advice = advise(s, NEXT_MON)
    assert advice.action is Action.ESCALATE
    assert "escalar#como-escalar" in sections(advice)
    assert any("venció el 3 de noviembre de 2026" in r.text for r in advice.reasons)


def test_rule_4_after_an_escalation_the_formal_complaint() -> None:
    s = situation(escalated=True, last_contact=WED)
    advice = advise(s, NEXT_MON)
    assert advice.action is Action.FORMAL_COMPLAINT
    assert advice.headline == "Presenta una reclamación formal por escrito"
    assert sections(advice)[0] == "reclamacion-formal#cuando"
    # No country yet: it asks for one instead of inventing a deadline.
    assert "reclamacion-formal#por-pais" in sections(advice)
    assert advice.legal_date is None


def test_two_follow_ups_with_phone_tried_wait_before_escalating() -> None:
    s = situation(follow_ups=2, last_contact=WED, channels_tried=frozenset(Channel))
    advice = advise(s, THU)
    assert advice.action is Action.WAIT
    assert advice.wait_until == NEXT_MON
    assert sections(advice) == ["escalar#cuando-escalar", "consejos#paciencia"]


def test_after_escalating_wait_a_few_business_days() -> None:
    advice = advise(situation(escalated=True, last_contact=WED), THU)
    assert advice.action is Action.WAIT
    assert advice.wait_until == NEXT_MON


# --- Rule 6: social media --------------------------------------------------------------

READY_FOR_SOCIAL = situation(
    escalated=True,
    follow_ups=2,
    last_contact=MON,
    channels_tried=frozenset({Channel.EMAIL, Channel.CHAT, Channel.PHONE}),
)


def test_rule_6_social_only_as_a_last_resort() -> None:
    advice = advise(READY_FOR_SOCIAL, NEXT_MON)
    assert advice.action is Action.SOCIAL
    assert advice.channel is Channel.SOCIAL
    assert sections(advice) == [
        "canales#redes-sociales",
        "canales#redes-sociales",
        "escalar#documentacion",
    ]
    assert "el correo electrónico, el chat y el teléfono" in advice.reasons[0].text
    assert "Nunca publiques el número de caso" in advice.reasons[1].text
    assert "sin el número de caso" in advice.how


def test_rule_6_needs_every_condition() -> None:
    assert advise(READY_FOR_SOCIAL, FRI).action is not Action.SOCIAL  # only 4 days
    not_escalated = dataclasses.replace(READY_FOR_SOCIAL, escalated=False)
    assert advise(not_escalated, NEXT_MON).action is Action.ESCALATE
    no_phone = dataclasses.replace(
        READY_FOR_SOCIAL,
        channels_tried=frozenset({Channel.EMAIL, Channel.CHAT, Channel.PORTAL}),
    )
    assert advise(no_phone, NEXT_MON).action is Action.FORMAL_COMPLAINT
    two_channels = dataclasses.replace(
        READY_FOR_SOCIAL, channels_tried=frozenset({Channel.PHONE, Channel.SOCIAL})
    )
    assert advise(two_channels, NEXT_MON).action is Action.FORMAL_COMPLAINT
    social_tried = dataclasses.replace(
        READY_FOR_SOCIAL, channels_tried=READY_FOR_SOCIAL.channels_tried | {Channel.SOCIAL}
    )
    assert advise(social_tried, NEXT_MON).action is Action.FORMAL_COMPLAINT
    low = dataclasses.replace(READY_FOR_SOCIAL, impact=Impact.LOW)
    assert advise(low, NEXT_MON).action is Action.FORMAL_COMPLAINT


# --- Order between rules ---------------------------------------------------------------


def test_order_too_soon_beats_everything() -> None:
    s = dataclasses.replace(READY_FOR_SOCIAL, last_contact=NEXT_MON, impact=Impact.CRITICAL)
    assert advise(s, NEXT_MON).action is Action.WAIT


def test_order_pending_deadline_beats_escalation() -> None:
    s = situation(follow_ups=3, last_contact=TUE, deadline=NEXT_WED)
    assert advise(s, NEXT_MON).action is Action.WAIT


def test_order_social_beats_escalating_again() -> None:
    assert advise(READY_FOR_SOCIAL, NEXT_MON).action is Action.SOCIAL


def test_order_escalation_beats_calling() -> None:
    s = situation(follow_ups=2, last_contact=WED, impact=Impact.CRITICAL)
    assert advise(s, NEXT_MON).action is Action.ESCALATE


def test_order_calling_beats_waiting_before_escalation() -> None:
    s = situation(follow_ups=2, last_contact=WED)
    assert advise(s, THU).action is Action.CALL


# --- Invariants ------------------------------------------------------------------------


situations = st.builds(
    Situation,
    opened=st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    last_contact=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    deadline=st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2027, 2, 1)),
    follow_ups=st.integers(0, 5),
    impact=st.sampled_from(Impact),
    channels_tried=st.frozensets(st.sampled_from(Channel)),
    escalated=st.booleans(),
    original_channel=st.none() | st.sampled_from(Channel),
)


@given(s=situations, offset=st.integers(0, 60))
def test_every_advice_explains_itself(s: Situation, offset: int) -> None:
    today = s.opened + dt.timedelta(days=offset)
    advice = advise(s, today)
    assert advice.headline
    assert advice.reasons
    assert all(r.text and r.section in SECTIONS for r in advice.reasons)
    assert advice.how
    assert "{" not in advice.headline + "".join(r.text for r in advice.reasons)
    if advice.action is Action.WAIT:
        assert advice.wait_until is not None and advice.wait_until > today
    else:
        assert advice.wait_until is None


# --- From a case file ------------------------------------------------------------------


def test_a_case_without_opening_date_has_no_situation() -> None:
    assert situation_from_case(CaseFile(id="c")) is None


def test_situation_is_read_from_the_case_file() -> None:
    case = CaseFile(
        id="c",
        channel=Channel.PORTAL,
        opened=MON,
        last_contact=THU,
        sla_amount=16,
        sla_unit=SlaUnit.HOURS,
        impact=Impact.CRITICAL,
        interactions=(
            Interaction(TUE, Channel.CHAT, InteractionKind.FOLLOW_UP),
            Interaction(WED, Channel.PHONE, InteractionKind.CONTACT),
            Interaction(THU, Channel.PORTAL, InteractionKind.ESCALATION),
        ),
    )
    assert situation_from_case(case) == Situation(
        opened=MON,
        last_contact=THU,
        deadline=WED,  # 16 business hours = 2 business days
        follow_ups=1,
        impact=Impact.CRITICAL,
        channels_tried=frozenset({Channel.PORTAL, Channel.CHAT, Channel.PHONE}),
        escalated=True,
        original_channel=Channel.PORTAL,
    )


def test_unknown_impact_counts_as_low_and_days_sla_as_business_days() -> None:
    case = CaseFile(id="c", opened=MON, sla_amount=3)
    s = situation_from_case(case)
    assert s is not None
    assert s.impact is Impact.LOW
    assert s.deadline == THU
    assert s.channels_tried == frozenset()
    assert not s.escalated


def test_a_case_without_sla_has_no_deadline() -> None:
    s = situation_from_case(CaseFile(id="c", opened=MON, channel=Channel.CHAT))
    assert s is not None
    assert s.deadline is None
    assert s.channels_tried == frozenset({Channel.CHAT})
