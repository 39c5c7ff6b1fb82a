"""Business-day arithmetic: the guide counts waiting time in business days.

A business day is Monday to Friday and not in `holidays`. Every function takes the
holidays as a parameter, so the caller decides which calendar applies (national
holidays differ between countries, and regions add their own: `followup.calendars`).
"""

from __future__ import annotations

import datetime as dt
import math

NO_HOLIDAYS: frozenset[dt.date] = frozenset()

# Business hours in a business day, used to turn an SLA in hours into days (rounding up).
HOURS_PER_BUSINESS_DAY = 8


def national_holidays(code: str) -> frozenset[dt.date]:
    """The national public holidays of a country ("ES", "PE"…) for the years shipped in
    `followup.holidays_data`; empty for a country without data. Regional holidays and
    named calendars (Mexico's banks) are `followup.calendars.holidays_for`'s."""
    from .calendars import holidays_for

    return holidays_for(code)


def is_business_day(day: dt.date, holidays: frozenset[dt.date] = NO_HOLIDAYS) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_business_days(
    start: dt.date, n: int, holidays: frozenset[dt.date] = NO_HOLIDAYS
) -> dt.date:
    """The n-th business day after `start` (`start` itself when n is 0).

    Counting starts on the day after `start`, so from a Saturday the first business day
    is the next Monday: `business_days_between(start, result) == n` always holds.
    """
    if n < 0:
        raise ValueError("n must be zero or positive")
    day = start
    remaining = n
    # Whole weeks hold exactly five weekdays; jump them when no holiday could interfere.
    if not holidays and remaining > 5:
        weeks = (remaining - 1) // 5
        day += dt.timedelta(weeks=weeks)
        remaining -= weeks * 5
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_business_day(day, holidays):
            remaining -= 1
    return day


def business_days_between(
    start: dt.date, end: dt.date, holidays: frozenset[dt.date] = NO_HOLIDAYS
) -> int:
    """How many business days d satisfy start < d <= end (0 when end <= start)."""
    if end <= start:
        return 0
    first = start + dt.timedelta(days=1)
    total_days = (end - first).days + 1
    weeks, rest = divmod(total_days, 7)
    count = weeks * 5
    for offset in range(rest):
        if (first.weekday() + offset) % 7 < 5:
            count += 1
    count -= sum(1 for h in holidays if start < h <= end and h.weekday() < 5)
    return count


def sla_business_days(amount: int, in_hours: bool) -> int:
    """An SLA as whole business days: hours become days of 8 business hours, rounding up."""
    if in_hours:
        return math.ceil(amount / HOURS_PER_BUSINESS_DAY)
    return amount


def sla_deadline(
    opened: dt.date,
    amount: int,
    in_hours: bool,
    holidays: frozenset[dt.date] = NO_HOLIDAYS,
    *,
    business: bool = True,
) -> dt.date:
    """The day the promised response time runs out, counted from the opening date.

    Business time skips weekends and `holidays` (hours become days of 8 business hours);
    calendar time counts every day (hours become whole days of 24 hours, rounding up).
    """
    if not business:
        days = math.ceil(amount / 24) if in_hours else amount
        return opened + dt.timedelta(days=days)
    return add_business_days(opened, sla_business_days(amount, in_hours), holidays)
