"""República Dominicana: the reclamación to the provider (or its Libro de Reclamaciones), Pro
Consumidor, telecom (the prestadora, then INDOTEL) and electricity (the distribuidora, then
PROTECOM).

Checked in December 2026 against proconsumidor.gob.do, dau.indotel.gob.do, indotel.gob.do and
protecom.gob.do (VERIFIED where quoted there). The banks' deadlines were only on the
Superintendencia de Bancos' old site, which answers over http: they are left out until
confirmed on its current site.
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

PROCONSUMIDOR_PASOS = Source(
    "Pro Consumidor: conflictos de consumo, conoce los pasos para presentar una reclamación",
    "https://proconsumidor.gob.do/conflictos-de-consumo-conoce-los-pasos-para-presentar-una-reclamacion",
    "",
    official=True,
)
PROCONSUMIDOR_DENUNCIAS = Source(
    "Pro Consumidor: reclamaciones y denuncias",
    "https://proconsumidor.gob.do/denuncias",
    "",
    official=True,
)
PROCONSUMIDOR_GARANTIA = Source(
    "Pro Consumidor: los derechos de los consumidores respecto a la garantía de bienes duraderos",
    "https://proconsumidor.gob.do/los-derechos-de-los-consumidores-respecto-a-la-garantia-de-bienes-y-productos-duraderos/",
    "",
    official=True,
)
CAVADA_PRESCRIPCION = Source(
    "Roberto Cavada (columna del abogado Namphi Rodríguez), sobre el plazo de la garantía y la prescripción",
    "https://robertocavada.com/nacionales/2023/01/28/el-plazo-de-la-garantia-de-los-consumidores-y-usuarios",
    "2023-01-28",
    official=False,
)
EL_DIA_PROCONSUMIDOR = Source(
    "El Día (prensa), que recoge una declaración de Pro Consumidor",
    "https://eldia.com.do/pro-consumidor-exhorta-a-la-poblacion-aprender-a-reclamar-derechos",
    "",
    official=False,
)
UNCTAD_COMPAL = Source(
    "UNCTAD, programa COMPAL: ficha de la República Dominicana",
    "https://unctadcompal.org/miembros/rep-dominicana/",
    "",
    official=False,
)
INDOTEL_DAU = Source(
    "INDOTEL, Departamento de Asistencia al Usuario: preguntas frecuentes para reclamaciones",
    "https://dau.indotel.gob.do/preguntas-frecuentes-del-usuario/para-reclamaciones/",
    "",
    official=True,
)
INDOTEL_CPF = Source(
    "INDOTEL: atención de reclamación, caso de preformalización",
    "https://indotel.gob.do/todos-los-servicios/atencion-de-reclamacion-caso-de-pre-formalizacion-cpf",
    "",
    official=True,
)
HORAS25_INDOTEL = Source(
    "25 Horas (prensa), que recoge una campaña del INDOTEL sobre los plazos de las prestadoras",
    "https://25horasdenoticia.com/noticia/indotel-presenta-campana-para-facilitar-las-reclamaciones-de-usuarios-de-telecomunicaciones",
    "",
    official=False,
)
SAN_JUAN_INDOTEL = Source(
    "San Juan Online (prensa), que reproduce una nota del INDOTEL",
    "https://sanjuanonlinev2.blogspot.com/2020/01/indotel-recuerda-usuarios-como-reclamar.html",
    "2020-01",
    official=False,
)
PROTECOM = Source(
    "PROTECOM (Superintendencia de Electricidad): reclamaciones",
    "https://protecom.gob.do/reclamaciones/",
    "",
    official=True,
)
LISTIN_LUZ = Source(
    "Listín Diario (prensa), sobre las reclamaciones por la factura de la luz",
    "https://listindiario.com/economia/2020/09/11/634775/el-97-de-las-reclamaciones-realizadas-por-los-usuarios-del-servicio-electrico-entre-marzo-y-agosto-fueron-por-alta-facturacion.html",
    "2020-09-11",
    official=False,
)
DOMINICANA_AL_DIA = Source(
    "Dominicana al Día (prensa), sobre la sentencia TC/0723/24",
    "https://dominicanaaldia.do/video-pro-consumidor-afirma-que-la-sentencia-del-tc-ratifica-y-fortalece-su-autoridad-para-imponer-sanciones/amp",
    "2024",
    official=False,
)

COUNTRY = Country(
    code="DO",
    name="República Dominicana",
    slug="republica-dominicana",
    calendar_word="calendario",
    complaint_word="reclamación",
    summary=(
        "Reclama primero al proveedor donde compraste, por escrito o en su Libro de "
        "Reclamaciones, y anota el número de reclamación. Si te dice que no o no responde, acude "
        "gratis a Pro Consumidor, por teléfono, en línea o en persona. Con el teléfono, internet "
        "o el cable tienes 3 meses para reclamar a la prestadora y después vas al INDOTEL; con "
        "la luz, la distribuidora tiene 10 días laborables para responder y después vas a "
        "PROTECOM. En la República Dominicana los días hábiles se llaman días laborables."
    ),
    rungs=(
        Rung(
            key="reclamacion-proveedor",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamación formal al proveedor o en su Libro de Reclamaciones",
            body="El proveedor",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal general para que el proveedor responda, salvo en "
                "los sectores regulados (telecomunicaciones, luz, bancos): dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Donde compraste: por teléfono, anotando el número de reclamo; por carta o correo; "
                "o pidiendo el Libro de Reclamaciones. Guarda copia."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(PROCONSUMIDOR_PASOS,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-prestadora",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación a la prestadora",
            body="La prestadora de telecomunicaciones",
            scope="Teléfono, internet y cable.",
            deadline=Deadline(
                15,
                Unit.DAYS,
                None,
                "para responder una reclamación por facturación, desde que la presentas",
            ),
            deadline_note=(
                "Si es por contratación, instalación, averías, suspensión o traslado, 7 días, "
                "según una campaña del INDOTEL recogida por la prensa."
            ),
            reader_limit=Deadline(
                3,
                Unit.MONTHS,
                None,
                "desde que te notifican el hecho que reclamas (en un cargo, desde la factura)",
            ),
            reader_note="Cualquier número de reclamo que te dé la compañía cuenta como reclamación.",
            how="Por los canales de la prestadora; anota el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(HORAS25_INDOTEL, INDOTEL_DAU),
            checked=CHECKED,
        ),
        Rung(
            key="energia-distribuidora",
            level=Level.COMPANY,
            sectors=(Sector.ENERGY,),
            instrument="Reclamación a la distribuidora de electricidad",
            body="La empresa distribuidora (Edenorte, Edesur o Edeeste)",
            scope="Luz: facturación y servicio.",
            deadline=Deadline(
                10,
                Unit.DAYS,
                True,
                "para responder por escrito, desde que presentas la reclamación",
            ),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=(
                "Puedes reclamar la facturación dentro de los seis meses, según Listín Diario; no "
                "queda claro desde cuándo, así que no lo dejes para el final."
            ),
            how="En la oficina comercial de la distribuidora o por sus canales; guarda el número.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(PROTECOM, LISTIN_LUZ),
            checked=CHECKED,
        ),
        Rung(
            key="proconsumidor",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Reclamación ante Pro Consumidor",
            body="Instituto Nacional de Protección de los Derechos del Consumidor (Pro Consumidor)",
            scope=(
                "Cualquier compra o servicio. Si tu caso tiene una ley propia (bancos, "
                "telecomunicaciones, electricidad), reclamas por el camino de esa ley."
            ),
            deadline=None,
            deadline_note=(
                "Pro Consumidor indica un tiempo de respuesta de 15 días, que depende de la "
                "complejidad del caso: es orientativo, no un plazo legal."
            ),
            reader_limit=None,
            reader_note=(
                "Según una columna del abogado Namphi Rodríguez, las acciones de la Ley 358-05 "
                "prescriben a los 2 años del hecho que las origina (art. 134): no lo dejes para el "
                "final."
            ),
            remarks=(
                "Pro Consumidor gestiona una conciliación con el proveedor y, si no hay acuerdo, "
                "puede actuar como árbitro y sancionar."
            ),
            how=(
                "Por teléfono, en línea o en sus oficinas. Lleva tu cédula de identidad y "
                "electoral (o pasaporte) y la factura, el contrato u otra prueba de la compra; "
                "tendrás que firmar la reclamación."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes al proveedor, que te dijo que no o no respondió.",
            portal=Link("Pro Consumidor: reclamaciones", "https://proconsumidor.gob.do/denuncias"),
            short="Pro Consumidor",
            phone="809-567-8555; desde el interior, sin cargo, 809-1-200-8555",
            status=Status.VERIFIED,
            sources=(
                PROCONSUMIDOR_DENUNCIAS,
                PROCONSUMIDOR_PASOS,
                CAVADA_PRESCRIPCION,
                UNCTAD_COMPAL,
            ),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-indotel",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación ante el INDOTEL",
            body="Instituto Dominicano de las Telecomunicaciones (INDOTEL)",
            scope="Teléfono, internet y cable.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=Deadline(
                45,
                Unit.DAYS,
                None,
                "desde la respuesta de la prestadora o desde que venció su plazo para responder",
            ),
            reader_note=NO_LIMIT,
            how=(
                "Por teléfono, por correo a DAU@indotel.gob.do, en el Centro de Asistencia al "
                "Usuario o en las oficinas de Pro Consumidor. Ten a mano el número de tu "
                "reclamación a la prestadora."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes a la prestadora con la que tienes el servicio.",
            portal=Link(
                "INDOTEL: reclamaciones",
                "https://indotel.gob.do/todos-los-servicios/atencion-de-reclamacion-caso-de-pre-formalizacion-cpf",
            ),
            short="INDOTEL",
            phone="809-200-9707 (gratis) o 809-547-1000",
            status=Status.SECONDARY,
            sources=(HORAS25_INDOTEL, SAN_JUAN_INDOTEL, INDOTEL_CPF),
            checked=CHECKED,
        ),
        Rung(
            key="energia-protecom",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Reclamación en segunda instancia ante PROTECOM",
            body="Oficina de Protección al Consumidor de Electricidad (PROTECOM), de la Superintendencia de Electricidad",
            scope="Luz, cuando la distribuidora no respondió o su respuesta no te convence.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Si no estás de acuerdo con la decisión de PROTECOM, tienes 30 días laborables "
                "desde que la recibes para recurrirla."
            ),
            how="En las oficinas de PROTECOM o por sus canales, con el número de tu reclamación.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la distribuidora.",
            portal=Link("PROTECOM: reclamaciones", "https://protecom.gob.do/reclamaciones/"),
            short="PROTECOM",
            status=Status.VERIFIED,
            sources=(PROTECOM,),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="garantia",
            kind=AidKind.GUARANTEE,
            text=(
                "Los bienes duraderos tienen una garantía legal por los defectos que impiden su "
                "buen funcionamiento o que los apartan de lo ofrecido, sin pagar nada más "
                "(art. 66 de la Ley 358-05). La ley no fija cuánto dura: vale lo que diga el "
                "certificado de garantía."
            ),
            status=Status.VERIFIED,
            sources=(PROCONSUMIDOR_GARANTIA, CAVADA_PRESCRIPCION),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En 2024 el Tribunal Constitucional (sentencia TC/0723/24) confirmó que Pro "
            "Consumidor puede sancionar y pidió al Congreso reformar la Ley 358-05; no nos consta "
            "que la reforma esté aprobada.",
            Status.SECONDARY,
            DOMINICANA_AL_DIA,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: la reclamación al proveedor, Pro Consumidor, las "
            "telecomunicaciones (la prestadora y el INDOTEL), la luz (la distribuidora y "
            "PROTECOM) y la garantía legal.",
        ),
    ),
)
