"""Paraguay: the reclamo to the provider, SEDECO (conciliation, then a sumario) and the Banco
Central's office for financial consumers.

Checked in December 2026. No page of sedeco.gov.py or bcp.gov.py was readable here; the laws'
text only on a private legal database (BaseLegal). Everything is published «según»: no
deadline, cost or reader's limit was found in a source we could rely on.
"""

from __future__ import annotations

from .model import NO_LIMIT, Change, Country, Level, Link, PageChange, Rung, Sector, Source, Status

CHECKED = "2026-12"

ARCHYDE_SEDECO = Source(
    "Archyde (traducción de una nota de prensa de SEDECO)",
    "https://archyde.com/in-the-first-half-of-the-year-sedeco-recovered-more-than-gs-1262-million-for-the-consumer",
    "2024-07-20",
    official=False,
)
BASELEGAL_LEY_1334 = Source(
    "BaseLegal (texto de la Ley 1334/98 de Defensa del Consumidor y del Usuario)",
    "https://baselegal.com.py/docs/9126498d-4e4f-11e9-ac91-525400c761ca",
    "1998",
    official=False,
)
BASELEGAL_SEDECO = Source(
    "BaseLegal (texto del Decreto 2199/2014, sobre la SEDECO)",
    "https://baselegal.com.py/docs/87695f57-8279-11eb-990a-525400c761ca/doc",
    "2014-09-08",
    official=False,
)
ULTIMA_HORA_GUIA = Source(
    "Última Hora (prensa): guía para radicar la denuncia y pedir resarcimiento",
    "https://www.ultimahora.com/guia-radicar-la-denuncia-y-pedir-resarcimiento-n500004",
    "2025-08-08",
    official=False,
)
ABC_RECORD_2025 = Source(
    "ABC Color (prensa), sobre las consultas y reclamos recibidos por SEDECO en 2025",
    "https://www.abc.com.py/economia/2026/01/22/sedeco-recibio-record-de-consultas-y-reclamos-en-2025-los-rubros/",
    "2026-01-22",
    official=False,
)
ABC_SANCIONES = Source(
    "ABC Color (prensa), sobre los criterios de sanción de SEDECO",
    "https://www.abc.com.py/economia/2025/09/24/proteccion-al-consumidor-sedeco-establece-criterios-para-sanciones/",
    "2025-09-24",
    official=False,
)
MARKETDATA_CODIGO = Source(
    "MarketData (prensa), sobre el anteproyecto de Código de Defensa del Consumidor",
    "https://marketdata.com.py/?p=145374",
    "2025-11-14",
    official=False,
)
ABC_BCP = Source(
    "ABC Color (prensa), sobre los reclamos por errores en transferencias bancarias",
    "https://www.abc.com.py/nacionales/2022/12/20/a-donde-recurro-si-tengo-un-reclamo-sobre-errores-en-transferencias-bancarias/",
    "2022-12-20",
    official=False,
)
BASELEGAL_BCP = Source(
    "BaseLegal (texto de la norma del Banco Central para la gestión de reclamos)",
    "https://baselegal.com.py/docs/f9ea09eb-360b-11ec-ba93-525400c761ca/text",
    "2021-05-20",
    official=False,
)

COUNTRY = Country(
    code="PY",
    name="Paraguay",
    slug="paraguay",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "Reclama primero al proveedor. Si no responde o no recibe tu reclamo, acude a la "
        "Secretaría de Defensa del Consumidor y el Usuario (SEDECO), sobre todo con su formulario "
        "digital: notifica a la empresa y convoca una conciliación, y si no hay acuerdo abre un "
        "sumario que puede terminar en multa o en medidas a tu favor. Con un banco, reclama "
        "primero a la entidad y después a la Oficina de Atención al Consumidor Financiero del "
        "Banco Central del Paraguay. No encontramos plazos legales que podamos publicar: no "
        "esperes."
    ),
    rungs=(
        Rung(
            key="reclamo-proveedor",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito al proveedor",
            body="El proveedor",
            scope="Cualquier compra o servicio, también bancos y seguros (Ley 1334/98).",
            deadline=None,
            deadline_note=(
                "No encontramos un libro de reclamaciones obligatorio ni un plazo legal general "
                "para que el proveedor responda: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, con copia y la factura.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(ARCHYDE_SEDECO, BASELEGAL_LEY_1334),
            checked=CHECKED,
        ),
        Rung(
            key="sedeco",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Reclamo o denuncia ante SEDECO",
            body="Secretaría de Defensa del Consumidor y el Usuario (SEDECO)",
            scope="Cualquier compra o servicio (Ley 1334/98).",
            deadline=None,
            deadline_note="No confirmamos los plazos vigentes del trámite.",
            reader_limit=None,
            reader_note=(
                "No encontramos en una fuente oficial en qué plazo debes presentarlo: hazlo "
                "cuanto antes."
            ),
            remarks=(
                "SEDECO notifica al proveedor y convoca una audiencia de conciliación; si no hay "
                "acuerdo, abre un sumario que puede terminar en multa, clausura o medidas "
                "correctivas, como la reposición o la reparación."
            ),
            how=(
                "Con el formulario digital de sedeco.gov.py, que es el canal principal; también "
                "atiende por WhatsApp, teléfono, correo y en persona."
            ),
            cost="No encontramos en una fuente oficial si tiene costo: pregúntalo al presentarlo.",
            preconditions="Haber reclamado antes al proveedor.",
            portal=Link("SEDECO", "https://www.sedeco.gov.py/"),
            short="SEDECO",
            status=Status.SECONDARY,
            sources=(ULTIMA_HORA_GUIA, ABC_RECORD_2025, BASELEGAL_SEDECO),
            checked=CHECKED,
        ),
        Rung(
            key="banca-bcp",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la Oficina de Atención al Consumidor Financiero del Banco Central",
            body="Banco Central del Paraguay (BCP), Oficina de Atención al Consumidor Financiero",
            scope="Bancos, financieras y otras entidades que supervisa el Banco Central.",
            deadline=None,
            deadline_note=(
                "El Banco Central reglamentó en 2021 cómo deben gestionar los reclamos las "
                "entidades; no vimos el plazo de respuesta que fija."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Con tu reclamo a la entidad y su respuesta, si la hubo.",
            cost="Consúltalo con el Banco Central.",
            preconditions="Haber reclamado antes a la entidad.",
            portal=None,
            short="Banco Central del Paraguay",
            status=Status.SECONDARY,
            sources=(ABC_BCP, BASELEGAL_BCP),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En 2025 SEDECO fijó criterios para graduar las multas, con una rebaja de hasta el "
            "40 % si la empresa cumple la medida correctiva a tu favor.",
            Status.SECONDARY,
            ABC_SANCIONES,
            CHECKED,
        ),
        Change(
            "En 2025 SEDECO presentó un anteproyecto de Código de Defensa del Consumidor que "
            "reemplazaría a la Ley 1334/98 y la convertiría en SENADECO; es un proyecto, no una ley.",
            Status.SECONDARY,
            MARKETDATA_CODIGO,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el reclamo al proveedor, SEDECO y la oficina del "
            "Banco Central para los consumidores financieros.",
        ),
    ),
)
