"""What each country calls things in a letter to a company, as data keyed by ISO code.

The reader's identity document («DNI/NIE», «RUT», «cédula de ciudadanía»…), the complaint
itself («reclamación», «reclamo», Colombia's PQR), the number the company gives for it
(Spain's clave identificativa, Mexico's folio, the CUN of Colombian telecom operators),
the establishment's complaints book (Spain's hoja de reclamaciones, Peru's Libro de
Reclamaciones) and how a letter names the next step (Mexico: a «queja» before PROFECO).

One small entry per country, plus the few words one sector changes, so adding a country
or fixing a word needs no reading of the letter composers (`followup.messages`). Every
`Vocabulary` field is read by a company in a letter, except `id_label` and `ref_hint`,
which label the reader's own fields in the tools (tú). The legal facts (deadlines,
authorities) stay in `followup.legal`; this module holds words only, and the one law
citation a letter names by its title.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import CaseSector


@dataclass(frozen=True)
class Noun:
    """A noun with its gender, so a sentence gets its articles right."""

    word: str
    feminine: bool

    @property
    def a(self) -> str:
        return f"{'una' if self.feminine else 'un'} {self.word}"

    @property
    def the(self) -> str:
        return f"{'la' if self.feminine else 'el'} {self.word}"

    @property
    def this(self) -> str:
        return f"{'esta' if self.feminine else 'este'} {self.word}"


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    # The reader's identity document, as the country names it ("" where a company asks for
    # none: the letter then leaves it out unless the reader gave one).
    id_name: str
    id_label: str  # the reader's field: «Tu DNI/NIE»
    complaint: Noun  # the formal complaint to the company
    complaint_first: str = ""  # its first mention, when it needs more: «un reclamo (PQR)»
    complaint_title: str  # the subject's first words: «Reclamación formal»
    ref: Noun  # what the company's receipt number is called
    ref_abbreviation: str = ""  # its short name in a list or in brackets: «CUN»
    ref_hint: str  # the reader's field hint: where that number comes from
    book: Noun  # the establishment's complaints book
    # The closing sentence's verb for the next step: «acudiré a», «presentaré una queja ante».
    authority_action: str
    # One more request where the country's rule asks for it (Peru's Libro de Reclamaciones).
    book_request: str = ""
    # Where the company's silence grants the claim, the letter says so (before and after
    # the deadline): Colombia's silencio administrativo positivo in utilities and telecom.
    silence: str = ""
    silence_past: str = ""

    @property
    def ref_short(self) -> str:
        return self.ref_abbreviation or self.ref.word

    @property
    def complaint_a(self) -> str:
        """The complaint's first mention: «una reclamación formal», «un reclamo (PQR)»."""
        return self.complaint_first or f"{self.complaint.a} formal"


RECLAMACION = Noun("reclamación", feminine=True)
RECLAMO = Noun("reclamo", feminine=False)
BOOK = Noun("libro de reclamaciones", feminine=False)
BOOK_RECLAMOS = Noun("libro de reclamos", feminine=False)

DEFAULT = Vocabulary(
    id_name="documento de identidad",
    id_label="Tu documento de identidad",
    complaint=RECLAMACION,
    complaint_title="Reclamación formal",
    ref=Noun("referencia", feminine=True),
    ref_hint="La clave, el folio o el código que te den.",
    book=BOOK,
    authority_action="acudiré a",
)

# A reclamo-speaking country: Argentina, Chile, Uruguay, Ecuador (Peru adds its book).
_RECLAMO = replace(
    DEFAULT,
    complaint=RECLAMO,
    complaint_title="Reclamo formal",
    ref=Noun("número de reclamo", feminine=False),
    ref_hint="El número de reclamo que te den.",
    book=BOOK_RECLAMOS,
    authority_action="presentaré un reclamo ante",
)

COUNTRIES: dict[str, Vocabulary] = {
    "ES": replace(
        DEFAULT,
        id_name="DNI/NIE",
        id_label="Tu DNI/NIE",
        ref=Noun("clave identificativa", feminine=True),
        ref_hint="La clave identificativa que la empresa debe darte con el justificante.",
        book=Noun("hoja de reclamaciones", feminine=True),
    ),
    "MX": replace(
        DEFAULT,
        id_name="INE o CURP",
        id_label="Tu INE o CURP",
        ref=Noun("folio", feminine=False),
        ref_hint="El folio que te den.",
        # PROFECO and CONDUSEF receive «quejas».
        authority_action="presentaré una queja ante",
    ),
    "AR": replace(_RECLAMO, id_name="DNI", id_label="Tu DNI"),
    "CO": replace(
        DEFAULT,
        id_name="cédula de ciudadanía",
        id_label="Tu cédula de ciudadanía",
        complaint=Noun("reclamo (PQR)", feminine=False),
        complaint_first="un reclamo (PQR)",
        complaint_title="Reclamo (PQR)",
        ref=Noun("número de radicado", feminine=False),
        ref_hint="El número de radicado de tu PQR.",
    ),
    "CL": replace(_RECLAMO, id_name="RUT", id_label="Tu RUT"),
    "PE": replace(
        _RECLAMO,
        id_name="DNI",
        id_label="Tu DNI",
        ref_hint="El número de la hoja del Libro de Reclamaciones o la constancia que te den.",
        book=Noun("Libro de Reclamaciones", feminine=False),
        book_request=(
            "Que registren este reclamo en su Libro de Reclamaciones y me entreguen la "
            "constancia con su número."
        ),
    ),
    "UY": replace(_RECLAMO, id_name="cédula de identidad", id_label="Tu cédula de identidad"),
    "EC": replace(_RECLAMO, id_name="cédula", id_label="Tu cédula"),
    # Puerto Rico: no national ID (never the Social Security number). The DACO takes a
    # «querella», the federal agencies a «queja»: the letter says «acudiré a».
    "PR": replace(
        DEFAULT,
        id_name="",
        id_label="Tu licencia de conducir o identificación (opcional)",
        ref=Noun("número de caso", feminine=False),
        ref_hint="El número de caso o de reclamación que te den.",
    ),
    # Venezuela: the SUNDDE takes a «denuncia»; the cédula says V- or E-.
    "VE": replace(
        _RECLAMO,
        id_name="cédula de identidad",
        id_label="Tu cédula de identidad (V- o E-)",
        authority_action="presentaré una denuncia ante",
    ),
    # Guatemala: the Libro de Quejas and the DIACO speak of «quejas», not «reclamos».
    "GT": replace(
        DEFAULT,
        id_name="DPI",
        id_label="Tu DPI",
        complaint=Noun("queja", feminine=True),
        complaint_title="Queja formal",
        ref=Noun("número de queja", feminine=False),
        ref_hint="El número de la queja o de la hoja del Libro de Quejas.",
        book=Noun("Libro de Quejas", feminine=False),
        authority_action="presentaré una queja ante",
    ),
    "BO": replace(
        DEFAULT,
        id_name="cédula de identidad",
        id_label="Tu cédula de identidad (CI)",
        ref=Noun("número de reclamo", feminine=False),
        ref_hint="El número de reclamo o el comprobante que te den.",
    ),
    # República Dominicana: «reclamación», its Libro de Reclamaciones.
    "DO": replace(
        DEFAULT,
        id_name="cédula de identidad y electoral",
        id_label="Tu cédula de identidad y electoral",
        ref=Noun("número de reclamación", feminine=False),
        ref_hint="El número de reclamación que te den.",
    ),
    # Honduras: the shop's «libro de quejas»; Protección al Consumidor takes a «denuncia».
    "HN": replace(
        _RECLAMO,
        id_name="DNI",
        id_label="Tu DNI",
        book=Noun("libro de quejas", feminine=False),
        authority_action="presentaré una denuncia ante",
    ),
    "PY": replace(_RECLAMO, id_name="cédula de identidad", id_label="Tu cédula de identidad (CI)"),
    # El Salvador: the business must give a «número de gestión» (LPC art. 4, literal r).
    "SV": replace(
        _RECLAMO,
        id_name="DUI",
        id_label="Tu DUI",
        ref=Noun("número de gestión", feminine=False),
        ref_hint="El comprobante o número de gestión que el comercio debe darte.",
    ),
    "NI": replace(_RECLAMO, id_name="cédula de identidad", id_label="Tu cédula de identidad"),
    # Costa Rica: the MEIC takes a «denuncia»; residents from abroad have a DIMEX.
    "CR": replace(
        _RECLAMO,
        id_name="cédula de identidad",
        id_label="Tu cédula de identidad o DIMEX",
        authority_action="presentaré una denuncia ante",
    ),
    # Panamá: ACODECO takes a «queja».
    "PA": replace(
        _RECLAMO,
        id_name="cédula de identidad personal",
        id_label="Tu cédula de identidad personal",
        authority_action="presentaré una queja ante",
    ),
    "US": replace(
        DEFAULT,
        id_name="",
        id_label="Tu número de identificación (opcional)",
        complaint=Noun("queja", feminine=True),
        complaint_title="Queja formal",
        ref=Noun("número de queja", feminine=False),
        ref_hint="El número de queja o de caso que te den.",
        authority_action="presentaré una queja ante",
    ),
}

# Colombia: a public utility or a telecom operator that does not answer a PQR in time
# grants it (Ley 142 de 1994, art. 158; telecom, as the SIC applies it).
_CO_SILENCE: dict[str, object] = {
    "silence": (
        "Si no responden dentro de ese plazo, operará a mi favor el silencio administrativo "
        "positivo."
    ),
    "silence_past": (
        "Como no respondieron dentro de ese plazo, opera a mi favor el silencio "
        "administrativo positivo."
    ),
}

# Where a country's consumer authority takes a «denuncia» or a «queja» but its bank or
# telecom regulator takes a «reclamo».
_RECLAMO_ANTE: dict[str, object] = {"authority_action": "presentaré un reclamo ante"}

# What one sector changes in a country.
SECTORS: dict[tuple[str, CaseSector], dict[str, object]] = {
    ("VE", CaseSector.FINANCE): _RECLAMO_ANTE,
    ("HN", CaseSector.FINANCE): _RECLAMO_ANTE,
    ("HN", CaseSector.INSURANCE): _RECLAMO_ANTE,
    ("CR", CaseSector.TELECOM): _RECLAMO_ANTE,
    ("CR", CaseSector.FINANCE): _RECLAMO_ANTE,
    ("PA", CaseSector.TELECOM): _RECLAMO_ANTE,
    ("PA", CaseSector.FINANCE): _RECLAMO_ANTE,
    ("ES", CaseSector.TELECOM): {
        "ref": Noun("número de referencia", feminine=False),
        "ref_hint": "El número de referencia que el operador debe darte.",
    },
    ("CO", CaseSector.TELECOM): {
        "ref": Noun("código único numérico (CUN)", feminine=False),
        "ref_abbreviation": "CUN",
        "ref_hint": "El CUN (código único numérico) que te da el operador al radicar tu PQR.",
        **_CO_SILENCE,
    },
    ("CO", CaseSector.UTILITIES): _CO_SILENCE,
    ("PE", CaseSector.TELECOM): {
        "ref": Noun("código de pedido", feminine=False),
        "ref_hint": "El código de pedido que te da la operadora.",
        "book_request": "",  # telecom reclamos follow OSIPTEL's own procedure
    },
}

# The law a letter names when it cites a deadline, by the URL of its official text (the
# first of the sources `followup.ladder.CompanyStep.sources` gives). Without one, a letter
# states the deadline and its date without naming a source: a press article is not cited
# to a company.
LAW_CITATIONS: dict[str, str] = {
    "https://www.boe.es/buscar/act.php?id=BOE-A-2025-26698": (
        "la Ley 10/2025 de servicios de atención a la clientela"
    ),
}


def words(country: str, sector: CaseSector | None = None) -> Vocabulary:
    """The words of a country (ISO code; the defaults for "", "other" or an unknown code),
    with what its sector changes."""
    code = country.upper()
    found = COUNTRIES.get(code, DEFAULT)
    changes = SECTORS.get((code, sector)) if sector else None
    return replace(found, **changes) if changes else found  # type: ignore[arg-type]


def citation(urls: tuple[str, ...]) -> str:
    """The law a letter names for a deadline whose first source (the one the fact rests
    on) is that law's official text; "" otherwise: a deadline that rests on another page,
    such as a regulator's, is stated without a name rather than pinned on a law that may
    not set it."""
    return LAW_CITATIONS.get(urls[0], "") if urls else ""
