"""Panamá: the reclamo to the business; ACODECO (conciliation and, up to B/.5,000, its own
decision); banks (30 days, then the Superintendencia de Bancos); telecom (the company, then
the ASEP).

Checked in December 2026. The bank facts were read on superbancos.gob.pa (VERIFIED); no page
of acodeco.gob.pa was readable here, so ACODECO's facts are published «según» the press that
reproduces its notes. Amounts in balboas (B/.), equal to US dollars.
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

PANAMA_ON = Source(
    "Panamá On (prensa), que reproduce un comunicado de ACODECO sobre cómo presentar quejas",
    "https://panamaon.com/noticias/negocios/102083-acodeco-exhorta-a-presentar-quejas-ante-irregularidades-comerciales.html",
    "2025-07-03",
    official=False,
)
ESTRELLA_2018 = Source(
    "La Estrella de Panamá (prensa), sobre el proceso de decisión de quejas",
    "https://www.laestrella.com.pa/economia/180406/quejas-proceso-decision",
    "2018-04-06",
    official=False,
)
ESTRELLA_2011 = Source(
    "La Estrella de Panamá (prensa), sobre el proceso de quejas (arts. 116-117 de la Ley 45 de 2007)",
    "https://www.laestrella.com.pa/economia/110521/quejas-proceso",
    "2011-05-21",
    official=False,
)
ESTRELLA_CONCILIACION = Source(
    "La Estrella de Panamá (prensa), sobre la conciliación ante ACODECO",
    "https://laestrella.com.pa/economia/bondades-proceso-conciliacion-IKLE476482",
    "2022-08-29",
    official=False,
)
PRENSA_ACODECO = Source(
    "La Prensa (columna de una funcionaria de ACODECO), sobre la conciliación",
    "https://www.prensa.com/impresa/economia/APUNTES-DIRECTOS-Conciliacion-resolver-quejas_0_4297070271.html",
    "",
    official=False,
)
PANAMA24_CORREO = Source(
    "Panamá 24 Horas (prensa): guía para presentar una queja ante ACODECO",
    "https://www.panama24horas.com.pa/panama/guia-proceso-presentar-queja-acodeco/",
    "2025-09-07",
    official=False,
)
PANAMA24_SINDI = Source(
    "Panamá 24 Horas (prensa), sobre las quejas por WhatsApp con «Sindi»",
    "https://www.panama24horas.com.pa/panama/consumidores-tienen-la-opcion-de-reportar-quejas-en-linea-con-la-acodeco/",
    "2023-09-17",
    official=False,
)
SBP_RECLAMOS = Source(
    "Superintendencia de Bancos de Panamá (SBP): reclamos de los clientes bancarios (Acuerdo 9-2025)",
    "https://www.superbancos.gob.pa/node/1621?page=1",
    "2025-12",
    official=True,
)
ROSAS_LAW = Source(
    "Rosas Law (despacho de abogados), sobre los reclamos ante la Superintendencia de Bancos",
    "https://rosaslaw.com/?p=3179",
    "2025",
    official=False,
)
METRO_LIBRE_PLATAFORMA = Source(
    "Metro Libre (prensa), sobre la plataforma electrónica de reclamos bancarios",
    "https://m.metrolibre.com/economia/los-reclamos-bancarios-se-presentaran-de-forma-digital-HM18143325",
    "2025-12-09",
    official=False,
)
MIREYA_RODRIGUEZ = Source(
    "Mireya Rodríguez (periodista), sobre el Acuerdo 5-2025 de la Superintendencia de Bancos",
    "https://soymireyarodriguez.com/?p=7570",
    "2025-07",
    official=False,
)
CRITICA_TELECOM = Source(
    "Crítica (prensa), sobre los reclamos en telecomunicaciones",
    "https://www.critica.com.pa/opinion/reclamos-en-telecomunicaciones-327438/amp",
    "",
    official=False,
)

COUNTRY = Country(
    code="PA",
    name="Panamá",
    slug="panama",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "Reclama primero a la empresa. Si no lo resuelve, presenta una queja ante la Autoridad de "
        "Protección al Consumidor y Defensa de la Competencia (ACODECO): gratis y sin abogado, "
        "intenta una conciliación y, si reclamas hasta B/.5,000 (B/.30,000 si es un vehículo), "
        "puede decidir tu caso como un juez. Puedes empezar en línea, pero tienes que ratificar "
        "la queja en persona. Con un banco, el banco tiene 30 días y después vas a la "
        "Superintendencia de Bancos; con el teléfono o internet, la empresa tiene 30 días y "
        "después vas a la ASEP. Los balboas (B/.) valen lo mismo que los dólares."
    ),
    rungs=(
        Rung(
            key="reclamo-empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito a la empresa",
            body="La empresa (agente económico)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un libro de reclamaciones obligatorio ni un plazo legal general "
                "para que el comercio responda: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, con copia, la factura o el contrato.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(PANAMA_ON,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-banco",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante el banco",
            body="El banco",
            scope="Cuentas, tarjetas, préstamos y otros servicios bancarios.",
            deadline=Deadline(
                30, Unit.DAYS, False, "para atender tu reclamo, desde que lo presentas"
            ),
            deadline_note=(
                "Si no responde en ese tiempo, o su respuesta no te satisface, puedes acudir a la "
                "Superintendencia de Bancos (Acuerdo 9-2025)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito en el banco o por sus canales; pide el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(SBP_RECLAMOS,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-empresa",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo a la empresa de telecomunicaciones",
            body="La empresa de telecomunicaciones",
            scope="Teléfono, internet y televisión pagada.",
            deadline=Deadline(
                30, Unit.DAYS, None, "para responder, desde que presentas el reclamo"
            ),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la empresa; anota el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(CRITICA_TELECOM,),
            checked=CHECKED,
        ),
        Rung(
            key="acodeco",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR, Sector.INSURANCE, Sector.ENERGY),
            instrument="Queja ante ACODECO",
            body="Autoridad de Protección al Consumidor y Defensa de la Competencia (ACODECO)",
            scope=(
                "Cualquier compra o servicio (Ley 45 de 2007). Decide tu queja si reclamas hasta "
                "B/.5,000, o hasta B/.30,000 si es un vehículo; por encima, solo concilia."
            ),
            deadline=None,
            deadline_note=(
                "Cuando recibe tu queja, ACODECO da traslado a la empresa, que tiene 5 días "
                "hábiles para contestarla; después cita a una audiencia oral (arts. 116-117 de la "
                "Ley 45 de 2007, según La Estrella de Panamá)."
            ),
            reader_limit=None,
            reader_note="No encontramos el plazo para presentar tu queja: hazlo cuanto antes.",
            remarks=(
                "La conciliación es oral, gratuita y sin abogado; si no hay acuerdo, el acta te "
                "sirve para ir a los tribunales, donde la Defensoría de Oficio de ACODECO atiende "
                "a los consumidores."
            ),
            how=(
                "Empieza en línea en acodeco.gob.pa, por correo a info@acodeco.gob.pa, por "
                "WhatsApp con «Sindi» (6330-3333, opción «Denuncias y quejas») o en el Centro de "
                "Atención de Plaza Córdoba y las oficinas regionales; después ratifica la queja "
                "en persona o por un representante. Lleva tu cédula, la factura o el contrato "
                "(original y copia), los datos de la empresa y una descripción de los hechos."
            ),
            cost="Gratis.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("ACODECO", "https://www.acodeco.gob.pa/"),
            short="ACODECO",
            phone="510-1300",
            status=Status.SECONDARY,
            sources=(
                PANAMA_ON,
                ESTRELLA_2018,
                ESTRELLA_2011,
                ESTRELLA_CONCILIACION,
                PRENSA_ACODECO,
                PANAMA24_CORREO,
                PANAMA24_SINDI,
            ),
            checked=CHECKED,
        ),
        Rung(
            key="banca-sbp",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la Superintendencia de Bancos de Panamá",
            body="Superintendencia de Bancos de Panamá (SBP)",
            scope="Bancos: cuando el banco no respondió en 30 días o su respuesta no te satisface.",
            deadline=None,
            deadline_note=(
                "La Superintendencia evalúa tu reclamo en 5 días hábiles y lo traslada al banco, "
                "que contesta en otros 5 días hábiles; puede convocar audiencias, presenciales o "
                "virtuales. Los reclamos de hasta B/.1,500 siguen un procedimiento oral más "
                "rápido."
            ),
            reader_limit=Deadline(
                30,
                Unit.DAYS,
                False,
                "desde la respuesta del banco o desde que venció su plazo para responder",
            ),
            reader_note=(
                "Este plazo tuyo lo da un despacho de abogados (Rosas Law); no lo vimos en la "
                "página de la Superintendencia: no lo dejes para el final."
            ),
            how=(
                "Desde el 15 de noviembre de 2026, por la plataforma electrónica de la "
                "Superintendencia, según la prensa."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes al banco.",
            portal=Link(
                "Superintendencia de Bancos de Panamá",
                "https://www.superbancos.gob.pa/node/1621?page=1",
            ),
            short="Superintendencia de Bancos",
            status=Status.VERIFIED,
            sources=(SBP_RECLAMOS, ROSAS_LAW, METRO_LIBRE_PLATAFORMA),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-asep",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo ante la ASEP",
            body="Autoridad Nacional de los Servicios Públicos (ASEP)",
            scope="Teléfono, internet y televisión pagada.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la ASEP, con tu reclamo a la empresa y su respuesta, si la hubo.",
            cost="Consúltalo con la ASEP.",
            preconditions="Haber reclamado antes a la empresa.",
            portal=Link("ASEP", "https://www.asep.gob.pa/"),
            short="ASEP",
            status=Status.SECONDARY,
            sources=(CRITICA_TELECOM,),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="sin-abogado",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Para montos pequeños, la vía sin abogado es la decisión de quejas de ACODECO, "
                "hasta B/.5,000 (B/.30,000 si es un vehículo), con audiencia oral. Con un banco, "
                "la Superintendencia de Bancos tiene un procedimiento oral para reclamos de hasta "
                "B/.1,500. No verificamos un tribunal de pequeñas causas."
            ),
            status=Status.SECONDARY,
            sources=(PANAMA_ON, SBP_RECLAMOS),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "Desde el 15 de noviembre de 2026 todos los reclamos ante la Superintendencia de "
            "Bancos se tramitan por su plataforma electrónica (Acuerdo 9-2025); los iniciados "
            "antes siguen con las reglas anteriores.",
            Status.SECONDARY,
            METRO_LIBRE_PLATAFORMA,
            CHECKED,
        ),
        Change(
            "En 2025 la Superintendencia de Bancos amplió quién cuenta como consumidor bancario "
            "(por ejemplo, préstamos personales de hasta B/.68,000) y el monto de los reclamos "
            "que puede resolver (Acuerdo 5-2025).",
            Status.SECONDARY,
            MIREYA_RODRIGUEZ,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: la queja ante ACODECO, los bancos (30 días y la "
            "Superintendencia de Bancos, con su plataforma electrónica desde noviembre de 2026) "
            "y las telecomunicaciones (la empresa y la ASEP).",
        ),
    ),
)
