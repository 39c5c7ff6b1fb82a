"""What each country's law adds to a situation: every rule dated, sourced, never a wrong number.

The rules live in `followup.situation_rules`, one module per country. A wrong legal deadline
is worse than none, so these tests hold every rule to the publishing rule (status, https
sources, the month it was checked, no number when UNCERTAIN), check that the rungs a rule
names exist and fit (its deadline replaces a company rung of its sectors; the route for a
silent company never needs the company's answer) and count one deadline per country by hand.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from followup import ladder, legal, situation_rules, situations
from followup.dates import national_holidays
from followup.model import CaseFile, CaseSector, CompanySize, SituationKind

D = dt.date
RULES = situation_rules.RULES
MAIN = ("ES", "MX", "AR", "CO", "CL", "PE")


def rule_id(rule: situations.CountryRule) -> str:
    sectors = "+".join(s.value for s in rule.sectors) or "any"
    return f"{rule.country}-{rule.situation.value}-{sectors}-{rule.for_companies or 'all'}"


def texts_of(rule: situations.CountryRule) -> list[str]:
    return [rule.summary, rule.deadline_note, rule.reader_note, rule.silence]


def sectors_of(rule: situations.CountryRule) -> tuple[legal.Sector, ...]:
    return rule.sectors or (legal.Sector.GENERAL,)


@pytest.fixture(params=RULES, ids=rule_id)
def rule(request: pytest.FixtureRequest) -> situations.CountryRule:
    return request.param  # type: ignore[no-any-return]


# --- The publishing rule ------------------------------------------------------------------


def test_each_main_country_has_its_own_module_of_rules() -> None:
    modules = {m.__name__.rsplit(".", 1)[1].upper(): m for m in situation_rules.MODULES}
    assert set(MAIN) <= set(modules) == set(legal.MAIN_COUNTRIES) | {"DO", "UY"}
    for code, module in modules.items():
        assert module.RULES, code
        assert {r.country for r in module.RULES} == {code}


def test_every_rule_has_a_status_https_sources_and_the_month_it_was_checked(
    rule: situations.CountryRule,
) -> None:
    assert rule.status in set(legal.Status)
    assert rule.sources
    for source in rule.sources:
        assert source.url.startswith("https://"), source.url
        assert source.publisher
    assert re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", rule.checked)
    assert rule.summary.strip() and rule.summary.endswith(".")


def test_a_verified_rule_rests_on_an_official_source(rule: situations.CountryRule) -> None:
    if rule.status is legal.Status.VERIFIED:
        assert any(s.official for s in rule.sources)


def test_a_secondary_rule_names_the_source_it_is_published_according_to(
    rule: situations.CountryRule,
) -> None:
    if rule.status is legal.Status.SECONDARY:
        assert any(not s.official for s in rule.sources)


def test_an_uncertain_rule_never_carries_a_number(rule: situations.CountryRule) -> None:
    if rule.status is legal.Status.UNCERTAIN:
        assert rule.company_deadline is None and rule.reader_limit is None
        assert not any(c.isdigit() for text in texts_of(rule) for c in text)


def test_the_schema_refuses_an_uncertain_rule_with_a_number() -> None:
    source = legal.Source("X", "https://example.org/", "", official=False)
    with pytest.raises(ValueError, match="no number"):
        situations.CountryRule(
            country="ES",
            situation=SituationKind.ORDER,
            summary="Tienes 3 años.",
            status=legal.Status.UNCERTAIN,
            sources=(source,),
            checked="2026-12",
        )
    with pytest.raises(ValueError, match="no number"):
        situations.CountryRule(
            country="ES",
            situation=SituationKind.ORDER,
            summary="Sin cifras.",
            silence="Espera 15 días.",
            status=legal.Status.UNCERTAIN,
            sources=(source,),
            checked="2026-12",
        )


def test_every_deadline_of_a_rule_gives_a_date(rule: situations.CountryRule) -> None:
    """A deadline in hours has no date: the tools could not count it."""
    for deadline in (rule.company_deadline, rule.reader_limit):
        if deadline is not None:
            assert deadline.due(D(2026, 12, 1), national_holidays(rule.country)) > D(2026, 12, 1)


# --- The rungs a rule names ---------------------------------------------------------------


def test_a_rules_company_deadline_replaces_a_company_rung_of_its_sectors(
    rule: situations.CountryRule,
) -> None:
    if not rule.deadline_rung:
        assert rule.company_deadline is None
        return
    country = legal.country(rule.country)
    rung = country.rung(rule.deadline_rung)  # KeyError: no such rung
    for sector in sectors_of(rule):
        assert rung in country.company_rungs(sector), (rule.deadline_rung, sector)


def test_the_route_for_a_silent_company_exists_and_needs_no_answer(
    rule: situations.CountryRule,
) -> None:
    if not rule.silence_route:
        return
    country = legal.country(rule.country)
    rung = country.rung(rule.silence_route)
    assert not ladder.needs_answer(rung), rung.preconditions
    assert rule.silence, "a route for the silence comes with words for it"
    for sector in sectors_of(rule):
        assert rung in country.authorities(sector), (rule.silence_route, sector)


def test_a_silent_utility_or_telecom_case_is_never_sent_to_an_appeal() -> None:
    """Colombia's and Peru's appeals need the company's answer: their rules for a silent
    company route to the queja for positive silence, and say which remedy needs it."""
    for rule in RULES:
        if rule.country in ("CO", "PE") and rule.sectors in (
            (legal.Sector.TELECOM,),
            (legal.Sector.ENERGY,),
        ):
            route = legal.country(rule.country).rung(rule.silence_route)
            assert not route.needs_answer
            assert "silencio" in route.instrument.lower()
            assert "queja" in rule.silence
            assert "en cambio" in rule.silence  # says which remedy needs the answer


def test_the_first_rule_that_covers_a_case_wins_narrower_rules_first() -> None:
    bill = SituationKind.WRONG_BILL
    large = situations.rule_for("ES", bill, legal.Sector.GENERAL, CompanySize.LARGE)
    small = situations.rule_for("ES", bill, legal.Sector.GENERAL, CompanySize.OTHER)
    telecom = situations.rule_for("ES", bill, legal.Sector.TELECOM, CompanySize.LARGE)
    assert large is not None and large.company_deadline is not None
    assert large.company_deadline.words() == "5 días"
    assert small is not None and small.company_deadline is None
    assert telecom is small  # telecom answers under its own law, not in 5 days
    assert situations.rule_for("CO", bill, legal.Sector.TELECOM) is not situations.rule_for(
        "CO", bill, legal.Sector.ENERGY
    )


# --- One deadline per country, counted by hand ---------------------------------------------


def due(rule: situations.CountryRule | None, start: D, which: str = "company") -> D:
    assert rule is not None
    deadline = rule.company_deadline if which == "company" else rule.reader_limit
    assert deadline is not None
    return deadline.due(start, national_holidays(rule.country))


def test_spain_a_bank_answers_a_payment_complaint_in_15_business_days() -> None:
    rule = situations.rule_for("ES", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # From Mon 30 Nov 2026: Dec 1-4 (4), 7 (5), 8 holiday, 9-11 (8), 14-18 (13), 21, 22 (15).
    assert due(rule, D(2026, 11, 30)) == D(2026, 12, 22)
    # The reader's own limit: 13 months from the debit, month to month.
    assert due(rule, D(2026, 1, 31), "reader") == D(2027, 2, 28)


def test_spain_the_tools_use_the_rule_for_a_bank_and_the_direct_debit_refund() -> None:
    case = CaseFile(
        id="c",
        country="ES",
        sector=CaseSector.FINANCE,
        situation=SituationKind.UNAUTHORISED_CHARGE,
        complaint_date=D(2026, 11, 30),
    )
    step = ladder.company_step(case, D(2026, 12, 1))
    assert step is not None and step.due == D(2026, 12, 22)
    assert step.rule is not None and step.rule.situation is SituationKind.UNAUTHORISED_CHARGE
    refund = situations.rule_for("ES", SituationKind.WRONG_BILL, legal.Sector.TELECOM)
    # Eight weeks from Mon 2 Nov 2026: 28 days to 30 Nov, 28 more to 28 Dec.
    assert due(refund, D(2026, 11, 2), "reader") == D(2026, 12, 28)


def test_mexico_the_bank_has_45_days_and_the_reader_90_days_from_the_cutoff() -> None:
    rule = situations.rule_for("MX", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # 20 Nov 2026 + 45 calendar days: 10 to 30 Nov, 31 in December (41), 4 Jan (45).
    assert due(rule, D(2026, 11, 20)) == D(2027, 1, 4)
    # Cutoff 5 Oct 2026 + 90: 26 to 31 Oct, 30 in November (56), 31 in December (87), 3 Jan.
    assert due(rule, D(2026, 10, 5), "reader") == D(2027, 1, 3)


def test_argentina_30_days_to_question_a_card_statement() -> None:
    rule = situations.rule_for("AR", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # The law says «treinta días»: counted corridos from the statement received on 1 Dec.
    assert due(rule, D(2026, 12, 1), "reader") == D(2026, 12, 31)


def test_colombia_five_business_days_to_ask_for_the_payment_reversal() -> None:
    rule = situations.rule_for("CO", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # From Fri 4 Dec 2026: 7 (1), 8 holiday (Inmaculada Concepción), 9, 10, 11 (4), 14 (5).
    assert due(rule, D(2026, 12, 4), "reader") == D(2026, 12, 14)


def test_chile_the_issuer_refunds_in_10_business_days() -> None:
    rule = situations.rule_for("CL", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # From Tue 1 Dec 2026: 2-4 (3), 7 (4), 8 holiday, 9-11 (7), 14, 15, 16 (10).
    assert due(rule, D(2026, 12, 1)) == D(2026, 12, 16)
    # The police report's receipt: 30 días corridos from the notice.
    assert due(rule, D(2026, 12, 1), "reader") == D(2026, 12, 31)


def test_peru_an_operator_answers_a_quality_complaint_in_8_business_days() -> None:
    rule = situations.rule_for("PE", SituationKind.SERVICE_CUT, legal.Sector.TELECOM)
    # From Tue 1 Dec 2026: 2-4 (3), 7 (4), 8 and 9 holidays, 10, 11 (6), 14, 15 (8).
    assert due(rule, D(2026, 12, 1)) == D(2026, 12, 15)


def test_united_states_60_days_to_dispute_a_card_charge_and_puerto_rico_the_same() -> None:
    rule = situations.rule_for("US", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    # Statement sent Tue 1 Dec 2026: Dec 2-31 (30), Jan 1-30 (60); calendar days.
    assert due(rule, D(2026, 12, 1), "reader") == D(2027, 1, 30)
    assert rule is not None and rule.silence_route == "finanzas-cfpb"
    same = situations.rule_for("PR", SituationKind.UNAUTHORISED_CHARGE, legal.Sector.BANKING)
    assert same is not None and same.summary == rule.summary and same.country == "PR"
    flight = situations.rule_for("PR", SituationKind.FLIGHT, legal.Sector.AIR)
    assert flight is not None and flight.silence_route == "aereo-dot"


def test_dominican_republic_three_months_to_claim_a_telecom_bill() -> None:
    rule = situations.rule_for("DO", SituationKind.WRONG_BILL, legal.Sector.TELECOM)
    # Bill of 31 Aug 2026, month to month: 30 Nov 2026 (November has no 31st).
    assert due(rule, D(2026, 8, 31), "reader") == D(2026, 11, 30)


def test_uruguay_five_business_days_to_change_ones_mind() -> None:
    rule = situations.rule_for("UY", SituationKind.ORDER, legal.Sector.GENERAL)
    # Delivered Tue 22 Dec 2026: 23, 24 (2); 25 feriado; 28, 29, 30 (5).
    assert due(rule, D(2026, 12, 22), "reader") == D(2026, 12, 30)
