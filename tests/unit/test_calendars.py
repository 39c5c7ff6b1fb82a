"""Calendars that match the reader: Spain's regions, Mexico's banks, Argentina's días no
laborables, the sentence under every date, and holiday data that is never stale."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup import calendars, holidays_data, texts
from followup.calendars import Calendar, DayKind, holidays_for, skipped, skipped_sentence
from followup.dates import add_business_days, business_days_between, national_holidays
from sitebuild import holiday_data

D = dt.date
HOLIDAY, NON_WORKING = DayKind.HOLIDAY, DayKind.NON_WORKING


def weekdays(start: dt.date, end: dt.date, skip: set[dt.date]) -> list[dt.date]:
    """The business days after `start` up to `end`, listed one by one (a hand count)."""
    days = (start + dt.timedelta(days=n) for n in range(1, (end - start).days + 1))
    return [d for d in days if d.weekday() < 5 and d not in skip]


# --- Spain: the comunidades autónomas ----------------------------------------------------


def test_madrid_fifteen_business_days_from_30_november_end_on_the_23rd_not_the_22nd() -> None:
    # The review's case (§3.3.1): 7 Dec 2026 is a holiday in Madrid, not nationally.
    start = D(2026, 11, 30)
    by_hand = weekdays(start, D(2026, 12, 23), {D(2026, 12, 7), D(2026, 12, 8)})
    assert len(by_hand) == 15  # Dec 1-4 (4), 9-11 (7), 14-18 (12), 21-23 (15)
    assert add_business_days(start, 15, holidays_for("ES", "MD")) == D(2026, 12, 23)
    assert add_business_days(start, 15, holidays_for("ES")) == D(2026, 12, 22)
    assert skipped(start, D(2026, 12, 23), "ES", "MD") == [
        (D(2026, 12, 7), HOLIDAY),
        (D(2026, 12, 8), HOLIDAY),
    ]
    assert (
        skipped_sentence(start, D(2026, 12, 23), "ES", "MD")
        == "No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026"
    )


def test_without_a_region_spain_counts_national_holidays_and_asks_for_the_region() -> None:
    assert (
        skipped_sentence(D(2026, 11, 30), D(2026, 12, 22), "ES")
        == "No contamos: 8 de diciembre · festivos nacionales de España 2026 "
        "(no incluye los de tu comunidad: elige tu comunidad)"
    )


def test_catalonia_keeps_easter_monday_and_not_holy_thursday() -> None:
    catalonia = holidays_for("es", "ct")
    assert D(2026, 4, 6) in catalonia and D(2026, 4, 2) not in catalonia
    assert D(2026, 4, 2) in holidays_for("ES", "MD")


def test_every_region_keeps_the_national_holidays() -> None:
    national = holidays_for("ES")
    for code, _ in calendars.regions("ES"):
        assert national <= holidays_for("ES", code), code


def test_the_region_list_names_the_17_comunidades_and_ceuta_and_melilla_in_spanish() -> None:
    import holidays

    listed = calendars.regions("ES")
    names = [name for _, name in listed]
    assert len(listed) == 19 and len(set(names)) == 19
    assert {"Andalucía", "Comunidad de Madrid", "Cataluña", "Ceuta", "Melilla"} <= set(names)
    codes = {s for s in holidays.country_holidays("ES").subdivisions if len(s) == 2}
    assert {code for code, _ in listed} == codes == set(holidays_data.REGIONAL["ES"])
    assert {code for code, _, _ in texts.REGIONS["ES"]} == codes
    assert all(p.startswith(("de ", "del ")) for _, _, p in texts.REGIONS["ES"])
    assert calendars.regions("MX") == ()


def test_an_unknown_region_or_calendar_falls_back_to_the_national_calendar() -> None:
    assert holidays_for("ES", "ZZ") == holidays_for("ES") == national_holidays("ES")
    assert holidays_for("ES", calendar="bank") == holidays_for("ES")
    assert holidays_for("ES", "MD", "nonsense") == holidays_for("ES", "MD")
    assert holidays_for("ZZ") == holidays_for("") == frozenset()
    assert "elige tu comunidad" in calendars.calendar_label("ES", "ZZ", years=[2026])


def test_a_region_can_take_a_national_day_away(monkeypatch: pytest.MonkeyPatch) -> None:
    regional = {"ES": {"XX": {2026: "0319 -0106"}}}
    monkeypatch.setattr(holidays_data, "REGIONAL", regional)
    calendars.days_of.cache_clear()
    try:
        days = holidays_for("ES", "XX")
        assert D(2026, 3, 19) in days and D(2026, 1, 6) not in days
        assert D(2026, 1, 6) in holidays_for("ES")
    finally:
        monkeypatch.undo()
        calendars.days_of.cache_clear()


# --- Mexico: the bank calendar (CNBV) -------------------------------------------------------


def test_une_thirty_business_days_on_the_cnbv_calendar_skip_holy_week() -> None:
    # The review's case (§3.3.2): 2 and 3 April 2026 close banks, not the LFT calendar.
    start = D(2026, 3, 20)
    lft = {D(2026, 5, 1)}
    bank = lft | {D(2026, 4, 2), D(2026, 4, 3)}
    assert len(weekdays(start, D(2026, 5, 4), lft)) == 30
    assert len(weekdays(start, D(2026, 5, 6), bank)) == 30
    assert add_business_days(start, 30, holidays_for("MX")) == D(2026, 5, 4)
    assert add_business_days(start, 30, holidays_for("MX", calendar="bank")) == D(2026, 5, 6)
    assert (
        skipped_sentence(start, D(2026, 5, 6), "MX", calendar=Calendar.BANK)
        == "No contamos: 2 y 3 de abril, 1 de mayo · días inhábiles bancarios de México 2026 "
        "según la CNBV"
    )


def test_une_from_20_october_skips_the_day_of_the_dead_at_the_bank() -> None:
    start = D(2026, 10, 20)
    assert add_business_days(start, 30, holidays_for("MX")) == D(2026, 12, 2)
    assert add_business_days(start, 30, holidays_for("MX", calendar="bank")) == D(2026, 12, 3)


def test_the_bank_calendar_is_the_national_one_plus_the_days_banks_close() -> None:
    assert calendars.calendars("MX") == (Calendar.GENERAL, Calendar.BANK)
    assert calendars.calendars("ES") == (Calendar.GENERAL,)
    bank = holidays_for("MX", calendar="bank")
    assert holidays_for("MX") < bank
    assert {D(2026, 4, 2), D(2026, 4, 3), D(2026, 11, 2), D(2026, 12, 12)} <= bank


def test_the_published_bank_lists_hold_the_lft_days_and_match_the_stock_exchange() -> None:
    import holidays

    for year, published in holiday_data.MX_BANK.items():
        assert published.source and len(published.checked) == 7, year
        days = {D(year, int(d[:2]), int(d[2:])) for d in published.days.split()}
        lft = set(holidays.country_holidays("MX", years=year))
        assert lft <= days, year
        market = set(holidays.financial_holidays("XMEX", years=year))
        assert {d for d in days if d.weekday() < 5} == market, year


def test_a_bank_year_not_published_yet_says_it_is_a_forecast() -> None:
    provisional = holidays_data.PROVISIONAL["MX"]["bank"]
    published = [y for y in holidays_data.YEARS if y not in provisional]
    assert set(published) <= set(holiday_data.MX_BANK)
    for year in provisional:
        label = calendars.calendar_label("MX", calendar="bank", years=[year])
        assert f"los de {year}, previstos" in label


# --- Argentina: días no laborables ---------------------------------------------------------


def test_argentina_counts_bridge_days_as_holidays_but_names_them_non_working() -> None:
    start, end = D(2026, 12, 1), D(2026, 12, 17)
    assert add_business_days(start, 10, holidays_for("AR")) == end
    assert skipped(start, end, "AR") == [(D(2026, 12, 7), NON_WORKING), (D(2026, 12, 8), HOLIDAY)]
    assert (
        skipped_sentence(start, end, "AR")
        == "No contamos: 7 (no laborable) y 8 de diciembre · feriados y días no laborables "
        "de Argentina 2026"
    )


def test_bridge_days_declared_before_holidays_has_them_can_be_recorded_by_hand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    declared = holiday_data.Published("0405 1119", "Resolución JGM (test)", "2026-12")
    monkeypatch.setattr(holiday_data, "AR_BRIDGE_DAYS", {2027: declared})
    data = _generated(D(2026, 12, 2))
    assert {"0405", "1119"} <= set(data["NATIONAL"]["AR"][2027].split())
    assert data["NON_WORKING"]["AR"][2027] == "0325 0405 1119"
    assert 2027 not in data["PROVISIONAL"]["AR"]["general"]


def test_holy_thursday_is_non_working_unless_it_is_also_a_feriado() -> None:
    kinds = calendars.days_of(calendars.resolve("AR"))
    assert kinds[D(2027, 3, 25)] is NON_WORKING  # Jueves Santo 2027
    assert kinds[D(2026, 4, 2)] is HOLIDAY  # Jueves Santo 2026 is also Malvinas
    assert {D(2026, 3, 23), D(2026, 7, 10), D(2026, 12, 7)} <= {
        d for d, k in kinds.items() if k is NON_WORKING
    }


def test_argentina_says_next_years_bridge_days_are_not_declared_yet() -> None:
    pending = holidays_data.PROVISIONAL["AR"]["general"]
    for year in pending:
        label = calendars.calendar_label("AR", years=[year])
        assert f"con fines turísticos de {year} aún no se han declarado" in label
    assert "aún no" not in calendars.calendar_label("AR", years=[2026])


# --- The sentence under a date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (
            (D(2026, 11, 3), D(2026, 11, 6), "ES", "CT"),
            "Sin festivos en este plazo · calendario: festivos de Cataluña 2026",
        ),
        (
            (D(2026, 11, 3), D(2026, 11, 6), "PE", ""),
            "Sin feriados en este plazo · calendario: feriados nacionales de Perú 2026",
        ),
        (
            (D(2026, 12, 15), D(2027, 1, 7), "CO", ""),
            "No contamos: 25 de diciembre de 2026; 1 de enero de 2027 · festivos nacionales "
            "de Colombia 2026 y 2027",
        ),
        (
            (D(2026, 11, 3), D(2026, 11, 6), "", ""),
            "Sin festivos en este plazo · calendario: solo sábados y domingos "
            "(no tenemos los festivos de este país)",
        ),
    ],
)
def test_the_sentence_names_the_days_skipped_and_the_calendar(
    args: tuple[dt.date, dt.date, str, str], sentence: str
) -> None:
    assert skipped_sentence(*args) == sentence


# --- The United States, Puerto Rico and the rest of the Spanish-speaking countries ----------


def test_the_united_states_counts_federal_holidays_and_says_state_ones_are_not_counted() -> None:
    # Ten business days from Fri 20 Nov 2026: 23, 24, 25 (3); 26 Thanksgiving; 27 (4);
    # 30 Nov-4 Dec (9); 7 Dec (10).
    start = D(2026, 11, 20)
    assert len(weekdays(start, D(2026, 12, 7), {D(2026, 11, 26)})) == 10
    assert add_business_days(start, 10, holidays_for("US")) == D(2026, 12, 7)
    assert skipped_sentence(start, D(2026, 12, 7), "US") == (
        "No contamos: 26 de noviembre · feriados federales de Estados Unidos 2026 "
        "(no incluye los feriados de tu estado)"
    )
    # The federal holiday observed on a Friday when the day falls on a Saturday.
    assert D(2026, 7, 3) in holidays_for("US")


def test_puerto_rico_counts_the_federal_holidays_and_the_islands() -> None:
    island = holidays_for("PR")
    federal_2026 = {d for d in holidays_for("US") if d.year == 2026}
    assert federal_2026 < {d for d in island if d.year == 2026}
    assert D(2026, 11, 19) in island  # Día de la Puertorriqueñidad
    assert skipped_sentence(D(2026, 11, 10), D(2026, 11, 24), "PR") == (
        "No contamos: 11 y 19 de noviembre · feriados de Puerto Rico 2026, federales y de la isla"
    )


def test_every_country_of_the_guide_has_its_holidays_and_calls_them_by_its_word() -> None:
    from followup import legal

    for code in legal.COUNTRIES:
        assert holidays_data.NATIONAL[code][2026], code
        noun = texts.HOLIDAYS_NOUN.get(code, texts.HOLIDAYS_NOUN_DEFAULT)
        label = calendars.calendar_label(code, years=[2026])
        assert label.startswith(noun) and legal.country(code).name in label, label
    # Spain, Mexico and Colombia say «festivos»; the rest, «feriados».
    festivos = {c for c in legal.COUNTRIES if c not in texts.HOLIDAYS_NOUN}
    assert festivos == {"ES", "MX", "CO"}


def test_honduras_skips_the_semana_morazanica() -> None:
    assert skipped_sentence(D(2026, 10, 5), D(2026, 10, 22), "HN") == (
        "No contamos: 7, 8 y 9 de octubre · feriados nacionales de Honduras 2026"
    )


def test_days_in_several_months_and_non_working_days_read_naturally() -> None:
    days = [
        (D(2026, 3, 23), NON_WORKING),
        (D(2026, 3, 24), HOLIDAY),
        (D(2026, 4, 2), HOLIDAY),
        (D(2026, 4, 3), HOLIDAY),
    ]
    assert calendars.days_phrase(days) == "23 (no laborable) y 24 de marzo, 2 y 3 de abril"


def test_years_without_data_are_said() -> None:
    last = max(holidays_data.YEARS)
    label = calendars.calendar_label("ES", "MD", years=[last, last + 1])
    assert label == (
        f"festivos de la Comunidad de Madrid {last} y {last + 1} "
        f"(aún no tenemos los festivos de {last + 1})"
    )


dates_in_data = st.dates(
    min_value=D(min(holidays_data.YEARS), 1, 1), max_value=D(max(holidays_data.YEARS), 12, 31)
)
choices = st.sampled_from(
    [
        ("ES", "", "general"),
        ("ES", "MD", "general"),
        ("ES", "CT", "general"),
        ("MX", "", "general"),
        ("MX", "", "bank"),
        ("AR", "", "general"),
        ("PE", "", "general"),
    ]
)


@given(dates_in_data, st.integers(min_value=0, max_value=60), choices)
def test_the_days_skipped_are_exactly_what_the_count_lost(
    start: dt.date, n: int, choice: tuple[str, str, str]
) -> None:
    days = holidays_for(*choice)
    end = add_business_days(start, n, days)
    lost = business_days_between(start, end) - business_days_between(start, end, days)
    assert len(skipped(start, end, *choice)) == lost
    assert "{" not in skipped_sentence(start, end, *choice)


# --- Fresh data ------------------------------------------------------------------------


def test_the_holidays_shipped_today_are_fresh() -> None:
    namespace = {k: getattr(holidays_data, k) for k in dir(holidays_data)}
    assert holiday_data.stale(namespace, dt.date.today()) == [], (
        "run `python -m sitebuild.holiday_data` (or build the site); if a year is still "
        "provisional, update `holidays` or record the published list in sitebuild.holiday_data"
    )


def _generated(today: dt.date) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(holiday_data.generate(today), namespace)
    return namespace


def test_the_freshness_check_fails_from_1_december_without_next_years_holidays() -> None:
    old = _generated(D(2024, 6, 1))  # 2023 to 2026
    assert old["YEARS"] == (2023, 2024, 2025, 2026)
    assert holiday_data.stale(old, D(2026, 11, 30)) == []
    problems = holiday_data.stale(old, D(2026, 12, 1))
    assert problems == ["no holidays for 2027 (years: (2023, 2024, 2025, 2026))"]
    assert holiday_data.stale(old, D(2027, 3, 1))[0].startswith("no holidays for 2027")


def test_the_freshness_check_fails_when_this_year_is_still_provisional() -> None:
    data: dict[str, Any] = {
        "YEARS": (2026, 2027, 2028),
        "NATIONAL": {"AR": {2026: "0101", 2027: "0101", 2028: "0101"}},
        "REGIONAL": {"ES": {"MD": {2026: "", 2027: "0325"}}},
        "PROVISIONAL": {"AR": {"general": (2027, 2028)}, "MX": {"bank": ()}},
    }
    assert holiday_data.stale(data, D(2026, 12, 31)) == []
    assert holiday_data.stale(data, D(2027, 1, 1)) == ["AR general: 2027 is still provisional"]
    assert holiday_data.stale(data, D(2027, 12, 1)) == [
        "ES-MD: no regional holidays for 2028",
        "AR general: 2027 is still provisional",
    ]
