"""Perú: Libro de Reclamaciones, INDECOPI, OSIPTEL (TRASU) y SBS.

Checked in December 2026 against osiptel.gob.pe and sbs.gob.pe (review rows P1-P14).
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

OSIPTEL_APELACION = Source(
    "OSIPTEL: recurso de apelación",
    "https://www.osiptel.gob.pe/guiadiccionariodetallerecursodeapelacion/",
    "",
    official=True,
)
OSIPTEL_RECLAMOS = Source(
    "OSIPTEL: información del reglamento para la atención de reclamos",
    "https://www.osiptel.gob.pe/portal-del-usuario/preguntas-frecuentes/informacion-del-reglamento-para-la-atencion-de-reclamos",
    "",
    official=True,
)
OSIPTEL_CALIDAD = Source(
    "N60 (prensa), citando a OSIPTEL sobre los reclamos por calidad",
    "https://n60.pe/osiptel-sepa-como-reclamar-por-fallas-en-los-servicios-de-telefonia-tv-por-cable-o-internet/",
    "",
    official=False,
)
OSIPTEL_FACTURACION = Source(
    "Loreto Noticias (prensa), citando a OSIPTEL sobre los reclamos por facturación",
    "https://loretonoticias.com/osiptel-que-hacer-si-tu-operadora-te-cobra-de-mas-guia-completa-para-reclamar",
    "2025",
    official=False,
)
SBS_BOLETIN = Source(
    "SBS: boletín sobre el Reglamento de gestión de reclamos (Resolución SBS 04036-2022)",
    "https://www.sbs.gob.pe/boletin/detalleboletin/idbulletin/1248",
    "",
    official=True,
)
INFOBAE_PRESCRIPCION = Source(
    "Infobae (prensa), sobre el plazo de prescripción ante el INDECOPI",
    "https://www.infobae.com/peru/2025/11/28/proponen-usuarios-puedan-denunciar-infracciones-en-indecopi-fuera-del-plazo-de-prescripcion-en-un-caso/",
    "2025-11-28",
    official=False,
)
FINANCIAL = (Sector.BANKING, Sector.INSURANCE)

COUNTRY = Country(
    code="PE",
    name="Perú",
    slug="peru",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "El Libro de Reclamaciones (físico o virtual) es obligatorio, y el proveedor responde "
        "en 15 días hábiles improrrogables. No es requisito para ir al INDECOPI, donde tienes 2 "
        "años para denunciar. En telecomunicaciones, reclamar primero a la operadora sí es "
        "obligatorio, y la apelación va al TRASU de OSIPTEL."
    ),
    rungs=(
        Rung(
            key="libro-de-reclamaciones",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR),
            instrument="Libro de Reclamaciones (reclamo o queja)",
            body="El proveedor, con establecimiento físico o virtual",
            scope=(
                "Cualquier compra o servicio. Reclamo: no estás conforme con el producto o "
                "servicio. Queja: te molestó la atención recibida."
            ),
            deadline=Deadline(15, Unit.DAYS, True, "desde que registras el reclamo o la queja"),
            deadline_note=(
                "Improrrogables. Algunas webs antiguas aún dicen 30 días calendario prorrogables: "
                "ya no rige. El proveedor debe darte copia o constancia."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En el libro físico del local o en el Libro de Reclamaciones virtual de su web.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Ribeiro y Mendoza del Solar (despacho), sobre el Libro de Reclamaciones",
                    "https://www.ribeiroymdl.pe/el-libro-de-reclamaciones-no-es-su-enemigo-guia-para-responder-un-reclamo-de-forma-efectiva-y-evitar-una-denuncia-ante-indecopi/",
                    "2025-06-17",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="indecopi",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR, *FINANCIAL),
            instrument="Reclamo (conciliación) o denuncia ante el INDECOPI",
            body="Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual (INDECOPI)",
            scope=(
                "Reclamo: buscas una solución por conciliación. Denuncia: pides que sancionen a la "
                "empresa."
            ),
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=Deadline(2, Unit.YEARS, None, "desde la infracción"),
            reader_note=(
                "Según Infobae, que cita el artículo 121 del Código de Protección y Defensa del "
                "Consumidor; un proyecto de ley de 2025 propone contarlo desde que conoces la "
                "infracción."
            ),
            how="«Reclama Virtual» en gob.pe/indecopi, en persona o por correo a sacreclamo@indecopi.gob.pe.",
            cost="El reclamo es gratuito; el costo de la denuncia no lo confirmamos.",
            preconditions="No hace falta haber usado antes el Libro de Reclamaciones.",
            portal=Link("INDECOPI", "https://www.gob.pe/indecopi"),
            short="INDECOPI",
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Metasil (leyenda legal de un Libro de Reclamaciones)",
                    "https://metasil.com.pe/libroreclamaciones",
                    "",
                    official=False,
                ),
                INFOBAE_PRESCRIPCION,
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-operadora",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo ante la operadora (obligatorio)",
            body="La empresa operadora",
            scope="Telefonía, internet y televisión de pago.",
            deadline=None,
            deadline_note=(
                "Depende del tema, según OSIPTEL citado por la prensa: 3 días hábiles si el "
                "reclamo es por la calidad del servicio (fallas, cortes); en facturación, 15 días "
                "hábiles si el monto no pasa del 0,5 % de la UIT y 20 si lo pasa. Después, la "
                "operadora tiene hasta 5 días hábiles más para notificarte la respuesta. Debe "
                "darte un código de reclamo. Mientras tanto, paga solo lo que no reclamas."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la operadora (en persona, por teléfono, por escrito o en su web); anota el código.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(OSIPTEL_RECLAMOS, OSIPTEL_CALIDAD, OSIPTEL_FACTURACION),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-queja",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja por silencio administrativo positivo, que resuelve el TRASU de OSIPTEL",
            body="Tribunal Administrativo de Solución de Reclamos de Usuarios (TRASU) de OSIPTEL",
            scope=(
                "Cuando la operadora no respondió tu reclamo a tiempo: se entiende aceptado y "
                "la queja pide que lo aplique."
            ),
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="La queja se presenta en la propia operadora, que debe elevarla al TRASU.",
            cost="Gratis.",
            preconditions="Haber reclamado a la operadora y que no te haya respondido a tiempo.",
            portal=Link("OSIPTEL: tipos de quejas", "https://www.osiptel.gob.pe/guiatipodequejas/"),
            short="TRASU (queja)",
            status=Status.VERIFIED,
            sources=(
                Source(
                    "OSIPTEL: tipos de quejas",
                    "https://www.osiptel.gob.pe/guiatipodequejas/",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-trasu",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Recurso de apelación ante el TRASU de OSIPTEL",
            body="Tribunal Administrativo de Solución de Reclamos de Usuarios (TRASU) de OSIPTEL",
            scope="Telefonía, internet y televisión de pago.",
            deadline=None,
            remarks=(
                "Si la operadora no te respondió a tiempo, presenta una queja por silencio "
                "administrativo positivo."
            ),
            reader_limit=Deadline(
                15,
                Unit.DAYS,
                True,
                "desde el día hábil siguiente a recibir la respuesta de la operadora",
            ),
            reader_note=NO_LIMIT,
            how="La apelación se presenta en la propia operadora, que la eleva al TRASU.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la operadora y recibido su respuesta.",
            portal=Link("OSIPTEL: recurso de apelación", OSIPTEL_APELACION.url),
            short="TRASU de OSIPTEL",
            needs_answer=True,
            status=Status.VERIFIED,
            sources=(OSIPTEL_APELACION,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=FINANCIAL,
            instrument="Reclamo en el banco o la aseguradora (Libro de Reclamaciones)",
            body="La entidad",
            scope="Bancos, tarjetas y seguros.",
            deadline=Deadline(15, Unit.DAYS, True, "desde tu reclamo"),
            deadline_note=(
                "Desde la Resolución SBS 04036-2022; fuentes antiguas dicen 30 días, que ya no rige."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En el Libro de Reclamaciones de la entidad.",
            cost="Gratis.",
            preconditions="Recomendado, pero no obligatorio para ir al INDECOPI.",
            portal=None,
            status=Status.VERIFIED,
            sources=(SBS_BOLETIN,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-sbs",
            level=Level.REGULATOR,
            sectors=FINANCIAL,
            instrument="Consulta o reclamo ante la SBS",
            body="Superintendencia de Banca, Seguros y AFP (SBS), Plataforma de Atención al Usuario",
            scope="Bancos, tarjetas y seguros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Plataforma de Atención al Usuario de la SBS; también puedes ir al INDECOPI.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la entidad, si la respuesta no te satisface.",
            portal=Link("SBS", "https://www.sbs.gob.pe/"),
            short="SBS",
            status=Status.SECONDARY,
            sources=(
                Source(
                    "Gestión (prensa), citando a ASPEC, sobre reclamos a bancos",
                    "https://gestion.pe/tu-dinero/finanzas-personales/cuentas-que-se-reducen-por-error-de-bancos-asi-se-debe-reclamar-segun-aspec-reclamos-bancarios-reclamos-ante-indecopi-aspec-noticia",
                    "",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "No existe una ley de 7 días: esa rebaja fue un texto de 2021 que no prosperó. El "
            "Congreso aprobó por insistencia los 15 días hábiles improrrogables (Ley 31435, 2022).",
            Status.SECONDARY,
            Source(
                "El Comercio (prensa), sobre la Ley 31435",
                "https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/economia/indecopi-reclamos-de-consumidores-deberan-ser-atendidos-hasta-en-15-dias-habiles-segun-ley-del-congreso-rmmn-noticia",
                "2022",
                official=False,
            ),
            CHECKED,
        ),
        Change(
            "Bancos, aseguradoras y AFP tienen 15 días hábiles para atender un reclamo desde el "
            "Reglamento de gestión de reclamos de la SBS (Resolución SBS 04036-2022, publicada el "
            "29 de diciembre de 2022).",
            Status.VERIFIED,
            SBS_BOLETIN,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Añadimos tu plazo de 2 años para denunciar "
            "ante el INDECOPI y los plazos de las operadoras de telecomunicaciones; los 15 días "
            "hábiles de bancos y seguros citan ahora a la SBS. Unimos bancos y seguros en una "
            "sola sección. Añadimos la queja por silencio administrativo positivo cuando la "
            "operadora no responde a tiempo.",
        ),
        PageChange("2026-11", "Primera versión de la página."),
    ),
)
