"""Under every date the tools compute: what the count skipped and the calendar it used."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup

from followup import render
from followup.messages import MessageKind
from followup.model import CaseFile, CaseSector, CompanySize
from followup.render import BuilderPrefs, View
from followup.storage import CaseLog

TODAY = dt.date(2026, 12, 2)
MADRID = CaseFile(
    id="m",
    case_number="INC-1",
    country="ES",
    region="MD",
    sector=CaseSector.OTHER,
    company_size=CompanySize.LARGE,
    complaint_date=dt.date(2026, 11, 30),
)


def text(tool: str, view: View) -> str:
    return BeautifulSoup(render.render(tool, view), "html.parser").get_text(" ", strip=True)


def test_the_letter_in_the_builder_shows_its_date_and_the_holidays_it_skipped() -> None:
    prefs = BuilderPrefs(kind=MessageKind.COMPLAINT)
    view = View(log=CaseLog((MADRID,), "m"), today=TODAY, builder=prefs)
    shown = text("builder", view)
    # 15 días hábiles from 30 November skip 7 and 8 December in Madrid: 23 December.
    assert "Plazo legal de la empresa: hasta el 23 de diciembre de 2026." in shown
    assert "No contamos: 7 y 8 de diciembre · festivos de la Comunidad de Madrid 2026" in shown


def test_the_dossier_says_what_the_count_skipped_and_when_each_body_opens() -> None:
    bank = MADRID.with_changes(sector=CaseSector.FINANCE)
    shown = text("caselog", View(log=CaseLog((bank,), "m"), today=TODAY))
    # A bank's month runs date to date; the Banco de España takes the case a month after.
    assert "Un plazo en meses o años va de fecha a fecha" in shown
    assert "Puedes acudir a Banco de España" in shown
    assert "desde el 30 de diciembre de 2026" in shown
