"""Letters a lawyer would sign: every fact the reader gave, their identity under their
country's name for it, the country's words, and one company deadline everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from followup import escalation, export, labels, ladder, messages, render, vocabulary
from followup.messages import Goal, MessageKind, compose, compose_kind
from followup.messages import format_date_es as format_date
from followup.model import (
    OTHER_COUNTRY,
    CaseFile,
    CaseSector,
    Channel,
    CompanySize,
    ComplaintChannel,
    Interaction,
    InteractionKind,
    SituationKind,
)
from followup.render import BuilderPrefs, View
from followup.storage import CaseLog

TODAY = dt.date(2026, 12, 1)
LETTER = BuilderPrefs(kind=MessageKind.COMPLAINT)
CUT = CaseFile(
    id="co",
    title="Internet casa",
    case_number="PQR-771204",
    company="Conexión Andina",
    channel=Channel.CHAT,
    opened=dt.date(2026, 11, 21),
    summary=(
        "Desde el 21 de noviembre no tengo internet en casa. El técnico debía venir el 24 de "
        "noviembre. El técnico nunca vino."
    ),
    new_info="trabajo desde casa y llevo diez días sin poder conectarme",
    interactions=(
        Interaction(
            dt.date(2026, 11, 21),
            Channel.CHAT,
            InteractionKind.CONTACT,
            "",
            "Radiqué la PQR por el chat. Me dieron una visita técnica para el 24.",
        ),
        Interaction(
            dt.date(2026, 11, 25),
            Channel.PHONE,
            InteractionKind.CONTACT,
            "Andrés",
            "Dicen que reprograman la visita. No dan fecha.",
        ),
    ),
    country="CO",
    sector=CaseSector.TELECOM,
    situation=SituationKind.SERVICE_CUT,
    signer_name="Juan Pablo Gómez",
    reader_id="1.020.304.050",
    reader_address="Calle 45 # 13-20, Bogotá",
    customer_number="Cuenta 8800123",
)
FILED = CUT.with_changes(
    complaint_date=dt.date(2026, 11, 21),
    complaint_channel=ComplaintChannel.CHAT,
    complaint_ref="4350-26-0012345678",
)


def complaint(case: CaseFile, goal: Goal = Goal.STATUS, today: dt.date = TODAY) -> str:
    draft = messages.complaint_letter(case, goal, today)
    return f"{draft.subject}\n{draft.body}"


def chronology(case: CaseFile, today: dt.date = TODAY) -> str:
    return messages.chronology(case, Goal.STATUS, today, render.place_text(case)).body


# --- 1. no fact is lost --------------------------------------------------------------------


def test_the_whole_summary_reaches_every_letter_but_the_chat_keeps_one_short_line() -> None:
    for text in (
        complaint(CUT),
        chronology(CUT),
        compose(CUT, Channel.EMAIL, Goal.STATUS, TODAY).body,
        compose(CUT, Channel.PORTAL, Goal.STATUS, TODAY, escalate=True).body,
        compose(CUT, Channel.PHONE, Goal.STATUS, TODAY).body,
        messages.ask_number(CUT).body,
    ):
        assert "El técnico nunca vino." in text
    chat = compose(CUT, Channel.CHAT, Goal.STATUS, TODAY).body
    assert "nunca vino" not in chat
    assert "Se trata de este problema: desde el 21 de noviembre no tengo internet en casa." in chat
    subject = compose(CUT, Channel.EMAIL, Goal.STATUS, TODAY).subject
    # The first sentence does not fit a subject: what happened, in the company's words.
    assert subject == "Seguimiento – Caso #PQR-771204 – Servicio interrumpido"
    assert compose(CUT.with_changes(situation=None), Channel.EMAIL, Goal.STATUS, TODAY).subject == (
        "Seguimiento – Caso #PQR-771204 – Desde el 21 de noviembre no tengo internet"
    )


def test_the_news_since_the_last_contact_reach_the_formal_letter_and_the_chronology() -> None:
    news = "trabajo desde casa y llevo diez días sin poder conectarme."
    assert f"Desde mi último contacto con ustedes, {news}" in complaint(CUT)
    assert f"Desde el último contacto con la empresa, {news}" in chronology(CUT)


def test_every_timeline_entry_reaches_the_letter_whole_and_in_date_order() -> None:
    letter = complaint(FILED)
    assert (
        "El 21 de noviembre de 2026 tuve contacto con ustedes por chat: radiqué la PQR por el "
        "chat. Me dieron una visita técnica para el 24."
    ) in letter
    assert (
        "El 25 de noviembre de 2026 tuve contacto con ustedes por teléfono (me atendió "
        "Andrés): dicen que reprograman la visita. No dan fecha."
    ) in letter
    lines = chronology(FILED).split("\n\n")[1].split("\n")
    dated = [line[:10] for line in lines if line[:2].isdigit()]
    days = [dt.datetime.strptime(d, "%d/%m/%Y").date() for d in dated]
    assert days == sorted(days) and len(days) >= 4
    assert "25/11/2026: contacto con la empresa por teléfono (me atendió Andrés): dicen" in (
        "\n".join(lines)
    )


def test_a_summary_without_an_opening_date_is_still_a_fact() -> None:
    letter = complaint(CUT.with_changes(opened=None, interactions=()))
    assert "1. El problema es este: desde el 21 de noviembre no tengo internet" in letter


def test_the_readers_own_final_punctuation_is_kept() -> None:
    case = CUT.with_changes(summary="¿Por qué me cobran dos veces?")
    assert "comunicarles este problema: ¿por qué me cobran dos veces?\n" in complaint(case)
    assert "dos veces?." not in complaint(case)


# --- 2. the reader's identity and the country's words ---------------------------------------

ID_NAMES = {
    "ES": "DNI/NIE",
    "MX": "INE o CURP",
    "AR": "DNI",
    "CO": "Cédula de ciudadanía",
    "CL": "RUT",
    "PE": "DNI",
    "UY": "Cédula de identidad",
    "EC": "Cédula",
}


@pytest.mark.parametrize(("code", "name"), sorted(ID_NAMES.items()))
def test_the_readers_id_goes_under_the_countrys_name_in_the_header_and_the_signature(
    code: str, name: str
) -> None:
    letter = messages.complaint_letter(CUT.with_changes(country=code), Goal.STATUS, TODAY).body
    header, *_, signature = letter.split("\n\n")
    assert header == (
        f"Juan Pablo Gómez\n{name}: 1.020.304.050\nCalle 45 # 13-20, Bogotá\n"
        "Número de cliente o contrato: Cuenta 8800123"
    )
    assert signature == f"Atentamente,\nJuan Pablo Gómez\n{name}: 1.020.304.050"


def test_a_missing_id_is_a_placeholder_to_fill_except_where_none_is_asked_for() -> None:
    blank = CUT.with_changes(signer_name="", reader_id="", reader_address="", customer_number="")
    letter = messages.complaint_letter(blank, Goal.STATUS, TODAY).body
    assert letter.startswith("Al servicio de atención al cliente de Conexión Andina:")
    assert letter.endswith("Atentamente,\n[Nombre y apellidos]\n[cédula de ciudadanía]")
    found = [f.excerpt for f in render.placeholders(letter)]
    assert found == ["[Nombre y apellidos]", "[cédula de ciudadanía]"]
    us = messages.complaint_letter(blank.with_changes(country="US"), Goal.STATUS, TODAY).body
    assert us.endswith("Atentamente,\n[Nombre y apellidos]")
    given = messages.complaint_letter(CUT.with_changes(country="US"), Goal.STATUS, TODAY).body
    assert "Número de identificación: 1.020.304.050" in given


@pytest.mark.parametrize(
    ("code", "sector", "subject", "intro"),
    [
        ("ES", CaseSector.OTHER, "Reclamación formal", "presento una reclamación formal"),
        ("MX", CaseSector.OTHER, "Reclamación formal", "presento una reclamación formal"),
        ("AR", CaseSector.OTHER, "Reclamo formal", "presento un reclamo formal"),
        ("CL", CaseSector.OTHER, "Reclamo formal", "presento un reclamo formal"),
        ("PE", CaseSector.OTHER, "Reclamo formal", "presento un reclamo formal"),
        ("UY", CaseSector.OTHER, "Reclamo formal", "presento un reclamo formal"),
        ("CO", CaseSector.TELECOM, "Reclamo (PQR)", "presento un reclamo (PQR)"),
        ("US", CaseSector.FINANCE, "Queja formal", "presento una queja formal"),
    ],
)
def test_the_complaint_is_called_what_the_country_calls_it(
    code: str, sector: CaseSector, subject: str, intro: str
) -> None:
    draft = messages.complaint_letter(
        CUT.with_changes(country=code, sector=sector), Goal.STATUS, TODAY
    )
    assert draft.subject is not None and draft.subject.startswith(f"{subject} – Caso #PQR-771204")
    assert f"Por medio de este escrito {intro} sobre el caso" in draft.body


def test_colombian_telecom_asks_for_the_cun_and_then_cites_it() -> None:
    asked = complaint(CUT)
    assert "con el código único numérico (CUN) que le asignen." in asked
    cited = complaint(FILED)
    assert (
        "El 21 de noviembre de 2026 presenté un reclamo (PQR) por chat, con el código único "
        "numérico (CUN) 4350-26-0012345678."
    ) in cited
    assert "Que me respondan por escrito, citando el código único numérico (CUN) 4350-26" in cited
    assert "(CUN 4350-26-0012345678)" in chronology(FILED)
    field = BeautifulSoup(
        render.render("caselog", View(log=CaseLog((FILED,), "co"), today=TODAY)), "html.parser"
    ).select_one("#stc-caselog-complaint_ref-hint")
    assert field is not None and "CUN" in field.get_text()


def test_mexico_goes_to_profeco_with_a_queja_and_counts_a_folio() -> None:
    case = CUT.with_changes(country="MX", sector=CaseSector.TELECOM, reader_id="LOHM850312")
    letter = complaint(case)
    authority = "Procuraduría Federal del Consumidor (PROFECO)"
    assert f"presentaré una queja ante la autoridad competente: {authority}" in letter
    assert "con el folio que le asignen" in letter
    assert "INE o CURP: LOHM850312" in letter


def test_spain_names_its_clave_and_hoja_de_reclamaciones() -> None:
    case = FILED.with_changes(
        country="ES",
        sector=CaseSector.OTHER,
        complaint_channel=ComplaintChannel.BOOK,
        complaint_ref="H-1",
    )
    letter = complaint(case)
    assert "reitero la reclamación que presenté el 21 de noviembre de 2026 en su hoja de" in letter
    assert "con la clave identificativa H-1" in letter
    assert "en la hoja de reclamaciones (clave identificativa H-1)" in chronology(case)


def test_peru_asks_for_the_libro_de_reclamaciones_unless_the_reclamo_is_in_it() -> None:
    case = CUT.with_changes(country="PE", sector=CaseSector.OTHER)
    letter = complaint(case)
    assert "- Que me respondan por escrito.\n- Que registren este reclamo en su Libro de" in letter
    booked = case.with_changes(
        complaint_date=dt.date(2026, 11, 21), complaint_channel=ComplaintChannel.BOOK
    )
    assert "Que registren" not in complaint(booked)
    assert "en su Libro de Reclamaciones" in complaint(booked)
    telecom = complaint(case.with_changes(sector=CaseSector.TELECOM))
    assert "Libro de Reclamaciones" not in telecom and "código de pedido" in telecom


def test_the_vocabulary_falls_back_to_neutral_words_for_another_country() -> None:
    for code in ("", OTHER_COUNTRY, "ZZ"):
        words = vocabulary.words(code)
        assert words == vocabulary.DEFAULT
    assert vocabulary.words("co", CaseSector.TELECOM).ref_short == "CUN"
    assert vocabulary.words("CO").ref_short == "número de radicado"


def test_the_identity_fields_are_labelled_with_the_countrys_id_name() -> None:
    def label(case: CaseFile, tool: str) -> str:
        view = View(log=CaseLog((case,), case.id), today=TODAY, builder=LETTER)
        doc = BeautifulSoup(render.render(tool, view), "html.parser")
        found = doc.select_one(f'label[for="stc-{tool}-reader_id"]')
        assert found is not None
        return found.get_text()

    for tool in ("builder", "caselog"):
        assert label(CUT, tool) == "Tu cédula de ciudadanía"
        assert label(CUT.with_changes(country="CL"), tool) == "Tu RUT"
        assert label(CUT.with_changes(country=""), tool) == "Tu documento de identidad"


# --- 3. a reply date where the law sets none ------------------------------------------------

CHILE = CaseFile(
    id="cl",
    case_number="P-1",
    company="Tienda Austral",
    opened=dt.date(2026, 11, 6),
    summary="El pedido no llegó.",
    country="CL",
    sector=CaseSector.OTHER,
    situation=SituationKind.ORDER,
)


def test_where_the_law_sets_no_deadline_the_letter_cites_the_readers_date() -> None:
    assert ladder.company_step(CHILE, TODAY).deadline is None  # type: ignore[union-attr]
    assert "Les ruego que me respondan en el menor plazo posible." in complaint(CHILE)
    dated = CHILE.with_changes(reply_by=dt.date(2026, 12, 16))
    assert "Les ruego que me respondan antes del 16 de diciembre de 2026." in complaint(dated)
    assert "menor plazo posible" not in complaint(dated)


def test_a_reply_date_already_past_is_never_asked_of_a_complaint_not_yet_sent() -> None:
    stale = CHILE.with_changes(reply_by=dt.date(2026, 11, 30))
    assert "Les ruego que me respondan en el menor plazo posible." in complaint(stale)


def test_once_filed_the_readers_date_is_the_companys_deadline_everywhere() -> None:
    filed = CHILE.with_changes(
        complaint_date=dt.date(2026, 12, 1),
        complaint_channel=ComplaintChannel.EMAIL,
        reply_by=dt.date(2026, 12, 16),
    )
    assert "Les ruego que me respondan antes del 16 de diciembre de 2026." in complaint(filed)
    assert "16/12/2026: vence la fecha que di a la empresa para responder." in chronology(filed)
    later = dt.date(2026, 12, 20)
    assert "Les pedí que me respondieran antes del 16 de diciembre de 2026" in complaint(
        filed, today=later
    )
    assert "16/12/2026: pasó la fecha que di a la empresa para responder." in chronology(
        filed, later
    )
    view = View(log=CaseLog((filed,), "cl"), today=TODAY)
    dossier = BeautifulSoup(render.dossier_html(view), "html.parser").get_text(" ")
    assert (
        "Fecha de respuesta pedida a la empresa: hasta el 16 de diciembre de 2026 — pendiente."
    ) in dossier
    found = ladder.next_legal_date(filed, TODAY)
    assert found is not None and found.day == dt.date(2026, 12, 16)


def test_the_suggested_reply_date_is_ten_business_days_after_the_complaint_or_today() -> None:
    # 1 December 2026 + 10 business days, skipping Chile's 8 December.
    assert escalation.suggested_reply_by(CHILE, TODAY) == dt.date(2026, 12, 16)
    filed = CHILE.with_changes(complaint_date=dt.date(2026, 11, 20))
    assert escalation.suggested_reply_by(filed, TODAY) == dt.date(2026, 12, 4)


def test_the_reply_date_is_asked_only_where_the_law_sets_the_company_none() -> None:
    assert messages.needs_reply_by(CHILE, TODAY)
    assert messages.needs_reply_by(CHILE.with_changes(country=OTHER_COUNTRY), TODAY)
    assert not messages.needs_reply_by(CHILE.with_changes(country=""), TODAY)
    assert not messages.needs_reply_by(CUT, TODAY)  # Colombia: 15 días hábiles


def builder(case: CaseFile) -> BeautifulSoup:
    view = View(log=CaseLog((case,), case.id), today=TODAY, builder=LETTER)
    return BeautifulSoup(render.render("builder", view), "html.parser")


def test_the_builder_offers_the_suggested_date_with_one_click() -> None:
    case = CHILE
    doc = builder(case)
    assert doc.select_one("#stc-builder-reply_by") is not None
    button = doc.select_one('[data-region="reply-by-suggestion"] button')
    assert button is not None and button.get_text() == "Usar el 16 de diciembre de 2026"
    assert button["data-value"] == "2026-12-16"
    chosen = case.with_changes(reply_by=dt.date(2026, 12, 18))
    assert builder(chosen).select('[data-region="reply-by-suggestion"] button') == []
    assert builder(CUT).select_one("#stc-builder-reply_by") is None


# --- one company deadline everywhere ------------------------------------------------------

MADRID = CaseFile(
    id="es",
    case_number="INC-1",
    company="Eléctrica Centro",
    opened=dt.date(2026, 11, 24),
    summary="Me cobraron dos veces la factura de octubre.",
    country="ES",
    region="MD",
    sector=CaseSector.UTILITIES,
    situation=SituationKind.WRONG_BILL,
    company_size=CompanySize.LARGE,
    complaint_date=dt.date(2026, 11, 24),
    complaint_channel=ComplaintChannel.PHONE,
    complaint_ref="RCL-448812",
)


def test_spains_five_days_for_a_bill_are_the_same_in_the_letter_chronology_log_and_calendar() -> (
    None
):
    day = dt.date(2026, 11, 29)  # 5 días from 24 November
    letter = complaint(MADRID, today=dt.date(2026, 11, 25))
    assert (
        "Les recuerdo que la Ley 10/2025 de servicios de atención a la clientela les da 5 días "
        "desde esta reclamación, es decir, hasta el 29 de noviembre de 2026."
    ) in letter
    assert "15 días hábiles" not in letter
    today = dt.date(2026, 11, 25)
    assert "29/11/2026: vence el plazo legal de la empresa para responder (5 días)." in (
        chronology(MADRID, today)
    )
    view = View(log=CaseLog((MADRID,), "es"), today=today)
    dossier = BeautifulSoup(render.dossier_html(view), "html.parser").get_text(" ")
    assert "Plazo legal de la empresa (5 días): hasta el 29 de noviembre de 2026" in dossier
    found = ladder.next_legal_date(MADRID, today)
    assert found is not None and found.day == day
    ics = export.legal_ics(MADRID, dt.datetime(2026, 11, 25, tzinfo=dt.UTC), found.day, "x")
    assert "DTSTART;VALUE=DATE:20261129" in ics


# --- 6. the complaint's channel, and the nickname that stays home --------------------------


@pytest.mark.parametrize(
    ("channel", "letter", "about"),
    [
        (ComplaintChannel.PHONE, "confirmo la reclamación que presenté", " por teléfono"),
        (ComplaintChannel.CHAT, "confirmo la reclamación que presenté", " por el chat de la"),
        (ComplaintChannel.IN_PERSON, "confirmo la reclamación que presenté", " en persona"),
        (ComplaintChannel.EMAIL, "reitero la reclamación que presenté", " por correo"),
        (ComplaintChannel.FORM, "reitero la reclamación que presenté", " en el formulario web"),
        (ComplaintChannel.LETTER, "reitero la reclamación que presenté", " por carta"),
    ],
)
def test_the_wording_follows_the_channel_the_complaint_was_made_by(
    channel: ComplaintChannel, letter: str, about: str
) -> None:
    case = MADRID.with_changes(complaint_channel=channel)
    text = complaint(case, today=dt.date(2026, 11, 25))
    assert f"Por medio de este escrito {letter} el 24 de noviembre de 2026" in text
    assert f"24/11/2026: presenté una reclamación formal{about}" in chronology(case)
    view = View(log=CaseLog((case,), "es"), today=TODAY)
    dossier = BeautifulSoup(render.dossier_html(view), "html.parser").get_text(" ")
    assert f"presentada el 24 de noviembre de 2026{about}" in dossier
    assert "clave identificativa RCL-448812" in dossier
    for said in (text, chronology(case), dossier):
        if channel in (ComplaintChannel.PHONE, ComplaintChannel.CHAT, ComplaintChannel.IN_PERSON):
            assert "por escrito" not in said.replace("Que me respondan por escrito", "")


def test_the_cases_nickname_never_leaves_the_browser() -> None:
    for kind in MessageKind:
        for channel in Channel:
            for escalate in (False, True):
                draft = compose_kind(CUT, kind, channel, Goal.STATUS, TODAY, escalate=escalate)
                text = " ".join(t for t in (draft.subject, draft.body, draft.private_body) if t)
                assert "Internet casa" not in text
    view = View(log=CaseLog((CUT,), "co"), today=TODAY)
    dossier = BeautifulSoup(render.dossier_html(view), "html.parser")
    title = dossier.select_one("h3")
    assert title is not None
    assert title.get_text() == "Expediente del caso #PQR-771204 con Conexión Andina"
    assert "Internet casa" not in dossier.get_text()
    assert labels.dossier_title("", "") == "Expediente del caso"


def test_the_dossier_lists_who_complains_and_the_news() -> None:
    view = View(log=CaseLog((FILED,), "co"), today=TODAY)
    text = BeautifulSoup(render.dossier_html(view), "html.parser").get_text(" ")
    for expected in (
        "Nombre Juan Pablo Gómez",
        "Número de cliente o contrato Cuenta 8800123",
        "Novedades desde el último contacto trabajo desde casa",
        "presentada el 21 de noviembre de 2026 por el chat de la empresa, CUN 4350-26",
        "Documento de identidad 1.020.304.050 (cédula de ciudadanía)",
    ):
        assert expected in text


def test_a_colombian_operator_is_reminded_that_its_silence_grants_the_claim() -> None:
    pending = complaint(FILED)
    assert (
        "hasta el 14 de diciembre de 2026. Si no responden dentro de ese plazo, operará a mi "
        "favor el silencio administrativo positivo."
    ) in pending
    late = complaint(FILED, today=dt.date(2026, 12, 20))
    assert "Como no respondieron dentro de ese plazo, opera a mi favor el silencio" in late
    shop = complaint(FILED.with_changes(sector=CaseSector.OTHER))
    assert "silencio" not in shop  # a shop's silence grants nothing


def test_what_happened_adds_what_a_lawyer_would_ask_for() -> None:
    def requests(situation: SituationKind) -> str:
        letter = complaint(CUT.with_changes(situation=situation))
        return letter.split("Solicito:\n", 1)[1].split("\n\n", 1)[0]

    assert "- Que restablezcan el servicio cuanto antes" in requests(SituationKind.SERVICE_CUT)
    assert "- Que me envíen la factura corregida." in requests(SituationKind.WRONG_BILL)
    assert "con efecto desde la fecha en que la pedí" in requests(SituationKind.CANCELLATION)
    assert "intereses ni comisiones" in requests(SituationKind.UNAUTHORISED_CHARGE)
    assert requests(SituationKind.ORDER).count("\n- ") == 1  # the goal and the answer only


def test_a_situations_own_deadline_says_when_not_what_is_due() -> None:
    chile = CaseFile(
        id="cl",
        company="Banco Austral",
        country="CL",
        sector=CaseSector.FINANCE,
        situation=SituationKind.UNAUTHORISED_CHARGE,
    )
    step = ladder.company_step(chile, TODAY)
    assert step is not None and step.rule is not None and step.deadline is not None
    due = format_date(step.due)
    assert (
        f"Les recuerdo que la normativa aplicable les da {step.deadline.words('corridos')} "
        f"desde este reclamo, es decir, hasta el {due}."
    ) in complaint(chile)


def test_a_subject_never_stops_on_a_word_that_leaves_it_hanging() -> None:
    summary = "En la factura de septiembre me cobraron dos veces el mismo consumo: 84 €"
    assert messages.subject_description(summary) == "En la factura de septiembre me cobraron"
