"""Colombia: PQR (Ley 1480 art. 58), SIC, servicios públicos, telecomunicaciones, finanzas y vuelos.

Checked in December 2026 against the text of Ley 1480 de 2011 art. 58 (with the
parágrafo of Ley 2444 de 2025), sic.gov.co, the CRA and supertransporte.gov.co (review rows
C1-C15). Statutory «días» are business days (Ley 4 de 1913, art. 62).
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

LEY_1480 = Source(
    "Secretaría del Senado: Ley 1480 de 2011 (Estatuto del Consumidor), artículo 58",
    "https://www.secretariasenado.gov.co/senado/basedoc/ley_1480_2011.html",
    "",
    official=True,
)
SIC_DEMANDA = Source(
    "Superintendencia de Industria y Comercio: acción de protección al consumidor",
    "https://sic.gov.co/node/3462",
    "",
    official=True,
)
SIC_SIN_ABOGADO = Source(
    "Pulzo (prensa), citando a la Delegatura para Asuntos Jurisdiccionales de la SIC",
    "https://www.pulzo.com/economia/superintendencia-industria-comercio-alerta-por-llamadas-abogados-PP4600221",
    "",
    official=False,
)
SIC_CAMBIO = Source(
    "Cambio (prensa), sobre las quejas ante la SIC",
    "https://cambiocolombia.com/economia/como-presentar-una-queja-ante-superintendencia-de-industria-y-comercio",
    "2025-06-25",
    official=False,
)
CRA = Source(
    "Comisión de Regulación de Agua Potable (CRA): preguntas frecuentes",
    "https://www.cra.gov.co/atencion-servicios-ciudadania/preguntas-frecuentes/ante-entidad-se-tramitan-quejas-inconformidad-prestacion-los-servicios-publicos-temas-calidad",
    "",
    official=True,
)
DIAS_HABILES = Source(
    "Hasagot Lex (despacho), sobre el artículo 62 de la Ley 4 de 1913",
    "https://hasagotlex.com/2025/12/21/habil-o-calendario-guia-para-contar-terminos",
    "2025-12-21",
    official=False,
)
REGULATEL_CO = Source(
    "Regulatel, ficha de Colombia",
    "https://regulatel.osiptel.gob.pe/?page_id=454",
    "",
    official=False,
)
COLTEFINANCIERA = Source(
    "Coltefinanciera (entidad financiera), sobre los plazos de respuesta",
    "https://www.coltefinanciera.com.co/cuales-son-los-plazos-de-los-diferentes-canales-y-entes-para-atender-a-los-consumidores-financieros/",
    "",
    official=False,
)
SUPERTRANSPORTE = Source(
    "Superintendencia de Transporte: preguntas frecuentes del sector aéreo",
    "https://supertransporte.gov.co/index.php/faq-sector_aereo",
    "",
    official=True,
)
SIC_PORTAL = Link("Superintendencia de Industria y Comercio (SIC)", "https://www.sic.gov.co/")

COUNTRY = Country(
    code="CO",
    name="Colombia",
    slug="colombia",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "La reclamación directa (PQR) a la empresa es obligatoria antes de demandar, y la "
        "empresa tiene 15 días hábiles para responder. Después, la Superintendencia de Industria "
        "y Comercio (SIC), que actúa como juez; tienes un año para demandar. En servicios "
        "públicos y telecomunicaciones, si la empresa no responde a tiempo, opera el silencio "
        "administrativo positivo. En Colombia, los «días» de las leyes son hábiles salvo que la "
        "ley diga otra cosa."
    ),
    rungs=(
        Rung(
            key="pqr",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Reclamación directa (PQR: petición, queja o reclamo) al productor o proveedor",
            body="La empresa",
            scope="Cualquier compra o servicio.",
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Es requisito para demandar. Si la empresa no responde a tiempo, su silencio se "
                "tiene como indicio grave en su contra (artículo 58 de la Ley 1480 de 2011)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Por escrito (también por correo electrónico), por teléfono o en persona: si es "
                "por teléfono, la empresa debe grabarla; si es en persona, debe darte constancia "
                "escrita. Guarda la constancia y el número que te den."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(LEY_1480, SIC_DEMANDA),
            checked=CHECKED,
        ),
        Rung(
            key="sic",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Acción de protección al consumidor (demanda ante la SIC) o SIC Facilita",
            body="Superintendencia de Industria y Comercio (SIC), que actúa como juez",
            scope="Cualquier problema de consumo; SIC Facilita solo con empresas inscritas.",
            deadline=None,
            remarks="SIC Facilita es una mediación en línea con las empresas inscritas.",
            reader_limit=Deadline(
                1,
                Unit.YEARS,
                None,
                "desde que conociste los hechos; si reclamas la garantía, desde que venció, y si "
                "es un problema del contrato, desde que terminó",
            ),
            reader_note=(
                "Si reclamas por la garantía, prueba además que reclamaste mientras estaba vigente."
            ),
            how="En sic.gov.co (Asuntos Jurisdiccionales tiene modelos de demanda) o por su app de PQRS.",
            cost=(
                "Gratis. La ley dice que no hace falta abogado; según la SIC citada por la "
                "prensa, solo lo necesitas si reclamas más de 40 salarios mínimos mensuales."
            ),
            preconditions="Haber presentado antes la reclamación directa a la empresa.",
            portal=SIC_PORTAL,
            short="SIC",
            status=Status.VERIFIED,
            sources=(LEY_1480, SIC_DEMANDA, SIC_SIN_ABOGADO, SIC_CAMBIO),
            checked=CHECKED,
        ),
        Rung(
            key="servicios-publicos-pqr",
            level=Level.COMPANY,
            sectors=(Sector.ENERGY,),
            instrument="PQR a la empresa de servicios públicos",
            body="La empresa prestadora (energía, gas, agua)",
            scope="Servicios públicos domiciliarios: energía, gas y agua.",
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la PQR"),
            deadline_note=(
                "Si no responde a tiempo, opera el silencio administrativo positivo: lo que "
                "pediste se entiende concedido, y la empresa debe reconocerlo en 72 horas."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la oficina de atención al usuario de la empresa; guarda la constancia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(CRA,),
            checked=CHECKED,
        ),
        Rung(
            key="servicios-publicos-sspd",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Recurso de reposición y, en subsidio, de apelación ante la Superservicios",
            body="Superintendencia de Servicios Públicos Domiciliarios (Superservicios)",
            scope="Servicios públicos domiciliarios: energía, gas y agua.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=Deadline(
                5, Unit.DAYS, True, "desde que recibes la respuesta de la empresa"
            ),
            reader_note=(
                "La CRA dice «cinco días»; en las leyes colombianas los días son hábiles salvo "
                "que digan otra cosa (artículo 62 de la Ley 4 de 1913). Si quieres ir a lo "
                "seguro, recurre antes de que pasen cinco días de calendario."
            ),
            how="Un solo escrito dirigido a la empresa con los dos recursos, con copia a la Superservicios.",
            cost="Gratis.",
            preconditions="Haber presentado la PQR y recibido la respuesta de la empresa.",
            portal=Link("Superservicios", "https://www.superservicios.gov.co/"),
            short="Superservicios",
            needs_answer=True,
            status=Status.VERIFIED,
            sources=(CRA, DIAS_HABILES),
            checked=CHECKED,
        ),
        Rung(
            key="servicios-publicos-silencio",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Queja ante la Superservicios por silencio administrativo positivo",
            body="Superintendencia de Servicios Públicos Domiciliarios (Superservicios)",
            scope=(
                "Cuando la empresa de energía, gas o agua no respondió tu PQR a tiempo: lo que "
                "pediste se entiende concedido y la Superservicios puede hacerlo cumplir."
            ),
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Ante la Superservicios, en línea o en sus oficinas, con tu PQR, su número de "
                "radicado y la prueba de la fecha en que la presentaste."
            ),
            cost="Gratis.",
            preconditions="Haber presentado la PQR y que la empresa no la haya respondido a tiempo.",
            portal=Link("Superservicios", "https://www.superservicios.gov.co/"),
            short="Superservicios (silencio)",
            status=Status.SECONDARY,
            sources=(
                CRA,
                Source(
                    "Grupo Vanti (empresa), que reproduce el concepto unificado de la Superservicios sobre el silencio positivo",
                    "https://regimenjuridico.grupovanti.com/detalle_articulo.php?id=2230",
                    "",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-pqr",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="PQR al operador",
            body="El operador de telecomunicaciones",
            scope="Telefonía, internet y televisión.",
            deadline=Deadline(15, Unit.DAYS, True, "desde el día siguiente a presentar la PQR"),
            deadline_note=(
                "Pide el número CUN. Si no responde a tiempo, opera el silencio administrativo "
                "positivo, según Regulatel."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por cualquier canal del operador.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(REGULATEL_CO,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-sic-silencio",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja ante la SIC por silencio administrativo positivo",
            body="Superintendencia de Industria y Comercio (SIC)",
            scope=(
                "Cuando el operador no respondió tu PQR a tiempo: lo que pediste se entiende "
                "concedido y la SIC puede investigarlo y ordenarle que cumpla."
            ),
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la SIC, en línea o en sus oficinas, con el CUN de tu PQR y la prueba de la fecha.",
            cost="Gratis.",
            preconditions="Haber presentado la PQR y que el operador no la haya respondido a tiempo.",
            portal=SIC_PORTAL,
            short="SIC (silencio)",
            status=Status.SECONDARY,
            sources=(
                Source(
                    "El Tiempo (prensa), sobre las multas de la SIC por no reconocer el silencio positivo",
                    "https://www.eltiempo.com/economia/empresas/estas-son-las-razones-de-la-millonaria-multa-de-la-superindustria-a-claro-y-la-etb-561835",
                    "",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-sic",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Recurso de reposición y, en subsidio, de apelación, que resuelve la SIC",
            body="Superintendencia de Industria y Comercio (SIC)",
            scope="Telefonía, internet y televisión.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=(
                "Las fuentes no coinciden en el plazo para recurrir: pregúntalo al recibir la "
                "respuesta y recurre cuanto antes."
            ),
            how="El recurso se presenta ante el operador, que lo envía a la SIC si no te da la razón.",
            cost="Gratis.",
            preconditions="Haber presentado la PQR y recibido la respuesta del operador.",
            portal=SIC_PORTAL,
            short="SIC (telecomunicaciones)",
            needs_answer=True,
            status=Status.UNCERTAIN,
            sources=(REGULATEL_CO,),
            checked=CHECKED,
        ),
        Rung(
            key="finanzas-dcf",
            level=Level.COMPANY,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Queja ante la entidad o su Defensor del Consumidor Financiero (DCF)",
            body="La entidad financiera o su Defensor del Consumidor Financiero",
            scope="Bancos, tarjetas, seguros y otros servicios financieros.",
            deadline=None,
            deadline_note=(
                "La ley no fija un plazo a la entidad: debe fijar plazos «razonables». Si vas al "
                "Defensor, la entidad tiene 8 días hábiles para contestarle, según Coltefinanciera."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la entidad o ante su Defensor del Consumidor Financiero.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(COLTEFINANCIERA,),
            checked=CHECKED,
        ),
        Rung(
            key="finanzas-sfc",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Queja ante la Superintendencia Financiera",
            body="Superintendencia Financiera de Colombia (SFC)",
            scope="Bancos, tarjetas, seguros y otros servicios financieros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la web de la Superintendencia Financiera (SmartSupervision).",
            cost="Gratis.",
            preconditions=(
                "No hace falta reclamar antes a la entidad, según un concepto de la propia SFC "
                "citado por Coltefinanciera."
            ),
            portal=Link("Superintendencia Financiera", "https://www.superfinanciera.gov.co/"),
            short="Superintendencia Financiera",
            status=Status.SECONDARY,
            sources=(COLTEFINANCIERA,),
            checked=CHECKED,
        ),
        Rung(
            key="aereo-supertransporte",
            level=Level.REGULATOR,
            sectors=(Sector.AIR,),
            instrument="Queja ante la Superintendencia de Transporte",
            body="Superintendencia de Transporte (Supertransporte)",
            scope=(
                "Derechos de los pasajeros de vuelos: información, retrasos, cancelaciones, "
                "sobreventa, equipaje, reembolsos, retracto y desistimiento, compensaciones."
            ),
            deadline=None,
            remarks=(
                "Investiga y sanciona a la aerolínea. Para que te devuelvan el dinero o te "
                "indemnicen, la vía es la demanda ante la SIC o ante un juez (arriba)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Canales de PQRS de la Superintendencia de Transporte.",
            cost="Gratis.",
            preconditions="Conviene haber reclamado antes a la aerolínea.",
            portal=Link("Superintendencia de Transporte", "https://supertransporte.gov.co/"),
            short="Supertransporte",
            status=Status.VERIFIED,
            sources=(SUPERTRANSPORTE,),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="sin-abogado",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "La demanda ante la SIC (o ante un juez civil) es gratuita. La ley dice que no "
                "hace falta abogado; según la SIC citada por la prensa, solo lo necesitas si "
                "reclamas más de 40 salarios mínimos mensuales (asuntos de mínima cuantía). La "
                "SIC publica modelos de demanda en Asuntos Jurisdiccionales."
            ),
            status=Status.SECONDARY,
            sources=(SIC_SIN_ABOGADO, LEY_1480),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "La Ley 2444 de 2025 añadió al artículo 58 del Estatuto del Consumidor un parágrafo "
            "para el turismo: en una demanda contra una agencia de viajes o una aerolínea, la "
            "otra puede ser llamada a responder en el mismo proceso (llamamiento en garantía).",
            Status.VERIFIED,
            LEY_1480,
            CHECKED,
        ),
        Change(
            "Desde el 25 de mayo de 2019, la Superintendencia de Transporte es la autoridad que "
            "protege los derechos de los pasajeros de vuelos; la SIC sigue resolviendo las "
            "demandas de devolución o indemnización.",
            Status.VERIFIED,
            SUPERTRANSPORTE,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Los 15 días hábiles y el indicio grave citan "
            "ahora la Ley 1480; añadimos tu plazo de un año para demandar ante la SIC, la "
            "Superintendencia de Transporte para vuelos y la Ley 2444 de 2025. Corregimos: sin "
            "abogado es en asuntos de mínima cuantía, no de «menor cuantía»; y los cinco días "
            "para recurrir ante la Superservicios son hábiles. Añadimos qué hacer cuando la "
            "empresa de servicios públicos o el operador no responden: la queja por silencio "
            "administrativo positivo ante la Superservicios o la SIC.",
        ),
        PageChange("2026-11", "Primera versión de la página."),
    ),
)
