"""Chile: the Ley de Fraudes (Ley 20.009 as amended by Leyes 21.234 and 21.673), the legal
guarantee (Ley 19.496 as amended by Ley 21.398) and flights.

Checked in December 2026 against sernac.cl: «¿Qué hacer ante un fraude?» (notice, police
report, 30 días corridos to hand its receipt in, refund in 10 or 15 días hábiles) and the
legal guarantee page (6 months). Baggage: the Montreal Convention, art. 31.
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, BAGGAGE_SUMMARY, CHECKED, MONTREAL

SERNAC_FRAUDES = legal.Source(
    "SERNAC: ¿Qué hacer ante un fraude? (Ley de Fraudes)",
    "https://www.sernac.cl/portal/604/w3-propertyvalue-67674.html",
    "",
    official=True,
)
SERNAC_LEY_DE_FRAUDES = legal.Source(
    "SERNAC: Ley de Fraudes, pasos y plazos",
    "https://www.sernac.cl/portal/604/w3-propertyname-791.html",
    "",
    official=True,
)
SERNAC_GARANTIA = legal.Source(
    "SERNAC: garantía legal",
    "https://www.sernac.cl/garantialegal/",
    "",
    official=True,
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="CL",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Avisa de inmediato a tu banco o emisor y guarda el número de aviso. Para que te "
            "devuelvan el dinero, denuncia los hechos ante el Ministerio Público, Carabineros, la "
            "PDI o un tribunal con competencia penal, y entrega el comprobante a la empresa: una "
            "simple constancia no basta (Ley 20.009, Ley de Fraudes)."
        ),
        company_deadline=legal.Deadline(
            10,
            legal.Unit.DAYS,
            True,
            "para cancelar los cargos o devolverte el dinero, una vez que reclamas con el comprobante de la denuncia",
        ),
        deadline_rung="empresa",
        deadline_note="Si fueron giros en cajeros o avances en efectivo, 15 días hábiles.",
        reader_limit=legal.Deadline(
            30,
            legal.Unit.DAYS,
            False,
            "desde tu aviso (o desde tu declaración jurada, si te la pidieron), para entregar a la empresa el comprobante de la denuncia",
        ),
        reader_note=(
            "Si no lo entregas a tiempo, se entiende que retiraste el aviso y no te devuelven "
            "el dinero. La empresa también puede pedirte una declaración jurada simple."
        ),
        silence=(
            "Si la empresa no cancela los cargos ni te devuelve el dinero en su plazo, reclama "
            "ante el SERNAC con el número de aviso y el comprobante de tu denuncia; no necesitas "
            "su respuesta."
        ),
        silence_route="sernac",
        status=legal.Status.VERIFIED,
        sources=(SERNAC_FRAUDES, SERNAC_LEY_DE_FRAUDES),
        checked=CHECKED,
    ),
    CountryRule(
        country="CL",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "Si un producto nuevo sale defectuoso, tienes 6 meses desde la entrega para elegir "
            "entre la devolución del dinero, el cambio o la reparación gratuita (garantía legal). "
            "Si eliges la reparación, el tiempo que tarda no cuenta en ese plazo."
        ),
        reader_limit=legal.Deadline(6, legal.Unit.MONTHS, None, "desde la entrega del producto"),
        reader_note="Lleva la boleta u otro comprobante de compra, con el producto.",
        silence=(
            "Si la tienda no responde, reclama ante el SERNAC; si no hay acuerdo, puedes demandar "
            "ante el Juzgado de Policía Local. Ninguno necesita la respuesta de la tienda."
        ),
        silence_route="sernac",
        status=legal.Status.VERIFIED,
        sources=(SERNAC_GARANTIA,),
        checked=CHECKED,
    ),
    CountryRule(
        country="CL",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=BAGGAGE_SUMMARY,
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no contesta, reclama ante el SERNAC con la copia de tu reclamo "
            "escrito; no necesitas su respuesta."
        ),
        silence_route="sernac",
        status=legal.Status.VERIFIED,
        sources=(MONTREAL,),
        checked=CHECKED,
    ),
)
