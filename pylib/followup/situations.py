"""What happened decides the route: the common problems as data, one source of truth.

The guide's «¿Qué te pasó?» page (rendered at build time by `sitebuild.situation_blocks`)
and the «¿Escalo ya?» wizard read the same entries, so the page and the tool can never
disagree. Each `Situation` says how urgent the case is (send the formal complaint now, or
follow up first), what to do today, which rung comes next and what the company's silence
means; each `CountryRule` says what the law of one country adds for it (a shorter company
deadline, the reader's own limit, what silence means there and the route that works
without an answer). Country rules live in `followup.situation_rules`, one module per
country, and follow the legal facts' publishing rule: each has a status, sources and the
month it was checked; an UNCERTAIN one never carries a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import legal
from .model import CaseSector, CompanySize, SituationKind


class Urgency(StrEnum):
    NOW = "now"  # the formal complaint now, with the first steps of the day
    FOLLOW_UP = "follow_up"  # follow up and escalate first; the formal complaint after


@dataclass(frozen=True, kw_only=True)
class CountryRule:
    """What the law of one country says about one situation.

    `company_deadline` replaces the company rung's deadline (`deadline_rung`) for this
    situation (Spain: a bill is answered in 5 days, not 15 días hábiles). `reader_limit` is
    the reader's own time to act (Mexico: 90 días naturales to dispute a charge).
    `silence` is what the company's silence means there, and `silence_route` the key of the
    rung that works without an answer (Colombia: the Superintendencia enforces the
    silencio administrativo positivo). Every text is for the reader (tú).
    """

    country: str
    situation: SituationKind
    sectors: tuple[legal.Sector, ...] = ()  # empty: any sector
    for_companies: str = ""  # "grandes"/"resto" as in `legal.Rung.for_companies`; "": all
    summary: str
    company_deadline: legal.Deadline | None = None
    deadline_rung: str = ""
    deadline_note: str = ""
    reader_limit: legal.Deadline | None = None
    reader_note: str = ""
    silence: str = ""
    silence_route: str = ""
    status: legal.Status
    sources: tuple[legal.Source, ...]
    checked: str

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError(f"{self.country}/{self.situation}: a fact needs a source")
        if self.company_deadline is not None and not self.deadline_rung:
            raise ValueError(f"{self.country}/{self.situation}: whose deadline is it?")
        if self.status is legal.Status.UNCERTAIN:
            if self.company_deadline is not None or self.reader_limit is not None:
                raise ValueError(f"{self.country}/{self.situation}: UNCERTAIN, no number")
            notes = self.summary + self.deadline_note + self.reader_note + self.silence
            if any(c.isdigit() for c in notes):
                raise ValueError(f"{self.country}/{self.situation}: UNCERTAIN, no number")

    def covers(self, sector: legal.Sector, company_size: CompanySize | None) -> bool:
        if self.sectors and sector not in self.sectors:
            return False
        # Unknown size: a rule for large companies still applies (the prudent reading is
        # the shorter deadline); the tools also ask.
        return not (
            self.for_companies and company_size and self.for_companies != company_size.value
        )


@dataclass(frozen=True, kw_only=True)
class Situation:
    kind: SituationKind
    slug: str  # its section on the guide's «¿Qué te pasó?» page
    urgency: Urgency
    sector: CaseSector | None  # the usual sector, offered first by the wizard
    today: tuple[str, ...]  # what to do today, in order
    next_step: str  # which rung comes next, in words
    silence: str  # what the company's silence means, wherever the law says nothing more


SITUATIONS: dict[SituationKind, Situation] = {
    s.kind: s
    for s in (
        Situation(
            kind=SituationKind.UNAUTHORISED_CHARGE,
            slug="cargo-no-autorizado",
            urgency=Urgency.NOW,
            sector=CaseSector.FINANCE,
            today=(
                "Llama hoy a tu banco o a la entidad que emitió la tarjeta por su línea de robo "
                "o fraude, pide que la bloqueen y anota el número de aviso, la fecha y la hora.",
                "Confírmalo por escrito el mismo día: di que no reconoces el cargo, pide "
                "que te lo devuelvan y guarda el justificante.",
                "Pregunta si también deben anular el cargo ante la red de la tarjeta "
                "(contracargo) y si te piden una denuncia policial: en algunos países es "
                "requisito para la devolución.",
            ),
            next_step=(
                "La reclamación formal a tu banco hoy mismo, por escrito. Si no responde en "
                "su plazo o la rechaza, el supervisor bancario o la autoridad financiera de tu "
                "país."
            ),
            silence=(
                "Si el banco no contesta, su silencio no cierra el caso: cuando venza el plazo "
                "de tu reclamación escrita, pasa al supervisor bancario con el justificante."
            ),
        ),
        Situation(
            kind=SituationKind.WRONG_BILL,
            slug="factura",
            urgency=Urgency.NOW,
            sector=None,
            today=(
                "Reúne la factura equivocada, la correcta o la anterior y el justificante "
                "del pago, si ya pagaste.",
                "Envía hoy la reclamación formal por escrito: di qué cantidad no reconoces y "
                "pide que la anulen o te la devuelvan.",
                "Si puedes, paga la parte que no discutes: en varios países eso evita que te "
                "corten el servicio por lo que reclamas.",
                "Si te lo cobraron por débito automático (domiciliación), pregunta a tu banco "
                "si puede devolverte el cargo y en qué plazo.",
            ),
            next_step=(
                "La reclamación formal a la empresa ya, sin esperar más seguimientos. "
                "Después, la autoridad de consumo o el regulador de su sector."
            ),
            silence=(
                "Si la empresa no contesta en su plazo, no pierdes nada: pasa al siguiente "
                "escalón con la reclamación y su justificante."
            ),
        ),
        Situation(
            kind=SituationKind.SERVICE_CUT,
            slug="corte",
            urgency=Urgency.NOW,
            sector=None,
            today=(
                "Llama a la línea de averías y anota el número de reporte o de incidencia, la "
                "hora y con quién hablaste.",
                "Envía hoy la reclamación formal por escrito con ese número, desde cuándo no "
                "tienes el servicio y qué te está costando.",
                "Guarda pruebas del corte: capturas, fotos, mensajes de la empresa.",
            ),
            next_step=(
                "La reclamación formal a la empresa ya. Después, el regulador del sector "
                "(telecomunicaciones, energía o agua) o la autoridad de consumo."
            ),
            silence=(
                "Un corte sin respuesta no se queda así: pasa al regulador o a la autoridad "
                "de consumo en cuanto venza el plazo de la empresa, o el que pida el regulador."
            ),
        ),
        Situation(
            kind=SituationKind.ORDER,
            slug="pedido",
            urgency=Urgency.FOLLOW_UP,
            sector=CaseSector.OTHER,
            today=(
                "Reúne la confirmación del pedido o la factura, el seguimiento del envío y "
                "fotos del producto si está defectuoso.",
                "Escribe a la tienda con una fecha concreta para la entrega, la reparación, "
                "el cambio o la devolución del dinero.",
                "Si pagaste con tarjeta y el pedido no llega, pregunta a tu banco si puede "
                "revertir el cargo (contracargo) y en qué plazo: suele ser corto.",
            ),
            next_step=(
                "Si la fecha que diste pasa sin solución, la reclamación formal por escrito; "
                "después, la autoridad de consumo."
            ),
            silence=(
                "El silencio de la tienda no te quita la garantía: guarda la prueba de que "
                "reclamaste dentro de su plazo y pasa a la autoridad de consumo."
            ),
        ),
        Situation(
            kind=SituationKind.CANCELLATION,
            slug="baja",
            urgency=Urgency.NOW,
            sector=None,
            today=(
                "Pide la baja otra vez por escrito, por un canal que deje constancia, y "
                "guarda el justificante con la fecha.",
                "Si te siguen cobrando, di a tu banco que no autorizas más cargos de esa "
                "empresa y pide la devolución de los que ya pasaron.",
            ),
            next_step=(
                "La reclamación formal a la empresa ya, con la fecha en que pediste la "
                "baja. Después, la autoridad de consumo o el regulador del sector."
            ),
            silence=(
                "Cada cobro después de la fecha en que pediste la baja es un cobro indebido: "
                "anótalo y reclámalo."
            ),
        ),
        Situation(
            kind=SituationKind.FLIGHT,
            slug="vuelo",
            urgency=Urgency.NOW,
            sector=CaseSector.AIR,
            today=(
                "Pide a la aerolínea, en el aeropuerto, un justificante escrito de la "
                "cancelación o del retraso y de su causa.",
                "Si tu equipaje no llegó o llegó dañado, presenta el parte de irregularidad "
                "(PIR) en el mostrador de la aerolínea antes de salir del aeropuerto.",
                "Guarda las tarjetas de embarque y los recibos de lo que tuviste que pagar.",
            ),
            next_step=(
                "La reclamación por escrito a la aerolínea. Si no responde o la rechaza, el "
                "organismo de aviación civil o de transporte de tu país."
            ),
            silence=(
                "Si la aerolínea calla, acude al organismo de aviación civil o de transporte, "
                "o a la autoridad de consumo, cuando pase su plazo: no necesitan su respuesta."
            ),
        ),
        Situation(
            kind=SituationKind.OTHER,
            slug="otro",
            urgency=Urgency.FOLLOW_UP,
            sector=None,
            today=(
                "Reúne el número de caso, las fechas y las pruebas: la lista de preparación "
                "te ayuda.",
            ),
            next_step=(
                "Seguimiento por el canal en el que abriste el caso, escalamiento si no hay "
                "respuesta útil y, después, la reclamación formal por escrito."
            ),
            silence=(
                "Si la empresa no responde, cada paso de la guía tiene su momento: el "
                "asistente te dice cuál toca."
            ),
        ),
    )
}


def get(kind: SituationKind) -> Situation:
    return SITUATIONS[kind]


def rules(country: str, kind: SituationKind | None) -> tuple[CountryRule, ...]:
    """Every rule of a country for a situation (all of them for `kind` None)."""
    from .situation_rules import RULES  # the data modules import this one

    code = country.upper()
    return tuple(r for r in RULES if r.country == code and (kind is None or r.situation is kind))


def rule_for(
    country: str,
    kind: SituationKind | None,
    sector: legal.Sector,
    company_size: CompanySize | None = None,
) -> CountryRule | None:
    """The country's rule for this situation in this sector (the first that covers it)."""
    if kind is None:
        return None
    return next((r for r in rules(country, kind) if r.covers(sector, company_size)), None)
