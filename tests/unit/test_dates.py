"""Business days: weekends and holidays never count as waiting time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.dates import (
    add_business_days,
    business_days_between,
    is_business_day,
    sla_business_days,
    sla_deadline,
)

MON = dt.date(2026, 11, 2)
FRI = dt.date(2026, 11, 6)
SAT = dt.date(2026, 11, 7)
SUN = dt.date(2026, 11, 8)
# A fixed holiday set: the arithmetic is tested apart from the yearly generated calendars.
HOLIDAYS = frozenset({dt.date(2026, 12, 8), dt.date(2026, 12, 25)})

days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
holiday_sets = st.frozensets(
    st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2026, 12, 31)), max_size=15
)


def test_weekends_are_not_business_days() -> None:
    assert is_business_day(MON)
    assert is_business_day(FRI)
    assert not is_business_day(SAT)
    assert not is_business_day(SUN)


def test_a_holiday_is_not_a_business_day() -> None:
    assert not is_business_day(dt.date(2026, 12, 8), HOLIDAYS)
    assert is_business_day(dt.date(2026, 12, 9), HOLIDAYS)


def test_adding_one_business_day_on_friday_lands_on_monday() -> None:
    assert add_business_days(FRI, 1) == dt.date(2026, 11, 9)


def test_counting_from_a_weekend_starts_on_the_next_business_day() -> None:
    assert add_business_days(SAT, 1) == dt.date(2026, 11, 9)
    assert add_business_days(SUN, 2) == dt.date(2026, 11, 10)


def test_adding_zero_business_days_keeps_the_day() -> None:
    assert add_business_days(SAT, 0) == SAT


def test_adding_business_days_skips_holidays() -> None:
    # 7 Dec 2026 is a Monday; 8 Dec is a holiday.
    monday = dt.date(2026, 12, 7)
    assert add_business_days(monday, 1, HOLIDAYS) == dt.date(2026, 12, 9)


def test_adding_many_business_days_spans_weeks() -> None:
    assert add_business_days(MON, 10) == dt.date(2026, 11, 16)
    assert add_business_days(MON, 11) == dt.date(2026, 11, 17)


def test_negative_business_days_are_refused() -> None:
    with pytest.raises(ValueError):
        add_business_days(MON, -1)


def test_business_days_between_counts_after_start_up_to_end() -> None:
    assert business_days_between(MON, MON) == 0
    assert business_days_between(MON, dt.date(2026, 11, 3)) == 1
    assert business_days_between(FRI, SUN) == 0
    assert business_days_between(FRI, dt.date(2026, 11, 9)) == 1
    assert business_days_between(dt.date(2026, 11, 9), MON) == 0


def test_business_days_between_ignores_holidays() -> None:
    start = dt.date(2026, 12, 4)  # Friday
    end = dt.date(2026, 12, 11)  # next Friday
    assert business_days_between(start, end) == 5
    assert business_days_between(start, end, HOLIDAYS) == 4


def test_sla_in_hours_rounds_up_to_whole_days() -> None:
    assert sla_business_days(8, in_hours=True) == 1
    assert sla_business_days(9, in_hours=True) == 2
    assert sla_business_days(48, in_hours=True) == 6
    assert sla_business_days(3, in_hours=False) == 3


def test_sla_deadline_counts_business_days_from_opening() -> None:
    assert sla_deadline(FRI, 2, in_hours=False) == dt.date(2026, 11, 10)
    assert sla_deadline(FRI, 24, in_hours=True) == dt.date(2026, 11, 11)


@given(start=days, n=st.integers(min_value=0, max_value=400))
def test_adding_then_counting_gives_back_the_same_number(start: dt.date, n: int) -> None:
    end = add_business_days(start, n)
    assert business_days_between(start, end) == n
    if n > 0:
        assert is_business_day(end)


@given(
    start=st.dates(dt.date(2025, 12, 1), dt.date(2026, 12, 31)),
    n=st.integers(0, 60),
    holidays=holiday_sets,
)
def test_adding_then_counting_holds_with_holidays(
    start: dt.date, n: int, holidays: frozenset[dt.date]
) -> None:
    end = add_business_days(start, n, holidays)
    assert business_days_between(start, end, holidays) == n


@given(a=days, b=days)
def test_counting_matches_a_day_by_day_walk(a: dt.date, b: dt.date) -> None:
    if (b - a).days > 800:
        b = a + dt.timedelta(days=800)
    walked = sum(1 for i in range(1, (b - a).days + 1) if is_business_day(a + dt.timedelta(days=i)))
    assert business_days_between(a, b) == walked
