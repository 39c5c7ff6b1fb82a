"""Colombia: reversión del pago, public utilities and telecom (silencio administrativo
positivo), guarantees and flights.

Checked in December 2026: Ley 1480 de 2011 arts. 8, 51 and 58 (text as transcribed, unchanged
since 2011 except art. 47 and the new parágrafo of art. 2); the CRA's FAQ on utilities (15 días
hábiles, silencio positivo); Ley 142 art. 154 (five months to claim a bill) and the
Superservicios' unified concept on silence only through secondary sources; the SIC on telecom
silence through the press; supertransporte.gov.co on flights. Baggage: the Montreal Convention.

No rung of `legal` yet takes a silent utility or telecom case (the «recurso» rungs need the
company's answer): those rules say in words how to act on the silence and name no route.
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, BAGGAGE_SUMMARY, CHECKED, MONTREAL

SENADO_ESTATUTO = legal.Source(
    "Secretaría del Senado: Ley 1480 de 2011 (Estatuto del Consumidor)",
    "https://www.secretariasenado.gov.co/senado/basedoc/ley_1480_2011.html",
    "",
    official=True,
)
INSOLVENCIA_REVERSION = legal.Source(
    "Insolvencia (sitio jurídico), con un concepto de la Superintendencia Financiera sobre la reversión del pago",
    "https://www.insolvencia.co/procedimiento-de-reversion-de-pagos-en-establecimientos-de-credito/",
    "",
    official=False,
)
CRA_FAQ = legal.Source(
    "Comisión de Regulación de Agua Potable (CRA): preguntas frecuentes",
    "https://www.cra.gov.co/atencion-servicios-ciudadania/preguntas-frecuentes/ante-entidad-se-tramitan-quejas-inconformidad-prestacion-los-servicios-publicos-temas-calidad",
    "",
    official=True,
)
ORTIZ_FACTURAS = legal.Source(
    "Ortiz & Asociados (despacho), sobre las reclamaciones por facturas de servicios públicos",
    "https://ortizasociados.co/?p=209",
    "",
    official=False,
)
SSPD_SILENCIO = legal.Source(
    "Superservicios: Concepto Unificado SSPD-OJU-2010-16 sobre el silencio administrativo "
    "positivo (reproducido por Vanti)",
    "https://regimenjuridico.grupovanti.com/detalle_articulo.php?id=2230",
    "",
    official=False,
)
ELTIEMPO_SIC = legal.Source(
    "El Tiempo (prensa), citando a la SIC sobre el silencio positivo en telecomunicaciones",
    "https://www.eltiempo.com/economia/empresas/estas-son-las-razones-de-la-millonaria-multa-de-la-superindustria-a-claro-y-la-etb-561835",
    "",
    official=False,
)
SUPERTRANSPORTE = legal.Source(
    "Superintendencia de Transporte: preguntas frecuentes del sector aéreo",
    "https://supertransporte.gov.co/index.php/faq-sector_aereo",
    "",
    official=True,
)

UTILITIES_SILENCE = (
    "Si la empresa no responde en 15 días hábiles, opera el silencio administrativo positivo: "
    "lo que pediste se entiende concedido y la empresa debe reconocerlo. Si no lo hace, presenta "
    "una queja ante la Superservicios, que puede sancionarla y hacer efectivo lo que pediste. No "
    "necesitas la respuesta de la empresa; el recurso de reposición y apelación, en cambio, sí "
    "la necesita."
)
TELECOM_SILENCE = (
    "Si el operador no responde en 15 días hábiles, responde tarde, no te notifica la decisión o "
    "responde a medias, opera el silencio administrativo positivo: debe darte lo que pediste. Si "
    "no lo reconoce, presenta una queja ante la SIC con tu CUN; la SIC investiga y puede ordenarle "
    "que cumpla. El recurso ante la SIC, en cambio, necesita la respuesta del operador."
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="CO",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Si el cargo viene de una compra por internet, PSE, teléfono u otro canal electrónico "
            "y fue un fraude o una operación que no pediste, pide la reversión del pago: dentro "
            "de los 5 días hábiles desde que te enteras, presenta tu queja al vendedor y avisa "
            "al emisor de tu tarjeta o medio de pago (Ley 1480, art. 51)."
        ),
        deadline_note=(
            "El emisor devuelve el dinero en 15 días hábiles, según un concepto de la "
            "Superintendencia Financiera sobre el Decreto 587 de 2016."
        ),
        reader_limit=legal.Deadline(
            5,
            legal.Unit.DAYS,
            True,
            "desde que supiste de la operación, para pedir la reversión del pago",
        ),
        reader_note=(
            "La reversión solo vale para compras por comercio electrónico. Para otros cargos, "
            "reclama al banco o a su Defensor del Consumidor Financiero."
        ),
        silence=(
            "Si el banco no revierte el pago ni te responde, presenta tu queja ante la "
            "Superintendencia Financiera: no necesitas la respuesta del banco."
        ),
        silence_route="finanzas-sfc",
        status=legal.Status.VERIFIED,
        sources=(SENADO_ESTATUTO, INSOLVENCIA_REVERSION),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.WRONG_BILL,
        sectors=(legal.Sector.ENERGY,),
        summary=(
            "Reclama la factura de energía, gas o agua antes de que cumpla 5 meses desde que la "
            "expidieron: después ya no se puede (Ley 142, art. 154). La empresa tiene 15 días "
            "hábiles para responder tu PQR."
        ),
        reader_limit=legal.Deadline(
            5, legal.Unit.MONTHS, None, "desde que la empresa expidió la factura"
        ),
        silence=UTILITIES_SILENCE,
        silence_route="servicios-publicos-silencio",
        status=legal.Status.SECONDARY,
        sources=(ORTIZ_FACTURAS, CRA_FAQ, SSPD_SILENCIO),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.SERVICE_CUT,
        sectors=(legal.Sector.ENERGY,),
        summary=(
            "Reporta la falla y presenta una PQR a la empresa de energía, gas o agua: tiene 15 "
            "días hábiles para responderla, y su silencio cuenta a tu favor."
        ),
        silence=UTILITIES_SILENCE,
        silence_route="servicios-publicos-silencio",
        status=legal.Status.SECONDARY,
        sources=(CRA_FAQ, SSPD_SILENCIO),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.WRONG_BILL,
        sectors=(legal.Sector.TELECOM,),
        summary=(
            "Presenta una PQR al operador y pide el CUN: tiene 15 días hábiles para responder, y "
            "su silencio cuenta a tu favor."
        ),
        silence=TELECOM_SILENCE,
        silence_route="telecom-sic-silencio",
        status=legal.Status.SECONDARY,
        sources=(ELTIEMPO_SIC,),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.SERVICE_CUT,
        sectors=(legal.Sector.TELECOM,),
        summary=(
            "Reporta la falla y presenta una PQR al operador con el CUN: tiene 15 días hábiles "
            "para responderla, y su silencio cuenta a tu favor."
        ),
        silence=TELECOM_SILENCE,
        silence_route="telecom-sic-silencio",
        status=legal.Status.SECONDARY,
        sources=(ELTIEMPO_SIC,),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "La garantía legal dura lo que anuncie el productor o el vendedor y, si no anunció "
            "nada, 1 año para productos nuevos, desde la entrega (Ley 1480, art. 8). Si "
            "compraste en línea y el producto no llegó, no es lo que pediste o está defectuoso, "
            "también puedes pedir la reversión del pago (art. 51)."
        ),
        reader_limit=legal.Deadline(
            1,
            legal.Unit.YEARS,
            None,
            "desde la entrega, si no te anunciaron otro plazo (productos nuevos)",
        ),
        reader_note=(
            "Un producto usado vendido sin advertirte por escrito que no tiene garantía la tiene "
            "por 3 meses. La reversión del pago se pide en 5 días hábiles desde que debías "
            "recibir el producto o lo recibiste."
        ),
        silence=(
            "Si la tienda no responde en 15 días hábiles, su silencio es un indicio grave en su "
            "contra (Ley 1480, art. 58): con la constancia de tu reclamación puedes demandar ante "
            "la SIC sin esperar su respuesta."
        ),
        silence_route="sic",
        status=legal.Status.VERIFIED,
        sources=(SENADO_ESTATUTO,),
        checked=CHECKED,
    ),
    CountryRule(
        country="CO",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=BAGGAGE_SUMMARY,
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no responde tu PQR, la Superintendencia de Transporte protege a los "
            "usuarios del transporte aéreo y recibe tu queja; también puedes demandar ante la "
            "SIC. Ninguna de las dos necesita la respuesta de la aerolínea."
        ),
        silence_route="aereo-supertransporte",
        status=legal.Status.VERIFIED,
        sources=(MONTREAL, SUPERTRANSPORTE),
        checked=CHECKED,
    ),
)
