"""Nicaragua: names and routes only: the reclamo to the provider, the DIPRODEC (MIFIC) and,
for banks, the SIBOIF.

Checked in December 2026. The Asamblea Nacional's legal database answers only over http, so
even the law's own text (Ley 842, reformed by Ley 1061 of 2021) is published «según»; no
deadline, channel, phone, cost or reader's limit was found for the DIPRODEC or the SIBOIF.
"""

from __future__ import annotations

from .model import NO_LIMIT, Change, Country, Level, Link, PageChange, Rung, Sector, Source, Status

CHECKED = "2026-12"

LEXOLOGY_DIPRODEC = Source(
    "Lexology (publicación jurídica), sobre la Ley 842 y la DIPRODEC",
    "https://www.lexology.com/library/detail.aspx?g=1149c917-40da-4e80-927b-b8364e3d0ed6",
    "2013",
    official=False,
)
GUIA_MIFIC = Source(
    "Copia de la guía del MIFIC y COMPAL para tramitar demandas y denuncias (2011, con la ley anterior)",
    "https://vdocuments.co/nicaragua-guia-para-la-tramitacion-de-expedientes-por-demandas-y-2017-03-29.html",
    "2011-01",
    official=False,
)
CENTRAL_AMERICA_LINK = Source(
    "Central America Link (prensa), sobre la protección de los consumidores nicaragüenses",
    "https://www.centralamericalink.com/news/protection-for-nicaraguan-consumers",
    "2013-08-08",
    official=False,
)
GCH_SIBOIF = Source(
    "GCH Nicaragua (despacho de abogados): tus derechos como usuario de servicios financieros",
    "https://www.gchnicaragua.com/tus-derechos-como-usuario-de-servicios-financieros",
    "",
    official=False,
)
LEX_MUNDI_NI = Source(
    "Lex Mundi (Alvarado y Asociados), guía del consumidor de Nicaragua",
    "https://lexmundi.com/guides/latam-consumer-guide-2024/jurisdiction/latin-america-caribbean/nicaragua",
    "2024",
    official=False,
)

COUNTRY = Country(
    code="NI",
    name="Nicaragua",
    slug="nicaragua",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "Reclama primero por escrito al proveedor y guarda copia. Para compras y servicios, la "
        "autoridad es la Dirección de Protección de los Derechos de las Personas Consumidoras y "
        "Usuarias (DIPRODEC), del Ministerio de Fomento, Industria y Comercio (MIFIC); con un "
        "banco, después de reclamarle, la Superintendencia de Bancos (SIBOIF). No encontramos "
        "plazos, canales ni costos vigentes que podamos publicar: pregúntalos al presentar tu "
        "caso y no esperes."
    ),
    rungs=(
        Rung(
            key="reclamo-proveedor",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito al proveedor",
            body="El proveedor",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal para que el proveedor responda: dale una fecha "
                "concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito, con copia y la factura.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(LEX_MUNDI_NI,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-banco",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante el banco",
            body="El banco o la entidad financiera",
            scope="Bancos, financieras y otras entidades que supervisa la SIBOIF.",
            deadline=None,
            deadline_note=(
                "No verificamos el plazo del banco para responder: pregúntalo al reclamar y "
                "pide constancia."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la entidad, por escrito; guarda el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(GCH_SIBOIF,),
            checked=CHECKED,
        ),
        Rung(
            key="diprodec",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Demanda o denuncia ante la DIPRODEC",
            body=(
                "Dirección de Protección de los Derechos de las Personas Consumidoras y Usuarias "
                "(DIPRODEC) del MIFIC"
            ),
            scope="Cualquier compra o servicio, salvo los financieros, que van a la SIBOIF.",
            deadline=None,
            deadline_note="No encontramos plazos vigentes del trámite.",
            reader_limit=None,
            reader_note="No encontramos un plazo para presentarla: hazlo cuanto antes.",
            remarks=(
                "La «demanda» es para que resuelvan tu caso (que te devuelvan, cambien o "
                "reparen); la «denuncia», para que sancionen al proveedor. Si no hay acuerdo, "
                "las partes pueden ir a un arbitraje."
            ),
            how="Pregunta en el MIFIC cómo presentarla y qué documentos llevar.",
            cost="No encontramos el costo: pregúntalo al presentarla.",
            preconditions="Conviene haber reclamado antes por escrito al proveedor.",
            portal=Link(
                "Ministerio de Fomento, Industria y Comercio (MIFIC)", "https://www.mific.gob.ni/"
            ),
            short="DIPRODEC (MIFIC)",
            status=Status.SECONDARY,
            sources=(LEXOLOGY_DIPRODEC, GUIA_MIFIC, CENTRAL_AMERICA_LINK),
            checked=CHECKED,
        ),
        Rung(
            key="banca-siboif",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la SIBOIF",
            body="Superintendencia de Bancos y de Otras Instituciones Financieras (SIBOIF)",
            scope="Bancos, financieras y otras entidades que supervisa: aplica la ley de consumo en los servicios financieros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Con tu reclamo al banco y su respuesta, si la hubo.",
            cost="Consúltalo con la SIBOIF.",
            preconditions="Haber reclamado antes al banco, que te dijo que no o no respondió a tiempo.",
            portal=Link("SIBOIF", "https://www.siboif.gob.ni/"),
            short="SIBOIF",
            status=Status.SECONDARY,
            sources=(GCH_SIBOIF, LEX_MUNDI_NI),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "No encontramos cambios en 2025 ni 2026; la última reforma que hallamos es la Ley "
            "1061 de 2021, que modificó la Ley 842 de 2013.",
            Status.SECONDARY,
            LEX_MUNDI_NI,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el reclamo al proveedor, la DIPRODEC del MIFIC y la "
            "SIBOIF para los bancos, sin plazos porque no pudimos confirmarlos.",
        ),
    ),
)
