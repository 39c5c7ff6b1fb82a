"""México: card and account charges (aclaraciones), guarantees and flights.

Checked in December 2026: the CONDUSEF page on statements (90 days from the fecha de corte,
official); the Ley para la Transparencia y Ordenamiento de los Servicios Financieros, art. 23
(45 days for the dictamen, no buró report while pending) seen only as transcribed in contracts
and reported by the press quoting CONDUSEF; PROFECO on guarantees and on the Ley de Aviación
Civil, art. 47 Bis, through the press. The DOF texts were not reachable, so those rules are
published «según» their source. Baggage: the Montreal Convention, art. 31.
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, CHECKED, MONTREAL

CONDUSEF_ESTADO_DE_CUENTA = legal.Source(
    "CONDUSEF: revisa tu estado de cuenta",
    "https://www.condusef.gob.mx/?p=contenido&idc=1018&idcat=1",
    "",
    official=True,
)
INFORMADOR_CARGOS = legal.Source(
    "El Informador (prensa), citando a la CONDUSEF sobre los cargos no reconocidos",
    "https://www.informador.mx/economia/Condusef-Lo-que-debes-hacer-si-tienes-un-cargo-NO-reconocido-en-tu-tarjeta-20250922-0064.html",
    "2025-09-22",
    official=False,
)
PRESENTE_GARANTIA = legal.Source(
    "Diario Presente (prensa), citando a PROFECO sobre las garantías",
    "https://diariopresente.mx/amp/mexico/no-estas-satisfecho-con-tu-compra-en-linea-profeco-te-explica-que-hace/270703",
    "",
    official=False,
)
PROCESO_VUELOS = legal.Source(
    "Proceso (prensa), citando a PROFECO sobre retrasos y cancelaciones de vuelos",
    "https://www.proceso.com.mx/economia/2025/12/28/que-hacer-en-caso-de-retrasos-cancelaciones-de-vuelos-esto-es-lo-que-recomienda-la-profeco-365455.html",
    "2025-12-28",
    official=False,
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="MX",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Presenta una solicitud de aclaración en la UNE o en una sucursal de tu banco dentro "
            "de los 90 días naturales siguientes a la fecha de corte de tu estado de cuenta (o al "
            "cargo). Mientras se aclara, el banco no debe cobrarte intereses por esa cantidad ni "
            "reportarla al buró de crédito."
        ),
        company_deadline=legal.Deadline(
            45,
            legal.Unit.DAYS,
            None,
            "para entregarte el dictamen, desde tu solicitud de aclaración",
        ),
        deadline_rung="banca-une",
        deadline_note=(
            "Es el plazo de las aclaraciones (Ley para la Transparencia y Ordenamiento de los "
            "Servicios Financieros, art. 23). Pide acuse con folio, fecha y hora."
        ),
        reader_limit=legal.Deadline(
            90,
            legal.Unit.DAYS,
            False,
            "desde la fecha de corte de tu estado de cuenta o desde el cargo",
        ),
        reader_note="La CONDUSEF recomienda no esperar al último día: reclama en cuanto lo veas.",
        silence=(
            "Si el banco no te entrega el dictamen a tiempo, presenta tu queja ante la CONDUSEF: "
            "no necesitas la respuesta del banco ni haber pasado por la UNE."
        ),
        silence_route="banca-condusef",
        status=legal.Status.SECONDARY,
        sources=(CONDUSEF_ESTADO_DE_CUENTA, INFORMADOR_CARGOS),
        checked=CHECKED,
    ),
    CountryRule(
        country="MX",
        situation=SituationKind.ORDER,
        sectors=(legal.Sector.GENERAL,),
        summary=(
            "La garantía no puede ser menor de 90 días desde la entrega, y la póliza puede darte "
            "más. Si lo que recibiste no corresponde a lo que compraste, puedes pedir que lo "
            "repongan o que te devuelvan el dinero y, además, una bonificación de al menos el 20 % "
            "del precio."
        ),
        reader_limit=legal.Deadline(
            90,
            legal.Unit.DAYS,
            None,
            "desde la entrega, como mínimo (o lo que diga la póliza, si es más)",
        ),
        reader_note="La garantía se reclama donde compraste o donde indique la póliza, sin costo para ti.",
        silence=(
            "Si la tienda no responde, presenta tu queja ante PROFECO, que cita a la empresa a "
            "una conciliación gratuita; no necesitas su respuesta."
        ),
        silence_route="profeco",
        status=legal.Status.SECONDARY,
        sources=(PRESENTE_GARANTIA,),
        checked=CHECKED,
    ),
    CountryRule(
        country="MX",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=(
            "Si el vuelo se retrasa más de 4 horas o lo cancelan por causas de la aerolínea, "
            "puedes pedir el reembolso del boleto más una indemnización de al menos el 25 % del "
            "precio, o elegir otras opciones como un vuelo sustituto (Ley de Aviación Civil, "
            "art. 47 Bis). "
            "Si el problema es tu equipaje en un vuelo internacional, reclama por escrito en 7 "
            "días si llegó dañado y en 21 si llegó con retraso (Convenio de Montreal)."
        ),
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no cumple ni contesta, acude a PROFECO: tiene módulos en los "
            "principales aeropuertos y recibe tu queja sin la respuesta de la aerolínea."
        ),
        silence_route="profeco",
        status=legal.Status.SECONDARY,
        sources=(PROCESO_VUELOS, MONTREAL),
        checked=CHECKED,
    ),
)
