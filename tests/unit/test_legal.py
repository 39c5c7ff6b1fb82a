"""Legal facts: every fact has a source, a status and the month it was checked; no UNCERTAIN
fact is a number; no fact goes stale unnoticed (a VERIFIED fact checked more than twelve
months ago, or an expiring sentence past its day, fails this file)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from followup import legal
from followup.legal import (
    Aid,
    AidKind,
    Change,
    Dated,
    Deadline,
    Level,
    Rung,
    Sector,
    Source,
    Status,
    Unit,
)

ALL_RUNGS = [(c, r) for c in legal.COUNTRIES.values() for r in c.rungs]
RUNG_IDS = [f"{c.code}:{r.key}" for c, r in ALL_RUNGS]
ALL_AIDS = [(c, a) for c in legal.COUNTRIES.values() for a in c.aids]
AID_IDS = [f"{c.code}:{a.key}" for c, a in ALL_AIDS]
BDE_URL = "https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/"
DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
# A VERIFIED fact is re-checked at least once a year (review of 2026-12, §5.2 point 6).
MAX_AGE_MONTHS = 12
# «tu», «tus», «te» are words for the reader; a body must read well in a letter to a company.
READER_WORDS = re.compile(r"\b(tu|tus|te|ti)\b", re.IGNORECASE)


def months_between(checked: str, today: dt.date) -> int:
    year, month = (int(part) for part in checked.split("-"))
    return (today.year - year) * 12 + today.month - month


def stale_facts(
    facts: list[tuple[str, Status, str]], dated: tuple[Dated, ...], today: dt.date
) -> list[str]:
    """What an editor must look at again on `today`: VERIFIED facts checked more than twelve
    months before, and expiring sentences whose day has passed."""
    found = [
        f"{key}: VERIFIED, checked {checked}"
        for key, status, checked in facts
        if status is Status.VERIFIED and months_between(checked, today) > MAX_AGE_MONTHS
    ]
    found += [
        f"dated sentence until {d.until}: {d.before!r}" for d in dated if today > d.until_date
    ]
    return found


def every_fact() -> list[tuple[str, Status, str]]:
    facts = [(f"{c.code}:{r.key}", r.status, r.checked) for c, r in ALL_RUNGS]
    facts += [(f"{c.code}:{a.key}", a.status, a.checked) for c, a in ALL_AIDS]
    facts += [
        (f"{c.code}:change {i}", ch.status, ch.checked)
        for c in legal.COUNTRIES.values()
        for i, ch in enumerate(c.changes)
    ]
    return facts


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


def check_source(source: Source) -> None:
    assert source.publisher
    assert source.url.startswith("https://"), f"plain http: {source.url}"
    assert DATE.match(source.date), source.date
    assert source.date_text()


@pytest.mark.parametrize(("country", "rung"), ALL_RUNGS, ids=RUNG_IDS)
def test_every_fact_has_status_sources_checked_month_and_https_links(
    country: legal.Country, rung: Rung
) -> None:
    assert rung.status in Status
    assert rung.sources
    for source in rung.sources:
        check_source(source)
    assert MONTH.match(rung.checked), f"{rung.key}: checked {rung.checked!r}"
    if rung.portal is not None:
        assert rung.portal.url.startswith("https://")
    assert rung.instrument and rung.body and rung.how and rung.cost and rung.preconditions
    assert rung.sectors and all(s in Sector for s in rung.sectors)
    if rung.waits is not None:
        assert rung.level is not Level.COMPANY


@pytest.mark.parametrize(("country", "rung"), ALL_RUNGS, ids=RUNG_IDS)
def test_every_body_can_stand_in_a_letter_to_a_company(country: legal.Country, rung: Rung) -> None:
    assert not READER_WORDS.search(rung.body), rung.body
    assert not READER_WORDS.search(rung.instrument), rung.instrument


@pytest.mark.parametrize(("country", "aid"), ALL_AIDS, ids=AID_IDS)
def test_every_aid_has_status_sources_checked_month_and_https_links(
    country: legal.Country, aid: Aid
) -> None:
    assert aid.status in Status and aid.text and aid.kind in AidKind
    for source in aid.sources:
        check_source(source)
    assert MONTH.match(aid.checked)
    assert all(link.url.startswith("https://") for link in aid.links)
    if aid.status is Status.UNCERTAIN:
        assert not re.search(r"\d", aid.text)


def test_no_verified_fact_is_older_than_twelve_months_and_no_dated_sentence_has_expired() -> None:
    """Fails the build when a fact needs a new check: fold the change in, re-check the fact,
    update its `checked` month (and the page's «Cambios en esta página»)."""
    assert stale_facts(every_fact(), legal.all_dated(), dt.date.today()) == []


def test_the_freshness_check_catches_a_stale_fact_and_an_expired_sentence() -> None:
    today = dt.date(2027, 12, 29)
    old = make_rung(key="viejo", status=Status.VERIFIED, checked="2026-11")
    recent = make_rung(key="reciente", status=Status.VERIFIED, checked="2027-01")
    secondary = make_rung(key="prensa", status=Status.SECONDARY, checked="2020-01")
    facts = [(r.key, r.status, r.checked) for r in (old, recent, secondary)]
    dated = Dated(before="Hasta el 28 de diciembre.", until="2027-12-28", after="Ya no.")
    assert stale_facts(facts, (dated,), today) == [
        "viejo: VERIFIED, checked 2026-11",
        "dated sentence until 2027-12-28: 'Hasta el 28 de diciembre.'",
    ]
    assert stale_facts(facts, (dated,), dt.date(2027, 12, 28)) == [
        "viejo: VERIFIED, checked 2026-11"
    ]
    assert stale_facts(facts[1:], (dated,), dt.date(2027, 12, 1)) == []


def test_a_dated_sentence_needs_the_wording_for_after_its_day() -> None:
    sentence = Dated(before="Hasta el 28.", until="2026-12-28", after="Desde el 29.")
    assert sentence.text(dt.date(2026, 12, 28)) == "Hasta el 28."
    assert sentence.text(dt.date(2026, 12, 29)) == "Desde el 29."
    with pytest.raises(ValueError, match="after"):
        Dated(before="Hasta el 28.", until="2026-12-28", after="")
    with pytest.raises(ValueError, match="after"):
        Dated(before="Hasta el 28.", until="2026-12-28", after="   ")
    with pytest.raises(ValueError, match="wording"):
        Dated(before="", until="2026-12-28", after="Desde el 29.")
    with pytest.raises(ValueError):
        Dated(before="Hasta.", until="28/12/2026", after="Desde.")


def test_spain_adaptation_sentence_switches_after_28_december_2026() -> None:
    rung = legal.country("ES").rung("empresa-ley-10-2025")
    assert "tienen hasta el 28 de diciembre de 2026" in rung.deadline_text(dt.date(2026, 12, 28))
    later = rung.deadline_text(dt.date(2026, 12, 29))
    assert "tienen hasta" not in later and "terminó el 28 de diciembre de 2026" in later
    assert rung.deadline_note in later


def test_checked_months_and_page_changes_are_validated() -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        make_rung(checked="diciembre")
    with pytest.raises(ValueError, match="YYYY-MM"):
        Change("x", Status.VERIFIED, Source("x", "https://x/", "", official=True), "2026-13")
    with pytest.raises(ValueError, match="YYYY-MM"):
        legal.PageChange("26-12", "x")
    with pytest.raises(ValueError, match="source"):
        Aid(
            key="a",
            kind=AidKind.GUARANTEE,
            text="x",
            status=Status.VERIFIED,
            sources=(),
            checked="2026-12",
        )
    with pytest.raises(ValueError, match="no number"):
        Aid(
            key="a",
            kind=AidKind.GUARANTEE,
            text="6 meses",
            status=Status.UNCERTAIN,
            sources=(Source("x", "https://x/", "", official=False),),
            checked="2026-12",
        )
    with pytest.raises(ValueError, match="no number"):
        make_rung(dated=(Dated(before="Hasta 2026.", until="2026-12-28", after="Ya no."),))


@pytest.mark.parametrize(("country", "rung"), ALL_RUNGS, ids=RUNG_IDS)
def test_uncertain_facts_carry_no_number(country: legal.Country, rung: Rung) -> None:
    if rung.status is Status.UNCERTAIN:
        assert rung.deadline is None and rung.reader_limit is None
        assert not re.search(r"\d", rung.deadline_note + rung.reader_note + rung.remarks)


@pytest.mark.parametrize("country", legal.COUNTRIES.values(), ids=legal.COUNTRIES)
def test_country_metadata(country: legal.Country) -> None:
    assert country.page_changes, "a page keeps its own history"
    months = [entry.month for entry in country.page_changes]
    assert months == sorted(months, reverse=True), "newest first"
    assert country.updated == months[0] and legal.month_year(country.updated)
    # Venezuela's laws say «días continuos».
    assert country.calendar_word in ("naturales", "calendario", "corridos", "continuos")
    assert country.complaint_word in ("reclamación", "reclamo")
    assert len({r.key for r in country.rungs}) == len(country.rungs)
    for change in country.changes:
        assert change.text and change.status in Status
        assert change.source.url.startswith("https://") and DATE.match(change.source.date)
        assert MONTH.match(change.checked)


@pytest.mark.parametrize("code", legal.MAIN_COUNTRIES)
def test_main_countries_have_the_whole_ladder(code: str) -> None:
    country = legal.country(code)
    assert country.company_rungs(), "a company rung"
    assert any(r.level is Level.AUTHORITY for r in country.rungs)
    assert any(r.portal for r in country.rungs if r.level is not Level.COMPANY)
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
    # Insurance in Mexico goes to the insurer's UNE and the CONDUSEF, like banks (review M13).
    assert [r.key for r in mx.company_rungs(Sector.INSURANCE)] == ["banca-une"]
    assert [r.key for r in mx.authorities(Sector.INSURANCE)] == ["banca-condusef"]
    # The European Consumer Centre only takes purchases abroad: never offered for a case.
    assert [r.key for r in es.authorities(Sector.BANKING)] == ["banca-bde", "omic", "arbitraje"]
    assert es.rung("cec").cross_border and es.rung("cec").covers(Sector.BANKING)
    assert [r.key for r in mx.authorities(Sector.BANKING)] == ["banca-condusef"]
    assert [r.key for r in legal.country("UY").company_rungs()] == ["reclamo-empresa"]
    assert [r.key for r in legal.country("CO").authorities(Sector.AIR)] == [
        "aereo-supertransporte",
        "sic",
    ]
    # The CFPB does not supervise insurance (review O5); the state's consumer office and the
    # FTC take any case, after the sector's own regulator.
    us = legal.country("US")
    assert [r.key for r in us.authorities(Sector.INSURANCE)] == [
        "seguros-estado",
        "fiscalia-estado",
        "ftc",
    ]
    assert [r.key for r in us.authorities(Sector.BANKING)] == [
        "finanzas-cfpb",
        "fiscalia-estado",
        "ftc",
    ]
    assert [r.key for r in us.company_rungs(Sector.BANKING)] == ["banca-disputa"]
    assert [r.key for r in us.company_rungs(Sector.INSURANCE)] == ["queja-empresa"]
    # Puerto Rico: the DACO for any purchase, the federal agencies as in the US.
    pr = legal.country("PR")
    assert [r.key for r in pr.authorities()] == ["daco", "ftc"]
    assert pr.authorities(Sector.BANKING)[0] is us.rung("finanzas-cfpb")
    assert legal.country("CO").sector_groups()[-1] == (Sector.AIR,)
    assert (Sector.BANKING, Sector.INSURANCE) in legal.country("PE").sector_groups()
    assert (
        legal.sector_group_name((Sector.BANKING, Sector.INSURANCE)) == "Bancos, tarjetas y seguros"
    )
    assert legal.sector_group_name((Sector.TELECOM, Sector.AIR)) == (
        "Telefonía, internet y televisión y Vuelos"
    )
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
