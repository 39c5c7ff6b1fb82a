"""Legal facts: every fact has a source, a date and a status; no UNCERTAIN fact is a number."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from followup import legal
from followup.legal import Deadline, Level, Rung, Sector, Source, Status, Unit

ALL_RUNGS = [(c, r) for c in legal.COUNTRIES.values() for r in c.rungs]
RUNG_IDS = [f"{c.code}:{r.key}" for c, r in ALL_RUNGS]
BDE_URL = "https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/"
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")


def make_rung(**changes: object) -> Rung:
    fields: dict[str, object] = {
        "key": "test",
        "level": Level.COMPANY,
        "sectors": (Sector.GENERAL,),
        "instrument": "Reclamación",
        "body": "La empresa",
        "scope": "Todo",
        "deadline": None,
        "deadline_note": "",
        "reader_limit": None,
        "reader_note": "",
        "how": "Por escrito",
        "cost": "Gratis.",
        "preconditions": "Ninguno.",
        "portal": None,
        "status": Status.UNCERTAIN,
        "sources": (Source("Fuente", "https://example.org/", "", official=False),),
    }
    fields.update(changes)
    return Rung(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("country", "rung"), ALL_RUNGS, ids=RUNG_IDS)
def test_every_fact_has_source_date_and_status(country: legal.Country, rung: Rung) -> None:
    assert rung.status in Status
    assert rung.sources
    for source in rung.sources:
        assert source.publisher
        assert source.url.startswith(("https://", "http://"))
        assert DATE.match(source.date), source.date
        assert source.date_text()
    assert rung.instrument and rung.body and rung.how and rung.cost and rung.preconditions
    assert rung.sectors and all(s in Sector for s in rung.sectors)


@pytest.mark.parametrize(("country", "rung"), ALL_RUNGS, ids=RUNG_IDS)
def test_uncertain_facts_carry_no_number(country: legal.Country, rung: Rung) -> None:
    if rung.status is Status.UNCERTAIN:
        assert rung.deadline is None and rung.reader_limit is None
        assert not re.search(r"\d", rung.deadline_note + rung.reader_note + rung.remarks)


@pytest.mark.parametrize("country", legal.COUNTRIES.values(), ids=legal.COUNTRIES)
def test_country_metadata(country: legal.Country) -> None:
    assert re.match(r"^\d{4}-\d{2}$", country.reviewed)
    assert legal.month_year(country.reviewed)
    assert country.calendar_word in ("naturales", "calendario", "corridos")
    assert country.complaint_word in ("reclamación", "reclamo")
    assert len({r.key for r in country.rungs}) == len(country.rungs)
    for change in country.changes:
        assert change.text and change.status in Status
        assert change.source.url.startswith("https://") and DATE.match(change.source.date)


@pytest.mark.parametrize("code", legal.MAIN_COUNTRIES)
def test_main_countries_have_the_whole_ladder(code: str) -> None:
    country = legal.country(code)
    assert country.company_rungs(), "a company rung"
    assert any(r.level is Level.AUTHORITY and r.portal for r in country.rungs)
    assert country.official_links(), "an official page to check the facts"
    assert country.sectors(), "at least one sector with rules of its own"


def test_known_facts() -> None:
    es = legal.country("es")
    general = es.company_rungs()[0]
    assert general.deadline == Deadline(15, Unit.DAYS, True, general.deadline.start)  # type: ignore[union-attr]
    assert general.status is Status.VERIFIED
    peru = legal.country("PE").company_rungs()[0].deadline
    assert peru is not None and (peru.amount, peru.business) == (15, True)
    sernac = legal.country("CL").rung("sernac").deadline
    assert sernac is not None and sernac.amount == 18
    assert legal.country("MX").company_rungs()[0].deadline is None
    assert legal.country("AR").rung("telecom-enacom").deadline is None
    assert legal.country("EC").rungs[0].status is Status.UNCERTAIN


def test_sector_lookups_fall_back_to_general_rules() -> None:
    es = legal.country("ES")
    assert [r.key for r in es.company_rungs(Sector.TELECOM)] == ["telecom-operador"]
    assert [r.key for r in es.company_rungs(Sector.ENERGY)] == ["empresa-ley-10-2025"]
    mx = legal.country("MX")
    # No company rung of its own for insurance in Mexico: the general one applies.
    assert mx.company_rungs(Sector.INSURANCE) == mx.company_rungs(Sector.GENERAL)
    assert [r.key for r in es.authorities(Sector.BANKING)] == ["banca-bde", "omic", "arbitraje"]
    assert [r.key for r in mx.authorities(Sector.BANKING)] == ["banca-condusef"]
    assert legal.country("UY").company_rungs() == ()
    assert Sector.AIR not in legal.country("CO").sectors()
    assert es.sectors() == (
        Sector.TELECOM,
        Sector.BANKING,
        Sector.INSURANCE,
        Sector.ENERGY,
        Sector.AIR,
    )


def test_rung_lookup_and_country_lookup() -> None:
    es = legal.country("ES")
    assert es.rung("arbitraje").level is Level.AUTHORITY
    with pytest.raises(KeyError):
        es.rung("nope")
    with pytest.raises(KeyError):
        legal.country("FR")


def test_sources_and_links() -> None:
    es = legal.country("ES")
    sources = es.sources()
    assert len({s.url for s in sources}) == len(sources)
    officials = [s.official for s in sources]
    assert officials == sorted(officials, reverse=True), "official sources first"
    links = es.links()
    assert "https://www.usuariosteleco.gob.es/" in links
    assert len(set(links)) == len(links)
    assert set(links) <= legal.all_links()
    assert set(es.official_links()) <= set(links)
    assert BDE_URL in es.official_links()


def test_rung_refuses_numbers_it_must_not_publish() -> None:
    make_rung()  # an UNCERTAIN rung without numbers is fine
    with pytest.raises(ValueError, match="never a number"):
        make_rung(deadline=Deadline(10, Unit.DAYS, True, "desde"))
    with pytest.raises(ValueError, match="never a number"):
        make_rung(reader_limit=Deadline(1, Unit.YEARS, None, "desde"))
    with pytest.raises(ValueError, match="no number"):
        make_rung(deadline_note="15 días")
    with pytest.raises(ValueError, match="no number"):
        make_rung(remarks="Responde en 10 días")
    with pytest.raises(ValueError, match="needs a source"):
        make_rung(sources=())
    rung = make_rung(status=Status.VERIFIED, deadline=Deadline(10, Unit.DAYS, True, "desde"))
    assert rung.covers(Sector.GENERAL) and not rung.covers(Sector.TELECOM)


def test_deadline_validation() -> None:
    with pytest.raises(ValueError, match="positive"):
        Deadline(0, Unit.DAYS, True, "desde")
    with pytest.raises(ValueError, match="only days"):
        Deadline(1, Unit.MONTHS, True, "desde")


@pytest.mark.parametrize(
    ("deadline", "word", "text"),
    [
        (Deadline(15, Unit.DAYS, True, "x"), "naturales", "15 días hábiles"),
        (Deadline(1, Unit.DAYS, True, "x"), "naturales", "1 día hábil"),
        (Deadline(90, Unit.DAYS, False, "x"), "naturales", "90 días naturales"),
        (Deadline(30, Unit.DAYS, False, "x"), "corridos", "30 días corridos"),
        (Deadline(15, Unit.DAYS, None, "x"), "calendario", "15 días"),
        (Deadline(1, Unit.DAYS, None, "x"), "naturales", "1 día"),
        (Deadline(1, Unit.MONTHS, None, "x"), "naturales", "1 mes"),
        (Deadline(3, Unit.MONTHS, None, "x"), "naturales", "3 meses"),
        (Deadline(1, Unit.YEARS, None, "x"), "naturales", "1 año"),
        (Deadline(5, Unit.YEARS, None, "x"), "naturales", "5 años"),
        (Deadline(2, Unit.HOURS, None, "x"), "naturales", "2 horas"),
        (Deadline(1, Unit.HOURS, None, "x"), "naturales", "1 hora"),
    ],
)
def test_deadline_words(deadline: Deadline, word: str, text: str) -> None:
    assert deadline.words(word) == text
    assert deadline.sentence(word) == f"{text} x"


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("", "sin fecha"),
        ("2022", "2022"),
        ("2025-03", "marzo de 2025"),
        ("2025-12-27", "27 de diciembre de 2025"),
    ],
)
def test_source_dates_in_spanish(date: str, text: str) -> None:
    assert Source("x", "https://x/", date, official=True).date_text() == text


THU = dt.date(2026, 3, 5)


@pytest.mark.parametrize(
    ("deadline", "start", "due"),
    [
        (Deadline(3, Unit.DAYS, True, "x"), THU, dt.date(2026, 3, 10)),
        (Deadline(15, Unit.DAYS, True, "x"), dt.date(2026, 3, 2), dt.date(2026, 3, 23)),
        (Deadline(15, Unit.DAYS, None, "x"), THU, dt.date(2026, 3, 20)),
        (Deadline(90, Unit.DAYS, False, "x"), dt.date(2026, 1, 1), dt.date(2026, 4, 1)),
        (Deadline(1, Unit.MONTHS, None, "x"), dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        (Deadline(3, Unit.MONTHS, None, "x"), dt.date(2026, 11, 15), dt.date(2027, 2, 15)),
        (Deadline(1, Unit.YEARS, None, "x"), dt.date(2028, 2, 29), dt.date(2029, 2, 28)),
    ],
)
def test_due_dates(deadline: Deadline, start: dt.date, due: dt.date) -> None:
    assert deadline.due(start) == due


def test_due_date_skips_holidays_and_refuses_hours() -> None:
    holiday = frozenset({dt.date(2026, 3, 9)})
    assert Deadline(3, Unit.DAYS, True, "x").due(THU, holiday) == dt.date(2026, 3, 11)
    with pytest.raises(ValueError, match="hours"):
        Deadline(2, Unit.HOURS, None, "x").due(THU)


def test_ladder_for_a_country_and_sector() -> None:
    company, next_steps = legal.ladder("CL", Sector.TELECOM)
    assert [r.key for r in company] == ["telecom-empresa"]
    assert [r.key for r in next_steps] == ["telecom-subtel", "sernac"]
    assert company[0].deadline is not None
    assert company[0].deadline.due(THU) == dt.date(2026, 3, 12)
