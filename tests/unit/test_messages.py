"""The message builder writes a courteous follow-up for every channel."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.messages import (
    Draft,
    Goal,
    compose,
    format_date_es,
    format_dates_es,
    mailto_link,
    missed_sla_sentence,
    shorten,
    subject_description,
)
from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit

TODAY = dt.date(2026, 11, 18)
FULL = CaseFile(
    id="c1",
    case_number="48213",
    company="Red Rápida",
    channel=Channel.EMAIL,
    opened=dt.date(2026, 11, 3),
    last_contact=dt.date(2026, 11, 14),
    sla_amount=5,
    summary="La conexión a internet se corta varias veces al día. Ya reinicié el router.",
    impact=Impact.CRITICAL,
    new_info="He probado con otro cable y el corte sigue igual",
    agent_name="Laura Gómez",
    evidence=("Captura del panel del router",),
    interactions=(
        Interaction(dt.date(2026, 11, 11), Channel.EMAIL, InteractionKind.FOLLOW_UP),
        Interaction(dt.date(2026, 11, 14), Channel.EMAIL, InteractionKind.FOLLOW_UP),
    ),
)
SPARSE = CaseFile(id="c2", case_number="48213")
EMPTY = CaseFile(id="c3")


def test_dates_are_written_out_in_spanish() -> None:
    assert format_date_es(dt.date(2026, 11, 3)) == "3 de noviembre de 2026"
    assert format_date_es(dt.date(2027, 1, 1)) == "1 de enero de 2027"


def test_several_dates_share_their_month_and_year() -> None:
    d = dt.date
    assert format_dates_es([d(2026, 11, 11)]) == "el 11 de noviembre de 2026"
    assert (
        format_dates_es([d(2026, 11, 11), d(2026, 11, 14)]) == "el 11 y el 14 de noviembre de 2026"
    )
    assert (
        format_dates_es([d(2026, 10, 30), d(2026, 11, 4), d(2026, 11, 6)])
        == "el 30 de octubre, el 4 y el 6 de noviembre de 2026"
    )
    assert (
        format_dates_es([d(2025, 12, 30), d(2026, 1, 5)])
        == "el 30 de diciembre de 2025 y el 5 de enero de 2026"
    )


def test_email_subject_has_number_and_short_description() -> None:
    draft = compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY)
    assert draft.subject == (
        "Seguimiento – Caso #48213 – La conexión a internet se corta varias veces"
    )
    assert not draft.public
    assert draft.private_body is None


def test_a_long_summary_gives_a_subject_of_whole_words_without_an_ellipsis() -> None:
    summary = "Desde el lunes la factura muestra un cargo duplicado que nadie sabe explicarme bien"
    description = subject_description(summary)
    assert len(description) <= 45
    assert not description.endswith("…")
    assert summary.startswith(description)
    assert summary[len(description)] == " "


def test_the_subject_takes_a_whole_clause_of_the_summary_never_the_cases_name() -> None:
    summary = "El router se apaga solo, sobre todo de noche cuando hay tormenta"
    assert subject_description(summary) == "El router se apaga solo"


def test_shorten_cuts_a_single_long_word() -> None:
    assert shorten("a" * 80, 10) == "a" * 9 + "…"
    assert shorten("corto", 10) == "corto"
    assert shorten("una dos tres", 8) == "una dos…"


@given(st.text(max_size=200))
def test_subject_description_is_short_and_never_ends_with_an_ellipsis(summary: str) -> None:
    description = subject_description(summary)
    assert len(description) <= 45
    assert not description.endswith("…")


def test_email_without_summary_has_no_trailing_dash() -> None:
    assert compose(SPARSE, Channel.EMAIL, Goal.STATUS, TODAY).subject == "Seguimiento – Caso #48213"


def test_email_greets_the_agent_or_the_team() -> None:
    assert compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY).body.startswith("Hola, Laura Gómez:")
    company = FULL.with_changes(agent_name="")
    assert compose(company, Channel.EMAIL, Goal.STATUS, TODAY).body.startswith(
        "Hola, equipo de soporte de Red Rápida:"
    )
    assert compose(SPARSE, Channel.EMAIL, Goal.STATUS, TODAY).body.startswith(
        "Hola, equipo de soporte:"
    )


def test_recap_names_the_case_its_opening_date_and_the_problem() -> None:
    body = compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY).body
    assert (
        "Escribo para dar seguimiento al caso #48213, abierto el 3 de noviembre de 2026, "
        "sobre este problema: la conexión a internet se corta varias veces al día. "
        "Ya reinicié el router.\n"
    ) in body


def test_recap_keeps_acronyms_capitalised() -> None:
    case = SPARSE.with_changes(summary="ADSL sin sincronizar")
    assert (
        "sobre este problema: ADSL sin sincronizar."
        in compose(case, Channel.EMAIL, Goal.STATUS, TODAY).body
    )


@pytest.mark.parametrize(
    ("goal", "sentence"),
    [
        (Goal.STATUS, "en qué estado se encuentra el caso"),
        (Goal.ESTIMATE, "fecha estimada de resolución"),
        (Goal.NEXT_STEPS, "cuáles son los siguientes pasos"),
        (Goal.MORE_INFO, "necesitan alguna información adicional de mi parte"),
    ],
)
def test_each_goal_has_its_own_sentence(goal: Goal, sentence: str) -> None:
    for channel in (Channel.EMAIL, Channel.PORTAL):
        assert sentence in compose(SPARSE, channel, goal, TODAY).body


def test_new_information_impact_evidence_and_signature_appear() -> None:
    body = compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY).body
    assert "Desde mi último mensaje, he probado con otro cable y el corte sigue igual." in body
    assert "me está afectando seriamente" in body
    assert "- Captura del panel del router" in body
    assert "estoy a su disposición" in body
    assert body.endswith(
        "Gracias por su atención a este asunto. Quedo a la espera de su respuesta."
        "\n\nSaludos cordiales,\n[Nombre y apellidos]"
    )


def test_impact_sentence_only_when_critical() -> None:
    mild = FULL.with_changes(impact=Impact.AFFECTS_ME)
    assert "seriamente" not in compose(mild, Channel.EMAIL, Goal.STATUS, TODAY).body


def test_sparse_case_has_neutral_wording() -> None:
    for channel in Channel:
        for goal in Goal:
            for escalate in (False, True):
                draft = compose(SPARSE, channel, goal, TODAY, escalate=escalate)
                text = " ".join(t for t in (draft.subject, draft.body, draft.private_body) if t)
                assert "None" not in text
                assert "[]" not in text
                assert "abierto el" not in text
                assert " ." not in text and ",." not in text


def test_missing_case_number_shows_a_visible_placeholder() -> None:
    draft = compose(EMPTY, Channel.EMAIL, Goal.STATUS, TODAY)
    assert draft.subject == "Seguimiento – Caso [número de caso]"
    assert "al caso [número de caso]." in draft.body
    phone = compose(EMPTY, Channel.PHONE, Goal.STATUS, TODAY).body
    assert "llamo por el caso número [número de caso]." in phone


def test_portal_message_is_the_email_body_without_subject() -> None:
    email = compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY)
    portal = compose(FULL, Channel.PORTAL, Goal.STATUS, TODAY)
    assert portal.subject is None
    assert portal.body == email.body


def test_chat_opens_with_the_case_number() -> None:
    body = compose(FULL, Channel.CHAT, Goal.ESTIMATE, TODAY).body
    first = body.splitlines()[0]
    assert first == "Hola, escribo por el caso #48213, abierto el 3 de noviembre de 2026."
    assert "¿Podrían darme una fecha estimada de resolución" in body
    assert len(body.splitlines()) <= 6


def test_phone_script_has_three_headed_parts() -> None:
    body = compose(FULL, Channel.PHONE, Goal.NEXT_STEPS, TODAY).body
    say, ask, note = body.split("\n\n")
    assert say.startswith("1. Lo primero que dices\n«Hola, llamo por el caso número 48213.")
    assert "por este problema: la conexión a internet" in say
    assert ask.startswith("2. Qué preguntas\n- ¿Cuál es el siguiente paso")
    assert "constancia de esta llamada" in ask
    assert note.startswith("3. Qué anotas\n")
    for thing in ("Nombre", "Fecha y hora", "Qué promete", "Nuevo plazo", "Referencia"):
        assert thing in note


def test_phone_script_without_summary_still_mentions_the_opening_date() -> None:
    body = compose(
        SPARSE.with_changes(opened=dt.date(2026, 11, 3)), Channel.PHONE, Goal.STATUS, TODAY
    ).body
    assert "«Lo abrí el 3 de noviembre de 2026.»" in body
    body = compose(SPARSE.with_changes(summary="Sin línea"), Channel.PHONE, Goal.STATUS, TODAY).body
    assert "«Es por este problema: sin línea.»" in body


def test_public_post_never_shows_case_number_or_details() -> None:
    draft = compose(FULL, Channel.SOCIAL, Goal.STATUS, TODAY)
    assert draft.public
    assert "48213" not in draft.body
    assert "conexión" not in draft.body and "router" not in draft.body
    assert "Laura" not in draft.body
    assert "mensaje privado" in draft.body
    assert draft.private_body is not None
    assert "#48213" in draft.private_body


def test_public_post_drops_a_company_field_that_looks_like_data() -> None:
    for company in ("Soporte 48213", "ayuda@red.es", "Red 900 100 200"):
        body = compose(FULL.with_changes(company=company), Channel.SOCIAL, Goal.STATUS, TODAY).body
        assert body.startswith("Hola. Tengo un caso")


def test_public_escalation_post_mentions_earlier_follow_ups_only_vaguely() -> None:
    draft = compose(FULL, Channel.SOCIAL, Goal.STATUS, TODAY, escalate=True)
    assert "varios seguimientos" in draft.body
    assert not re.search(r"\d", draft.body)


case_numbers = st.from_regex(r"[A-Z]{0,3}-?[0-9]{3,10}", fullmatch=True)


@given(number=case_numbers, company=st.text(max_size=30), summary=st.text(max_size=80))
def test_public_post_never_contains_any_case_number(
    number: str, company: str, summary: str
) -> None:
    case = FULL.with_changes(case_number=number, company=company, summary=summary)
    for escalate in (False, True):
        draft = compose(case, Channel.SOCIAL, Goal.STATUS, TODAY, escalate=escalate)
        assert number not in draft.body


def test_escalation_email_cites_missed_sla_and_earlier_follow_ups() -> None:
    draft = compose(FULL, Channel.EMAIL, Goal.STATUS, TODAY, escalate=True)
    assert draft.escalation
    assert draft.subject is not None
    assert draft.subject.startswith("Solicitud de escalado – Caso #48213 – ")
    assert "supervisor o a un nivel de soporte superior" in draft.body
    assert (
        "El plazo de respuesta que se me indicó (5 días hábiles) venció el 10 de noviembre de 2026."
        in draft.body
    )
    assert "Ya solicité una actualización el 11 y el 14 de noviembre de 2026." in draft.body
    assert "en qué estado se encuentra" not in draft.body


def test_escalation_on_every_channel_asks_for_a_supervisor() -> None:
    for channel in Channel:
        draft = compose(FULL, channel, Goal.STATUS, TODAY, escalate=True)
        text = draft.private_body if draft.public else draft.body
        assert text is not None and "supervisor" in text
        assert draft.escalation


def test_sla_not_yet_missed_is_not_cited() -> None:
    assert missed_sla_sentence(FULL, dt.date(2026, 11, 10)) is None
    assert missed_sla_sentence(FULL, dt.date(2026, 11, 11)) is not None
    assert missed_sla_sentence(FULL.with_changes(sla_amount=None), TODAY) is None
    assert missed_sla_sentence(FULL.with_changes(opened=None), TODAY) is None


def test_sla_in_hours_is_rounded_up_to_business_days() -> None:
    hours = FULL.with_changes(sla_amount=24, sla_unit=SlaUnit.HOURS)
    assert missed_sla_sentence(hours, TODAY) == (
        "El plazo de respuesta que se me indicó (24 horas hábiles) venció el 6 de noviembre "
        "de 2026."
    )
    one = FULL.with_changes(sla_amount=1, sla_unit=SlaUnit.DAYS)
    assert missed_sla_sentence(one, TODAY) == (
        "El plazo de respuesta que se me indicó (1 día hábil) venció el 4 de noviembre de 2026."
    )


def test_escalation_without_sla_or_follow_ups_has_no_empty_paragraph() -> None:
    body = compose(SPARSE, Channel.EMAIL, Goal.STATUS, TODAY, escalate=True).body
    assert "\n\n\n" not in body
    assert "plazo" not in body


def test_mailto_link_encodes_subject_and_crlf_body() -> None:
    draft = Draft(Channel.EMAIL, "Seguimiento – Caso #1 & más", "Hola:\nLínea 2", public=False)
    link = mailto_link(draft, "soporte@empresa.es")
    assert link.startswith("mailto:soporte@empresa.es?subject=")
    assert "%0D%0A" in link
    assert " " not in link and "\n" not in link
    query = parse_qs(urlsplit(link).query)
    assert query["subject"] == ["Seguimiento – Caso #1 & más"]
    assert query["body"] == ["Hola:\r\nLínea 2"]


def test_mailto_link_without_subject_or_recipient() -> None:
    draft = compose(FULL, Channel.CHAT, Goal.STATUS, TODAY)
    link = mailto_link(draft)
    assert link.startswith("mailto:?body=")
    assert unquote(link.split("body=")[1]).startswith("Hola, escribo por el caso #48213")


def test_new_information_keeps_its_own_final_punctuation() -> None:
    case = SPARSE.with_changes(new_info="El corte ya dura tres días.")
    body = compose(case, Channel.CHAT, Goal.STATUS, TODAY).body
    assert "Desde mi último mensaje, el corte ya dura tres días.\n" in body


def test_a_shortened_subject_does_not_end_on_a_little_word() -> None:
    summary = "La conexión a internet se corta varias veces al día desde que cambiaron el router"
    assert subject_description(summary) == "La conexión a internet se corta varias veces"
