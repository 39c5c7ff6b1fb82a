"""México: reclamación al proveedor, PROFECO; UNE y CONDUSEF para bancos y seguros.

Checked in December 2026 (review rows M1-M14). No general deadline for non-financial
companies was found; LTOSF art. 23 is quoted from its official text by third parties.
"""

from __future__ import annotations

from .model import (
    NO_LIMIT,
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
LTOSF = Source(
    "Orden Jurídico Nacional: Ley para la Transparencia y Ordenamiento de los Servicios "
    "Financieros, artículo 23 (texto citado por terceros)",
    "https://www.ordenjuridico.gob.mx/Documentos/Federal/pdf/wo46.pdf",
    "2024-01-24",
    official=True,
)
IFT_CRT = Source(
    "Telemar Campeche (prensa), sobre el fin del IFT",
    "https://telemarcampeche.com/adios-a-la-autonomia-el-ift-desaparece-y-nace-la-nueva-comision-reguladora-de-telecomunicaciones/",
    "2025-10-17",
    official=False,
)
PROFECO_PORTAL = Link("PROFECO", "https://www.gob.mx/profeco")
NON_FINANCIAL = (Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR)
FINANCIAL = (Sector.BANKING, Sector.INSURANCE)

COUNTRY = Country(
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
    rungs=(
        Rung(
            key="empresa",
            level=Level.COMPANY,
            sectors=NON_FINANCIAL,
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
            checked=CHECKED,
        ),
        Rung(
            key="profeco",
            level=Level.AUTHORITY,
            sectors=NON_FINANCIAL,
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
            short="PROFECO",
            status=Status.SECONDARY,
            sources=(IDC_PROFECO,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-une",
            level=Level.COMPANY,
            sectors=FINANCIAL,
            instrument="Reclamación ante la Unidad Especializada de Atención a Usuarios (UNE)",
            body="El banco, la aseguradora o la institución financiera",
            scope="Bancos, tarjetas, créditos, seguros y otros servicios financieros.",
            deadline=Deadline(30, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Si pides la aclaración de un cargo de tu cuenta o tarjeta, la institución tiene "
                "45 días para darte su dictamen (180 días naturales si la operación se hizo en el "
                "extranjero), según el artículo 23 de la Ley para la Transparencia y Ordenamiento "
                "de los Servicios Financieros, que citamos de segunda mano. No es obligatorio "
                "pasar por la UNE: puedes ir directamente a la CONDUSEF."
            ),
            reader_limit=Deadline(
                90,
                Unit.DAYS,
                False,
                "desde la fecha de corte del estado de cuenta (o desde la operación), para pedir "
                "la aclaración de un cargo",
            ),
            reader_note=(
                "Según el mismo artículo 23, citado de segunda mano: confírmalo con la CONDUSEF."
            ),
            how="En sucursales o por los medios de la institución; pide el folio.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(CANTARELL, LTOSF),
            checked=CHECKED,
        ),
        Rung(
            key="banca-condusef",
            level=Level.REGULATOR,
            sectors=FINANCIAL,
            instrument="Queja ante la CONDUSEF",
            body="Comisión Nacional para la Protección y Defensa de los Usuarios de Servicios Financieros (CONDUSEF)",
            scope="Bancos, tarjetas, créditos, seguros y otros servicios financieros.",
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
            short="CONDUSEF",
            status=Status.SECONDARY,
            sources=(CANTARELL,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-profeco",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja ante PROFECO por un servicio de telecomunicaciones",
            body="Procuraduría Federal del Consumidor (PROFECO)",
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
            checked=CHECKED,
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
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Los seguros van a la UNE de la aseguradora y "
            "a la CONDUSEF, como los bancos; añadimos tu plazo de 90 días naturales para pedir la "
            "aclaración de un cargo; y el plazo de la institución para aclararlo es de 45 días "
            "(la ley no dice «naturales»).",
        ),
        PageChange("2026-11", "Primera versión de la página."),
    ),
)
