"""The fourteen countries added in December 2026 reach the tools through `followup.legal`:
they are offered in «País», the wizard sends a silent case to each country's own body, and
every section the advice links exists on the country's page."""

from __future__ import annotations

import datetime as dt

from followup import escalation, labels, ladder, legal, texts
from followup.escalation import Action, Situation, advise
from followup.model import CaseFile, CaseSector, Channel, Impact, SituationKind

TODAY = dt.date(2026, 12, 30)
FILED = dt.date(2026, 9, 1)


def silent(code: str, sector: legal.Sector, what: SituationKind | None = None) -> Situation:
    return Situation(
        opened=dt.date(2026, 8, 3),
        last_contact=dt.date(2026, 8, 20),
        deadline=None,
        follow_ups=2,
        impact=Impact.AFFECTS_ME,
        channels_tried=frozenset({Channel.PHONE, Channel.EMAIL}),
        original_channel=Channel.EMAIL,
        country=code,
        sector=sector,
        what=what,
        complaint_date=FILED,
    )


def test_every_country_is_offered_in_the_country_choice() -> None:
    offered = dict(labels.COUNTRY_CHOICES)
    for code, country in legal.COUNTRIES.items():
        assert offered[code] == country.name
    names = [name for code, name in labels.COUNTRY_CHOICES if code in legal.COUNTRIES]
    assert names == sorted(names)
    assert {"Estados Unidos", "Puerto Rico", "República Dominicana", "Panamá"} <= set(names)


def test_a_silent_us_card_issuer_sends_the_reader_to_the_cfpb() -> None:
    advice = advise(silent("US", legal.Sector.BANKING, SituationKind.UNAUTHORISED_CHARGE), TODAY)
    assert advice.action is Action.AUTHORITY
    assert advice.headline == texts.ADVICE_HEADLINES["authority"].format(
        body="Consumer Financial Protection Bureau (CFPB)"
    )
    assert advice.portal is not None and advice.portal.url.startswith("https://www.consumerfinance")
    sections = {r.section for r in advice.reasons}
    assert "paises/estados-unidos#sectores" in sections


def test_a_silent_shop_in_the_united_states_goes_to_the_states_consumer_office() -> None:
    advice = advise(silent("US", legal.Sector.GENERAL), TODAY)
    assert advice.action is Action.AUTHORITY
    assert "Oficina de protección al consumidor del estado" in advice.headline


def test_a_silent_shop_in_puerto_rico_goes_to_the_daco() -> None:
    advice = advise(silent("PR", legal.Sector.GENERAL), TODAY)
    assert advice.action is Action.AUTHORITY
    assert "Departamento de Asuntos del Consumidor (DACO)" in advice.headline
    assert advice.portal is not None and advice.portal.url == "https://www.daco.pr.gov/"


def test_every_country_sector_route_links_a_section_of_its_own_page() -> None:
    for code, country in legal.COUNTRIES.items():
        for part in ("empresa", "autoridad", "sectores"):
            assert escalation.country_section(country, part) == f"paises/{country.slug}#{part}"
        for sector in legal.Sector:
            advice = advise(silent(code, sector), TODAY)
            for reason in advice.reasons:
                assert reason.section in escalation.SECTIONS, (code, sector, reason.section)


def test_a_guatemalan_case_counts_the_libro_de_quejas_eight_business_days() -> None:
    case = CaseFile(
        id="gt",
        country="GT",
        sector=CaseSector.OTHER,
        complaint_date=dt.date(2026, 10, 15),
    )
    step = ladder.company_step(case, dt.date(2026, 10, 16))
    assert step is not None and step.rung is not None
    assert step.rung.key == "libro-de-quejas" and step.due == dt.date(2026, 10, 28)
    assert ladder.skipped_sentence(case, case.complaint_date, step.due) == (  # type: ignore[arg-type]
        "No contamos: 20 de octubre · feriados nacionales de Guatemala 2026"
    )


def test_every_country_has_its_own_words_for_a_letter() -> None:
    from followup import vocabulary

    assert set(legal.COUNTRIES) <= set(vocabulary.COUNTRIES)
    assert vocabulary.words("GT").complaint_title == "Queja formal"
    assert vocabulary.words("GT").book.the == "el Libro de Quejas"
    assert vocabulary.words("DO").id_name == "cédula de identidad y electoral"
    assert vocabulary.words("SV").ref.word == "número de gestión"
    assert vocabulary.words("PA").authority_action == "presentaré una queja ante"
    assert vocabulary.words("PA", CaseSector.FINANCE).authority_action == (
        "presentaré un reclamo ante"
    )
    # No national ID in the US or Puerto Rico: a letter asks for none (never the SSN).
    assert vocabulary.words("US").id_name == vocabulary.words("PR").id_name == ""
