"""One deadline per country, counted by hand on the calendar (review of 2026-12, §3.2).

Each case names the rung, the start date and the day a person counting with a calendar and
the country's national holidays gets; the comment is that count. A change in a country's
module that moves a published deadline fails here, next to the count that proves it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from followup import legal
from followup.dates import national_holidays

D = dt.date


def due(
    code: str, key: str, start: dt.date, *, limit: bool = False, waits: bool = False
) -> dt.date:
    rung = legal.country(code).rung(key)
    deadline = rung.reader_limit if limit else rung.waits if waits else rung.deadline
    assert deadline is not None, f"{code}:{key} publishes no such deadline"
    return deadline.due(start, national_holidays(code))


def test_spain_large_company_15_business_days() -> None:
    # From Mon 30 Nov 2026: Dec 1-4 (4), 7 (5), 8 holiday, 9-11 (8), 14-18 (13), 21, 22 (15).
    assert due("ES", "empresa-ley-10-2025", D(2026, 11, 30)) == D(2026, 12, 22)


def test_spain_arbitration_waits_one_month_from_the_complaint() -> None:
    # «De fecha a fecha»: 30 Nov 2026 -> 30 Dec 2026, later than the company's 22 Dec.
    assert due("ES", "arbitraje", D(2026, 11, 30), waits=True) == D(2026, 12, 30)
    for key in ("banca-bde", "seguros-dgsfp", "telecom-oficina", "aereo-aesa", "energia-arbitraje"):
        assert due("ES", key, D(2026, 1, 31), waits=True) == D(2026, 2, 28)


def test_mexico_une_30_business_days() -> None:
    # From Fri 20 Nov 2026: Nov 23 … Dec 24 (24), Dec 25 holiday, Dec 28-31 (28), Jan 1
    # holiday, Jan 4, 5 (30).
    assert due("MX", "banca-une", D(2026, 11, 20)) == D(2027, 1, 5)


def test_mexico_90_calendar_days_to_dispute_a_charge() -> None:
    # Statement cut on 1 Oct 2026: Oct 2-31 (30), Nov 1-30 (60), Dec 1-30 (90).
    assert due("MX", "banca-une", D(2026, 10, 1), limit=True) == D(2026, 12, 30)


def test_argentina_bank_10_business_days() -> None:
    # From Tue 1 Dec 2026: 2, 3, 4 (3); 7 día no laborable and 8 holiday; 9, 10, 11 (6);
    # 14-17 (10).
    assert due("AR", "banca-entidad", D(2026, 12, 1)) == D(2026, 12, 17)


def test_colombia_pqr_15_business_days() -> None:
    # From Tue 15 Dec 2026: 16-18 (3); 21-24 (7); 25 holiday; 28-31 (11); 1 Jan holiday;
    # Jan 4-7 (15).
    assert due("CO", "pqr", D(2026, 12, 15)) == D(2027, 1, 7)


def test_colombia_superservicios_appeal_5_business_days() -> None:
    # Answer received Fri 18 Dec 2026: 21, 22, 23, 24 (4); 25 holiday; 28 (5).
    assert due("CO", "servicios-publicos-sspd", D(2026, 12, 18), limit=True) == D(2026, 12, 28)


def test_colombia_one_year_to_sue_before_the_sic() -> None:
    assert due("CO", "sic", D(2026, 3, 15), limit=True) == D(2027, 3, 15)


def test_chile_telecom_5_business_days_and_two_years_before_sernac() -> None:
    # From Tue 15 Dec 2026: 16, 17, 18, 21, 22.
    assert due("CL", "telecom-empresa", D(2026, 12, 15)) == D(2026, 12, 22)
    assert due("CL", "sernac", D(2026, 2, 28), limit=True) == D(2028, 2, 28)


def test_peru_libro_de_reclamaciones_15_business_days() -> None:
    # From Tue 1 Dec 2026: 2, 3, 4, 7 (4); 8 and 9 holidays; 10, 11 (6); 14-18 (11);
    # 21-24 (15).
    assert due("PE", "libro-de-reclamaciones", D(2026, 12, 1)) == D(2026, 12, 24)
    assert due("PE", "indecopi", D(2026, 12, 1), limit=True) == D(2028, 12, 1)


def test_united_states_fcc_30_days() -> None:
    # "30 days", not said to be business days: counted on the calendar, 1 Dec -> 31 Dec.
    assert due("US", "telecom-fcc", D(2026, 12, 1)) == D(2026, 12, 31)


def test_united_states_60_days_to_dispute_a_card_charge_from_the_statement() -> None:
    # Statement sent on 1 Oct 2026: Oct 2-31 (30), Nov 1-30 (60); calendar days, so
    # Thanksgiving (26 Nov) does not move it.
    assert due("US", "banca-disputa", D(2026, 10, 1), limit=True) == D(2026, 11, 30)
    # The CFPB's 15 days: 1 Dec -> 16 Dec.
    assert due("US", "finanzas-cfpb", D(2026, 12, 1)) == D(2026, 12, 16)


def test_puerto_rico_an_airline_answers_in_60_days() -> None:
    # From Mon 2 Nov 2026: Nov 3-30 (28), Dec 1-31 (59), 1 Jan 2027 (60), a holiday, but
    # the rule counts days, not business days.
    assert due("PR", "aereo-aerolinea", D(2026, 11, 2)) == D(2027, 1, 1)


def test_venezuela_a_bank_answers_a_card_fraud_claim_in_15_business_days() -> None:
    # From Wed 9 Dec 2026: 10, 11 (2); 14-18 (7); 21, 22, 23 (10); 24 and 25 holidays;
    # 28, 29, 30 (13); 31 Dec and 1 Jan holidays; 4, 5 Jan (15).
    assert due("VE", "banca-banco", D(2026, 12, 9)) == D(2027, 1, 5)


def test_guatemala_the_libro_de_quejas_gives_the_business_8_business_days() -> None:
    # From Thu 15 Oct 2026: 16 (1); 19 (2); 20 holiday (Día de la Revolución); 21, 22, 23
    # (5); 26, 27, 28 (8).
    assert due("GT", "libro-de-quejas", D(2026, 10, 15)) == D(2026, 10, 28)


def test_ecuador_a_bank_resolves_in_15_days() -> None:
    # "hasta 15 días", not said to be business days: on the calendar, 30 Nov -> 15 Dec.
    assert due("EC", "banca-entidad", D(2026, 11, 30)) == D(2026, 12, 15)


def test_bolivia_a_bank_answers_in_5_business_days_and_the_reader_has_15_for_the_att() -> None:
    # From Wed 28 Oct 2026: 29, 30 (2); 2 Nov holiday (Todos Santos); 3, 4, 5 (5).
    assert due("BO", "banca-punto-de-reclamo", D(2026, 10, 28)) == D(2026, 11, 5)
    # The operator answered on Fri 23 Oct 2026: 26-30 (5); 2 Nov holiday; 3-6 (9); 9-13
    # (14); 16 (15).
    assert due("BO", "telecom-att", D(2026, 10, 23), limit=True) == D(2026, 11, 16)


def test_dominican_republic_the_distribuidora_answers_in_10_dias_laborables() -> None:
    # From Tue 3 Nov 2026: 4, 5, 6 (3); 9 holiday (Día de la Constitución); 10-13 (7);
    # 16, 17, 18 (10).
    assert due("DO", "energia-distribuidora", D(2026, 11, 3)) == D(2026, 11, 18)
    # Three months to claim to the telecom company, month to month: 30 Nov -> 28 Feb.
    assert due("DO", "telecom-prestadora", D(2026, 11, 30), limit=True) == D(2027, 2, 28)


def test_honduras_a_bank_answers_the_hoja_de_reclamacion_in_10_business_days() -> None:
    # From Mon 5 Oct 2026: 6 (1); 7, 8, 9 holidays (Semana Morazánica); 12-16 (6);
    # 19-22 (10).
    assert due("HN", "banca-hoja-de-reclamacion", D(2026, 10, 5)) == D(2026, 10, 22)


def test_costa_rica_an_insurer_answers_in_30_dias_naturales() -> None:
    # From 1 Dec 2026: 30 calendar days, 31 Dec; the operator's 10 from 22 Dec: 1 Jan.
    assert due("CR", "seguros-aseguradora", D(2026, 12, 1)) == D(2026, 12, 31)
    assert due("CR", "telecom-operador", D(2026, 12, 22)) == D(2027, 1, 1)


def test_panama_a_bank_has_30_days_and_the_reader_30_more_for_the_superintendencia() -> None:
    # 30 calendar days: 1 Dec -> 31 Dec 2026; then 31 Dec -> 30 Jan 2027.
    assert due("PA", "banca-banco", D(2026, 12, 1)) == D(2026, 12, 31)
    assert due("PA", "banca-sbp", D(2026, 12, 31), limit=True) == D(2027, 1, 30)


def test_uruguay_a_bank_answers_in_15_dias_corridos() -> None:
    # From Sun 20 Dec 2026: Dec 21-31 (11), Jan 1-4 (15); Christmas and New Year count.
    assert due("UY", "banca-entidad", D(2026, 12, 20)) == D(2027, 1, 4)


@pytest.mark.parametrize("code", ["PY", "SV", "NI"])
def test_countries_without_a_confirmed_deadline_publish_none(code: str) -> None:
    """No deadline we could confirm, so none to count: the day one is published, its
    country gets a hand-counted test here."""
    for rung in legal.country(code).rungs:
        assert rung.deadline is None and rung.reader_limit is None


def test_every_country_with_a_published_deadline_has_one_counted_here() -> None:
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    for code, country in legal.COUNTRIES.items():
        if any(r.deadline or r.reader_limit for r in country.rungs):
            assert f'due("{code}"' in source, f"{code}: count one of its deadlines by hand"
