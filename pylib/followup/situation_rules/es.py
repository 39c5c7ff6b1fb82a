"""España: what the payment-services rules, Ley 10/2025 and the consumer code add to each situation.

Checked in December 2026 against the BOE consolidated texts (through the `legalize-dev/legalize-es`
mirror of BOE open data): Real Decreto-ley 19/2018 arts. 43, 45, 46, 48, 49 and 69; Ley 10/2025
arts. 2, 4.4 and 17; the consumer code (TRLGDCU) arts. 62.3, 66 bis, 102 and 104, and its
guarantee articles 120-121 as rewritten by Real Decreto-ley 7/2021 (art. 16). Baggage: the
Montreal Convention of 1999, art. 31 and 52 (official treaty text).
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, BAGGAGE_SUMMARY, CHECKED, MONTREAL

BOE_LEY_10_2025 = legal.Source(
    "BOE: Ley 10/2025 de servicios de atención a la clientela",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2025-26698",
    "2025-12-27",
    official=True,
)
BOE_SERVICIOS_DE_PAGO = legal.Source(
    "BOE: Real Decreto-ley 19/2018 de servicios de pago",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2018-16036",
    "2018-11-24",
    official=True,
)
BOE_TRLGDCU = legal.Source(
    "BOE: Ley General para la Defensa de los Consumidores y Usuarios (texto refundido)",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2007-20555",
    "",
    official=True,
)
BOE_GARANTIA = legal.Source(
    "BOE: Real Decreto-ley 7/2021, que fija la garantía de tres años",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2021-6872",
    "2021-04-28",
    official=True,
)

# A direct debit (adeudo domiciliado SEPA) is refunded on request within eight weeks, no
# questions asked (arts. 48.2 and 49); the unit has no weeks, so the tools count 56 days.
SEPA_REFUND = legal.Deadline(
    56,
    legal.Unit.DAYS,
    False,
    "(ocho semanas) desde el cargo, para pedir a tu banco que devuelva un recibo domiciliado",
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="ES",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Avisa a tu banco en cuanto veas el cargo: como máximo tienes 13 meses desde el "
            "adeudo. El banco debe devolverte el dinero a más tardar al final del día hábil "
            "siguiente a tu aviso, salvo que sospeche fraude por tu parte y se lo comunique por "
            "escrito al Banco de España. Si te robaron la tarjeta o la perdiste, salvo fraude o "
            "negligencia grave por tu parte respondes como mucho de 50 euros, y de nada de lo "
            "que se haga con ella después de avisar."
        ),
        company_deadline=legal.Deadline(
            15, legal.Unit.DAYS, True, "para responder a tu reclamación escrita sobre un pago"
        ),
        deadline_rung="banca-entidad",
        deadline_note=(
            "En casos excepcionales puede enviarte antes una respuesta provisional, pero la "
            "definitiva no puede tardar más de un mes (Real Decreto-ley 19/2018, art. 69)."
        ),
        reader_limit=legal.Deadline(
            13, legal.Unit.MONTHS, None, "desde la fecha del adeudo, y siempre sin demora"
        ),
        reader_note=(
            "Real Decreto-ley 19/2018, art. 43. Si el banco no te informó de la operación, ese "
            "límite no corre."
        ),
        silence=(
            "Si el banco no te devuelve el dinero ni contesta, no necesitas su respuesta: con el "
            "justificante de tu reclamación escrita, y pasado un mes desde ella, reclama ante el "
            "Banco de España."
        ),
        silence_route="banca-bde",
        status=legal.Status.VERIFIED,
        sources=(BOE_SERVICIOS_DE_PAGO, BOE_LEY_10_2025),
        checked=CHECKED,
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.WRONG_BILL,
        sectors=(legal.Sector.GENERAL, legal.Sector.ENERGY, legal.Sector.AIR),
        for_companies="grandes",
        summary=(
            "Si la empresa está obligada por la Ley 10/2025 (grandes empresas, luz, agua, gas, "
            "transporte y correos), una reclamación por una factura o un cobro indebido se "
            "responde en 5 días, no en 15 días hábiles. Mientras no te responda, no puede "
            "suspenderte un servicio continuo por lo que reclamas."
        ),
        company_deadline=legal.Deadline(
            5, legal.Unit.DAYS, None, "desde que presentas la reclamación"
        ),
        deadline_rung="empresa-ley-10-2025",
        deadline_note="La ley dice «cinco días» sin decir si son hábiles: los contamos naturales.",
        reader_limit=SEPA_REFUND,
        reader_note=(
            "Si te lo cobraron por domiciliación bancaria, tu banco debe devolverte el recibo "
            "si se lo pides en ese plazo, sin que tengas que justificarlo, y tiene 10 días "
            "hábiles para hacerlo (Real Decreto-ley 19/2018, arts. 48 y 49)."
        ),
        silence=(
            "Si no te responde en esos 5 días, no esperes más: pide a tu banco que devuelva el "
            "recibo si lo pagaste por domiciliación y lleva la reclamación a la OMIC o al "
            "servicio de consumo de tu comunidad, que no necesitan la respuesta de la empresa."
        ),
        silence_route="omic",
        status=legal.Status.VERIFIED,
        sources=(BOE_LEY_10_2025, BOE_SERVICIOS_DE_PAGO),
        checked=CHECKED,
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.WRONG_BILL,
        summary=(
            "Si te lo cobraron por domiciliación bancaria, pide a tu banco que devuelva el "
            "recibo: tienes ocho semanas desde el cargo, no hace falta justificarlo y el banco "
            "tiene 10 días hábiles para devolvértelo. Aparte, reclama la factura a la empresa."
        ),
        reader_limit=SEPA_REFUND,
        reader_note="Real Decreto-ley 19/2018, arts. 48 y 49 (adeudos domiciliados en euros).",
        silence=(
            "Si la empresa no contesta en su plazo, la devolución del recibo no depende de ella: "
            "pídela a tu banco y lleva la reclamación a la OMIC o al servicio de consumo de tu "
            "comunidad."
        ),
        silence_route="omic",
        status=legal.Status.VERIFIED,
        sources=(BOE_SERVICIOS_DE_PAGO,),
        checked=CHECKED,
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
        silence=(
            "Si no te informa ni responde a tu reclamación, lleva el caso a la OMIC o al servicio "
            "de consumo de tu comunidad. El arbitraje de consumo (también el de la luz y el gas) y "
            "la Oficina de Atención al Usuario de Telecomunicaciones piden esperar un mes desde "
            "tu reclamación."
        ),
        silence_route="omic",
        status=legal.Status.VERIFIED,
        sources=(BOE_LEY_10_2025,),
        checked=CHECKED,
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "La garantía legal cubre los defectos que aparezcan en 3 años desde la entrega (2 si "
            "es contenido digital): reparación o sustitución gratis y, si no funcionan, rebaja o "
            "devolución del dinero. Si el pedido no llega, la tienda debía entregarlo en 30 días "
            "naturales salvo otro acuerdo: dale un plazo adicional y, si no cumple, puedes "
            "anular la compra y pedir que te devuelvan todo."
        ),
        reader_limit=legal.Deadline(
            3, legal.Unit.YEARS, None, "desde la entrega, para que aparezca el defecto"
        ),
        reader_note=(
            "En los 2 primeros años se presume que el defecto ya existía al entregarlo. Si "
            "compraste a distancia, además puedes desistir sin dar motivos en 14 días naturales "
            "desde que recibes el pedido (TRLGDCU, arts. 66 bis, 102, 104, 120 y 121)."
        ),
        silence=(
            "El silencio de la tienda no te quita la garantía: con la prueba de tu reclamación, "
            "acude a la OMIC o al servicio de consumo de tu comunidad, o al arbitraje si la "
            "tienda está adherida. Si compraste en otro país de la Unión Europea, el Centro "
            "Europeo del Consumidor te ayuda gratis."
        ),
        silence_route="omic",
        status=legal.Status.VERIFIED,
        sources=(BOE_GARANTIA, BOE_TRLGDCU),
        checked=CHECKED,
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.CANCELLATION,
        summary=(
            "Puedes dar de baja un servicio por la misma vía por la que lo contrataste, sin "
            "penalizaciones desproporcionadas, y el contrato debe decir cómo hacerlo (TRLGDCU, "
            "art. 62). Si siguen cobrándote, cada recibo posterior a tu petición es un cobro "
            "indebido y puedes reclamarlo."
        ),
        reader_limit=SEPA_REFUND,
        reader_note=(
            "Si te lo cobran por domiciliación, tu banco te devuelve cada recibo que le pidas "
            "en ese plazo (Real Decreto-ley 19/2018, arts. 48 y 49)."
        ),
        silence=(
            "Si la empresa no tramita la baja ni contesta, guarda la prueba de tu petición, "
            "devuelve los recibos con tu banco y lleva la reclamación a la OMIC o al servicio de "
            "consumo de tu comunidad."
        ),
        silence_route="omic",
        status=legal.Status.VERIFIED,
        sources=(BOE_TRLGDCU, BOE_SERVICIOS_DE_PAGO),
        checked=CHECKED,
    ),
    CountryRule(
        country="ES",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=BAGGAGE_SUMMARY,
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no contesta, acude a AESA por cancelaciones, grandes retrasos o "
            "denegación de embarque cuando se cumpla el mes de espera que pide; no necesitas la "
            "respuesta de la aerolínea. El equipaje no lo lleva AESA: reclámalo ante la OMIC, "
            "el arbitraje o el juzgado."
        ),
        silence_route="aereo-aesa",
        status=legal.Status.VERIFIED,
        sources=(MONTREAL,),
        checked=CHECKED,
    ),
)
