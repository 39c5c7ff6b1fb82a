"""Argentina: credit-card statements (Ley 25.065), guarantees, cancellations and flights.

Checked in December 2026: Ley 25.065 arts. 26-29 in InfoLEG's updated text (after Decreto
70/2023), read through a public mirror of InfoLEG; the legal guarantee of Ley 24.240, art. 11,
and the «Botón de Baja» of Disposición 954/2025 only through secondary sources, so those rules
say «según». Baggage: the Montreal Convention, art. 31.
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, BAGGAGE_SUMMARY, CHECKED, MONTREAL

INFOLEG_TARJETAS = legal.Source(
    "InfoLEG: Ley 25.065 de tarjetas de crédito (texto actualizado)",
    "https://servicios.infoleg.gob.ar/infolegInternet/anexos/55000-59999/55556/texact.htm",
    "",
    official=True,
)
TANDIL_GARANTIA = legal.Source(
    "El Diario de Tandil (columna de una abogada), sobre los plazos mínimos de garantía",
    "https://eldiariodetandil.com/nota-los-plazos-minimos-de-garantia--67346",
    "2017-06-09",
    official=False,
)
ACON_BOTON_DE_BAJA = legal.Source(
    "ACON (blog), con el texto de la Disposición 954/2025 sobre el botón de baja",
    "https://blog.aconpy.com/2025/09/05/ejercicio-del-derecho-de-arrepentimiento-y-la-baja-de-servicios-contratados-a-distancia",
    "2025-09-05",
    official=False,
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="AR",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Si el cargo está en el resumen de tu tarjeta de crédito, cuestiónalo por nota ante "
            "el emisor dentro de los 30 días de recibir el resumen, explicando el error (Ley "
            "25.065, art. 26). Mientras dura el trámite, el emisor no puede impedirte usar la "
            "tarjeta dentro de tu límite y solo puede exigirte el pago mínimo de lo que no "
            "cuestionas."
        ),
        deadline_note=(
            "El emisor debe acusar recibo en 7 días y, en los 15 siguientes, corregir el error o "
            "explicarte el cargo con comprobantes (60 días si la operación fue en el exterior). "
            "Ese plazo corre junto con el que el BCRA fija a los bancos para cualquier reclamo."
        ),
        reader_limit=legal.Deadline(
            30, legal.Unit.DAYS, None, "desde que recibes el resumen de la tarjeta"
        ),
        reader_note=(
            "La ley no dice si son hábiles: cuéntalos corridos. Cuando el emisor te explique, "
            "tienes 7 días para decirle si no te convence; si no dices nada, la explicación se "
            "da por aceptada (art. 29)."
        ),
        silence=(
            "Si el emisor no contesta, el cargo sigue cuestionado y no pueden exigirte que lo "
            "pagues: con la copia de tu nota y su fecha de recepción, reclama ante el BCRA."
        ),
        silence_route="banca-bcra",
        status=legal.Status.VERIFIED,
        sources=(INFOLEG_TARJETAS,),
        checked=CHECKED,
    ),
    CountryRule(
        country="AR",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "La garantía legal de las cosas muebles no consumibles dura 6 meses si son nuevas y "
            "3 si son usadas, desde la entrega (Ley 24.240, art. 11). El vendedor puede darte "
            "más, nunca menos."
        ),
        reader_limit=legal.Deadline(
            6,
            legal.Unit.MONTHS,
            None,
            "desde la entrega, si el producto es nuevo (3 meses si es usado)",
        ),
        silence=(
            "Si la tienda no responde, haz tu reclamo en la Ventanilla Federal Única de "
            "Reclamos: no necesitas su respuesta."
        ),
        silence_route="ventanilla",
        status=legal.Status.SECONDARY,
        sources=(TANDIL_GARANTIA,),
        checked=CHECKED,
    ),
    CountryRule(
        country="AR",
        situation=SituationKind.CANCELLATION,
        summary=(
            "Si contrataste por teléfono, por internet o de forma parecida, puedes dar de baja "
            "el servicio por el mismo medio, y la empresa debe enviarte sin cargo una constancia "
            "(Ley 24.240, art. 10 ter). Las webs y las aplicaciones deben tener a la vista un "
            "«Botón de Baja de Servicio» que funcione sin registrarte ni hacer otros trámites "
            "(Disposición 954/2025)."
        ),
        silence=(
            "Si no procesan la baja, cada cobro posterior es indebido: guarda la captura o la "
            "constancia de tu pedido y reclama en la Ventanilla Federal Única de Reclamos."
        ),
        silence_route="ventanilla",
        status=legal.Status.SECONDARY,
        sources=(ACON_BOTON_DE_BAJA,),
        checked=CHECKED,
    ),
    CountryRule(
        country="AR",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=BAGGAGE_SUMMARY,
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no contesta, haz tu reclamo en la Ventanilla Federal Única de "
            "Reclamos con la copia de tu reclamo escrito; no necesitas su respuesta."
        ),
        silence_route="ventanilla",
        status=legal.Status.VERIFIED,
        sources=(MONTREAL,),
        checked=CHECKED,
    ),
)
