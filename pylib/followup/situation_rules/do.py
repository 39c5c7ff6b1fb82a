"""República Dominicana: a wrong telecom bill. Checked in December 2026 on
dau.indotel.gob.do (three months to claim to the company) and indotel.gob.do (the INDOTEL
takes the case once the reader claimed to the company)."""

from __future__ import annotations

from .. import legal
from ..legal import do
from ..model import SituationKind
from ..situations import CountryRule
from .common import CHECKED

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="DO",
        situation=SituationKind.WRONG_BILL,
        sectors=(legal.Sector.TELECOM,),
        summary=(
            "Tienes 3 meses para reclamar a la compañía de teléfono, internet o cable desde que "
            "te notifican el hecho que reclamas; en un cargo que no reconoces, desde la factura. "
            "Cualquier número de reclamo que te dé la compañía cuenta como reclamación: anótalo."
        ),
        reader_limit=legal.Deadline(
            3,
            legal.Unit.MONTHS,
            None,
            "desde que te notifican el hecho que reclamas (en un cargo, desde la factura)",
        ),
        silence=(
            "Si la prestadora no responde, acude al INDOTEL con el número de tu reclamación: "
            "solo te pide haber reclamado antes a la compañía."
        ),
        silence_route="telecom-indotel",
        status=legal.Status.VERIFIED,
        sources=(do.INDOTEL_DAU, do.INDOTEL_CPF),
        checked=CHECKED,
    ),
)
