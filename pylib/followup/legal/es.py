"""España: Ley 10/2025, TRLGDCU art. 21.3, hojas autonómicas, consumo, arbitraje y sectores.

Checked in December 2026 against the BOE (Ley 10/2025, RD 713/2024), usuariosteleco.gob.es,
the Banco de España, AESA's sede, the CNMC and the Centro Europeo del Consumidor
(review of 2026-12, rows E1-E47).
"""

from __future__ import annotations

from .model import (
    ALL_SECTORS,
    NO_LIMIT,
    Aid,
    AidKind,
    Change,
    Country,
    Dated,
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
ADAPTATION_ENDS = "2026-12-28"  # Ley 10/2025, disposición transitoria única: twelve months

BOE_LEY_10_2025 = Source(
    "BOE: Ley 10/2025 de servicios de atención a la clientela",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2025-26698",
    "2025-12-27",
    official=True,
)
BOE_RD_713_2024 = Source(
    "BOE: Real Decreto 713/2024 (arbitraje de consumo)",
    "https://www.boe.es/buscar/act.php?id=BOE-A-2024-15208",
    "2024-07-24",
    official=True,
)
USUARIOS_TELECO = Source(
    "Oficina de Atención al Usuario de Telecomunicaciones: preguntas frecuentes",
    "https://www.usuariosteleco.gob.es/te-interesa/Paginas/preguntas-frecuentes.aspx?Faq=Reclamaciones",
    "",
    official=True,
)
BDE = Source(
    "Banco de España: reclamaciones",
    "https://www.bde.es/wbe/es/para-ciudadano/gestiones/reclamaciones/",
    "",
    official=True,
)
AESA_SEDE = Source(
    "AESA, sede electrónica: reclamaciones por cancelaciones, retrasos, denegaciones de embarque y PMR",
    "https://sede.seguridadaerea.gob.es/sede-aesa/catalogo-de-procedimientos/reclamaciones-por-cancelaciones-retrasos-denegaciones-de-embarque-y-pmr-1",
    "",
    official=True,
)
CNMC_ARBITRAJE = Source(
    "CNMC (blog oficial): el arbitraje en luz y gas",
    "https://blog.cnmc.es/2025/01/23/el-arbitraje-cinco-claves-para-reclamar-mas-alla-de-tu-compania-electrica-o-de-gas",
    "2025-01-23",
    official=True,
)
CEC = Source(
    "Centro Europeo del Consumidor en España: quiénes somos",
    "https://portal-cec.consumo.gob.es/es/conocenos/quienes-somos",
    "",
    official=True,
)
CONSUM_GENCAT = Source(
    "Agència Catalana del Consum: cómo reclamar",
    "https://consum.gencat.cat/",
    "",
    official=True,
)
ONE_MONTH = Deadline(1, Unit.MONTHS, None, "desde tu reclamación a la empresa")

COUNTRY = Country(
    code="ES",
    name="España",
    slug="espana",
    calendar_word="naturales",
    complaint_word="reclamación",
    summary=(
        "Primero, la reclamación a la empresa, que desde el 28 de diciembre de 2025 tiene un "
        "plazo legal para responder. Después, la OMIC o el servicio de consumo de tu comunidad "
        "autónoma (mediación) y la Junta Arbitral de Consumo. Telecomunicaciones, banca, "
        "seguros, energía y vuelos tienen su propia vía. Ojo: el arbitraje, el Banco de España, "
        "la DGSFP y la CNMV, la Oficina de telecomunicaciones y AESA piden esperar un mes desde "
        "tu reclamación a la empresa, aunque el plazo de la empresa sea más corto."
    ),
    rungs=(
        Rung(
            key="empresa-ley-10-2025",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR),
            instrument="Reclamación al servicio de atención a la clientela",
            body="La empresa",
            scope=(
                "Suministros de agua, luz y gas, transporte de viajeros, servicios postales y "
                "empresas grandes (250 personas en plantilla o más, o más de 50 millones de "
                "euros de facturación o de 43 millones de balance)."
            ),
            deadline=Deadline(15, Unit.DAYS, True, "desde que presentas la reclamación"),
            deadline_note=(
                "Si reclamas una factura o un cobro indebido, 5 días (la ley no dice si son "
                "hábiles). Si se corta un servicio básico continuo, 2 horas para informarte de "
                "la causa y de cuándo vuelve. En telecomunicaciones y finanzas manda su norma "
                "propia (más abajo)."
            ),
            dated=(
                Dated(
                    before="Las empresas tienen hasta el 28 de diciembre de 2026 para adaptarse.",
                    until=ADAPTATION_ENDS,
                    after=(
                        "El plazo de doce meses que tenían las empresas para adaptarse terminó "
                        "el 28 de diciembre de 2026."
                    ),
                ),
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Por el mismo canal por el que contrataste y, como mínimo, por correo postal, "
                "por teléfono y por un medio electrónico. La empresa debe darte una clave "
                "identificativa y un justificante; si reclamas por teléfono, puedes pedir que "
                "se grabe la llamada."
            ),
            cost="Gratis; el teléfono no puede costar más que una llamada normal.",
            preconditions="Ninguno.",
            portal=None,
            for_companies="grandes",
            short="Grandes empresas y suministros",
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
            checked=CHECKED,
        ),
        Rung(
            key="empresa-trlgdcu",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamación a la empresa (regla general para todas)",
            body="La empresa",
            scope="Cualquier otra empresa que vende a consumidores: comercios, pymes, tiendas en línea.",
            deadline=Deadline(15, Unit.DAYS, None, "desde que presentas la reclamación"),
            deadline_note=(
                "Antes del 28 de diciembre de 2025 era un mes. La ley no dice si los días son "
                "hábiles o naturales: cuéntalos como naturales para no pasarte."
            ),
            dated=(
                Dated(
                    before=(
                        "Tampoco está claro si el periodo de adaptación de la Ley 10/2025, hasta "
                        "el 28 de diciembre de 2026, vale para este cambio."
                    ),
                    until=ADAPTATION_ENDS,
                    after=(
                        "El periodo de adaptación de la Ley 10/2025 terminó el 28 de diciembre "
                        "de 2026, así que este plazo rige en todo caso."
                    ),
                ),
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Por el medio por el que contrataste, por correo postal, por teléfono o por vía "
                "electrónica. La empresa debe darte una clave identificativa y un justificante."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            for_companies="resto",
            short="Resto de empresas",
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
            checked=CHECKED,
        ),
        Rung(
            key="hoja-de-reclamaciones",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Hoja de reclamaciones oficial de la comunidad autónoma",
            body="El establecimiento, con copia para la Administración de consumo",
            scope="Tiendas y locales abiertos al público y ventas a distancia; cada comunidad tiene su modelo.",
            deadline=None,
            deadline_note=(
                "Depende de la comunidad autónoma: en Andalucía, 10 días hábiles según la "
                "Cámara de Comercio de Málaga. En Cataluña, la Agència Catalana del Consum dice "
                "que puedes acudir a la Administración tras 30 días sin una respuesta "
                "satisfactoria, aunque desde el 28 de diciembre de 2025 la regla estatal da a la "
                "empresa 15 días (arriba)."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Pídela en el local: tienen que dártela. Si se niegan, descarga el modelo oficial "
                "en la web de consumo de tu comunidad o, según guías de prensa, pide a la policía "
                "local que deje constancia de la negativa."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            short="Hoja autonómica",
            status=Status.SECONDARY,
            sources=(
                CONSUM_GENCAT,
                Source(
                    "Cámara de Comercio de Málaga, sobre las hojas de quejas y reclamaciones",
                    "https://camaramalaga.com/comercio-interior/hojas-de-quejas-y-reclamaciones",
                    "2023",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="omic",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamación ante la OMIC o el servicio de consumo de la comunidad autónoma",
            body=(
                "Oficina Municipal de Información al Consumidor (OMIC) o servicio de consumo de "
                "la comunidad autónoma"
            ),
            scope=(
                "Cualquier problema de consumo, cuando la empresa no responde o responde mal. "
                "Acude a la de tu municipio o a la de tu comunidad (lista más abajo)."
            ),
            deadline=None,
            remarks="Informan gratis y median, pero la mediación es voluntaria para la empresa.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "En persona, en el registro electrónico de tu comunidad autónoma o con la propia "
                "hoja de reclamaciones."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes a la empresa.",
            portal=None,
            short="OMIC o consumo autonómico",
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Consumo Responde (Junta de Andalucía), sobre las OMIC",
                    "https://www.consumoresponde.es/articulos/aspectos-generales-decreto-472-2019-hojas-quejas-reclamaciones",
                    "",
                    official=True,
                ),
                Source(
                    "Comunidad de Madrid: consumo",
                    "https://www.comunidad.madrid/servicios/consumo",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
        Rung(
            key="arbitraje",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Solicitud de arbitraje de consumo",
            body="Junta Arbitral de Consumo (municipal, autonómica o nacional)",
            scope="Conflictos con empresas adheridas al arbitraje o que lo acepten.",
            deadline=Deadline(
                90, Unit.DAYS, False, "para dictar el laudo, desde que se inicia el procedimiento"
            ),
            deadline_note=(
                "Prorrogable otros 90 días naturales en casos complejos. El laudo obliga a las "
                "dos partes y sustituye al juicio."
            ),
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la empresa"),
            reader_note=NO_LIMIT,
            how=(
                "Solicitud en el registro de la Junta Arbitral o en cualquier registro público, "
                "con los formularios normalizados."
            ),
            cost="Gratis; las pruebas que pidas tú corren de tu cuenta.",
            preconditions=(
                "Haber reclamado a la empresa: aporta su respuesta o, si pasó un mes sin ella, "
                "prueba de que lo intentaste. La empresa debe estar adherida (lo indica con un "
                "distintivo oficial) o aceptar el arbitraje; tiene 10 días hábiles para hacerlo."
            ),
            portal=None,
            waits=ONE_MONTH,
            short="Arbitraje",
            status=Status.VERIFIED,
            sources=(BOE_RD_713_2024,),
            checked=CHECKED,
        ),
        Rung(
            key="cec",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamación ante el Centro Europeo del Consumidor en España",
            body="Centro Europeo del Consumidor en España (red ECC-Net)",
            scope=(
                "Solo si compraste a una empresa con sede en otro país de la Unión Europea, en "
                "Noruega o en Islandia."
            ),
            deadline=None,
            remarks=(
                "Busca un acuerdo amistoso con la empresa, con el centro europeo de su país. No "
                "puede obligarla ni representarte ante un juez."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Formulario en línea del Centro Europeo del Consumidor en España.",
            cost="Gratis.",
            preconditions="Haber reclamado antes a la empresa sin obtener una solución satisfactoria.",
            portal=Link(
                "Centro Europeo del Consumidor en España", "https://portal-cec.consumo.gob.es/"
            ),
            short="Centro Europeo del Consumidor",
            cross_border=True,
            status=Status.VERIFIED,
            sources=(CEC,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-operador",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación al servicio de atención al cliente del operador",
            body="El operador de telecomunicaciones",
            scope="Telefonía fija y móvil, internet y televisión de pago.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde tu reclamación"),
            remarks=(
                "El operador debe darte un número de referencia. No está obligado a pasarte con "
                "un supervisor, y reclamar no le impide suspender el servicio si llevas más de un "
                "mes sin pagar."
            ),
            reader_limit=Deadline(
                1, Unit.MONTHS, None, "desde el hecho (si es una factura, desde que la recibes)"
            ),
            reader_note=NO_LIMIT,
            how="Por los canales de atención al cliente del operador.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(USUARIOS_TELECO, BOE_LEY_10_2025),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-oficina",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación ante la Oficina de Atención al Usuario de Telecomunicaciones",
            body="Oficina de Atención al Usuario de Telecomunicaciones (Ministerio para la Transformación Digital)",
            scope="Personas físicas, autónomos y microempresas (hasta 10 empleados).",
            deadline=Deadline(6, Unit.MONTHS, None, "para resolver"),
            remarks="Lo que resuelve obliga al operador.",
            reader_limit=Deadline(
                3,
                Unit.MONTHS,
                None,
                "desde la respuesta del operador o desde que venció el mes que tenía para responder",
            ),
            reader_note=NO_LIMIT,
            how=(
                "Formulario electrónico en usuariosteleco.gob.es (con certificado o Cl@ve), por "
                "correo postal o en un registro. También puedes ir a la Junta Arbitral, pero no a "
                "las dos vías a la vez."
            ),
            cost="Gratis.",
            preconditions="Haber reclamado antes al operador, dentro del mes siguiente al hecho.",
            portal=Link("usuariosteleco.gob.es", "https://www.usuariosteleco.gob.es/"),
            waits=ONE_MONTH,
            short="Oficina de telecomunicaciones",
            status=Status.VERIFIED,
            sources=(USUARIOS_TELECO,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamación por escrito al Servicio de Atención al Cliente o al Defensor del Cliente",
            body="El banco o la entidad de pago",
            scope="Cuentas, préstamos, tarjetas, transferencias y recibos.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde que presentas la reclamación"),
            deadline_note=(
                "En servicios de pago (tarjetas, transferencias, recibos), 15 días hábiles según "
                "el Banco de España."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito: una llamada no sirve como reclamación previa.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025, BDE),
            checked=CHECKED,
        ),
        Rung(
            key="banca-bde",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamación ante el Banco de España",
            body="Banco de España (Departamento de Conducta de Entidades)",
            scope="Bancos y entidades de pago.",
            deadline=Deadline(
                90,
                Unit.DAYS,
                False,
                "para emitir su informe, desde que el expediente está completo",
            ),
            remarks="El informe no es vinculante: no obliga al banco.",
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la entidad"),
            reader_note=(
                "Tampoco admite hechos muy antiguos: 5 o 6 años desde los hechos, según la fuente "
                "(la ley y la web del Banco de España no coinciden). Compruébalo con el Banco de "
                "España."
            ),
            how="Sede electrónica del Banco de España, en persona o por correo postal.",
            cost="Gratis.",
            preconditions=(
                "Reclamación previa por escrito a la entidad y un mes sin respuesta, o una "
                "respuesta negativa."
            ),
            portal=Link("Banco de España: reclamaciones", BDE.url),
            waits=ONE_MONTH,
            short="Banco de España",
            status=Status.VERIFIED,
            sources=(BDE, BOE_LEY_10_2025),
            checked=CHECKED,
        ),
        Rung(
            key="seguros-entidad",
            level=Level.COMPANY,
            sectors=(Sector.INSURANCE,),
            instrument="Reclamación por escrito al Servicio de Atención al Cliente o al Defensor del Cliente",
            body="La aseguradora (o la entidad de inversión)",
            scope="Seguros, planes de pensiones e inversiones.",
            deadline=Deadline(1, Unit.MONTHS, None, "desde que presentas la reclamación"),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
            checked=CHECKED,
        ),
        Rung(
            key="seguros-dgsfp",
            level=Level.REGULATOR,
            sectors=(Sector.INSURANCE,),
            instrument="Reclamación ante la DGSFP (seguros) o la CNMV (inversiones)",
            body="Dirección General de Seguros y Fondos de Pensiones / Comisión Nacional del Mercado de Valores",
            scope="Seguros, planes de pensiones e inversiones.",
            deadline=Deadline(90, Unit.DAYS, False, "para emitir su informe"),
            remarks="El informe no es vinculante.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Sedes electrónicas de la DGSFP y de la CNMV.",
            cost="Gratis.",
            preconditions=(
                "Reclamación previa por escrito a la entidad y un mes sin respuesta, o una "
                "respuesta negativa."
            ),
            portal=Link(
                "Dirección General de Seguros y Fondos de Pensiones",
                "https://www.dgsfp.mineco.gob.es/",
            ),
            waits=ONE_MONTH,
            short="DGSFP o CNMV",
            status=Status.VERIFIED,
            sources=(BOE_LEY_10_2025,),
            checked=CHECKED,
        ),
        Rung(
            key="energia-arbitraje",
            level=Level.REGULATOR,
            sectors=(Sector.ENERGY,),
            instrument="Arbitraje de consumo con la comercializadora de luz o gas",
            body=(
                "Junta Arbitral de Consumo que figura en la factura o el contrato, o la de la "
                "comunidad autónoma"
            ),
            scope="Comercializadoras de electricidad y gas: están obligadas a someterse a arbitraje.",
            deadline=Deadline(
                90, Unit.DAYS, False, "para dictar el laudo, desde que se inicia el procedimiento"
            ),
            deadline_note="Prorrogable otros 90 días naturales en casos complejos.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Solicitud ante la Junta Arbitral que figura en tu factura o contrato.",
            cost="Gratis.",
            preconditions=(
                "Haber reclamado antes a la comercializadora: aporta su respuesta o, si pasó un "
                "mes sin ella, prueba de que lo intentaste."
            ),
            portal=Link(
                "CNMC: el arbitraje, cinco claves",
                CNMC_ARBITRAJE.url,
            ),
            waits=ONE_MONTH,
            short="Arbitraje",
            status=Status.VERIFIED,
            sources=(CNMC_ARBITRAJE, BOE_RD_713_2024),
            checked=CHECKED,
        ),
        Rung(
            key="aereo-aesa",
            level=Level.REGULATOR,
            sectors=(Sector.AIR,),
            instrument="Reclamación ante AESA",
            body="Agencia Estatal de Seguridad Aérea (AESA)",
            scope=(
                "Cancelaciones, retrasos de 3 horas o más, denegación de embarque, cambio de "
                "clase y derechos de personas con movilidad reducida, en vuelos que salen de "
                "España o que llegan a España desde fuera de la UE con una aerolínea europea. "
                "El equipaje, no. Si tu vuelo salió de otro país de la UE, reclama en ese país."
            ),
            deadline=Deadline(
                90, Unit.DAYS, False, "para resolver, desde que el expediente está completo"
            ),
            deadline_note=(
                "Según Aiyon Abogados. AESA avisa de que sus plazos se están retrasando por el "
                "número de reclamaciones."
            ),
            remarks="Lo que decide obliga a la aerolínea, según Aiyon Abogados.",
            reader_limit=Deadline(1, Unit.YEARS, None, "desde tu reclamación a la aerolínea"),
            reader_note="Según Aiyon Abogados: confírmalo en la sede de AESA.",
            how="Formulario de AESA en su sede electrónica.",
            cost="Gratis.",
            preconditions=(
                "Haber reclamado antes a la aerolínea y esperar un mes sin respuesta o con una "
                "respuesta que no te satisface."
            ),
            portal=Link("AESA: reclamaciones de pasajeros", AESA_SEDE.url),
            waits=ONE_MONTH,
            short="AESA",
            phone="91 396 82 10 (de lunes a viernes, de 8:30 a 14:30)",
            status=Status.SECONDARY,
            sources=(
                AESA_SEDE,
                Source(
                    "AESA: preguntas frecuentes sobre reclamaciones de pasajeros",
                    "https://www.seguridadaerea.gob.es/es/preguntas-frecuentes?field_ambitos_preguntas_tid=75&page=43",
                    "",
                    official=True,
                ),
                Source(
                    "Aiyon Abogados, sobre las reclamaciones a AESA",
                    "https://aiyon.es/reclamaciones-a-aesa-una-opcion-para-los-usuarios-de-transporte-aereo/",
                    "2023",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="servicios-de-consumo",
            kind=AidKind.OFFICES,
            text=(
                "Cada comunidad autónoma tiene su servicio de consumo, y muchos ayuntamientos "
                "tienen una OMIC: acude al de tu comunidad, no al de otra. Estos son los que "
                "comprobamos en su web oficial; si el tuyo no está, busca «consumo» en la web de "
                "tu comunidad o de tu ayuntamiento. Ojo: algunas webs autonómicas aún dicen que "
                "esperes un mes a la empresa; desde el 28 de diciembre de 2025 la regla estatal "
                "es de 15 días."
            ),
            links=(
                Link("Andalucía: Consumo Responde", "https://www.consumoresponde.es/"),
                Link(
                    "Aragón: reclamaciones en materia de consumo",
                    "https://aragon.es/tramitador/-/tramite/reclamaciones-materia-consumo",
                ),
                Link(
                    "Castilla y León: reclamaciones de consumo",
                    "https://tramitacastillayleon.jcyl.es/web/jcyl/AdministracionElectronica/es/Plantilla100Detalle/1251181050732/enlaces/1285336404707/Tramite",
                ),
                Link("Cataluña: Agència Catalana del Consum", "https://consum.gencat.cat/"),
                Link(
                    "Comunitat Valenciana: reclamaciones de las personas consumidoras",
                    "https://www.gva.es/va/inicio/procedimientos?id_proc=316",
                ),
                Link(
                    "Galicia: Instituto Galego do Consumo e da Competencia",
                    "https://consumo.xunta.gal/es",
                ),
                Link(
                    "Comunidad de Madrid: consumo", "https://www.comunidad.madrid/servicios/consumo"
                ),
            ),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Instituto Galego do Consumo e da Competencia: funciones",
                    "https://consumo.xunta.gal/es/funciones-y-competencias",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
        Aid(
            key="juicio-verbal",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Si reclamas una cantidad de hasta 2.000 euros, puedes presentar tú la demanda "
                "de juicio verbal, sin abogado ni procurador, con un impreso normalizado que "
                "tienen los juzgados. Se presenta, por regla general, en el Juzgado de Primera "
                "Instancia del domicilio de la empresa."
            ),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Ayuntamiento de Córdoba (consumo): procedimientos judiciales recomendados",
                    "https://consumo.cordoba.es/index.php?option=com_content&view=article&id=2464%3Aprocedimientos-judiciales-recomendados&catid=517&Itemid=27",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
        Aid(
            key="escasa-cuantia-ue",
            kind=AidKind.CROSS_BORDER,
            text=(
                "Si compraste a una empresa de otro país de la UE, el Centro Europeo del "
                "Consumidor en España te ayuda gratis (más arriba). Si no hay acuerdo, existe el "
                "proceso europeo de escasa cuantía, para reclamaciones de hasta 5.000 euros a "
                "empresas de cualquier país de la UE salvo Dinamarca, sin abogado ni procurador."
            ),
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Consumo Responde (Junta de Andalucía), sobre el Centro Europeo del Consumidor",
                    "https://www.consumoresponde.es/actualidad/noticias/consumo-destaca-centro-europeo-consumidor-cec-paraguas-derechos-union-europea",
                    "",
                    official=True,
                ),
                CEC,
            ),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "Ley 10/2025 de servicios de atención a la clientela (en vigor desde el 28 de "
            "diciembre de 2025): 15 días hábiles para responder, 5 días para cobros indebidos y "
            "2 horas para informar de la causa de un corte de un servicio básico y de cuándo "
            "vuelve; clave identificativa y justificante; atención por una persona si la pides; "
            "nadie puede cerrar tu reclamación porque pasó el plazo; no pueden cortarte el "
            "servicio por lo que reclamas mientras no respondan; derecho a que te pasen con un "
            "supervisor (salvo en telecomunicaciones); y la encuesta de satisfacción no puede "
            "llegar antes de la respuesta.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
            CHECKED,
        ),
        Change(
            "La Ley 10/2025 dio a las empresas que obliga doce meses para adaptarse, hasta el 28 "
            "de diciembre de 2026 (el preámbulo dice seis meses, pero manda la disposición "
            "transitoria, que dice doce).",
            Status.VERIFIED,
            BOE_LEY_10_2025,
            CHECKED,
        ),
        Change(
            "La regla general para todas las empresas pasa de un mes a quince días para responder "
            "una reclamación.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
            CHECKED,
        ),
        Change(
            "Banca, seguros e inversiones: la reclamación previa ha de ser por escrito, la entidad "
            "tiene un mes y los servicios de reclamaciones resuelven en 90 días naturales. El "
            "plazo de dos meses que aún citan algunas páginas ya no está en la ley.",
            Status.VERIFIED,
            BOE_LEY_10_2025,
            CHECKED,
        ),
        Change(
            "Hay un recurso de inconstitucionalidad contra los artículos de la Ley 10/2025 sobre "
            "lenguas y sanciones; los plazos no están recurridos.",
            Status.VERIFIED,
            Source("BOE: metadatos de la Ley 10/2025", BOE_LEY_10_2025.url, "2026", official=True),
            CHECKED,
        ),
        Change(
            "Desde el 13 de agosto de 2024 rige un nuevo reglamento del arbitraje de consumo "
            "(Real Decreto 713/2024).",
            Status.VERIFIED,
            BOE_RD_713_2024,
            CHECKED,
        ),
        Change(
            "La plataforma europea de resolución de litigios en línea (ODR) cerró en 2025: no "
            "admite reclamaciones nuevas desde el 20 de marzo de 2025. Si un contrato o una web aún "
            "te remite a ella, está desactualizado.",
            Status.SECONDARY,
            Source(
                "Bird & Bird (despacho), sobre el cierre de la plataforma ODR",
                "https://twobirds.com/en/insights/2025/global/the-end-of-the-european-online-dispute-resolution-platform",
                "2025",
                official=False,
            ),
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Añadimos la regla del mes de espera antes del "
            "arbitraje, el Banco de España, la DGSFP y la CNMV, la Oficina de telecomunicaciones "
            "y AESA; el ámbito exacto de AESA; el plazo del laudo en el arbitraje de luz y gas; el "
            "Centro Europeo del Consumidor; los servicios de consumo de varias comunidades; y el "
            "juicio verbal sin abogado. Aclaramos el plazo de Cataluña, las 2 horas de un corte "
            "(para informarte, no para reponer) y el límite del Banco de España para hechos "
            "antiguos, en el que las fuentes no coinciden.",
        ),
        PageChange("2026-11", "Primera versión de la página, con la Ley 10/2025."),
    ),
)
