"""Puerto Rico: the querella before the DACO, the island's regulators (energy, insurance), small
claims (Regla 60) and the US federal agencies, which apply there too.

Checked in December 2026. No page of daco.pr.gov was readable here, so every DACO fact is
published «según» the press, law firms and the Supreme Court ruling we read; the federal
agencies are the same rungs as in `us`.
"""

from __future__ import annotations

from . import us
from .model import (
    NO_LIMIT,
    Aid,
    AidKind,
    Change,
    Country,
    Level,
    Link,
    PageChange,
    Rung,
    Sector,
    Source,
    Status,
)

CHECKED = "2026-12"

WIKISOURCE_LEY_5 = Source(
    "Wikisource (texto de la Ley Orgánica del DACO, Ley Núm. 5 de 23 de abril de 1973)",
    "https://es.m.wikisource.org/wiki/Ley_Org%C3%A1nica_de_DACO",
    "",
    official=False,
)
GARCIA_FRANCO = Source(
    "Bufete García Franco (despacho de abogados), sobre los casos ante el DACO",
    "https://www.bufetegarciafranco.com/abogados-casos-daco.html",
    "",
    official=False,
)
NUEVO_DIA_DACO = Source(
    "El Nuevo Día (prensa), sobre las querellas ante el DACO",
    "https://elnuevodia.com/english/business/notas/consumers-file-more-than-10000-complaints-a-year-with-daco",
    "2024-10-04",
    official=False,
)
MICROJURIS_2025 = Source(
    "Microjuris (prensa jurídica), sobre la opinión 2025 TSPR 92 del Tribunal Supremo",
    "https://clasico.microjuris.com/noticias/noticia/tribunal-supremo-valida-presentacion-electronica-de-querellas-ante-el-daco",
    "2025-10-13",
    official=False,
)
BUFETE_RM = Source(
    "Bufete RM (despacho de abogados), sobre quién es consumidor ante el DACO",
    "https://bufeterm.com/consumidor",
    "",
    official=False,
)
METRO_LUMA = Source(
    "Metro Puerto Rico (prensa), sobre las querellas contra LUMA",
    "https://www.metro.pr/noticias/2025/11/04/daco-advierte-vacio-legal-en-atencion-de-querellas-de-luma-energy",
    "2025-11-04",
    official=False,
)
CODEX_OCS = Source(
    "CodexPR (copia del reglamento de la Oficina del Comisionado de Seguros)",
    "https://www.codexpr.ai/reglamento/1976-2080-oficina_comisionado_seguros",
    "",
    official=False,
)
FORO_OCS = Source(
    "Foro Noticioso (prensa), sobre el proyecto de la Cámara 363",
    "https://foronoticioso.com/?p=211123",
    "2025",
    official=False,
)
MICROJURIS_REGLA_60 = Source(
    "Microjuris (prensa jurídica), citando al Poder Judicial sobre el cobro de dinero",
    "https://clasico.microjuris.com/noticias/noticia/que-es-una-reclamacion-por-cobro-de-dinero",
    "",
    official=False,
)
METRO_CARRO = Source(
    "Metro Puerto Rico (prensa), sobre los carros defectuosos y el DACO",
    "https://metro.pr/pr/noticias/2021/11/18/pasa-carro-compre-me-salio-limon.html?outputType=amp",
    "2021-11-18",
    official=False,
)
ONE_METRO_LUMA = Source(
    "Metro (prensa), sobre el límite de los cobros retroactivos de LUMA",
    "https://onemetro.net/?p=35614",
    "2024",
    official=False,
)

COUNTRY = Country(
    code="PR",
    name="Puerto Rico",
    slug="puerto-rico",
    calendar_word="calendario",
    complaint_word="reclamación",
    summary=(
        "En Puerto Rico la autoridad de consumo es el Departamento de Asuntos del Consumidor "
        "(DACO): radicas una querella contra el comerciante y el DACO investiga, intenta un "
        "acuerdo y, si no lo hay, celebra una vista y decide, como un tribunal administrativo. "
        "Antes, reclama por escrito a la empresa y guarda copia. La luz (LUMA) va al Negociado "
        "de Energía y los seguros a la Oficina del Comisionado de Seguros. Las agencias "
        "federales de Estados Unidos también te atienden: la CFPB (bancos y tarjetas), la FCC "
        "(teléfono e internet), el Departamento de Transporte (vuelos) y la FTC (fraudes)."
    ),
    rungs=(
        Rung(
            key="reclamacion-empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamación por escrito al comerciante",
            body="El comerciante o la empresa",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo general para que el comercio conteste ni un libro de "
                "reclamaciones obligatorio: dale una fecha concreta y guarda copia."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Si es un carro con defectos, el DACO pide que antes des al concesionario la "
                "oportunidad de repararlo."
            ),
            how="Por escrito (correo electrónico o carta con acuse de recibo). Guarda copia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(GARCIA_FRANCO, METRO_CARRO),
            checked=CHECKED,
        ),
        us.CARD_DISPUTE,
        us.AIRLINE,
        Rung(
            key="daco",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL,),
            instrument="Querella ante el DACO",
            body="Departamento de Asuntos del Consumidor (DACO)",
            scope=(
                "Compras y servicios para tu uso personal, no para un negocio (salvo garantías de "
                "vehículos): comercios, carros y talleres, construcción, contratos de servicios."
            ),
            deadline=None,
            deadline_note=(
                "Por ley, el DACO debe resolver cada querella en 180 días, aunque en la práctica "
                "a menudo tarda más, según El Nuevo Día."
            ),
            reader_limit=None,
            reader_note=(
                "No encontramos un plazo general para querellarte: depende de la ley de cada "
                "caso. No lo dejes pasar."
            ),
            remarks=(
                "El DACO investiga, procura que tú y el comerciante lleguen a un acuerdo y, si "
                "no, celebra una vista administrativa y dicta una resolución que puede ordenar "
                "que te paguen. Sigue el Reglamento de Procedimientos Adjudicativos (Reglamento "
                "8034 de 2011), que el DACO anunció en 2024 que revisaba."
            ),
            how=(
                "En la oficina regional del DACO que corresponde a tu municipio (San Juan, Ponce, "
                "Caguas, Arecibo, Mayagüez, entre otras) o por su plataforma en línea, que el "
                "Tribunal Supremo validó en 2025. Lleva tu reclamación al comerciante, las "
                "facturas y el contrato."
            ),
            cost="No pudimos confirmar si radicar una querella cuesta algo: pregúntalo al radicarla.",
            preconditions="Conviene haber reclamado antes por escrito al comerciante.",
            portal=Link("DACO", "https://www.daco.pr.gov/"),
            short="DACO",
            status=Status.SECONDARY,
            sources=(NUEVO_DIA_DACO, GARCIA_FRANCO, MICROJURIS_2025, BUFETE_RM, WIKISOURCE_LEY_5),
            checked=CHECKED,
        ),
        us.FTC,
        us.CFPB,
        Rung(
            key="seguros-ocs",
            level=Level.REGULATOR,
            sectors=(Sector.INSURANCE,),
            instrument="Querella ante la Oficina del Comisionado de Seguros (OCS)",
            body="Oficina del Comisionado de Seguros de Puerto Rico (OCS)",
            scope="Seguros de auto, hogar, salud, vida y otros.",
            deadline=None,
            deadline_note=(
                "Según el reglamento de la OCS, la aseguradora debe acusar recibo por escrito de "
                "tu reclamación en 15 días laborables."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la OCS, después de reclamar a la aseguradora.",
            cost="Consúltalo con la OCS.",
            preconditions="Haber reclamado antes a la aseguradora.",
            portal=None,
            short="OCS",
            status=Status.SECONDARY,
            sources=(CODEX_OCS,),
            checked=CHECKED,
        ),
        Rung(
            key="energia-nepr",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Querella ante el Negociado de Energía de Puerto Rico (NEPR)",
            body="Negociado de Energía de Puerto Rico (NEPR)",
            scope="Luz: facturación, interrupciones y daños. Primero reclama a LUMA.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "La Oficina Independiente de Protección al Consumidor (OIPC) te puede orientar. "
                "Desde enero de 2024, LUMA no puede cobrarte ajustes retroactivos de facturas "
                "estimadas de más de 120 días, según Metro."
            ),
            how="Primero reclama a LUMA; si no lo resuelve, querella ante el NEPR.",
            cost="Consúltalo con el NEPR.",
            preconditions="Haber reclamado antes a LUMA.",
            portal=None,
            short="Negociado de Energía",
            status=Status.SECONDARY,
            sources=(METRO_LUMA, ONE_METRO_LUMA),
            checked=CHECKED,
        ),
        us.FCC,
        us.DOT,
    ),
    aids=(
        Aid(
            key="cobro-de-dinero",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Para cobrar dinero sin abogado existe el procedimiento sumario de cobro de "
                "dinero (Regla 60) en la Sala Municipal del Tribunal de Primera Instancia, para "
                "deudas de hasta $15,000 sin contar intereses, según Microjuris citando al Poder "
                "Judicial."
            ),
            status=Status.SECONDARY,
            sources=(MICROJURIS_REGLA_60,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En 2025 el Tribunal Supremo de Puerto Rico (2025 TSPR 92) confirmó que los escritos "
            "presentados por la plataforma electrónica del DACO son válidos.",
            Status.SECONDARY,
            MICROJURIS_2025,
            CHECKED,
        ),
        Change(
            "En 2025 se discutió en la Cámara un proyecto (P. de la C. 363) para que no haga "
            "falta avisar antes a la OCS para demandar a una aseguradora por mala fe; no nos "
            "consta que sea ley.",
            Status.SECONDARY,
            FORO_OCS,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: la querella ante el DACO, la Oficina del Comisionado "
            "de Seguros, el Negociado de Energía, el cobro de dinero por la Regla 60 y las "
            "agencias federales que también valen en Puerto Rico.",
        ),
    ),
)
