"""Argentina: reclamo a la empresa, Ventanilla Federal Única, BCRA y ENACOM.

Checked in December 2026 (review rows A1-A10). The bank deadline cites the BCRA's
texto ordenado, quoted from its official text by third parties.
"""

from __future__ import annotations

from .model import (
    ALL_SECTORS,
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
BCRA_TEXTO_ORDENADO = Source(
    "BCRA: texto ordenado «Protección de los usuarios de servicios financieros», punto 3.1.6 "
    "(citado por terceros)",
    "https://www.bcra.gob.ar/archivos/Pdfs/texord/t-pusf.pdf",
    "2026-05-06",
    official=True,
)
DEFENSOR_DEL_CLIENTE = Source(
    "Sabías que Tucumán (prensa), sobre la Disposición 893/2025",
    "https://sabiasquetucuman.com/2025/08/19/el-gobierno-nacional-implemento-cambios-en-el-sistema-de-reclamos-de-defensa-del-consumidor",
    "2025-08-19",
    official=False,
)
VENTANILLA_PORTAL = Link(
    "argentina.gob.ar (Ventanilla Federal Única de Reclamos)", "https://www.argentina.gob.ar/"
)

COUNTRY = Country(
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
            checked=CHECKED,
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
            short="Defensor del Cliente",
            status=Status.SECONDARY,
            sources=(DEFENSOR_DEL_CLIENTE,),
            checked=CHECKED,
        ),
        Rung(
            key="ventanilla",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante Defensa del Consumidor por la Ventanilla Federal Única de Reclamos",
            body="Dirección Nacional de Defensa del Consumidor (Ventanilla Federal Única de Reclamos)",
            scope="Cualquier problema de consumo.",
            deadline=None,
            remarks=(
                "Es el único canal formal nacional desde agosto de 2025. La Dirección deriva el "
                "reclamo a la autoridad de tu provincia o municipio."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Formulario en línea en argentina.gob.ar o en las oficinas municipales o provinciales.",
            cost="No lo confirmamos en una fuente oficial: consúltalo al iniciar el trámite.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=VENTANILLA_PORTAL,
            short="Ventanilla Federal Única",
            status=Status.SECONDARY,
            sources=(LA_NACION_VENTANILLA,),
            checked=CHECKED,
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
                "Según el texto ordenado del BCRA sobre protección de los usuarios de servicios "
                "financieros (punto 3.1.6), que citamos de segunda mano. Según un comunicado del "
                "BCRA de 2023 citado por la prensa, además debe darte un número de reclamo en 3 "
                "días hábiles. Un folleto de 2018 decía 20 días hábiles: ya no está vigente. "
                "Contamos los días no laborables (los puentes turísticos) como inhábiles; si tu "
                "banco atendió ese día, el plazo puede terminar un día antes."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la entidad; si no te resuelven, pide hablar con su responsable de atención al usuario.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(BCRA_TEXTO_ORDENADO, BCRA),
            checked=CHECKED,
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
            short="BCRA",
            status=Status.VERIFIED,
            sources=(BCRA,),
            checked=CHECKED,
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
            short="ENACOM",
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "Regulatel, ficha de Argentina",
                    "https://regulatel.osiptel.gob.pe/?page_id=303",
                    "",
                    official=False,
                ),
            ),
            checked=CHECKED,
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
            CHECKED,
        ),
        Change(
            "Nace la Ventanilla Federal Única de Reclamos (Disposición 890/2025, Boletín Oficial "
            "del 19 de agosto de 2025): el único canal formal nacional, que deriva cada reclamo "
            "a la autoridad local.",
            Status.SECONDARY,
            LA_NACION_VENTANILLA,
            CHECKED,
        ),
        Change(
            "Se reforma el Defensor del Cliente (Disposición 893/2025): es voluntario y su "
            "dictamen obliga a la empresa si el consumidor lo acepta.",
            Status.SECONDARY,
            DEFENSOR_DEL_CLIENTE,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. El plazo de 10 días hábiles de los bancos "
            "cita ahora el texto ordenado del BCRA; avisamos de que los días no laborables pueden "
            "contar distinto para tu banco.",
        ),
        PageChange("2026-11", "Primera versión de la página."),
    ),
)
