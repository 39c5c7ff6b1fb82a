"""Uruguay: a purchase made at a distance. Checked in December 2026 on mef.gub.uy (the right
to change one's mind within 5 días hábiles, art. 16 of Ley 17.250)."""

from __future__ import annotations

from .. import legal
from ..legal import uy
from ..model import SituationKind
from ..situations import CountryRule
from .common import CHECKED

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="UY",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "Si compraste fuera del local (por internet, por teléfono o a domicilio), puedes "
            "arrepentirte en 5 días hábiles desde el contrato o desde la entrega, avisando de "
            "forma que quede prueba; y en cualquier momento, si no te informaron por escrito de "
            "ese derecho (art. 16 de la Ley 17.250)."
        ),
        reader_limit=legal.Deadline(
            5,
            legal.Unit.DAYS,
            True,
            "desde el contrato o desde la entrega, para arrepentirte de una compra a distancia",
        ),
        silence=(
            "Si la empresa no responde, reclama ante el Área de Defensa del Consumidor: no "
            "necesitas su respuesta, solo la prueba de que le avisaste."
        ),
        silence_route="defensa-del-consumidor",
        status=legal.Status.VERIFIED,
        sources=(uy.MEF_FAQ,),
        checked=CHECKED,
    ),
)
