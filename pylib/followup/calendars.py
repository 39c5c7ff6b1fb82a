"""Which days a business-day count skips, per calendar, and the sentence that says so.

A calendar is a country's national holidays, plus a region's when the reader names one
(Spain's comunidades autónomas), or a named calendar beside the national one (Mexico's
"bank": the days the CNBV has banks close, for UNE and bank deadlines). Argentina's «días
no laborables» count like holidays (the prudent reading) but are named apart.

The days come from `followup.holidays_data`, generated at build time. Codes are
case-insensitive; a region or calendar the data does not have falls back to the national
calendar, and the sentence names the calendar actually used:

>>> skipped_sentence(dt.date(2026, 11, 30), dt.date(2026, 12, 23), "ES", "MD")
'No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from . import holidays_data as data
from . import texts


class Calendar(StrEnum):
    GENERAL = "general"  # national holidays (and the region's, when one is chosen)
    BANK = "bank"  # Mexico: the days banks close (CNBV), national holidays included


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    NON_WORKING = "non_working"  # Argentina's «día no laborable»: counted, named apart


@dataclass(frozen=True)
class Choice:
    """A calendar the data has: upper-case codes, "" for no region."""

    country: str
    region: str = ""
    calendar: Calendar = Calendar.GENERAL


def resolve(country: str, region: str = "", calendar: str = Calendar.GENERAL) -> Choice:
    """The calendar the data can give for what the case says: a region or calendar the
    country has no data for is dropped (national calendar)."""
    code = country.upper()
    area = region.upper()
    if area not in data.REGIONAL.get(code, {}):
        area = ""
    named = Calendar(calendar) if calendar in tuple(Calendar) else Calendar.GENERAL
    if named is not Calendar.GENERAL and named not in data.EXTRA.get(code, {}):
        named = Calendar.GENERAL
    return Choice(code, area, named)


def _dates(table: Mapping[int, str]) -> Iterable[tuple[dt.date, bool]]:
    """("MMDD" → day, True) and ("-MMDD" → day, False) for every year of a table."""
    for year, text in table.items():
        for item in text.split():
            mmdd = item.lstrip("-")
            yield dt.date(year, int(mmdd[:2]), int(mmdd[2:])), not item.startswith("-")


@cache
def days_of(choice: Choice) -> Mapping[dt.date, DayKind]:
    """Every day the calendar does not count as a business day (weekends aside)."""
    days: dict[dt.date, DayKind] = {}
    for day, _ in _dates(data.NATIONAL.get(choice.country, {})):
        days[day] = DayKind.HOLIDAY
    for day, _ in _dates(data.NON_WORKING.get(choice.country, {})):
        days[day] = DayKind.NON_WORKING
    if choice.region:
        for day, added in _dates(data.REGIONAL[choice.country][choice.region]):
            if added:
                days.setdefault(day, DayKind.HOLIDAY)
            else:
                days.pop(day, None)
    if choice.calendar is not Calendar.GENERAL:
        for day, _ in _dates(data.EXTRA[choice.country][choice.calendar]):
            days.setdefault(day, DayKind.HOLIDAY)
    return MappingProxyType(days)


def holidays_for(
    country: str, region: str = "", calendar: str = Calendar.GENERAL
) -> frozenset[dt.date]:
    """The days a business-day count skips besides weekends, for the years the data holds
    (last year, this year and the next two at build time): the national holidays and
    días no laborables, the region's holidays ("ES", "MD"), or a named calendar ("MX",
    calendar="bank"). Empty for a country without data."""
    return frozenset(days_of(resolve(country, region, calendar)))


def regions(country: str) -> tuple[tuple[str, str], ...]:
    """The regions a reader can choose, as (code, Spanish name), in the list's order;
    empty for a country without regional data."""
    code = country.upper()
    have = data.REGIONAL.get(code, {})
    return tuple((key, name) for key, name, _ in texts.REGIONS.get(code, ()) if key in have)


def calendars(country: str) -> tuple[Calendar, ...]:
    """The calendars a country's data has: always GENERAL, then any named ones ("MX": BANK)."""
    named = data.EXTRA.get(country.upper(), {})
    return (Calendar.GENERAL, *(c for c in Calendar if c in named))


def skipped(
    start: dt.date,
    end: dt.date,
    country: str,
    region: str = "",
    calendar: str = Calendar.GENERAL,
) -> list[tuple[dt.date, DayKind]]:
    """The weekdays a business-day count from `start` to `end` (start < day <= end, as in
    `dates.business_days_between`) skipped as holidays or días no laborables, in order."""
    days = days_of(resolve(country, region, calendar))
    return sorted((d, k) for d, k in days.items() if start < d <= end and d.weekday() < 5)


def _years_words(years: Iterable[int]) -> str:
    return texts.join_words([str(y) for y in sorted(set(years))])


def _noun(country: str) -> str:
    return texts.HOLIDAYS_NOUN.get(country, texts.HOLIDAYS_NOUN_DEFAULT)


def _country_name(code: str) -> str:
    from . import legal

    country = legal.COUNTRIES.get(code)
    return country.name if country else code


def calendar_label(
    country: str,
    region: str = "",
    calendar: str = Calendar.GENERAL,
    years: Iterable[int] = (),
) -> str:
    """The calendar used, in words, for the years a count covered: «festivos de la
    Comunidad de Madrid 2026», «días inhábiles bancarios de México 2026 (CNBV)», «feriados
    federales de Estados Unidos 2026»; with what it lacks (no region chosen in Spain, the
    states' holidays in the US, a list not published yet, years without data)."""
    choice = resolve(country, region, calendar)
    if choice.country not in data.NATIONAL:
        return texts.CALENDAR_WEEKENDS_ONLY
    span = sorted(set(years))
    noun = _noun(choice.country)
    name = _country_name(choice.country)
    words = _years_words(span)
    key = f"{choice.country} {choice.calendar}"
    if choice.calendar is not Calendar.GENERAL:
        label = texts.CALENDAR_NAMED[key].format(years=words)
    elif choice.region:
        phrase = {code: p for code, _, p in texts.REGIONS[choice.country]}
        label = texts.CALENDAR_REGION.format(region=phrase[choice.region], years=words)
    elif choice.country in data.NON_WORKING:
        label = texts.CALENDAR_NATIONAL_NON_WORKING.format(noun=noun, country=name, years=words)
    else:
        template = texts.CALENDAR_NATIONAL_BY_COUNTRY.get(choice.country, texts.CALENDAR_NATIONAL)
        label = template.format(noun=noun, country=name, years=words)
    notes = []
    if choice.country in texts.CALENDAR_COUNTRY_NOTES:
        notes.append(texts.CALENDAR_COUNTRY_NOTES[choice.country])
    if choice.country in data.REGIONAL and not choice.region:
        notes.append(texts.CALENDAR_CHOOSE_REGION)
    provisional = data.PROVISIONAL.get(choice.country, {}).get(choice.calendar, ())
    pending = [y for y in span if y in provisional]
    if pending:
        notes.append(texts.CALENDAR_PROVISIONAL[key].format(years=_years_words(pending)))
    missing = [y for y in span if y not in data.YEARS]
    if missing:
        notes.append(texts.CALENDAR_NO_DATA.format(noun=noun, years=_years_words(missing)))
    if notes:
        label += texts.CALENDAR_NOTES.format(notes="; ".join(notes))
    return label


def days_phrase(days: Iterable[tuple[dt.date, DayKind]]) -> str:
    """«7 y 8 de diciembre», «2 y 3 de abril, 1 de mayo», «23 (no laborable) y 24 de
    marzo»; «25 de diciembre de 2026; 1 de enero de 2027» across years."""
    by_year: dict[int, dict[int, list[str]]] = {}
    for day, kind in sorted(days):
        text = str(day.day)
        if kind is DayKind.NON_WORKING:
            text = texts.SKIPPED_NON_WORKING.format(day=text)
        by_year.setdefault(day.year, {}).setdefault(day.month, []).append(text)
    years = []
    for year, months in by_year.items():
        text = ", ".join(
            texts.SKIPPED_DAYS.format(days=texts.join_words(items), month=texts.MONTHS[m - 1])
            for m, items in months.items()
        )
        years.append(texts.SKIPPED_YEAR.format(days=text, year=year) if len(by_year) > 1 else text)
    return "; ".join(years)


def skipped_sentence(
    start: dt.date,
    end: dt.date,
    country: str,
    region: str = "",
    calendar: str = Calendar.GENERAL,
) -> str:
    """The line under a date counted in business days from `start` to `end`: the days it
    skipped and the calendar used, or that it skipped none.

    «No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026»;
    «Sin festivos en este plazo · calendario: festivos nacionales de España 2026 (no
    incluye los de tu comunidad: elige tu comunidad)»."""
    first = start + dt.timedelta(days=1)
    years = range(first.year, end.year + 1) if end >= first else (end.year,)
    label = calendar_label(country, region, calendar, years)
    days = skipped(start, end, country, region, calendar)
    if not days:
        return texts.SKIPPED_NONE.format(noun=_noun(country.upper()), calendar=label)
    return texts.SKIPPED.format(days=days_phrase(days), calendar=label)
