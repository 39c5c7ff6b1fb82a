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


@pytest.mark.parametrize("code", ["UY", "EC"])
def test_partial_countries_publish_no_deadline(code: str) -> None:
    for rung in legal.country(code).rungs:
        assert rung.deadline is None and rung.reader_limit is None
