"""Costa Rica: the reclamo to the business; the denuncia before the MEIC and its Comisión
Nacional del Consumidor; SUTEL (telecom), ARESEP (water, electricity, public transport),
SUGESE (insurance, 30 días naturales) and SUGEF (banks).

Checked in December 2026 against meic.go.cr, sugese.fi.cr, the Poder Judicial's dictionary and
the SCIJ (VERIFIED). The reformed text of Ley 7472 (Ley 10360 of 2023) was not read, so the
reader's six-month limit is given in words «según» a law firm, and the old guarantee period
is not published.
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

MEIC_FAQ = Source(
    "Ministerio de Economía, Industria y Comercio (MEIC): preguntas frecuentes del consumidor",
    "https://www.meic.go.cr/meic/web/104/consumidor/preguntas-frecuentes.php",
    "",
    official=True,
)
PODER_JUDICIAL_CNC = Source(
    "Poder Judicial de Costa Rica, Diccionario Usual: Comisión Nacional del Consumidor",
    "https://diccionariousual.poder-judicial.go.cr/index.php/diccionario/comisión-nacional-del-consumidor",
    "",
    official=True,
)
SCIJ_REGLAMENTO = Source(
    "Procuraduría General de la República, SCIJ: Reglamento a la Ley 7472 (Decreto 37899-MEIC)",
    "https://www.pgrweb.go.cr/scij/Busqueda/Normativa/Normas/nrm_texto_completo.aspx?nValor1=1&nValor2=75696",
    "2013-07-08",
    official=True,
)
SUGESE_DENUNCIAS = Source(
    "Superintendencia General de Seguros (SUGESE): preguntas frecuentes sobre denuncias",
    "https://www.sugese.fi.cr/seccion-preguntas-frecuentes/denuncias",
    "",
    official=True,
)
CR_PRENSA_800 = Source(
    "CR Prensa (prensa), sobre la línea 800-CONSUMO del MEIC",
    "https://crprensa.com/consumidores-reciben-mas-de-%e2%82%a1784millones-en-compensaciones-durante-el-2024",
    "2025",
    official=False,
)
NACION_GRATIS = Source(
    "La Nación (prensa): cómo presentar una denuncia ante la Oficina del Consumidor",
    "https://www.nacion.com/economia/como-presentar-una-denuncia-ante-la-oficina-del/ZPETB35UVBB3JGF3QOTXOPZH2Q/story/",
    "2025-08-25",
    official=False,
)
CENTRAL_LAW_PLAZO = Source(
    "Central Law (despacho de abogados), sobre la Ley 10360 de acceso a la justicia de los consumidores",
    "https://central-law.com/en/costa-rica-consumer-access-to-justice/",
    "2023-05-03",
    official=False,
)
IFX_RECLAMOS = Source(
    "IFX Networks (operador de telecomunicaciones): procedimiento de reclamos en Costa Rica",
    "https://ifxnetworks.com/legal/costa-rica/procedimiento-de-reclamos?hsLang=es",
    "",
    official=False,
)
NACION_SUGEF = Source(
    "La Nación (prensa), sobre las quejas ante la SUGEF",
    "https://nacion.com/economia/sugef-carece-de-respaldo-legal-para-proteger-a/QCXX7XPOT5CQ3I3CGKXMOL55CY/story",
    "",
    official=False,
)
FINANCIERO_10360 = Source(
    "El Financiero (prensa), sobre la nueva ley que refuerza a la Comisión Nacional del Consumidor",
    "https://www.elfinancierocr.com/economia-y-politica/nueva-ley-refuerza-rol-de-la-comision-nacional-del/JUQQKIOSJVG6BEK4KYC4BE7HSA/story",
    "2023-03",
    official=False,
)
CONSORTIUM_2024 = Source(
    "Consortium Legal (despacho de abogados), sobre la reforma del procedimiento de las denuncias",
    "https://consortiumlegal.com/en/2024/07/09/reforms-to-the-administrative-procedure-for-handling-consumer-complaints-in-costa/",
    "2024-07-09",
    official=False,
)

COUNTRY = Country(
    code="CR",
    name="Costa Rica",
    slug="costa-rica",
    calendar_word="naturales",
    complaint_word="reclamo",
    summary=(
        "Reclama primero por escrito al comercio y guarda prueba. Después, presenta tu denuncia "
        "en línea ante el Ministerio de Economía, Industria y Comercio (MEIC): la resuelve la "
        "Comisión Nacional del Consumidor, que puede ordenar que te devuelvan el dinero o el "
        "producto. El agua, la luz y el transporte público van a la ARESEP; el teléfono, internet "
        "y el cable, a la SUTEL; los seguros, a la SUGESE. No encontramos un plazo legal general "
        "para que el comercio conteste; para denunciar tienes un plazo corto: no esperes."
    ),
    rungs=(
        Rung(
            key="reclamo-comercio",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito al comercio",
            body="El comercio (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un libro de reclamaciones obligatorio ni un plazo legal general "
                "para que el comercio responda: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito (correo electrónico o carta), con la factura, la garantía o el contrato. Guarda copia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(NACION_GRATIS,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-operador",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo al operador",
            body="El operador de telecomunicaciones",
            scope="Teléfono, internet y televisión por cable.",
            deadline=Deadline(
                10, Unit.DAYS, False, "para resolverlo y responderte, desde que lo presentas"
            ),
            deadline_note="Antes de ir a la SUTEL, tienes que haber reclamado al operador.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales del operador; anota el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(IFX_RECLAMOS,),
            checked=CHECKED,
        ),
        Rung(
            key="seguros-aseguradora",
            level=Level.COMPANY,
            sectors=(Sector.INSURANCE,),
            instrument="Reclamo a la aseguradora",
            body="La aseguradora",
            scope="Seguros de cualquier tipo.",
            deadline=Deadline(
                30,
                Unit.DAYS,
                False,
                "para responderte por escrito y de forma motivada, desde que presentas el reclamo",
            ),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, ante la aseguradora; guarda el comprobante.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(SUGESE_DENUNCIAS,),
            checked=CHECKED,
        ),
        Rung(
            key="meic-cnc",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR, Sector.BANKING),
            instrument="Denuncia ante el MEIC (Comisión Nacional del Consumidor)",
            body=(
                "Comisión Nacional del Consumidor (CNC), del Ministerio de Economía, Industria y "
                "Comercio (MEIC)"
            ),
            scope=(
                "Cualquier compra o servicio, salvo agua, luz y transporte público (ARESEP) y "
                "telecomunicaciones (SUTEL). Anular cláusulas abusivas o pedir una indemnización "
                "de daños va a los tribunales."
            ),
            deadline=None,
            deadline_note=(
                "Las denuncias podían tardar años; desde la Ley 10360 de 2023 la CNC tiene un "
                "trámite más rápido."
            ),
            reader_limit=None,
            reader_note=(
                "Según Central Law, tienes 6 meses para denunciar, y 6 meses más si demuestras "
                "que el comercio no resolvió tu reclamo; no confirmamos desde cuándo se cuentan "
                "en el texto de la ley, así que no esperes."
            ),
            remarks=(
                "La CNC sanciona las infracciones, dicta medidas cautelares y puede ordenar que "
                "te devuelvan el dinero o el producto."
            ),
            how=(
                "Solo en forma digital, con el formulario del MEIC en meic.go.cr, adjuntando la "
                "factura, la garantía o el contrato; te notifican por correo electrónico. La "
                "línea 800-CONSUMO del MEIC te asesora, según CR Prensa."
            ),
            cost="Gratis, según La Nación.",
            preconditions="Conviene haber reclamado antes por escrito al comercio.",
            portal=Link(
                "MEIC: consumidor",
                "https://www.meic.go.cr/meic/web/104/consumidor/preguntas-frecuentes.php",
            ),
            short="MEIC",
            phone="800-266-7866 (800-CONSUMO)",
            status=Status.VERIFIED,
            sources=(
                MEIC_FAQ,
                PODER_JUDICIAL_CNC,
                SCIJ_REGLAMENTO,
                CENTRAL_LAW_PLAZO,
                CR_PRENSA_800,
                NACION_GRATIS,
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-sutel",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación ante la SUTEL",
            body="Superintendencia de Telecomunicaciones (SUTEL)",
            scope="Teléfono celular, internet y televisión por cable.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la SUTEL, con el número de tu reclamo al operador.",
            cost="Consúltalo con la SUTEL.",
            preconditions="Haber reclamado antes al operador.",
            portal=Link("SUTEL", "https://www.sutel.go.cr/"),
            short="SUTEL",
            status=Status.VERIFIED,
            sources=(MEIC_FAQ,),
            checked=CHECKED,
        ),
        Rung(
            key="energia-aresep",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Queja ante la ARESEP",
            body="Autoridad Reguladora de los Servicios Públicos (ARESEP)",
            scope="Agua, electricidad y transporte público.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la ARESEP, después de reclamar a la empresa del servicio.",
            cost="Consúltalo con la ARESEP.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("ARESEP", "https://aresep.go.cr/"),
            short="ARESEP",
            status=Status.VERIFIED,
            sources=(MEIC_FAQ,),
            checked=CHECKED,
        ),
        Rung(
            key="seguros-sugese",
            level=Level.REGULATOR,
            sectors=(Sector.INSURANCE,),
            instrument="Denuncia ante la SUGESE",
            body="Superintendencia General de Seguros (SUGESE)",
            scope="Seguros de cualquier tipo.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la SUGESE, con tu reclamo a la aseguradora y su respuesta, si la hubo.",
            cost="Consúltalo con la SUGESE.",
            preconditions="Haber reclamado antes a la aseguradora.",
            portal=Link(
                "SUGESE: denuncias",
                "https://www.sugese.fi.cr/seccion-preguntas-frecuentes/denuncias",
            ),
            short="SUGESE",
            status=Status.VERIFIED,
            sources=(SUGESE_DENUNCIAS,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-sugef",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Queja ante la SUGEF",
            body="Superintendencia General de Entidades Financieras (SUGEF)",
            scope="Bancos, financieras y cooperativas que supervisa.",
            deadline=None,
            deadline_note=(
                "La SUGEF no tiene competencias legales de protección al consumidor: traslada tu "
                "queja a la entidad y le ordena responder en un plazo máximo de 3 días."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Ante la SUGEF, después de reclamar a la entidad.",
            cost="Consúltalo con la SUGEF.",
            preconditions="Conviene haber reclamado antes a la entidad.",
            portal=None,
            short="SUGEF",
            status=Status.SECONDARY,
            sources=(NACION_SUGEF,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "La Ley 10360 de Acceso a la Justicia para las Personas Consumidoras (2023) reformó "
            "la Ley 7472 para acelerar las denuncias ante la Comisión Nacional del Consumidor, "
            "que podían tardar más de tres años y medio, y hacer ejecutables sus órdenes.",
            Status.SECONDARY,
            FINANCIERO_10360,
            CHECKED,
        ),
        Change(
            "Desde 2024 la conciliación ante la Comisión Nacional del Consumidor se hace por "
            "escrito, con una etapa inicial de 15 días hábiles.",
            Status.SECONDARY,
            CONSORTIUM_2024,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: la denuncia ante el MEIC y la Comisión Nacional del "
            "Consumidor, la SUTEL, la ARESEP, los seguros (30 días naturales y la SUGESE) y la "
            "SUGEF.",
        ),
    ),
)
