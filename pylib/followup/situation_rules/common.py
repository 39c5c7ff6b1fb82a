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
    "Reclama por escrito a la aerolínea. Si el problema es tu equipaje, no esperes: en un vuelo "
    "internacional, si llega dañado tienes 7 días desde que lo recibes y, si llega con retraso, "
    "21 días desde que te lo entregan (Convenio de Montreal, art. 31)."
)
