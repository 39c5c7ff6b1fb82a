"""Guatemala: the Libro de Quejas (8 días hábiles), the DIACO, the Superintendencia de Bancos
and the CNEE for electricity.

Checked in December 2026 against the Agencia Guatemalteca de Noticias (the government's news
agency) and tramites.gob.gt; the DIACO's own portal was not readable here. The framework law
that would replace the DIACO with a PRODECO (iniciativa 5082) was not finally approved as far
as we found (see `changes`).
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

AGN_LIBRO = Source(
    "Agencia Guatemalteca de Noticias (AGN): el Libro de Quejas, herramienta para proteger los derechos de los consumidores",
    "https://agn.gt/libro-de-quejas-herramienta-para-proteger-los-derechos-de-los-consumidores",
    "2022-01-02",
    official=True,
)
AGN_CHIQUIMULA = Source(
    "Agencia Guatemalteca de Noticias (AGN): la DIACO fomenta el uso del Libro de Quejas",
    "https://agn.gt/la-diaco-fomenta-el-uso-del-libro-de-quejas-en-chiquimula",
    "2024-01-30",
    official=True,
)
TRAMITES_LIBRO = Source(
    "Gobierno de Guatemala (tramites.gob.gt): autorización del Libro de Quejas",
    "https://tramites.gob.gt/servicio/1150/",
    "",
    official=True,
)
PRENSA_LIBRE_PROCESO = Source(
    "Prensa Libre (prensa), sobre el proceso del Libro de Quejas",
    "https://www.prensalibre.com/economia/escribio-su-inconformidad-en-el-libro-de-quejas-de-la-diaco-asi-es-el-proceso-que-muchos-desconocen/",
    "2025-11-17",
    official=False,
)
PRENSA_LIBRE_FACTURA = Source(
    "Prensa Libre (prensa), sobre las pruebas que pide la DIACO",
    "https://www.prensalibre.com/economia/factura-de-consumidor-final-o-conversacion-por-whatsapp-sirven-para-denunciar-ante-la-diaco/",
    "2025",
    official=False,
)
PRENSA_LIBRE_1544 = Source(
    "Prensa Libre (prensa), sobre el centro de llamadas 1544 de la DIACO",
    "https://www.prensalibre.com/?p=10852625",
    "2022",
    official=False,
)
BLOOMBERG_GESTOR = Source(
    "Bloomberg Línea (prensa), sobre el gestor de quejas en línea de la DIACO",
    "https://www.bloomberglinea.com/2022/09/02/us354-millones-se-han-recuperado-a-favor-de-consumidores-guatemaltecos/",
    "2022-09-02",
    official=False,
)
LA_HORA_SIB = Source(
    "La Hora (prensa), sobre las quejas contra bancos",
    "https://lahora.gt/secciones-para-ti/economia/andrea-solorzano/2022/07/19/problemas-con-tu-banca-en-linea-asi-puedes-presentar-una-queja",
    "2022-07-19",
    official=False,
)
PRENSA_LIBRE_CNEE = Source(
    "Prensa Libre (prensa), sobre las quejas por la factura de la luz",
    "https://prensalibre-com-develop.go-vip.co/economia/quejas-y-reclamos-una-herramienta-para-sealar-inconformidad-con-facturacion-de-electricidad",
    "2014",
    official=False,
)
QIL4_PRODECO = Source(
    "QIL+4 Abogados (despacho), sobre la Ley Marco para la Defensa del Consumidor",
    "https://www.qil4.com/noticias/2024/2/20/anlisis-ley-marco-para-la-defensa-y-proteccin-del-consumidor-y-usuario",
    "2024-02-20",
    official=False,
)

COUNTRY = Country(
    code="GT",
    name="Guatemala",
    slug="guatemala",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "En Guatemala la queja (así se dice, más que reclamo) se anota en el Libro de Quejas que "
        "todo comercio debe tener a la vista. El comercio tiene 8 días hábiles para darte una "
        "respuesta o una solución; si no lo hace, el caso pasa a la Dirección de Atención y "
        "Asistencia al Consumidor (DIACO), en línea, por el 1544 o en sus sedes. Pide siempre la "
        "factura a tu nombre o con tu NIT: una factura a «consumidor final» no basta para abrir "
        "un caso."
    ),
    rungs=(
        Rung(
            key="libro-de-quejas",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Queja en el Libro de Quejas del comercio",
            body="El comercio (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=Deadline(
                8, Unit.DAYS, True, "para darte respuesta o solución, desde que anotas la queja"
            ),
            deadline_note=(
                "Si no lo hace, el caso pasa a la DIACO. El libro lo paga el comercio; anotar "
                "tu queja no te cuesta nada."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "No llames a la DIACO al día siguiente: espera los 8 días hábiles del comercio "
                "y, si no responde, formaliza la queja ante la DIACO, según Prensa Libre."
            ),
            how=(
                "Pide el Libro de Quejas (u otro medio que la DIACO haya autorizado al comercio) "
                "y anota qué pasó y qué pides. Toma una foto de la hoja."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(AGN_LIBRO, AGN_CHIQUIMULA, TRAMITES_LIBRO, PRENSA_LIBRE_PROCESO),
            checked=CHECKED,
        ),
        Rung(
            key="diaco",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.BANKING, Sector.INSURANCE, Sector.AIR),
            instrument="Queja ante la DIACO",
            body="Dirección de Atención y Asistencia al Consumidor (DIACO)",
            scope=(
                "Cualquier compra o servicio; también bancos, junto con la Superintendencia de "
                "Bancos. Depende del Ministerio de Economía."
            ),
            deadline=None,
            deadline_note="La DIACO no publica un plazo para resolver.",
            reader_limit=None,
            reader_note="No encontramos un plazo para presentar tu queja ante la DIACO: hazlo cuanto antes.",
            remarks=(
                "La DIACO busca una conciliación con el comercio (devolución, cambio, garantía) "
                "y, si incumple, lo sanciona con multas; la multa va al Estado, no a ti."
            ),
            how=(
                "En línea, en el gestor de quejas de la DIACO (gestorquejas.diaco.gob.gt), por "
                "el centro de llamadas o en sus sedes de los 22 departamentos, según la prensa. "
                "Lleva la factura a tu nombre o con tu NIT; también sirven recibos, contratos, "
                "cotizaciones, guías de envío o boletos."
            ),
            cost="No encontramos que tenga costo, pero no lo vimos en una página oficial.",
            preconditions="Haber anotado la queja en el Libro de Quejas y esperado los 8 días hábiles del comercio.",
            portal=Link("DIACO", "https://www.diaco.gob.gt/"),
            short="DIACO",
            phone="1544",
            status=Status.SECONDARY,
            sources=(PRENSA_LIBRE_1544, AGN_LIBRO, BLOOMBERG_GESTOR, PRENSA_LIBRE_FACTURA),
            checked=CHECKED,
        ),
        Rung(
            key="banca-sib",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Queja ante la Superintendencia de Bancos (SIB)",
            body="Superintendencia de Bancos de Guatemala (SIB)",
            scope="Bancos, tarjetas y otras entidades del sistema financiero.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Reclama primero al banco; si no lo resuelve, presenta la queja ante la SIB o la DIACO.",
            cost="Consúltalo con la SIB.",
            preconditions="Conviene haber reclamado antes al banco.",
            portal=Link("Superintendencia de Bancos", "https://www.sib.gob.gt/"),
            short="Superintendencia de Bancos",
            status=Status.SECONDARY,
            sources=(LA_HORA_SIB,),
            checked=CHECKED,
        ),
        Rung(
            key="energia-cnee",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Queja ante la Comisión Nacional de Energía Eléctrica (CNEE)",
            body="Comisión Nacional de Energía Eléctrica (CNEE)",
            scope="Luz: facturación y servicio de la distribuidora.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Una nota de prensa de hacia 2014 hablaba de siete días para que la distribuidora "
                "responda: confírmalo con la CNEE antes de contar con ese plazo."
            ),
            how="Reclama primero a la distribuidora; si no te responde, presenta la queja ante la CNEE.",
            cost="Consúltalo con la CNEE.",
            preconditions="Haber reclamado antes a la distribuidora.",
            portal=None,
            short="CNEE",
            status=Status.SECONDARY,
            sources=(PRENSA_LIBRE_CNEE,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En febrero de 2024 el Congreso aprobó en tercera lectura la Ley Marco para la Defensa "
            "y Protección del Consumidor y Usuario (iniciativa 5082), que sustituiría a la DIACO "
            "por una Procuraduría (PRODECO). Faltaba su aprobación final, y en noviembre de 2025 "
            "la DIACO seguía aplicando el Libro de Quejas de la ley de 2003 (Decreto 006-2003).",
            Status.SECONDARY,
            QIL4_PRODECO,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el Libro de Quejas y sus 8 días hábiles, la DIACO, la "
            "Superintendencia de Bancos y la CNEE.",
        ),
    ),
)
