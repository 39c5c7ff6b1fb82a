"""Chile: reclamo a la empresa, SERNAC, SUBTEL, CMF y SEC.

Checked in December 2026 against sernac.cl, ChileAtiende (ficha 15312) and CMF Educa
(review rows Ch1-Ch12).
"""

from __future__ import annotations

from .model import (
    ALL_SECTORS,
    NO_LIMIT,
    Aid,
    AidKind,
    Change,
    Country,
    Deadline,
    Level,
    Link,
    PageChange,
    Rung,
    Sector,
    Source,
    Status,
    Unit,
)

CHECKED = "2026-12"

SERNAC_RECLAMO = Source(
    "SERNAC: reclamo",
    "https://www.sernac.cl/portal/618/w3-propertyvalue-22029.html",
    "",
    official=True,
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
REGULATEL_CL = Source(
    "Regulatel, ficha de Chile: procedimiento de reclamo",
    "https://regulatel.osiptel.gob.pe/?page_id=421",
    "",
    official=False,
)

COUNTRY = Country(
    code="CL",
    name="Chile",
    slug="chile",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "No hay un plazo legal general para que la empresa responda. El reclamo ante el SERNAC "
        "es una mediación gratuita que puede demorar hasta 18 días hábiles, y tienes hasta 2 "
        "años desde la infracción para presentarlo; sin acuerdo, el Juzgado de Policía Local. "
        "En telecomunicaciones, la empresa responde en 5 días hábiles y la SUBTEL es la segunda "
        "instancia."
    ),
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
                "No hay un plazo legal general para que la empresa responda: pon tú una fecha "
                "razonable en tu reclamo."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, por un canal que deje constancia; guarda el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(EL_MOSTRADOR_SERNAC,),
            checked=CHECKED,
        ),
        Rung(
            key="sernac",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante el SERNAC (mediación)",
            body="Servicio Nacional del Consumidor (SERNAC)",
            scope="Cualquier conflicto de consumo.",
            deadline=Deadline(
                18, Unit.DAYS, True, "para gestionar tu reclamo, desde que lo ingresas"
            ),
            remarks=(
                "El SERNAC envía tu reclamo a la empresa, que no está obligada a aceptarlo. Sin "
                "acuerdo, puedes demandar ante el Juzgado de Policía Local."
            ),
            reader_limit=Deadline(
                2, Unit.YEARS, None, "desde que se cometió la infracción o dejó de cometerse"
            ),
            reader_note="El tiempo que tarda tu reclamo en el SERNAC no se suma a ese plazo.",
            how=(
                "Portal del Consumidor en sernac.cl (con ClaveÚnica o Clave SERNAC), oficinas del "
                "SERNAC, ChileAtiende, municipios con convenio o el 800 700 100."
            ),
            cost="Gratis.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("SERNAC: reclamo", SERNAC_RECLAMO.url),
            short="SERNAC",
            phone="800 700 100",
            status=Status.VERIFIED,
            sources=(SERNAC_RECLAMO, EL_MOSTRADOR_SERNAC),
            checked=CHECKED,
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
            checked=CHECKED,
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
            reader_note=(
                "Según Regulatel, tienes 30 días desde la respuesta de la empresa para recurrir "
                "ante la SUBTEL; no lo vimos en una fuente oficial, así que no lo dejes para el "
                "final."
            ),
            how="Portal de reclamos de la SUBTEL, oficinas, correo o el 800 13 13 13.",
            cost="Gratis.",
            preconditions="Que la empresa no haya respondido o que su respuesta no te satisfaga.",
            portal=Link("ChileAtiende: reclamo de telecomunicaciones", CHILEATIENDE_SUBTEL.url),
            short="SUBTEL",
            phone="800 13 13 13",
            status=Status.VERIFIED,
            sources=(CHILEATIENDE_SUBTEL, REGULATEL_CL),
            checked=CHECKED,
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
            short="CMF",
            status=Status.VERIFIED,
            sources=(
                Source(
                    "CMF Educa (Comisión para el Mercado Financiero)",
                    "https://www.cmfeduca.cl/educa/602/w3-article-28129.html",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
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
            short="SEC",
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "Sistemas Públicos (consultora), sobre la SEC",
                    "https://www.sistemaspublicos.cl/proyecto/acompanamiento-en-desarrollo-estrategico-superintendencia-de-electricidad-y-combustibles",
                    "",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="juzgado-policia-local",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Si la empresa no acepta tu reclamo en el SERNAC, puedes demandarla ante el "
                "Juzgado de Policía Local. El SERNAC te informa del resultado de su gestión y de "
                "esa posibilidad."
            ),
            status=Status.VERIFIED,
            sources=(SERNAC_RECLAMO,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "A marzo de 2025, el proyecto de ley «Sernac te protege», que obligaría a las "
            "empresas a tener sistemas de gestión de reclamos, seguía en su primer trámite: no "
            "era ley. No encontramos noticias más recientes; compruébalo antes de contar con él.",
            Status.SECONDARY,
            Source(
                "Diario Financiero (carta), sobre «Sernac te protege»",
                "https://www.df.cl/opinion/cartas/sernac-te-protege-o-el-leon-sin-dientes",
                "2025-03",
                official=False,
            ),
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Añadimos tu plazo de 2 años para reclamar ante "
            "el SERNAC y los 30 días para la segunda instancia de la SUBTEL (según Regulatel); "
            "los 18 días hábiles del SERNAC citan ahora sernac.cl. Quitamos la mención al "
            "«Sello SERNAC», que no pudimos confirmar, y fechamos «Sernac te protege».",
        ),
        PageChange("2026-11", "Primera versión de la página."),
    ),
)
