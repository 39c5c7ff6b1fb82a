"""Uruguay: the reclamo to the company; the Área de Defensa del Consumidor of the Ministerio
de Economía y Finanzas (mediation, hearing); banks (15 días corridos, then the Banco Central's
Superintendencia de Servicios Financieros); small claims (pequeñas causas, Ley 18.507).

Checked in December 2026 against mef.gub.uy (VERIFIED). The banks' deadline (art. 327 of the
Banco Central's Recopilación de Normas) and Ley 18.507 were read only in the press and in an
unofficial copy, so they are published «según». Uruguayans say «vos»; the guide says «tú»,
which reads the same.
"""

from __future__ import annotations

from .model import (
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

MEF_AREA = Source(
    "Ministerio de Economía y Finanzas (MEF): la defensa del consumidor",
    "https://www.mef.gub.uy/9931/9/areas/la-defensa-del-consumidor-como-una-herramienta-de-fortalecimiento-ciudadano.html",
    "",
    official=True,
)
MEF_FAQ = Source(
    "Ministerio de Economía y Finanzas (MEF): preguntas frecuentes de usuarios de productos y servicios",
    "https://www.mef.gub.uy/27239/9/areas/preguntas-frecuentes-para-usuarios-de-productos-y-servicios.html",
    "",
    official=True,
)
PORTADA_0800 = Source(
    "Portada (prensa), sobre la atención telefónica de Defensa del Consumidor",
    "https://www.portada.com.uy/noticias/int_gene/61937/",
    "2024",
    official=False,
)
TRAMITES_UY = Source(
    "Trámites de Uruguay (guía privada): cómo reclamar a Defensa del Consumidor",
    "https://tramitesdeuruguay.com/como-reclamar-a-defensa-del-consumidor/",
    "",
    official=False,
)
ASESORIA_PREVIO = Source(
    "Asesoría Digital (servicio privado), sobre los pasos antes de reclamar",
    "https://asesoriadigital.uy/?p=1948",
    "",
    official=False,
)
DIARIO_CAMBIO = Source(
    "Diario Cambio (prensa), sobre los plazos de respuesta de los bancos",
    "https://www.diariocambio.com.uy/transferencias-erroneas-que-hacer-cuando-el-dinero-va-la-cuenta-equivocada",
    "",
    official=False,
)
MONTEVIDEO_BROU = Source(
    "Montevideo Portal (prensa), sobre la multa al BROU por no responder a tiempo",
    "https://www.montevideo.com.uy/Noticias/BROU-fue-multado-por-incumplir-plazos-para-responder-reclamo-de-un-cliente-los-detalles-uc946379",
    "2025-12-13",
    official=False,
)
ASESORIA_BCU = Source(
    "Asesoría Digital (servicio privado): cómo reclamar ante el BCU, paso a paso",
    "https://asesoriadigital.uy/como-reclamar-ante-el-bcu-paso-a-paso",
    "2026",
    official=False,
)
LEXIS_PEQUENAS = Source(
    "Lexis Uruguay (blog jurídico), sobre el proceso de pequeñas causas",
    "https://www.lexis.com.uy/2025/10/proceso-de-pequenas-causas-en.html",
    "2025-10",
    official=False,
)
DENTONS_20212 = Source(
    "Dentons (despacho de abogados), sobre la Ley 20.212 y la defensa del consumidor",
    "https://www.dentons.com/es/insights/articles/2024/february/5/novedades-introducidas-por-la-ley-de-rendicion-de-cuentas-en-materia-de-defensa-del-consumidor",
    "2024-02-05",
    official=False,
)

COUNTRY = Country(
    code="UY",
    name="Uruguay",
    slug="uruguay",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "Reclama primero por escrito a la empresa. Si no lo resuelve, el Área de Defensa del "
        "Consumidor del Ministerio de Economía y Finanzas recibe tu reclamo en línea o por el "
        "0800 7005 y media entre tú y la empresa; si no hay acuerdo, cita a una audiencia. Con "
        "un banco, el plazo de respuesta es de 15 días corridos y después vas al Banco Central. "
        "Para reclamar dinero sin abogado existen las pequeñas causas, en el Juzgado de Paz."
    ),
    rungs=(
        Rung(
            key="reclamo-empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito a la empresa",
            body="La empresa (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un libro de reclamaciones obligatorio ni un plazo legal general "
                "para que un comercio responda: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Defensa del Consumidor espera que antes hayas intentado resolverlo por escrito "
                "con la empresa: guarda la prueba."
            ),
            how="Por escrito (correo electrónico o nota con copia), con la factura o el contrato.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(ASESORIA_PREVIO,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante el banco o la institución financiera",
            body="El banco o la institución financiera",
            scope="Bancos, tarjetas, financieras y otras instituciones que supervisa el Banco Central.",
            deadline=Deadline(
                15, Unit.DAYS, False, "para responder, desde que presentas el reclamo"
            ),
            deadline_note=(
                "Solo una vez y de forma excepcional puede prorrogarlo otros 15 días corridos "
                "(art. 327 de la Recopilación de Normas del Banco Central). En 2025 el Banco "
                "Central multó al BROU por no cumplirlo."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito o por los canales de la institución; pide el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(DIARIO_CAMBIO, MONTEVIDEO_BROU),
            checked=CHECKED,
        ),
        Rung(
            key="defensa-del-consumidor",
            level=Level.AUTHORITY,
            sectors=(
                Sector.GENERAL,
                Sector.TELECOM,
                Sector.ENERGY,
                Sector.AIR,
                Sector.INSURANCE,
                Sector.BANKING,
            ),
            instrument="Reclamo ante el Área de Defensa del Consumidor",
            body="Área de Defensa del Consumidor (Ministerio de Economía y Finanzas)",
            scope="Cualquier problema de consumo, financiero o no (Ley 17.250).",
            deadline=None,
            deadline_note="No confirmamos en cuánto tiempo te dice qué hará con tu reclamo.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Informa y asesora, media entre tú y la empresa e inspecciona; si la mediación "
                "no funciona, cita a una audiencia de conciliación y, si no hay acuerdo, queda la "
                "Justicia. No puede obligar a la empresa a pagarte como un juez."
            ),
            how=(
                "En línea, con el trámite de gub.uy, eligiendo «servicios financieros» o "
                "«productos y servicios no financieros», con tu cédula de identidad y los datos "
                "del comercio; o por teléfono."
            ),
            cost="Gratis.",
            preconditions="Haber intentado antes resolverlo por escrito con la empresa.",
            portal=Link("gub.uy", "https://www.gub.uy/"),
            short="Defensa del Consumidor",
            phone="0800 7005",
            status=Status.VERIFIED,
            sources=(MEF_AREA, PORTADA_0800, TRAMITES_UY, ASESORIA_PREVIO),
            checked=CHECKED,
        ),
        Rung(
            key="banca-bcu",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la Superintendencia de Servicios Financieros del Banco Central",
            body="Banco Central del Uruguay (BCU), Superintendencia de Servicios Financieros",
            scope="Bancos, tarjetas y otras instituciones financieras.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Con tu reclamo a la institución y su respuesta, si la hubo.",
            cost="Consúltalo con el Banco Central.",
            preconditions=(
                "Haber reclamado antes a la institución: la normativa lo exige, según Asesoría "
                "Digital."
            ),
            portal=Link("Banco Central del Uruguay", "https://www.bcu.gub.uy/"),
            short="Banco Central",
            status=Status.SECONDARY,
            sources=(ASESORIA_BCU,),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="pequenas-causas",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Pequeñas causas de consumo (Ley 18.507): reclamas sin abogado ante el Juzgado de "
                "Paz hasta 100 UR (unidades reajustables); el juez fija una audiencia en un máximo "
                "de 30 días, intenta conciliar y su decisión no se apela. Pagas timbres de "
                "alrededor del 1 % de lo que reclamas, y solo puedes usarlo si no pasó más de un "
                "año desde el hecho que reclamas."
            ),
            status=Status.SECONDARY,
            sources=(LEXIS_PEQUENAS,),
            checked=CHECKED,
        ),
        Aid(
            key="arrepentimiento",
            kind=AidKind.WITHDRAWAL,
            text=(
                "Si compraste fuera del local (por internet, por teléfono o a domicilio), puedes "
                "arrepentirte en 5 días hábiles desde el contrato o la entrega, avisando de forma "
                "que quede prueba (art. 16 de la Ley 17.250); en cualquier momento, si no te "
                "informaron por escrito de ese derecho."
            ),
            status=Status.VERIFIED,
            sources=(MEF_FAQ,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "Desde el 1 de enero de 2024 (Ley 20.212) cambiaron las reglas sobre la renovación "
            "automática de los contratos de adhesión; no encontramos cambios de 2025 o 2026 en la "
            "ley de consumo.",
            Status.SECONDARY,
            DENTONS_20212,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Página propia para Uruguay: el reclamo a la empresa, Defensa del Consumidor y su "
            "teléfono, los bancos (15 días corridos y el Banco Central), las pequeñas causas y el "
            "derecho a arrepentirte de una compra a distancia. Antes, una sección corta en "
            "«Otros países».",
        ),
        PageChange("2026-11", "Primera versión de la sección, en «Otros países»."),
    ),
)
