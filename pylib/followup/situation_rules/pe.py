"""Perú: telecom complaints and the queja por silencio administrativo positivo (OSIPTEL), card
charges (SBS) and flights.

Checked in December 2026: osiptel.gob.pe «Tipos de quejas» (a quality complaint unanswered
after 8 días hábiles can be met with a queja from the ninth; a queja when the service is cut for
an amount under complaint); the SBS card rules (Resolución SBS 6523-2013) only through the
press. Baggage: the Montreal Convention, art. 31.

No rung of `legal` yet takes the queja por silencio positivo (the TRASU rung is the appeal,
which needs the operator's answer): the telecom rules say in words how to file it and name no
route.
"""

from __future__ import annotations

from .. import legal
from ..model import SituationKind
from ..situations import CountryRule
from .common import BAGGAGE_LIMIT, BAGGAGE_NOTE, BAGGAGE_SUMMARY, CHECKED, MONTREAL

OSIPTEL_QUEJAS = legal.Source(
    "OSIPTEL: tipos de quejas",
    "https://www.osiptel.gob.pe/guiatipodequejas/",
    "",
    official=True,
)
INFOMERCADO_TARJETAS = legal.Source(
    "Infomercado (prensa), sobre la modificación de 2019 del reglamento de tarjetas de la SBS",
    "https://infomercado.pe/sbs-modifica-reglamento-para-evitar-que-peruanos-se-sobreendeuden-con-tarjetas-de-credito",
    "2019",
    official=False,
)
EL_COMERCIO_TARJETAS = legal.Source(
    "El Comercio (prensa), sobre el Reglamento de Tarjetas de Crédito y Débito de la SBS",
    "https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/economia/peru/sbs-implementa-nuevo-reglamento-sobre-tarjetas-credito-debito-noticia-1654548",
    "",
    official=False,
)

TELECOM_SILENCE = (
    "Si la operadora no responde a tiempo, tu reclamo se entiende aceptado (silencio "
    "administrativo positivo). Presenta una queja en la misma operadora pidiendo que lo "
    "aplique: debe elevarla al TRASU de OSIPTEL y, si la queja resulta fundada, cumplir lo que "
    "ordene. La apelación, en cambio, necesita la respuesta de la operadora."
)

RULES: tuple[CountryRule, ...] = (
    CountryRule(
        country="PE",
        situation=SituationKind.UNAUTHORISED_CHARGE,
        sectors=(legal.Sector.BANKING,),
        summary=(
            "Comunica de inmediato a tu banco la operación que no reconoces por su canal de "
            "atención permanente y anota el código que te dé. Según el reglamento de tarjetas de "
            "la SBS, es el banco el que debe demostrar que la operación se hizo, y responde de "
            "las operaciones posteriores a tu aviso y de las hechas con una tarjeta clonada."
        ),
        silence=(
            "Si el banco no responde tu reclamo en su plazo, acude a la SBS o al INDECOPI con el "
            "código de tu reclamo; no necesitas su respuesta."
        ),
        silence_route="banca-sbs",
        status=legal.Status.SECONDARY,
        sources=(EL_COMERCIO_TARJETAS, INFOMERCADO_TARJETAS),
        checked=CHECKED,
    ),
    CountryRule(
        country="PE",
        situation=SituationKind.SERVICE_CUT,
        sectors=(legal.Sector.TELECOM,),
        summary=(
            "Presenta un reclamo por calidad ante la operadora y anota el código. Si pasan 8 días "
            "hábiles sin respuesta, desde el noveno puedes presentar una queja por silencio "
            "administrativo positivo. Si te cortan el servicio por no pagar un monto que estás "
            "reclamando, también cabe una queja, y si la ganas deben reconectarte."
        ),
        company_deadline=legal.Deadline(
            8,
            legal.Unit.DAYS,
            True,
            "para resolver tu reclamo por calidad y notificarte la respuesta",
        ),
        deadline_rung="telecom-operadora",
        silence=TELECOM_SILENCE,
        silence_route="telecom-queja",
        status=legal.Status.VERIFIED,
        sources=(OSIPTEL_QUEJAS,),
        checked=CHECKED,
    ),
    CountryRule(
        country="PE",
        situation=SituationKind.WRONG_BILL,
        sectors=(legal.Sector.TELECOM,),
        summary=(
            "Reclama el recibo ante la operadora y paga la parte que no reclamas. Si te "
            "suspenden o cortan el servicio por no pagar lo que está en reclamo, presenta una "
            "queja: si la ganas, deben reconectarte."
        ),
        silence=TELECOM_SILENCE,
        silence_route="telecom-queja",
        status=legal.Status.VERIFIED,
        sources=(OSIPTEL_QUEJAS,),
        checked=CHECKED,
    ),
    CountryRule(
        country="PE",
        situation=SituationKind.FLIGHT,
        sectors=(legal.Sector.AIR,),
        summary=BAGGAGE_SUMMARY,
        reader_limit=BAGGAGE_LIMIT,
        reader_note=BAGGAGE_NOTE,
        silence=(
            "Si la aerolínea no responde tu reclamo del Libro de Reclamaciones, presenta un "
            "reclamo o una denuncia ante el INDECOPI; no necesitas su respuesta."
        ),
        silence_route="indecopi",
        status=legal.Status.VERIFIED,
        sources=(MONTREAL,),
        checked=CHECKED,
    ),
)
