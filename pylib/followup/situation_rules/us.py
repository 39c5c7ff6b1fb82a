"""Estados Unidos: card charges (the Fair Credit Billing Act and the Electronic Fund Transfer
Act) and flights (the DOT's automatic refunds, the Montreal Convention for baggage).

Checked in December 2026: the FTC's Spanish page on disputing card charges (60 days from the
first statement, official) and the Ohio Attorney General on lost cards; the issuer's own
deadlines (30 days to acknowledge, two billing cycles and at most 90 days to resolve) only in a
consumer organisation's summary, and the DOT's 2024 refund rule only in the press, so both
rules are published «según». Puerto Rico (`pr`) uses the same rules.
"""

from __future__ import annotations

from .. import legal
from ..legal import us
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, CHECKED, MONTREAL

CONSUMER_ACTION = legal.Source(
    "Consumer Action (organización de consumidores): cómo disputar un cargo de tarjeta de crédito",
    "https://www.consumer-action.org/helpdesk/articles/disputing_credit_card_charge",
    "",
    official=False,
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="US",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Avisa por escrito al emisor de la tarjeta o al banco dentro de los 60 días "
            "siguientes a la fecha en que te enviaron el primer estado de cuenta con el cargo: "
            "vale para tarjetas de crédito y de débito. Con tarjeta de crédito respondes como "
            "máximo de $50 por cargos que no hiciste; con la de débito, de $50 si avisas en 2 "
            "días hábiles desde que notas la pérdida, y de más si tardas. Con tarjeta de "
            "crédito, el emisor debe acusar recibo de tu carta en 30 días y resolver en dos "
            "ciclos de facturación, 90 días como máximo, según Consumer Action; mientras tanto "
            "no tienes que pagar la cantidad en disputa."
        ),
        reader_limit=legal.Deadline(
            60,
            legal.Unit.DAYS,
            False,
            "desde que te enviaron el primer estado de cuenta (resumen) con el cargo",
        ),
        reader_note=(
            "La FTC tiene un modelo de carta en español: envíala a la dirección para disputas "
            "(billing inquiries) de tu estado de cuenta, no a la de pagos, y guarda copia."
        ),
        silence=(
            "Si el banco no responde o rechaza tu disputa, presenta una queja ante la CFPB: no "
            "necesitas su respuesta."
        ),
        silence_route="finanzas-cfpb",
        status=legal.Status.SECONDARY,
        sources=(us.FTC_CARTA, us.OHIO_AG, CONSUMER_ACTION),
        checked=CHECKED,
    ),
    CountryRule(
        country="US",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=(
            "Si la aerolínea cancela tu vuelo o lo cambia de forma significativa (por ejemplo, "
            "más de 3 horas en un vuelo nacional o de 6 en uno internacional) y no aceptas la "
            "alternativa, debe devolverte el dinero sin que lo pidas: en 7 días hábiles si "
            "pagaste con tarjeta de crédito y en 20 días con otros medios de pago. Si el "
            "problema es tu equipaje en un vuelo internacional, reclama por escrito en 7 días si "
            "llegó dañado y en 21 si llegó con retraso (Convenio de Montreal)."
        ),
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no te devuelve el dinero ni contesta, presenta tu queja ante el "
            "Departamento de Transporte (DOT): no necesitas su respuesta."
        ),
        silence_route="aereo-dot",
        status=legal.Status.SECONDARY,
        sources=(us.STAR_TRIBUNE, MONTREAL),
        checked=CHECKED,
    ),
)
