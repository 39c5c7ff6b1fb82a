"""Facts that hold in every country of the guide: the month they were checked and the Montreal
Convention's baggage deadlines (all six countries are parties to it)."""

from __future__ import annotations

from .. import legal

CHECKED = "2026-12"

MONTREAL = legal.Source(
    "Convenio de Montreal de 1999, art. 31 (texto oficial en la base de tratados del Gobierno "
    "de los Países Bajos)",
    "https://wetten.overheid.nl/BWBV0001644",
    "",
    official=True,
)
BAGGAGE_LIMIT = legal.Deadline(
    7, legal.Unit.DAYS, False, "desde que recibes tu equipaje dañado, en un vuelo internacional"
)
BAGGAGE_NOTE = (
    "Si tu equipaje llegó con retraso, el plazo es de 21 días desde que te lo entregan. La queja "
    "va por escrito, y el convenio cuenta días naturales (arts. 31 y 52)."
)
BAGGAGE_SUMMARY = (
    "Si en un vuelo internacional tu equipaje llega dañado o con retraso, reclama por escrito a "
    "la aerolínea: tienes 7 días desde que lo recibes si llegó dañado y 21 días desde que te lo "
    "entregan si llegó con retraso (Convenio de Montreal, art. 31). Por cancelaciones y "
    "retrasos del vuelo, reclama también por escrito."
)
