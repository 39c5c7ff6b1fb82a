"""España: what Ley 10/2025 and the payment-services rules add to each situation."""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule

BOE_LEY_10_2025 = legal.Source(
    "BOE: Ley 10/2025 de servicios de atención a la clientela",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2025-26698",
    "2025-12-27",
    official=True,
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="ES",
        situation=SituationKind.WRONG_BILL,
        for_companies="grandes",
        summary=(
            "Si la empresa está obligada por la Ley 10/2025 (grandes empresas, luz, agua, "
            "gas, transporte y correos), una reclamación por una factura o un cobro indebido "
            "se responde en 5 días, no en 15 días hábiles."
        ),
        company_deadline=legal.Deadline(
            5, legal.Unit.DAYS, None, "desde que presentas la reclamación"
        ),
        deadline_rung="empresa-ley-10-2025",
        deadline_note="La ley dice «cinco días» sin decir si son hábiles: los contamos naturales.",
        status=legal.Status.VERIFIED,
        sources=(BOE_LEY_10_2025,),
        checked="2026-12",
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.SERVICE_CUT,
        for_companies="grandes",
        summary=(
            "Si se corta un servicio básico de suministro continuo (luz, agua, gas, "
            "telecomunicaciones), la empresa tiene 2 horas para informarte de la causa y de "
            "cuándo vuelve. Para tu reclamación escrita sigue contando su plazo general."
        ),
        status=legal.Status.VERIFIED,
        sources=(BOE_LEY_10_2025,),
        checked="2026-12",
    ),
)
