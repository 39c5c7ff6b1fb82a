"""Beyond the company: holidays, legal dates per country and sector, and the ladder advice."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from followup import escalation, ladder, legal, situations, storage
from followup.dates import add_business_days, national_holidays, sla_deadline
from followup.escalation import Action, Situation, advise
from followup.messages import format_date_es
from followup.model import (
    OTHER_COUNTRY,
    CaseFile,
    CaseSector,
    Channel,
    CompanySize,
    ComplaintChannel,
    Impact,
    Interaction,
    InteractionKind,
    SlaUnit,
)
from followup.texts import sla_phrase

D = dt.date


# --- Holidays ------------------------------------------------------------------------


def test_the_shipped_holidays_are_current_and_made_by_the_holidays_package() -> None:
    from sitebuild import holiday_data

    with open(holiday_data.TARGET, encoding="utf-8") as shipped:
        assert shipped.read() == holiday_data.generate(), (
            "run `python -m sitebuild.holiday_data` (or build the site) to refresh them"
        )


def test_holidays_cover_last_year_this_year_and_the_next_two_for_every_country() -> None:
    from followup.holidays_data import NATIONAL, YEARS

    assert tuple(range(dt.date.today().year - 1, dt.date.today().year + 3)) == YEARS
    assert set(NATIONAL) == set(legal.COUNTRIES)
    assert D(2026, 12, 25) in national_holidays("ES") or 2026 not in YEARS


def test_the_followup_package_never_imports_the_holidays_package() -> None:
    import re
    from pathlib import Path

    # `import holidays…` or `from holidays… import`, not our own `holidays_data`.
    imports_holidays = re.compile(r"^\s*(?:import|from)\s+holidays\b(?!_)", re.MULTILINE)
    package = Path(ladder.__file__).parent
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not imports_holidays.search(text), source.name


def test_unknown_countries_have_no_holidays() -> None:
    assert national_holidays("ZZ") == frozenset()
    assert ladder.holidays_for("") == frozenset()
    assert ladder.holidays_for(OTHER_COUNTRY) == frozenset()


# --- Deadline arithmetic with national holidays -----------------------------------------


# 15 business days from early December, across each country's national holidays.
@pytest.mark.parametrize(
    ("code", "start", "expected"),
    [
        # España: 8 Dec (Inmaculada) and 25 Dec; 6 Dec falls on a Sunday.
        ("ES", D(2026, 12, 1), D(2026, 12, 23)),
        # Perú: 8 and 9 Dec (Inmaculada, Batalla de Ayacucho) and 25 Dec.
        ("PE", D(2026, 12, 1), D(2026, 12, 24)),
        # Colombia: 8 Dec and 25 Dec.
        ("CO", D(2026, 12, 1), D(2026, 12, 23)),
        # México: only 25 Dec.
        ("MX", D(2026, 12, 1), D(2026, 12, 22)),
        # Argentina: 7 and 8 Dec (bridge day and Inmaculada) and 25 Dec.
        ("AR", D(2026, 12, 1), D(2026, 12, 24)),
    ],
)
def test_fifteen_business_days_from_early_december(
    code: str, start: dt.date, expected: dt.date
) -> None:
    holidays = national_holidays(code)
    assert add_business_days(start, 15, holidays) == expected
    assert add_business_days(start, 15) == D(2026, 12, 22)  # weekends only
    deadline = legal.Deadline(15, legal.Unit.DAYS, True, "")
    assert ladder.due(deadline, start, ladder.holidays_for(code)) == expected


def test_due_has_no_date_for_hours_or_without_a_start() -> None:
    hours = legal.Deadline(48, legal.Unit.HOURS, None, "")
    days = legal.Deadline(5, legal.Unit.DAYS, None, "")
    assert ladder.due(hours, D(2026, 12, 1), frozenset()) is None
    assert ladder.due(days, None, frozenset()) is None
    assert ladder.due(None, D(2026, 12, 1), frozenset()) is None
    assert ladder.due(days, D(2026, 12, 1), frozenset()) == D(2026, 12, 6)


# --- Promised times in the company's own unit -------------------------------------------


@pytest.mark.parametrize(
    ("amount", "unit", "due", "words"),
    [
        (48, SlaUnit.CALENDAR_HOURS, D(2026, 11, 4), "48 horas"),
        (1, SlaUnit.CALENDAR_HOURS, D(2026, 11, 3), "1 hora"),
        (48, SlaUnit.HOURS, D(2026, 11, 10), "48 horas hábiles"),
        (5, SlaUnit.CALENDAR_DAYS, D(2026, 11, 7), "5 días naturales"),
        (1, SlaUnit.CALENDAR_DAYS, D(2026, 11, 3), "1 día natural" if False else "1 día naturales"),
        (5, SlaUnit.DAYS, D(2026, 11, 9), "5 días hábiles"),
    ],
)
def test_promised_times_count_in_their_own_unit(
    amount: int, unit: SlaUnit, due: dt.date, words: str
) -> None:
    case = CaseFile(id="a", opened=D(2026, 11, 2), sla_amount=amount, sla_unit=unit)
    assert ladder.sla_due(case) == due
    assert sla_phrase(amount, unit) == words


def test_business_promises_skip_the_countrys_holidays_and_calendar_words_follow_it() -> None:
    case = CaseFile(id="a", opened=D(2026, 12, 7), sla_amount=2, country="ES")
    assert ladder.sla_due(case) == D(2026, 12, 10)  # 8 Dec is a holiday in Spain
    assert ladder.sla_due(replace(case, country="")) == D(2026, 12, 9)
    assert ladder.sla_due(replace(case, opened=None)) is None
    assert ladder.calendar_word("PE") == "calendario"
    assert ladder.calendar_word("") == "naturales"
    assert sla_phrase(3, SlaUnit.CALENDAR_DAYS, "corridos") == "3 días corridos"
    assert sla_deadline(D(2026, 12, 7), 49, True, business=False) == D(2026, 12, 10)


# --- The case file's legal steps ---------------------------------------------------------

TELECOM_ES = CaseFile(
    id="es",
    opened=D(2026, 9, 1),
    country="ES",
    sector=CaseSector.TELECOM,
    complaint_date=D(2026, 10, 1),
)


def test_company_step_uses_the_first_rung_with_a_deadline() -> None:
    step = ladder.company_step(TELECOM_ES, D(2026, 10, 5))
    assert step is not None and step.rung is not None
    assert step.rung.key == "telecom-operador"
    assert step.due == D(2026, 11, 1)
    general = ladder.company_step(replace(TELECOM_ES, sector=None), D(2026, 10, 5))
    assert general is not None and general.rung is not None
    assert general.rung.key == "empresa-ley-10-2025"
    assert ladder.company_step(replace(TELECOM_ES, country=OTHER_COUNTRY), D(2026, 10, 5)) is None


def test_a_country_without_company_rungs_has_no_company_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uruguay = legal.country("UY")
    without = replace(
        uruguay, rungs=tuple(r for r in uruguay.rungs if r.level is not legal.Level.COMPANY)
    )
    monkeypatch.setitem(legal.COUNTRIES, "UY", without)
    step = ladder.company_step(replace(TELECOM_ES, country="UY"), D(2026, 10, 5))
    assert step is not None and step.rung is None and step.due is None


def test_an_answer_is_a_contact_after_the_complaint() -> None:
    before = Interaction(D(2026, 9, 20), Channel.EMAIL, InteractionKind.CONTACT)
    later = Interaction(D(2026, 10, 20), Channel.EMAIL, InteractionKind.CONTACT)
    mine = Interaction(D(2026, 10, 10), Channel.EMAIL, InteractionKind.FOLLOW_UP)
    case = replace(TELECOM_ES, interactions=(before, mine, later))
    assert ladder.answered_on(case) == D(2026, 10, 20)
    assert ladder.answered_on(replace(case, complaint_date=None)) is None


def test_reader_limits_start_where_their_rule_says() -> None:
    steps = ladder.authority_steps(TELECOM_ES, D(2026, 11, 5))
    assert steps[0].rung.key == "telecom-oficina"
    assert steps[0].limit == D(2027, 2, 1)  # 3 months from the operator's deadline
    by_key = {s.rung.key: s.limit for s in steps}
    assert by_key["arbitraje"] == D(2027, 10, 1)  # 1 year from the complaint
    assert by_key["omic"] is None
    mexico = ladder.authority_steps(
        CaseFile(id="mx", country="MX", opened=D(2026, 9, 1)), D(2026, 11, 5)
    )
    assert mexico[0].limit == D(2027, 9, 1)  # 1 year from the facts: the opening date
    other = CaseFile(id="o", country=OTHER_COUNTRY)
    assert ladder.authority_steps(other, D(2026, 11, 5)) == ()


def test_next_legal_date_climbs_with_the_case() -> None:
    today = D(2026, 10, 5)
    assert ladder.next_legal_date(replace(TELECOM_ES, complaint_date=None), today) is None
    company = ladder.next_legal_date(TELECOM_ES, today)
    assert company == ladder.LegalDate(D(2026, 11, 1), "company", company.what if company else "")
    # Past the operator's deadline with no answer: it stays in view, overdue, with where
    # to go and until when.
    overdue = ladder.next_legal_date(TELECOM_ES, D(2026, 11, 5))
    assert overdue is not None and (overdue.day, overdue.kind) == (D(2026, 11, 1), "company")
    assert overdue.overdue and overdue.then_day == D(2027, 2, 1)
    assert "Oficina de Atención al Usuario" in overdue.then
    assert overdue.remind_on == D(2027, 2, 1)
    authority = ladder.next_legal_date(replace(TELECOM_ES, authority_date=D(2026, 12, 1)), today)
    assert authority is not None and (authority.day, authority.kind) == (D(2027, 6, 1), "authority")
    peru = replace(TELECOM_ES, country="PE", sector=CaseSector.OTHER, authority_date=D(2026, 12, 1))
    assert ladder.next_legal_date(peru, today) is None  # INDECOPI publishes no deadline
    late = ladder.next_legal_date(TELECOM_ES, D(2028, 1, 1))
    assert late is not None and late.overdue and late.then_day is None


# --- Every country × sector: the formal complaint and the authority ----------------------

OPENED = D(2026, 10, 1)
TODAY = D(2026, 11, 26)


def escalated(code: str, sector: legal.Sector, **changes: object) -> Situation:
    base = Situation(
        opened=OPENED,
        last_contact=D(2026, 11, 2),
        deadline=None,
        follow_ups=2,
        impact=Impact.AFFECTS_ME,
        channels_tried=frozenset({Channel.EMAIL}),
        escalated=True,
        original_channel=Channel.EMAIL,
        country=code,
        sector=sector,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


CASES = [(code, sector) for code in legal.COUNTRIES for sector in ladder.LEGAL_SECTOR.values()]


@pytest.mark.parametrize(("code", "sector"), CASES)
def test_after_an_escalation_each_country_and_sector_gets_its_formal_complaint(
    code: str, sector: legal.Sector
) -> None:
    advice = advise(escalated(code, sector), TODAY)
    assert advice.action is Action.FORMAL_COMPLAINT
    country = legal.country(code)
    rung = ladder.company_rung(country, sector)
    deadline = rung.deadline if rung else None
    texts = " ".join(r.text for r in advice.reasons)
    if deadline is not None and deadline.unit is not legal.Unit.HOURS:
        case = escalated(code, sector).case()
        expected = deadline.due(TODAY, ladder.case_holidays(case))
        assert advice.legal_date == expected
        assert deadline.words(country.calendar_word) in texts
        # Under the date: what the count skipped, or that every day counts.
        assert advice.calendar_note
        if deadline.business:
            assert "No contamos" in advice.calendar_note or "Sin " in advice.calendar_note
    else:
        # No number in the law: the reader sets a reply date, which the advice suggests.
        assert advice.legal_date is None
        assert "La ley no fija un plazo" in texts
        suggested = add_business_days(TODAY, 10, ladder.holidays_for(code))
        assert format_date_es(suggested) in texts
    if rung is not None:
        assert rung.instrument in texts
    assert all(r.section in escalation.SECTIONS for r in advice.reasons)


@pytest.mark.parametrize(("code", "sector"), CASES)
def test_after_the_complaint_each_country_and_sector_gets_its_authority(
    code: str, sector: legal.Sector
) -> None:
    filed = D(2026, 9, 1)  # every legal deadline of the data has run out by TODAY+ a year
    later = D(2027, 10, 1)
    advice = advise(escalated(code, sector, complaint_date=filed), later)
    assert advice.action is Action.AUTHORITY
    # The company never answered: only bodies that take a case without its answer.
    steps = [r for r in legal.country(code).authorities(sector) if not ladder.needs_answer(r)]
    texts = " ".join(r.text for r in advice.reasons)
    if not steps:
        assert advice.headline == "Acude a la autoridad de consumo de tu país"
        return
    first = steps[0]
    assert first.body in advice.headline
    assert advice.portal == first.portal
    assert first.how in texts
    if first.preconditions.startswith("Haber "):
        assert "Antes tienes que " in texts
    else:
        assert "Requisitos previos: " in texts
    if first.reader_limit is None:
        assert advice.legal_date is None
        assert (first.reader_note or "No tenemos un plazo confirmado") in texts
    assert all(r.section in escalation.SECTIONS for r in advice.reasons)


def test_a_silent_company_is_never_sent_to_a_remedy_that_needs_its_answer() -> None:
    """Colombia telecom: the «recurso» needs the operator's answer; without it, the
    advice must not send the reader there."""
    silent = advise(
        escalated("CO", legal.Sector.TELECOM, complaint_date=D(2026, 9, 1)), D(2026, 12, 1)
    )
    assert "recurso" not in silent.headline.lower()
    assert all("recibido la respuesta" not in r.text for r in silent.reasons)
    answered = advise(
        escalated(
            "CO",
            legal.Sector.TELECOM,
            complaint_date=D(2026, 9, 1),
            complaint_answered=D(2026, 9, 10),
        ),
        D(2026, 12, 1),
    )
    assert answered.action is Action.AUTHORITY
    assert "Superintendencia de Industria y Comercio" in answered.headline


def test_spain_the_authority_that_asks_for_a_month_is_not_offered_before_it() -> None:
    """X1: the Banco de España takes a bank complaint one month after it was filed (or
    after the bank's answer): before that the reader waits, and is told until when."""
    bank = escalated("ES", legal.Sector.BANKING, complaint_date=D(2026, 11, 30))
    telecom = escalated("ES", legal.Sector.TELECOM, complaint_date=D(2026, 11, 30))
    general = escalated(
        "ES",
        legal.Sector.GENERAL,
        complaint_date=D(2026, 11, 30),
        company_size=CompanySize.LARGE,
    )
    # 15 días hábiles from 30 November end on 22 December (national calendar): the OMIC
    # takes the case then, the Junta Arbitral only from 30 December.
    advice = advise(general, D(2026, 12, 23))
    assert advice.action is Action.AUTHORITY
    assert "OMIC" in advice.headline
    texts = " ".join(r.text for r in advice.reasons)
    assert "Junta Arbitral" in texts and "30 de diciembre de 2026" in texts
    for case in (bank, telecom):
        assert advise(case, D(2026, 12, 29)).action is Action.WAIT
        after = advise(case, D(2026, 12, 31))
        assert after.action is Action.AUTHORITY


def test_the_company_deadline_is_awaited_then_the_authority_follows() -> None:
    peru = escalated("PE", legal.Sector.GENERAL, complaint_date=D(2026, 12, 1))
    waiting = advise(peru, D(2026, 12, 10))
    assert waiting.action is Action.WAIT
    assert waiting.legal_date == D(2026, 12, 24)
    # Never a holiday: the day after the 24th is Christmas, then a weekend.
    assert waiting.wait_until == D(2026, 12, 28)
    after = advise(peru, D(2026, 12, 28))
    assert after.action is Action.AUTHORITY
    assert "venció el 24 de diciembre de 2026" in after.reasons[0].text


def test_an_answer_that_does_not_solve_it_leads_to_the_authority_at_once() -> None:
    peru = escalated(
        "PE", legal.Sector.GENERAL, complaint_date=D(2026, 12, 1), complaint_answered=D(2026, 12, 3)
    )
    advice = advise(peru, D(2026, 12, 4))
    assert advice.action is Action.AUTHORITY
    assert "respondió a tu reclamación formal el 3 de diciembre de 2026" in advice.reasons[0].text


def test_without_a_country_or_outside_the_data_nothing_is_invented() -> None:
    for code in ("", OTHER_COUNTRY):
        complaint = advise(escalated(code, legal.Sector.GENERAL), TODAY)
        assert complaint.action is Action.FORMAL_COMPLAINT and complaint.legal_date is None
        authority = advise(escalated(code, legal.Sector.GENERAL, complaint_date=OPENED), TODAY)
        assert authority.action is Action.AUTHORITY
        assert authority.headline == "Acude a la autoridad de consumo de tu país"
        assert authority.legal_date is None and authority.portal is None
        waiting = advise(
            escalated(code, legal.Sector.GENERAL, complaint_date=OPENED, authority_date=TODAY),
            TODAY,
        )
        assert waiting.action is Action.WAIT and waiting.wait_until is None


def test_waiting_for_the_authority_shows_its_deadline_when_the_data_has_one() -> None:
    spain = escalated("ES", legal.Sector.TELECOM, complaint_date=OPENED, authority_date=TODAY)
    advice = advise(spain, D(2026, 12, 1))
    assert advice.action is Action.WAIT
    assert advice.legal_date == D(2027, 5, 26)
    assert advice.wait_until == D(2027, 5, 27)
    assert advise(spain, D(2027, 6, 1)).wait_until is None
    peru = escalated("PE", legal.Sector.GENERAL, complaint_date=OPENED, authority_date=TODAY)
    assert advise(peru, D(2026, 12, 1)).legal_date is None


# --- Storage: version 1 documents migrate without losing anything ------------------------

V1_DOCUMENT = {
    "version": 1,
    "active_id": "a",
    "cases": [
        {
            "id": "a",
            "title": "Router",
            "case_number": "48213",
            "company": "Red Rápida",
            "channel": "email",
            "opened": "2026-11-03",
            "last_contact": "2026-11-05",
            "sla_amount": 48,
            "sla_unit": "hours",
            "summary": "Se corta internet.",
            "impact": "critical",
            "new_info": "",
            "agent_name": "Laura",
            "evidence": ["Captura"],
            "interactions": [
                {
                    "date": "2026-11-05",
                    "channel": "email",
                    "kind": "follow_up",
                    "agent": "",
                    "note": "Sin respuesta",
                }
            ],
            "next_action": "2026-11-12",
            "checked": ["sla"],
        },
        {"id": "b", "case_number": "777"},
    ],
}


def test_a_version_1_document_migrates_to_version_2_without_losing_anything() -> None:
    log = storage.parse(json.dumps(V1_DOCUMENT))
    first = log.cases[0]
    assert (first.case_number, first.company, first.agent_name) == ("48213", "Red Rápida", "Laura")
    assert (first.sla_amount, first.sla_unit) == (48, SlaUnit.HOURS)  # business hours, as before
    assert first.interactions[0].note == "Sin respuesta"
    assert first.checked == frozenset({"sla"})
    assert (first.country, first.sector, first.complaint_date) == ("", None, None)
    assert log.active_id == "a" and len(log.cases) == 2
    saved = json.loads(storage.serialize(log))
    assert saved["version"] == storage.SCHEMA_VERSION == 4
    for key, value in V1_DOCUMENT["cases"][0].items():  # type: ignore[union-attr]
        assert saved["cases"][0][key] == value
    assert set(storage.V2_FIELDS) <= set(saved["cases"][1])


def test_version_2_fields_round_trip() -> None:
    case = CaseFile(
        id="a",
        country="PE",
        sector=CaseSector.FINANCE,
        complaint_date=D(2026, 11, 20),
        complaint_channel=ComplaintChannel.BOOK,
        complaint_ref="LR-1",
        authority_date=D(2026, 12, 20),
    )
    log = storage.CaseLog(cases=(case,), active_id="a")
    assert storage.parse(storage.serialize(log)) == log


def test_every_section_the_advice_links_to_exists_in_the_guide() -> None:
    from pathlib import Path

    docs = Path(__file__).resolve().parents[2] / "docs"
    slugs = {s.slug for s in situations.SITUATIONS.values()}
    for section in escalation.SECTIONS:
        page, _, anchor = section.partition("#")
        text = (docs / f"{page}.md").read_text(encoding="utf-8")
        if page == escalation.SITUATIONS_PAGE:
            # Rendered from the same data: each situation's heading has its slug.
            assert "/// situations" in text and anchor in slugs, section
            continue
        assert f"{{#{anchor}}}" in text, section
