"""What comes after the company's own support, country by country: the legal ladder as data.

One source of truth for the guide's country pages (rendered at build time by
`sitebuild.ladder_blocks`) and for the browser tools, which compute dates from the same
facts. Each `Rung` is one step a reader can take:

- level 1: the formal complaint to the company (its instrument and the company's deadline);
- level 2: the general consumer authority or out-of-court body;
- level 3: a sector regulator.

Publishing rule (from the research, see `docs/acerca.md`): VERIFIED facts are stated with
their official source; SECONDARY ones are published "según <fuente>" next to the official
portal; UNCERTAIN ones never carry a number (`deadline` and `reader_limit` are None and the
notes hold no digits). `Rung.__post_init__` enforces the last part, so no caller can build
an UNCERTAIN rung that shows a number.

Typical use::

    es = legal.country("ES")
    rung = es.company_rungs(legal.Sector.TELECOM)[0]
    rung.deadline       # Deadline(amount=1, unit=Unit.MONTHS, business=None, ...)
    es.authorities(legal.Sector.TELECOM)   # level 2 and 3 rungs that take telecom cases
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from .dates import NO_HOLIDAYS, add_business_days
from .texts import MONTHS

REVIEWED = "2026-11"  # when these facts were last checked against the research


class Status(StrEnum):
    VERIFIED = "VERIFIED"  # official text seen (law or official agency page)
    SECONDARY = "SECONDARY"  # press, law firm, NGO or company page
    UNCERTAIN = "UNCERTAIN"  # conflicting, old or not found: never shown as a number


class Unit(StrEnum):
    HOURS = "hours"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class Sector(StrEnum):
    GENERAL = "general"
    TELECOM = "telecom"
    BANKING = "banca"
    INSURANCE = "seguros"
    ENERGY = "energia"  # electricity, gas and, where the same rules apply, water
    AIR = "aereo"


class Level(IntEnum):
    COMPANY = 1
    AUTHORITY = 2
    REGULATOR = 3


SECTOR_NAMES: dict[Sector, str] = {
    Sector.GENERAL: "Cualquier compra o servicio",
    Sector.TELECOM: "Telefonía, internet y televisión",
    Sector.BANKING: "Bancos, tarjetas y pagos",
    Sector.INSURANCE: "Seguros",
    Sector.ENERGY: "Luz, gas y agua",
    Sector.AIR: "Vuelos",
}


def month_year(iso: str) -> str:
    """ "2026-11" -> "noviembre de 2026"."""
    year, month = iso.split("-")[:2]
    return f"{MONTHS[int(month) - 1]} de {year}"


@dataclass(frozen=True)
class Source:
    """Where a fact comes from. `date` is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or "" if undated."""

    publisher: str
    url: str
    date: str
    official: bool

    def date_text(self) -> str:
        if not self.date:
            return "sin fecha"
        parts = self.date.split("-")
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return month_year(self.date)
        day = dt.date.fromisoformat(self.date)
        return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


@dataclass(frozen=True)
class Deadline:
    """A time limit: `amount` `unit`, counted `start`.

    `business` is True for business days (hábiles), False for calendar days (naturales,
    calendario, corridos) and None when the law says "días" without saying which: a tool
    should then count calendar days, which never promises the reader more time.
    """

    amount: int
    unit: Unit
    business: bool | None
    start: str

    def __post_init__(self) -> None:
        if self.amount <= 0:
            raise ValueError("a deadline needs a positive amount")
        if self.business is not None and self.unit is not Unit.DAYS:
            raise ValueError("only days are business or calendar days")

    def words(self, calendar_word: str = "naturales") -> str:
        """ "15 días hábiles", "90 días naturales", "15 días", "1 mes", "2 horas"."""
        one = self.amount == 1
        if self.unit is Unit.DAYS:
            noun = "día" if one else "días"
            if self.business is None:
                return f"{self.amount} {noun}"
            kind = "hábil" if one else "hábiles"
            if not self.business:
                kind = calendar_word
            return f"{self.amount} {noun} {kind}"
        nouns = {
            Unit.HOURS: ("hora", "horas"),
            Unit.MONTHS: ("mes", "meses"),
            Unit.YEARS: ("año", "años"),
        }[self.unit]
        return f"{self.amount} {nouns[0] if one else nouns[1]}"

    def sentence(self, calendar_word: str = "naturales") -> str:
        return f"{self.words(calendar_word)} {self.start}"

    def due(self, start: dt.date, holidays: frozenset[dt.date] = NO_HOLIDAYS) -> dt.date:
        """The last day of the period that starts on `start` (counting from the next day).

        Business days skip weekends and `holidays`; calendar days (and "días" the law does
        not qualify) count every day; months and years run "de fecha a fecha", landing on
        the month's last day when the date does not exist (31 -> 30, 29 Feb -> 28 Feb).
        Hours have no date of their own: they raise ValueError.
        """
        if self.unit is Unit.DAYS:
            if self.business:
                return add_business_days(start, self.amount, holidays)
            return start + dt.timedelta(days=self.amount)
        if self.unit is Unit.HOURS:
            raise ValueError("a deadline in hours has no due date")
        months = self.amount * (12 if self.unit is Unit.YEARS else 1)
        year, month = divmod(start.month - 1 + months, 12)
        year += start.year
        day = min(start.day, calendar.monthrange(year, month + 1)[1])
        return dt.date(year, month + 1, day)


@dataclass(frozen=True)
class Link:
    """An official portal: where the reader files the complaint or checks the fact."""

    name: str
    url: str


@dataclass(frozen=True, kw_only=True)
class Rung:
    """One step of the ladder. `deadline` is the time the body of this rung has to answer.

    `deadline_note` qualifies the deadline (exceptions, other units); `remarks` is what else
    the reader should know about this step (binding or not, what happens next).
    """

    key: str
    level: Level
    sectors: tuple[Sector, ...]
    instrument: str
    body: str
    scope: str
    deadline: Deadline | None
    deadline_note: str = ""
    reader_limit: Deadline | None
    reader_note: str = ""
    how: str
    cost: str
    preconditions: str
    portal: Link | None
    status: Status
    sources: tuple[Source, ...]
    remarks: str = ""
    # How long after the formal complaint to the company this body takes the case, when it
    # asks for more than the company's own deadline (Spain: arbitration, the Banco de
    # España, the telecom office and AESA want one month). None: once the company's
    # deadline has passed, or as soon as it answered.
    waits: Deadline | None = None
    # Which companies a level-1 rung applies to when a country has one rule for large
    # companies and another for the rest ("grandes" / "resto"; "" for every company).
    for_companies: str = ""
    # The month (YYYY-MM) someone last checked this fact against its sources.
    checked: str = ""

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError(f"{self.key}: a fact needs a source")
        if self.status is Status.UNCERTAIN:
            if self.deadline is not None or self.reader_limit is not None:
                raise ValueError(f"{self.key}: an UNCERTAIN deadline is never a number")
            notes = self.deadline_note + self.reader_note + self.remarks
            if any(c.isdigit() for c in notes):
                raise ValueError(f"{self.key}: an UNCERTAIN note holds no number")

    def covers(self, sector: Sector) -> bool:
        return sector in self.sectors


@dataclass(frozen=True)
class Change:
    """What changed in 2025-2026 (or a correction of what readers may have read)."""

    text: str
    status: Status
    source: Source


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    slug: str
    calendar_word: str  # what its laws call calendar days
    complaint_word: str  # "reclamación" or "reclamo"
    summary: str
    reviewed: str
    rungs: tuple[Rung, ...]
    changes: tuple[Change, ...]

    def rung(self, key: str) -> Rung:
        for rung in self.rungs:
            if rung.key == key:
                return rung
        raise KeyError(key)

    def company_rungs(self, sector: Sector = Sector.GENERAL) -> tuple[Rung, ...]:
        """Level-1 rungs for this sector; the general ones when the sector has none of its own."""
        own = tuple(r for r in self.rungs if r.level is Level.COMPANY and r.covers(sector))
        if own or sector is Sector.GENERAL:
            return own
        return self.company_rungs(Sector.GENERAL)

    def authorities(self, sector: Sector = Sector.GENERAL) -> tuple[Rung, ...]:
        """Where to go next: the sector's regulators first, then the general authorities."""
        regulators = tuple(r for r in self.rungs if r.level is Level.REGULATOR and r.covers(sector))
        general = tuple(r for r in self.rungs if r.level is Level.AUTHORITY and r.covers(sector))
        return regulators + general

    def sector_rungs(self, sector: Sector) -> tuple[Rung, ...]:
        """The rungs only this sector has: its own company rungs and its regulators."""
        return tuple(
            r
            for r in self.rungs
            if r.covers(sector)
            and (
                r.level is Level.REGULATOR
                or (r.level is Level.COMPANY and not r.covers(Sector.GENERAL))
            )
        )

    def sectors(self) -> tuple[Sector, ...]:
        """Sectors with a rung of their own, in `Sector` order."""
        return tuple(s for s in Sector if s is not Sector.GENERAL and self.sector_rungs(s))

    def sources(self) -> tuple[Source, ...]:
        """Every source of the page, official ones first, without repeats."""
        seen: dict[str, Source] = {}
        for rung in self.rungs:
            for source in rung.sources:
                seen.setdefault(source.url, source)
        for change in self.changes:
            seen.setdefault(change.source.url, change.source)
        return tuple(sorted(seen.values(), key=lambda s: not s.official))

    def official_links(self) -> tuple[str, ...]:
        """Official pages: sources seen on an official site, and every portal (all official)."""
        urls = [s.url for s in self.sources() if s.official]
        urls += [r.portal.url for r in self.rungs if r.portal]
        return tuple(dict.fromkeys(urls))

    def links(self) -> tuple[str, ...]:
        """Every URL the country's page may link to: its sources and portals."""
        urls = [s.url for s in self.sources()]
        urls += [r.portal.url for r in self.rungs if r.portal]
        return tuple(dict.fromkeys(urls))


# Sources used more than once -----------------------------------------------------------

BOE_LEY_10_2025 = Source(
    "BOE: Ley 10/2025 de servicios de atención a la clientela",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2025-26698",
    "2025-12-27",
    official=True,
)
BOE_RD_713_2024 = Source(
    "BOE: Real Decreto 713/2024 (arbitraje de consumo)",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2024-15208",
    "2024-07-24",
    official=True,
)
USUARIOS_TELECO = Source(
    "Oficina de Atención al Usuario de Telecomunicaciones: preguntas frecuentes",
    "https://www.usuariosteleco.gob.es/te-interesa/Paginas/preguntas-frecuentes.aspx?Faq=Reclamaciones",
    "",
    official=True,
)
BDE = Source(
    "Banco de España: reclamaciones",
    "https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/",
    "",
    official=True,
)
IDC_PROFECO = Source(
    "IDC Online (prensa), sobre la queja ante PROFECO",
    "https://idconline.mx/corporativo/2024/08/22/por-que-la-profeco-puede-rechazar-una-queja-y-como-evitarlo",
    "2024-08-22",
    official=False,
)
CANTARELL = Source(
    "Cantarell Capital (institución financiera), sobre la UNE",
    "https://cantarellcapital.com/?p=75",
    "",
    official=False,
)
IFT_CRT = Source(
    "Telemar Campeche (prensa), sobre el fin del IFT",
    "https://telemarcampeche.com/adios-a-la-autonomia-el-ift-desaparece-y-nace-la-nueva-comision-reguladora-de-telecomunicaciones/",
    "2025-10-17",
    official=False,
)
LA_NACION_VENTANILLA = Source(
    "La Nación (prensa), sobre la Ventanilla Federal Única",
    "https://www.lanacion.com.ar/economia/el-gobierno-creo-un-nuevo-sistema-de-reclamos-de-defensa-al-consumidor-nid19082025/",
    "2025-08-19",
    official=False,
)
BCRA = Source(
    "Banco Central de la República Argentina: reclamos por productos o servicios financieros",
    "https://www.bcra.gob.ar/reclamo-productos-servicios-financieros",
    "",
    official=True,
)
SIC_CAMBIO = Source(
    "Cambio (prensa), sobre las quejas ante la SIC",
    "https://cambiocolombia.com/economia/como-presentar-una-queja-ante-superintendencia-de-industria-y-comercio",
    "2025-06-25",
    official=False,
)
EL_MOSTRADOR_SERNAC = Source(
    "El Mostrador (prensa), sobre el reclamo en SERNAC",
    "https://elmostrador.cl/datos-utiles/2024/10/09/reclamo-en-el-sernac-que-necesitas-para-hacer-el-tramite",
    "2024-10-09",
    official=False,
)
CHILEATIENDE_SUBTEL = Source(
    "ChileAtiende: reclamo contra una empresa de telecomunicaciones",
    "https://chileatiende.gob.cl/fichas/15312-reclamo-contra-una-empresa-de-telecomunicaciones-primera-instancia",
    "",
    official=True,
)
OSIPTEL_APELACION = Source(
    "OSIPTEL: recurso de apelación",
    "https://www.osiptel.gob.pe/guiadiccionariodetallerecursodeapelacion/",
    "",
    official=True,
)
GESTION_BANCOS = Source(
    "Gestión (prensa), citando a ASPEC, sobre reclamos a bancos",
    "https://gestion.pe/tu-dinero/finanzas-personales/cuentas-que-se-reducen-por-error-de-bancos-asi-se-debe-reclamar-segun-aspec-reclamos-bancarios-reclamos-ante-indecopi-aspec-noticia",
    "",
    official=False,
)

ALL_SECTORS = tuple(Sector)
NO_LIMIT = ""

# España ----------------------------------------------------------------------------------

ES = Country(
    code="ES",
    name="España",
    slug="espana",
    calendar_word="naturales",
    complaint_word="reclamación",
    summary=(
        "Primero, la reclamación a la empresa, que desde el 28 de diciembre de 2025 tiene un "
        "plazo legal para responder. Después, la OMIC o el servicio de consumo de tu comunidad "
        "autónoma (mediación) y la Junta Arbitral de Consumo. Telecomunicaciones, banca, "
        "seguros, energía y vuelos tienen su propia vía."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="empresa-ley-10-2025",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR),
            instrument="Reclamación al servicio de atención a la clientela",
            body="La empresa",
            scope=(
                "Suministros de agua, luz y gas, transporte de viajeros, servicios postales y "
                "empresas grandes (250 personas en plantilla o más, o más de 50 millones de "
                "euros de facturación o de 43 millones de balance)."
            ),
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Si reclamas una factura o un cobro indebido, 5 días (la ley no dice si son "
                "hábiles). Si se corta un servicio básico continuo, 2 horas. Las empresas tienen "
                "hasta el 28 de diciembre de 2026 para adaptarse. En telecomunicaciones y "
                "finanzas manda su norma propia (más abajo)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Por el mismo canal por el que contrataste y, como mínimo, por correo postal, "
                "por teléfono y por un medio electrónico. La empresa debe darte una clave "
                "identificativa y un justificante; si reclamas por teléfono, puedes pedir que "
                "se grabe la llamada."
            ),
            cost="Gratis; el teléfono no puede costar más que una llamada normal.",
            preconditions="Ninguno.",
            portal=None,
            for_companies="grandes",
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
        ),
        Rung(
            key="empresa-trlgdcu",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamación a la empresa (regla general para todas)",
            body="La empresa",
            scope="Cualquier otra empresa que vende a consumidores: comercios, pymes, tiendas en línea.",
            deadline=Deadline(15, Unit.DAYS, None, "desde que presentas la reclamación"),
            deadline_note=(
                "Antes del 28 de diciembre de 2025 era un mes. La ley no dice si los días son "
                "hábiles o naturales, ni está claro si el periodo de adaptación hasta el 28 de "
                "diciembre de 2026 también vale para este cambio."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Por el medio por el que contrataste, por correo postal, por teléfono o por vía "
                "electrónica. La empresa debe darte una clave identificativa y un justificante."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            for_companies="resto",
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
        ),
        Rung(
            key="hoja-de-reclamaciones",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Hoja de reclamaciones oficial de tu comunidad autónoma",
            body="El establecimiento, con copia para la Administración de consumo",
            scope="Tiendas y locales abiertos al público y ventas a distancia; cada comunidad tiene su modelo.",
            deadline=None,
            deadline_note=(
                "Depende de la comunidad autónoma: en Andalucía, 10 días hábiles según la "
                "Cámara de Comercio de Málaga; en Cataluña, la Agència Catalana del Consum te "
                "indica acudir a la Administración tras 30 días sin una respuesta satisfactoria."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Pídela en el local: tienen que dártela. Si se niegan, descarga el modelo oficial "
                "en la web de consumo de tu comunidad o, según guías de prensa, pide a la policía "
                "local que deje constancia de la negativa."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Agència Catalana del Consum: cómo reclamar",
                    "https://consum.gencat.cat/",
                    "",
                    official=True,
                ),
                Source(
                    "Cámara de Comercio de Málaga, sobre las hojas de quejas y reclamaciones",
                    "https://camaramalaga.com/comercio-interior/hojas-de-quejas-y-reclamaciones",
                    "2023",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="omic",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamación ante la OMIC o el servicio de consumo de tu comunidad autónoma",
            body="Oficina Municipal de Información al Consumidor (OMIC) o Dirección General de Consumo",
            scope="Cualquier problema de consumo, cuando la empresa no responde o responde mal.",
            deadline=None,
            remarks="Informan gratis y median, pero la mediación es voluntaria para la empresa.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "En persona, en el registro electrónico de tu comunidad autónoma o con la propia "
                "hoja de reclamaciones."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes a la empresa.",
            portal=Link(
                "Consumo Responde (Junta de Andalucía)",
                "https://www.consumoresponde.es/articulos/aspectos-generales-decreto-472-2019-hojas-quejas-reclamaciones",
            ),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Consumo Responde (Junta de Andalucía), sobre las OMIC",
                    "https://www.consumoresponde.es/articulos/aspectos-generales-decreto-472-2019-hojas-quejas-reclamaciones",
                    "",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="arbitraje",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Solicitud de arbitraje de consumo",
            body="Junta Arbitral de Consumo (municipal, autonómica o nacional)",
            scope="Conflictos con empresas adheridas al arbitraje o que lo acepten.",
            deadline=Deadline(
                90, Unit.DAYS, False, "para dictar el laudo, desde que se inicia el procedimiento"
            ),
            deadline_note=(
                "Prorrogable otros 90 días naturales en casos complejos. El laudo obliga a las "
                "dos partes y sustituye al juicio."
            ),
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la empresa"),
            reader_note=NO_LIMIT,
            how=(
                "Solicitud en el registro de la Junta Arbitral o en cualquier registro público, "
                "con los formularios normalizados."
            ),
            cost="Gratis; las pruebas que pidas tú corren de tu cuenta.",
            preconditions=(
                "Haber reclamado a la empresa: aporta su respuesta o, si pasó un mes sin ella, "
                "prueba de que lo intentaste. La empresa debe estar adherida (lo indica con un "
                "distintivo oficial) o aceptar el arbitraje; tiene 10 días hábiles para hacerlo."
            ),
            portal=None,
            waits=Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa"),
            status=Status.VERIFIED,
            sources=(BOE_RD_713_2024,),
        ),
        Rung(
            key="telecom-operador",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación al servicio de atención al cliente del operador",
            body="El operador de telecomunicaciones",
            scope="Telefonía fija y móvil, internet y televisión de pago.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde tu reclamación"),
            remarks=(
                "El operador debe darte un número de referencia. No está obligado a pasarte con "
                "un supervisor, y reclamar no le impide suspender el servicio si llevas más de un "
                "mes sin pagar."
            ),
            reader_limit=Deadline(
                1, Unit.MONTHS, None, "desde el hecho (si es una factura, desde que la recibes)"
            ),
            reader_note=NO_LIMIT,
            how="Por los canales de atención al cliente del operador.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(USUARIOS_TELECO, BOE_LEY_10_2025),
        ),
        Rung(
            key="telecom-oficina",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación ante la Oficina de Atención al Usuario de Telecomunicaciones",
            body="Oficina de Atención al Usuario de Telecomunicaciones (Ministerio para la Transformación Digital)",
            scope="Personas físicas, autónomos y microempresas (hasta 10 empleados).",
            deadline=Deadline(6, Unit.MONTHS, None, "para resolver"),
            remarks="Lo que resuelve obliga al operador.",
            reader_limit=Deadline(
                3,
                Unit.MONTHS,
                None,
                "desde la respuesta del operador o desde que venció el mes que tenía para responder",
            ),
            reader_note=NO_LIMIT,
            how=(
                "Formulario electrónico en usuariosteleco.gob.es (con certificado o Cl@ve), por "
                "correo postal o en un registro. También puedes ir a la Junta Arbitral, pero no a "
                "las dos vías a la vez."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes al operador, dentro del mes siguiente al hecho.",
            portal=Link("usuariosteleco.gob.es", "https://www.usuariosteleco.gob.es/"),
            waits=Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa"),
            status=Status.VERIFIED,
            sources=(USUARIOS_TELECO,),
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamación por escrito al Servicio de Atención al Cliente o al Defensor del Cliente",
            body="El banco o la entidad de pago",
            scope="Cuentas, préstamos, tarjetas, transferencias y recibos.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde que presentas la reclamación"),
            deadline_note=(
                "En servicios de pago (tarjetas, transferencias, recibos), 15 días hábiles según "
                "el Banco de España."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito: una llamada no sirve como reclamación previa.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025, BDE),
        ),
        Rung(
            key="banca-bde",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamación ante el Banco de España",
            body="Banco de España (Departamento de Conducta de Entidades)",
            scope="Bancos y entidades de pago.",
            deadline=Deadline(
                90,
                Unit.DAYS,
                False,
                "para emitir su informe, desde que el expediente está completo",
            ),
            remarks="El informe no es vinculante: no obliga al banco.",
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la entidad"),
            reader_note=(
                "Si nunca reclamaste formalmente, 5 años desde los hechos, según el Banco de España."
            ),
            how="Sede electrónica del Banco de España, en persona o por correo postal.",
            cost="Gratis.",
            preconditions=(
                "Reclamación previa por escrito a la entidad y un mes sin respuesta, o una "
                "respuesta negativa."
            ),
            portal=Link("Banco de España: reclamaciones", BDE.url),
            waits=Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa"),
            status=Status.VERIFIED,
            sources=(BDE, BOE_LEY_10_2025),
        ),
        Rung(
            key="seguros-entidad",
            level=Level.COMPANY,
            sectors=(Sector.INSURANCE,),
            instrument="Reclamación por escrito al Servicio de Atención al Cliente o al Defensor del Cliente",
            body="La aseguradora (o la entidad de inversión)",
            scope="Seguros, planes de pensiones e inversiones.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde que presentas la reclamación"),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
        ),
        Rung(
            key="seguros-dgsfp",
            level=Level.REGULATOR,
            sectors=(Sector.INSURANCE,),
            instrument="Reclamación ante la DGSFP (seguros) o la CNMV (inversiones)",
            body="Dirección General de Seguros y Fondos de Pensiones / Comisión Nacional del Mercado de Valores",
            scope="Seguros, planes de pensiones e inversiones.",
            deadline=Deadline(90, Unit.DAYS, False, "para emitir su informe"),
            remarks="El informe no es vinculante.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Sedes electrónicas de la DGSFP y de la CNMV.",
            cost="Gratis.",
            preconditions=(
                "Reclamación previa por escrito a la entidad y un mes sin respuesta, o una "
                "respuesta negativa."
            ),
            portal=Link(
                "Dirección General de Seguros y Fondos de Pensiones",
                "https://www.dgsfp.mineco.gob.es/",
            ),
            waits=Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa"),
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
        ),
        Rung(
            key="energia-arbitraje",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Arbitraje de consumo con tu comercializadora de luz o gas",
            body="La Junta Arbitral que indica tu factura o contrato, o la de tu comunidad autónoma",
            scope="Comercializadoras de electricidad y gas: están obligadas a someterse a arbitraje.",
            deadline=None,
            deadline_note="La empresa responde en el plazo general de la Ley 10/2025 (arriba).",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Solicitud ante la Junta Arbitral que figura en tu factura o contrato.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la comercializadora.",
            portal=Link(
                "CNMC: el arbitraje, cinco claves",
                "https://blog.cnmc.es/2025/01/23/el-arbitraje-cinco-claves-para-reclamar-mas-alla-de-tu-compania-electrica-o-de-gas",
            ),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "CNMC (blog oficial): el arbitraje en luz y gas",
                    "https://blog.cnmc.es/2025/01/23/el-arbitraje-cinco-claves-para-reclamar-mas-alla-de-tu-compania-electrica-o-de-gas",
                    "2025-01-23",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="aereo-aesa",
            level=Level.REGULATOR,
            sectors=(Sector.AIR,),
            instrument="Reclamación ante AESA",
            body="Agencia Estatal de Seguridad Aérea (AESA)",
            scope=(
                "Cancelaciones, grandes retrasos, denegación de embarque y derechos de personas "
                "con movilidad reducida, en vuelos con origen o destino en España. El equipaje, no."
            ),
            deadline=Deadline(
                90, Unit.DAYS, False, "para resolver, desde que el expediente está completo"
            ),
            remarks="Lo que decide obliga a la aerolínea.",
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la aerolínea"),
            reader_note=NO_LIMIT,
            how="Formulario de AESA en su sede electrónica.",
            cost="Gratis.",
            preconditions=(
                "Haber reclamado antes a la aerolínea y esperar un mes sin respuesta o con una "
                "respuesta que no te satisface."
            ),
            portal=Link("AESA", "https://www.seguridadaerea.gob.es/"),
            waits=Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa"),
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Aiyon Abogados, sobre las reclamaciones a AESA",
                    "https://aiyon.es/reclamaciones-a-aesa-una-opcion-para-los-usuarios-de-transporte-aereo/",
                    "2023",
                    official=False,
                ),
            ),
        ),
    ),
    changes=(
        Change(
            "Ley 10/2025 de servicios de atención a la clientela (en vigor desde el 28 de "
            "diciembre de 2025): 15 días hábiles para responder, 5 días para cobros indebidos y "
            "2 horas para cortes de servicios básicos; clave identificativa y justificante; "
            "atención por una persona si la pides; nadie puede cerrar tu reclamación porque pasó "
            "el plazo; no pueden cortarte el servicio por lo que reclamas mientras no respondan; "
            "derecho a que te pasen con un supervisor (salvo en telecomunicaciones); y la encuesta "
            "de satisfacción no puede llegar antes de la respuesta.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
        ),
        Change(
            "Las empresas afectadas por la Ley 10/2025 tienen doce meses para adaptarse: hasta "
            "el 28 de diciembre de 2026 (el preámbulo dice seis meses, pero manda la disposición "
            "transitoria, que dice doce).",
            Status.VERIFIED,
            BOE_LEY_10_2025,
        ),
        Change(
            "La regla general para todas las empresas pasa de un mes a quince días para responder "
            "una reclamación.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
        ),
        Change(
            "Banca, seguros e inversiones: la reclamación previa ha de ser por escrito, la entidad "
            "tiene un mes y los servicios de reclamaciones resuelven en 90 días naturales. El "
            "plazo de dos meses que aún citan algunas páginas ya no está en la ley.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
        ),
        Change(
            "Hay un recurso de inconstitucionalidad contra los artículos de la Ley 10/2025 sobre "
            "lenguas y sanciones; los plazos no están recurridos.",
            Status.VERIFIED,
            Source("BOE: metadatos de la Ley 10/2025", BOE_LEY_10_2025.url, "2026", official=True),
        ),
        Change(
            "Desde el 13 de agosto de 2024 rige un nuevo reglamento del arbitraje de consumo "
            "(Real Decreto 713/2024).",
            Status.VERIFIED,
            BOE_RD_713_2024,
        ),
        Change(
            "La plataforma europea de resolución de litigios en línea (ODR) cerró en 2025: no "
            "admite reclamaciones nuevas desde el 20 de marzo de 2025. Si un contrato o una web aún "
            "te remite a ella, está desactualizado.",
            Status.SECONDARY,
            Source(
                "Bird & Bird (despacho), sobre el cierre de la plataforma ODR",
                "https://twobirds.com/en/insights/2025/global/the-end-of-the-european-online-dispute-resolution-platform",
                "2025",
                official=False,
            ),
        ),
    ),
)

# México ----------------------------------------------------------------------------------

PROFECO_PORTAL = Link("PROFECO", "https://www.gob.mx/profeco")

MX = Country(
    code="MX",
    name="México",
    slug="mexico",
    calendar_word="naturales",
    complaint_word="reclamación",
    summary=(
        "No encontramos un plazo legal general para que una empresa que no sea financiera "
        "conteste. Tras reclamarle por escrito, la vía es la queja ante PROFECO (conciliación "
        "gratuita y, si no hay acuerdo, arbitraje). En bancos y seguros, la UNE de la "
        "institución o directamente la CONDUSEF."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR),
            instrument="Reclamación directa al proveedor",
            body="La empresa (proveedor)",
            scope="Cualquier compra o servicio que no sea financiero.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal general para que la empresa conteste: pon tú una "
                "fecha razonable en tu escrito y, si pasa sin respuesta, ve a PROFECO."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito y con acuse de recibo; guarda el folio que te den.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(IDC_PROFECO,),
        ),
        Rung(
            key="profeco",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR),
            instrument="Queja ante PROFECO (conciliación; arbitraje si no hay acuerdo)",
            body="Procuraduría Federal del Consumidor (PROFECO)",
            scope=(
                "Problemas que te afectan a ti. Si es una práctica que perjudica a muchas "
                "personas y no a ti en concreto, lo que corresponde es una denuncia, no una queja."
            ),
            deadline=None,
            remarks="PROFECO cita a la empresa a una audiencia de conciliación.",
            reader_limit=Deadline(
                1,
                Unit.YEARS,
                None,
                "desde el pago, la entrega del bien o servicio o la última vez que pediste a la "
                "empresa que cumpliera",
            ),
            reader_note="Según IDC Online, que cita el artículo 105 de la Ley Federal de Protección al Consumidor.",
            how=(
                "En una Oficina de Defensa del Consumidor (ODECO); en línea con Concilianet o "
                "Conciliaexprés (solo con empresas que tienen convenio); por el Teléfono del "
                "Consumidor; o con «Concilia desde el extranjero»."
            ),
            cost="Gratis.",
            preconditions=(
                "Tu nombre y domicilio, la descripción del bien o servicio y de lo que pasó, y "
                "los datos de la empresa; lleva identificación oficial y tus comprobantes."
            ),
            portal=PROFECO_PORTAL,
            status=Status.SECONDARY,
            sources=(IDC_PROFECO,),
        ),
        Rung(
            key="banca-une",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamación ante la Unidad Especializada de Atención a Usuarios (UNE)",
            body="El banco o la institución financiera",
            scope="Bancos, tarjetas, créditos y otros servicios financieros.",
            deadline=Deadline(30, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Si pides la aclaración de un cargo, 45 días naturales. No es obligatorio pasar "
                "por la UNE: puedes ir directamente a la CONDUSEF."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En sucursales o por los medios de la institución; pide el folio.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(CANTARELL,),
        ),
        Rung(
            key="banca-condusef",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Queja ante la CONDUSEF",
            body="Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF)",
            scope="Bancos, tarjetas, créditos y otros servicios financieros.",
            deadline=None,
            remarks=(
                "Ofrece gestión ante la institución, conciliación, arbitraje y defensa legal gratuita."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Portal de Queja Electrónica de la CONDUSEF.",
            cost="Gratis.",
            preconditions="Ninguna: puedes acudir sin haber reclamado antes a la UNE.",
            portal=Link("CONDUSEF", "https://www.condusef.gob.mx/"),
            status=Status.SECONDARY,
            sources=(CANTARELL,),
        ),
        Rung(
            key="telecom-profeco",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja ante PROFECO por un servicio de telecomunicaciones",
            body="PROFECO (el IFT ya no atiende a usuarios)",
            scope="Telefonía, internet y televisión de paga.",
            deadline=None,
            remarks=(
                "El IFT dejó de atender el 17 de octubre de 2025; lo sustituye la Comisión "
                "Reguladora de Telecomunicaciones (CRT), pero las quejas de consumo van a PROFECO."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Como cualquier queja ante PROFECO (arriba).",
            cost="Gratis.",
            preconditions="Haber reclamado antes al operador.",
            portal=PROFECO_PORTAL,
            status=Status.SECONDARY,
            sources=(IFT_CRT,),
        ),
    ),
    changes=(
        Change(
            "El Instituto Federal de Telecomunicaciones (IFT) desapareció el 17 de octubre de "
            "2025. Lo sustituye la Comisión Reguladora de Telecomunicaciones (CRT), dentro de la "
            "Agencia de Transformación Digital y Telecomunicaciones; las quejas de consumo van a "
            "PROFECO.",
            Status.SECONDARY,
            IFT_CRT,
        ),
    ),
)

# Argentina -------------------------------------------------------------------------------

VENTANILLA_PORTAL = Link(
    "argentina.gob.ar (Ventanilla Federal Única de Reclamos)", "https://www.argentina.gob.ar/"
)
DEFENSOR_DEL_CLIENTE = Source(
    "Sabías que Tucumán (prensa), sobre la Disposición 893/2025",
    "https://sabiasquetucuman.com/2025/08/19/el-gobierno-nacional-implemento-cambios-en-el-sistema-de-reclamos-de-defensa-del-consumidor",
    "2025-08-19",
    official=False,
)

AR = Country(
    code="AR",
    name="Argentina",
    slug="argentina",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "La ley no fija un plazo general para que la empresa responda (no lo encontramos). El "
        "reclamo formal ante la autoridad se hace en la Ventanilla Federal Única de Reclamos, que "
        "lo deriva a tu provincia o municipio. Bancos y tarjetas tienen plazos propios y el BCRA "
        "como segunda instancia."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Reclamo a la empresa",
            body="La empresa (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal general: fija tú una fecha razonable en tu reclamo "
                "y pide un número de reclamo."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, por un canal que deje constancia; pide el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(LA_NACION_VENTANILLA,),
        ),
        Rung(
            key="defensor-del-cliente",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Defensor del Cliente (si la empresa lo tiene)",
            body="Defensor del Cliente de la empresa",
            scope="Empresas que lo tienen: es voluntario.",
            deadline=None,
            remarks=(
                "Su dictamen obliga a la empresa si tú lo aceptas, y entonces el conflicto queda resuelto."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales que indique la empresa.",
            cost="Gratis.",
            preconditions="Que la empresa lo tenga.",
            portal=None,
            status=Status.SECONDARY,
            sources=(DEFENSOR_DEL_CLIENTE,),
        ),
        Rung(
            key="ventanilla",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante Defensa del Consumidor por la Ventanilla Federal Única de Reclamos",
            body=(
                "Dirección Nacional de Defensa del Consumidor, que deriva el reclamo a la "
                "autoridad de tu provincia o municipio"
            ),
            scope="Cualquier problema de consumo.",
            deadline=None,
            remarks="Es el único canal formal nacional desde agosto de 2025.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Formulario en línea en argentina.gob.ar o en las oficinas municipales o provinciales.",
            cost="No lo confirmamos en una fuente oficial: consúltalo al iniciar el trámite.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=VENTANILLA_PORTAL,
            status=Status.SECONDARY,
            sources=(LA_NACION_VENTANILLA,),
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo en el banco o la emisora de la tarjeta",
            body="La entidad financiera",
            scope="Bancos y tarjetas.",
            deadline=Deadline(10, Unit.DAYS, True, "desde que ingresa tu reclamo"),
            deadline_note=(
                "Plazos según un comunicado del BCRA de 2023 citado por Infobae: la entidad debe "
                "darte un número de reclamo en 3 días hábiles y responder en 10. Un folleto de "
                "2018 decía 20 días hábiles: ya no vale."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la entidad; si no te resuelven, pide hablar con su responsable de atención al usuario.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(BCRA,),
        ),
        Rung(
            key="banca-bcra",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante el Banco Central (segunda instancia)",
            body="Banco Central de la República Argentina (BCRA)",
            scope="Bancos y tarjetas.",
            deadline=None,
            remarks="Puede derivar tu caso a Defensa del Consumidor.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Formulario «Reclamo por productos o servicios financieros» en bcra.gob.ar.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la entidad sin obtener una respuesta satisfactoria.",
            portal=Link("BCRA: reclamos", BCRA.url),
            status=Status.VERIFIED,
            sources=(BCRA,),
        ),
        Rung(
            key="telecom-enacom",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo al prestador y, después, ante ENACOM",
            body="Ente Nacional de Comunicaciones (ENACOM)",
            scope="Telefonía, internet y televisión.",
            deadline=None,
            deadline_note=(
                "Las fuentes no coinciden en el plazo que tiene el prestador para responder, así "
                "que no publicamos un número: consúltalo con ENACOM."
            ),
            reader_limit=None,
            reader_note="Tampoco publicamos tu plazo para ir a ENACOM: confírmalo con el ente.",
            how="Reclama primero al prestador y guarda el número de reclamo.",
            cost="Gratis.",
            preconditions="Haber reclamado antes al prestador.",
            portal=Link("ENACOM", "https://www.enacom.gob.ar/"),
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "Regulatel, ficha de Argentina",
                    "https://regulatel.osiptel.gob.pe/?page_id=303",
                    "",
                    official=False,
                ),
            ),
        ),
    ),
    changes=(
        Change(
            "Se disolvió el COPREC, el servicio de conciliación previa en las relaciones de "
            "consumo (Decreto 55/2025, Boletín Oficial del 3 de febrero de 2025).",
            Status.SECONDARY,
            Source(
                "Redacción BA (prensa), sobre el Decreto 55/2025",
                "https://redaccionba.com.ar/?p=72591",
                "2025-02-03",
                official=False,
            ),
        ),
        Change(
            "Nace la Ventanilla Federal Única de Reclamos (Disposición 890/2025, Boletín Oficial "
            "del 19 de agosto de 2025): el único canal formal nacional, que deriva cada reclamo "
            "a la autoridad local.",
            Status.SECONDARY,
            LA_NACION_VENTANILLA,
        ),
        Change(
            "Se reforma el Defensor del Cliente (Disposición 893/2025): es voluntario y su "
            "dictamen obliga a la empresa si el consumidor lo acepta.",
            Status.SECONDARY,
            DEFENSOR_DEL_CLIENTE,
        ),
    ),
)

# Colombia --------------------------------------------------------------------------------

SIC_PORTAL = Link("Superintendencia de Industria y Comercio (SIC)", "https://www.sic.gov.co/")

CO = Country(
    code="CO",
    name="Colombia",
    slug="colombia",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "La reclamación directa (PQR) a la empresa es obligatoria antes de demandar, y la "
        "empresa tiene 15 días hábiles para responder. Después, la Superintendencia de Industria "
        "y Comercio (SIC). En servicios públicos y telecomunicaciones, si la empresa no responde "
        "a tiempo, opera el silencio administrativo positivo."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="pqr",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Reclamación directa (PQR: petición, queja o reclamo) al productor o proveedor",
            body="La empresa",
            scope="Cualquier compra o servicio.",
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Es requisito para la acción de protección al consumidor. Si la empresa no "
                "responde, su silencio cuenta como indicio grave en su contra, según fuentes "
                "secundarias (artículo 58 de la Ley 1480 de 2011)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, por teléfono o en persona; guarda la constancia y el número que te den.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "vLex (libro jurídico), sobre la acción de protección al consumidor",
                    "https://vlex.com.co/vid/accion-proteccion-consumidor-950760887",
                    "",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="sic",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Acción de protección al consumidor (demanda ante la SIC) o SIC Facilita",
            body="Superintendencia de Industria y Comercio (SIC), que actúa como juez",
            scope="Cualquier problema de consumo; SIC Facilita solo con empresas inscritas.",
            deadline=None,
            remarks="SIC Facilita es una mediación en línea con las empresas inscritas.",
            reader_limit=None,
            reader_note=(
                "Hay plazos para demandar, ligados por ejemplo al fin de la garantía: confírmalos "
                "con la SIC antes de que pasen."
            ),
            how="En sic.gov.co (Asuntos Jurisdiccionales tiene modelos de demanda) o por su app de PQRS.",
            cost="Gratis y, en asuntos de menor cuantía, sin abogado.",
            preconditions="Haber presentado antes la reclamación directa a la empresa.",
            portal=SIC_PORTAL,
            status=Status.SECONDARY,
            sources=(SIC_CAMBIO,),
        ),
        Rung(
            key="servicios-publicos-pqr",
            level=Level.COMPANY,
            sectors=(Sector.ENERGY,),
            instrument="PQR a la empresa de servicios públicos",
            body="La empresa prestadora (energía, gas, agua)",
            scope="Servicios públicos domiciliarios: energía, gas y agua.",
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la PQR"),
            deadline_note=(
                "Si no responde a tiempo, opera el silencio administrativo positivo: lo que "
                "pediste se entiende concedido, y la empresa debe reconocerlo en 72 horas."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la oficina de atención al usuario de la empresa; guarda la constancia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Comisión de Regulación de Agua Potable (CRA): preguntas frecuentes",
                    "https://www.cra.gov.co/atencion-servicios-ciudadania/preguntas-frecuentes/ante-entidad-se-tramitan-quejas-inconformidad-prestacion-los-servicios-publicos-temas-calidad",
                    "",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="servicios-publicos-sspd",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Recurso de reposición y, en subsidio, de apelación ante la Superservicios",
            body="Superintendencia de Servicios Públicos Domiciliarios (Superservicios)",
            scope="Servicios públicos domiciliarios: energía, gas y agua.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=Deadline(
                5, Unit.DAYS, None, "desde que recibes la respuesta de la empresa"
            ),
            reader_note=(
                "La CRA dice «cinco días» sin aclarar si son hábiles: para no arriesgarte, "
                "cuéntalos como días calendario."
            ),
            how="Un solo escrito dirigido a la empresa con los dos recursos, con copia a la Superservicios.",
            cost="Gratis.",
            preconditions="Haber presentado la PQR y recibido la respuesta de la empresa.",
            portal=Link("Superservicios", "https://www.superservicios.gov.co/"),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Comisión de Regulación de Agua Potable (CRA): preguntas frecuentes",
                    "https://www.cra.gov.co/atencion-servicios-ciudadania/preguntas-frecuentes/ante-entidad-se-tramitan-quejas-inconformidad-prestacion-los-servicios-publicos-temas-calidad",
                    "",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="telecom-pqr",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="PQR al operador",
            body="El operador de telecomunicaciones",
            scope="Telefonía, internet y televisión.",
            deadline=Deadline(15, Unit.DAYS, True, "desde el día siguiente a presentar la PQR"),
            deadline_note=(
                "Pide el número CUN. Si no responde a tiempo, opera el silencio administrativo "
                "positivo, según Regulatel."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por cualquier canal del operador.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Regulatel, ficha de Colombia",
                    "http://regulatel.osiptel.gob.pe/?page_id=454",
                    "",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="telecom-sic",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Recurso de reposición y, en subsidio, de apelación, que resuelve la SIC",
            body="Superintendencia de Industria y Comercio (SIC)",
            scope="Telefonía, internet y televisión.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=(
                "Las fuentes no coinciden en el plazo para recurrir: pregúntalo al recibir la "
                "respuesta y recurre cuanto antes."
            ),
            how="El recurso se presenta ante el operador, que lo envía a la SIC si no te da la razón.",
            cost="Gratis.",
            preconditions="Haber presentado la PQR y recibido la respuesta del operador.",
            portal=SIC_PORTAL,
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "Regulatel, ficha de Colombia",
                    "http://regulatel.osiptel.gob.pe/?page_id=454",
                    "",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="finanzas-dcf",
            level=Level.COMPANY,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Queja ante la entidad o su Defensor del Consumidor Financiero (DCF)",
            body="La entidad financiera o su Defensor del Consumidor Financiero",
            scope="Bancos, tarjetas, seguros y otros servicios financieros.",
            deadline=None,
            deadline_note=(
                "La ley no fija un plazo a la entidad: debe fijar plazos «razonables». Si vas al "
                "Defensor, la entidad tiene 8 días hábiles para contestarle, según Coltefinanciera."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la entidad o ante su Defensor del Consumidor Financiero.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Coltefinanciera (entidad financiera), sobre los plazos de respuesta",
                    "https://www.coltefinanciera.com.co/cuales-son-los-plazos-de-los-diferentes-canales-y-entes-para-atender-a-los-consumidores-financieros/",
                    "",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="finanzas-sfc",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Queja ante la Superintendencia Financiera",
            body="Superintendencia Financiera de Colombia (SFC)",
            scope="Bancos, tarjetas, seguros y otros servicios financieros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la web de la Superintendencia Financiera (SmartSupervision).",
            cost="Gratis.",
            preconditions=(
                "No hace falta reclamar antes a la entidad, según un concepto de la propia SFC."
            ),
            portal=Link("Superintendencia Financiera", "https://www.superfinanciera.gov.co/"),
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Coltefinanciera (entidad financiera), sobre los plazos de respuesta",
                    "https://www.coltefinanciera.com.co/cuales-son-los-plazos-de-los-diferentes-canales-y-entes-para-atender-a-los-consumidores-financieros/",
                    "",
                    official=False,
                ),
            ),
        ),
    ),
    changes=(),
)

# Chile -----------------------------------------------------------------------------------

CL = Country(
    code="CL",
    name="Chile",
    slug="chile",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "No hay un plazo legal general para que la empresa responda, salvo en las que tienen "
        "«Sello SERNAC». El reclamo ante el SERNAC es una mediación gratuita con resultado en un "
        "máximo de 18 días hábiles; sin acuerdo, el Juzgado de Policía Local. En "
        "telecomunicaciones, la empresa responde en 5 días hábiles y la SUBTEL es la segunda "
        "instancia."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR, Sector.BANKING, Sector.INSURANCE),
            instrument="Reclamo directo a la empresa",
            body="La empresa (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No hay un plazo legal general, salvo en las empresas con «Sello SERNAC»: pon tú "
                "una fecha razonable en tu reclamo."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, por un canal que deje constancia; guarda el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(EL_MOSTRADOR_SERNAC,),
        ),
        Rung(
            key="sernac",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante el SERNAC (mediación)",
            body="Servicio Nacional del Consumidor (SERNAC)",
            scope="Cualquier conflicto de consumo.",
            deadline=Deadline(
                18, Unit.DAYS, True, "para informarte del resultado, desde que ingresa tu reclamo"
            ),
            remarks=(
                "La empresa no está obligada a aceptar. Sin acuerdo, puedes demandar ante el "
                "Juzgado de Policía Local."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Portal del Consumidor en sernac.cl (con ClaveÚnica o Clave SERNAC), oficinas del "
                "SERNAC, ChileAtiende, municipios con convenio o el 800 700 100."
            ),
            cost="Gratis.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("SERNAC", "https://www.sernac.cl/"),
            status=Status.SECONDARY,
            sources=(EL_MOSTRADOR_SERNAC,),
        ),
        Rung(
            key="telecom-empresa",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo de primera instancia (en la empresa o directamente en la SUBTEL)",
            body="La empresa de telecomunicaciones o la SUBTEL",
            scope="Telefonía, internet y televisión.",
            deadline=Deadline(5, Unit.DAYS, True, "desde que la empresa recibe tu reclamo"),
            deadline_note=NO_LIMIT,
            reader_limit=Deadline(60, Unit.DAYS, None, "desde que supiste del hecho"),
            reader_note=NO_LIMIT,
            how="En la empresa o en el portal de reclamos de la SUBTEL, sus oficinas o el 800 13 13 13.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=Link("ChileAtiende: reclamo de telecomunicaciones", CHILEATIENDE_SUBTEL.url),
            status=Status.VERIFIED,
            sources=(CHILEATIENDE_SUBTEL,),
        ),
        Rung(
            key="telecom-subtel",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo de segunda instancia ante la SUBTEL",
            body="Subsecretaría de Telecomunicaciones (SUBTEL)",
            scope="Telefonía, internet y televisión.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Portal de reclamos de la SUBTEL, oficinas, correo o el 800 13 13 13.",
            cost="Gratis.",
            preconditions="Que la empresa no haya respondido o que su respuesta no te satisfaga.",
            portal=Link("ChileAtiende: reclamo de telecomunicaciones", CHILEATIENDE_SUBTEL.url),
            status=Status.VERIFIED,
            sources=(CHILEATIENDE_SUBTEL,),
        ),
        Rung(
            key="finanzas-cmf",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Reclamo ante la Comisión para el Mercado Financiero",
            body="Comisión para el Mercado Financiero (CMF)",
            scope="Bancos, seguros y valores.",
            deadline=None,
            remarks=(
                "La CMF no resuelve disputas sobre el contrato ni indemnizaciones: eso corresponde "
                "a los tribunales."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Formulario en línea (con ClaveÚnica) o por escrito en su Oficina de Partes.",
            cost="Gratis.",
            preconditions="Se recomienda reclamar primero a la entidad.",
            portal=Link("CMF Educa", "https://www.cmfeduca.cl/educa/602/w3-article-28129.html"),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "CMF Educa (Comisión para el Mercado Financiero)",
                    "https://www.cmfeduca.cl/educa/602/w3-article-28129.html",
                    "",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="energia-sec",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Reclamo ante la Superintendencia de Electricidad y Combustibles",
            body="Superintendencia de Electricidad y Combustibles (SEC)",
            scope="Electricidad, gas y combustibles.",
            deadline=None,
            deadline_note=(
                "No publicamos el plazo de la empresa: solo lo vimos en un estudio de consultoría. "
                "Consúltalo con la SEC."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En sec.cl, por WhatsApp de la SEC, en sus oficinas regionales o en municipios con convenio.",
            cost="Gratis.",
            preconditions="Reclamar antes a la empresa, o directamente en la SEC.",
            portal=Link("SEC", "https://www.sec.cl/"),
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "Sistemas Públicos (consultora), sobre la SEC",
                    "https://www.sistemaspublicos.cl/proyecto/acompanamiento-en-desarrollo-estrategico-superintendencia-de-electricidad-y-combustibles",
                    "",
                    official=False,
                ),
            ),
        ),
    ),
    changes=(
        Change(
            "El proyecto de ley «Sernac te protege», que obligaría a las empresas a tener "
            "sistemas de gestión de reclamos, seguía en su primer trámite en marzo de 2025: "
            "todavía no es ley.",
            Status.SECONDARY,
            Source(
                "Diario Financiero (carta), sobre «Sernac te protege»",
                "https://www.df.cl/opinion/cartas/sernac-te-protege-o-el-leon-sin-dientes",
                "2025-03",
                official=False,
            ),
        ),
    ),
)

# Perú ------------------------------------------------------------------------------------

PE = Country(
    code="PE",
    name="Perú",
    slug="peru",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "El Libro de Reclamaciones (físico o virtual) es obligatorio, y el proveedor responde "
        "en 15 días hábiles improrrogables. No es requisito para ir al INDECOPI. En "
        "telecomunicaciones, reclamar primero a la operadora sí es obligatorio, y la apelación "
        "va al TRASU de OSIPTEL."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="libro-de-reclamaciones",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR),
            instrument="Libro de Reclamaciones (reclamo o queja)",
            body="El proveedor, con establecimiento físico o virtual",
            scope=(
                "Cualquier compra o servicio. Reclamo: no estás conforme con el producto o "
                "servicio. Queja: te molestó la atención recibida."
            ),
            deadline=Deadline(15, Unit.DAYS, True, "desde que registras el reclamo o la queja"),
            deadline_note=(
                "Improrrogables. Algunas webs antiguas aún dicen 30 días calendario prorrogables: "
                "ya no vale. El proveedor debe darte copia o constancia."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En el libro físico del local o en el Libro de Reclamaciones virtual de su web.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Ribeiro y Mendoza del Solar (despacho), sobre el Libro de Reclamaciones",
                    "https://www.ribeiroymdl.pe/el-libro-de-reclamaciones-no-es-su-enemigo-guia-para-responder-un-reclamo-de-forma-efectiva-y-evitar-una-denuncia-ante-indecopi/",
                    "2025-06-17",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="indecopi",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR, Sector.BANKING, Sector.INSURANCE),
            instrument="Reclamo (conciliación) o denuncia ante el INDECOPI",
            body="Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual (INDECOPI)",
            scope=(
                "Reclamo: buscas una solución por conciliación. Denuncia: pides que sancionen a la "
                "empresa."
            ),
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=(
                "No pudimos confirmar el plazo para denunciar: consúltalo con el INDECOPI y no "
                "dejes pasar el tiempo."
            ),
            how="«Reclama Virtual» en gob.pe/indecopi, en persona o por correo a sacreclamo@indecopi.gob.pe.",
            cost="El reclamo es gratuito; el costo de la denuncia no lo confirmamos.",
            preconditions="No hace falta haber usado antes el Libro de Reclamaciones.",
            portal=Link("INDECOPI", "https://www.gob.pe/indecopi"),
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Metasil (leyenda legal de un Libro de Reclamaciones)",
                    "https://metasil.com.pe/libroreclamaciones",
                    "",
                    official=False,
                ),
            ),
        ),
        Rung(
            key="telecom-operadora",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo ante la operadora (obligatorio)",
            body="La empresa operadora",
            scope="Telefonía, internet y televisión de pago.",
            deadline=None,
            deadline_note=(
                "El plazo de la operadora depende del tema y no lo publicamos: consúltalo en "
                "OSIPTEL. La operadora debe darte un código de pedido."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la operadora; anota el código de pedido.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(OSIPTEL_APELACION,),
        ),
        Rung(
            key="telecom-trasu",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Recurso de apelación ante el TRASU de OSIPTEL",
            body="Tribunal Administrativo de Solución de Reclamos de Usuarios (TRASU) de OSIPTEL",
            scope="Telefonía, internet y televisión de pago.",
            deadline=None,
            remarks=(
                "Si la operadora no te respondió a tiempo, presenta una queja por silencio "
                "administrativo positivo."
            ),
            reader_limit=Deadline(
                15,
                Unit.DAYS,
                True,
                "desde el día hábil siguiente a recibir la respuesta de la operadora",
            ),
            reader_note=NO_LIMIT,
            how="La apelación se presenta en la propia operadora, que la eleva al TRASU.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la operadora y recibido su respuesta.",
            portal=Link("OSIPTEL: recurso de apelación", OSIPTEL_APELACION.url),
            status=Status.VERIFIED,
            sources=(OSIPTEL_APELACION,),
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Reclamo en el banco o la aseguradora (Libro de Reclamaciones)",
            body="La entidad",
            scope="Bancos, tarjetas y seguros.",
            deadline=Deadline(15, Unit.DAYS, True, "desde tu reclamo"),
            deadline_note="Según ASPEC, citada por Gestión; fuentes antiguas dicen 30 días.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En el Libro de Reclamaciones de la entidad.",
            cost="Gratis.",
            preconditions="Recomendado, pero no obligatorio para ir al INDECOPI.",
            portal=None,
            status=Status.SECONDARY,
            sources=(GESTION_BANCOS,),
        ),
        Rung(
            key="banca-sbs",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Consulta o reclamo ante la SBS",
            body="Superintendencia de Banca, Seguros y AFP (SBS), Plataforma de Atención al Usuario",
            scope="Bancos, tarjetas y seguros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Plataforma de Atención al Usuario de la SBS; también puedes ir al INDECOPI.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la entidad, si la respuesta no te satisface.",
            portal=Link("SBS", "https://www.sbs.gob.pe/"),
            status=Status.SECONDARY,
            sources=(GESTION_BANCOS,),
        ),
    ),
    changes=(
        Change(
            "No existe una ley de 7 días: esa rebaja fue un texto de 2021 que no prosperó. El "
            "Congreso aprobó por insistencia los 15 días hábiles improrrogables (Ley 31435, 2022).",
            Status.SECONDARY,
            Source(
                "El Comercio (prensa), sobre la Ley 31435",
                "https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/economia/indecopi-reclamos-de-consumidores-deberan-ser-atendidos-hasta-en-15-dias-habiles-segun-ley-del-congreso-rmmn-noticia",
                "2022",
                official=False,
            ),
        ),
    ),
)

# Partial: Uruguay, Ecuador, Estados Unidos -----------------------------------------------

UY = Country(
    code="UY",
    name="Uruguay",
    slug="otros-paises",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "El Área Defensa del Consumidor del Ministerio de Economía y Finanzas recibe reclamos en "
        "línea y media entre tú y la empresa. No investigamos los plazos de las empresas."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="defensa-del-consumidor",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante el Área Defensa del Consumidor",
            body="Área Defensa del Consumidor (Ministerio de Economía y Finanzas)",
            scope="Cualquier problema de consumo, financiero o no.",
            deadline=None,
            remarks="Media entre las partes y, si no hay acuerdo, cita a una audiencia.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Trámite en línea en gub.uy o en persona.",
            cost="Consúltalo al iniciar el trámite.",
            preconditions="Conviene haber intentado resolverlo antes con la empresa.",
            portal=Link("gub.uy", "https://www.gub.uy/"),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Ministerio de Economía y Finanzas: la defensa del consumidor",
                    "https://www.mef.gub.uy/9931/9/areas/la-defensa-del-consumidor-como-una-herramienta-de-fortalecimiento-ciudadano.html",
                    "",
                    official=True,
                ),
            ),
        ),
    ),
    changes=(),
)

EC = Country(
    code="EC",
    name="Ecuador",
    slug="otros-paises",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "La Defensoría del Pueblo recibe reclamos de consumo. La única fuente que encontramos "
        "sobre plazos es de 2005, así que no publicamos ninguno."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="defensoria",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante la Defensoría del Pueblo",
            body="Defensoría del Pueblo de Ecuador",
            scope="Problemas de consumo.",
            deadline=None,
            deadline_note="No publicamos plazos: la única fuente es antigua. Consúltalos con la Defensoría.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Consulta en la Defensoría del Pueblo cómo presentarlo.",
            cost="Consúltalo con la Defensoría.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("Defensoría del Pueblo", "https://www.dpe.gob.ec/"),
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "El Universo (prensa), sobre los reclamos de consumo",
                    "https://www.eluniverso.com/2005/05/31/0001/10/AACBE138D51D4BF59A3729276773E194.html",
                    "2005-05-31",
                    official=False,
                ),
            ),
        ),
    ),
    changes=(),
)

US = Country(
    code="US",
    name="Estados Unidos",
    slug="otros-paises",
    calendar_word="naturales",
    complaint_word="reclamo",
    summary=(
        "Para productos financieros, la CFPB; para teléfono, internet y televisión, la FCC. No "
        "investigamos las fiscalías estatales ni la FTC."
    ),
    reviewed=REVIEWED,
    rungs=(
        Rung(
            key="finanzas-cfpb",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Queja ante la CFPB",
            body="Consumer Financial Protection Bureau (CFPB)",
            scope="Productos financieros.",
            deadline=Deadline(
                15, Unit.DAYS, None, "para responderte, desde que la CFPB le envía tu queja"
            ),
            deadline_note="Según el texto oficial de la CFPB de 2016, que puede haber cambiado.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En consumerfinance.gov/complaint.",
            cost="Gratis.",
            preconditions="Se recomienda contactar antes a la empresa.",
            portal=Link("CFPB", "https://www.consumerfinance.gov/complaint/"),
            status=Status.SECONDARY,
            sources=(
                Source(
                    "CFPB: plantilla de su web en su repositorio público",
                    "https://github.com/cfpb/complaint/commit/898374062e042dadb489b25d5bef4e9a597a9c37",
                    "2016-11-23",
                    official=True,
                ),
            ),
        ),
        Rung(
            key="telecom-fcc",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja informal ante la FCC",
            body="Federal Communications Commission (FCC)",
            scope="Teléfono, internet y televisión.",
            deadline=Deadline(
                30, Unit.DAYS, None, "para responderte por escrito, desde que recibe tu queja"
            ),
            deadline_note="Debe enviarte copia de su respuesta. La queja formal, en cambio, tiene una tasa.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En consumercomplaints.fcc.gov o en el 1-888-CALL-FCC.",
            cost="Gratis.",
            preconditions="Se recomienda contactar antes al proveedor.",
            portal=Link("FCC: quejas de consumidores", "https://consumercomplaints.fcc.gov/"),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "FCC: cómo tramita tu queja",
                    "https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint",
                    "",
                    official=True,
                ),
            ),
        ),
    ),
    changes=(),
)

COUNTRIES: dict[str, Country] = {c.code: c for c in (ES, MX, AR, CO, CL, PE, UY, EC, US)}
MAIN_COUNTRIES: tuple[str, ...] = ("ES", "MX", "AR", "CO", "CL", "PE")
OTHER_COUNTRIES: tuple[str, ...] = ("UY", "EC", "US")


def country(code: str) -> Country:
    """The country with this ISO 3166 code ("ES", "MX"…); KeyError if there is none."""
    return COUNTRIES[code.upper()]


def ladder(code: str, sector: Sector = Sector.GENERAL) -> tuple[tuple[Rung, ...], tuple[Rung, ...]]:
    """What a reader in this country and sector does after support: (company rungs, then
    where to go next), e.g. to compute the company's legal deadline and name the authority."""
    found = country(code)
    return found.company_rungs(sector), found.authorities(sector)


def all_links() -> frozenset[str]:
    """Every URL the guide may link to from its country pages."""
    return frozenset(url for c in COUNTRIES.values() for url in c.links())
