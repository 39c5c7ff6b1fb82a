"""Estados Unidos, for a Spanish speaker living there: the company, the federal agencies
(CFPB, FTC, FCC, DOT), the state's consumer office and insurance department, small claims.

Checked in December 2026. There is no general law that gives a company a deadline to
answer: deadlines exist only in some sectors (card disputes under the Fair Credit Billing
Act and Regulation E, airlines under 14 CFR 259.7, the FCC's informal complaints). What we
read on an official https page (the FTC in Spanish, the FCC, the DOT, state courts and
attorneys general) is VERIFIED; the CFPB's own pages and the federal regulations' official
text were not reachable, so those numbers are published «según» the copies we read. Puerto
Rico has its own module (`pr`), which reuses the federal agencies defined here.
"""

from __future__ import annotations

from .model import (
    ALL_SECTORS,
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

# --- Sources -------------------------------------------------------------------------------

TX_OAG = Source(
    "Procuraduría General de Texas (Office of the Attorney General): presente una queja de consumidor",
    "https://oag.state.tx.us/es/consumer-protection/presente-una-queja-de-consumidor",
    "",
    official=True,
)
WI_DATCP = Source(
    "Departamento de Agricultura, Comercio y Protección al Consumidor de Wisconsin (DATCP): cómo presentar una queja",
    "https://datcp.wi.gov/Pages/Publications/FilingAComplaintSPANISH412.aspx",
    "",
    official=True,
)
FTC_CARTA = Source(
    "Comisión Federal de Comercio (FTC): modelo de carta para disputar cargos con tarjeta de crédito y débito",
    "https://consumidor.ftc.gov/articulos/modelo-de-carta-para-disputar-cargos-con-tarjeta-de-credito-y-debito",
    "",
    official=True,
)
OHIO_AG = Source(
    "Fiscalía General de Ohio (Ohio Attorney General): tarjetas de crédito, débito o cajero perdidas o robadas",
    "https://www.ohioattorneygeneral.gov/FAQ/Consumer-protection-FAQs/If-my-credit-debit-or-ATM-card-is-lost-or-stolen",
    "",
    official=True,
)
CFPB_GUIDE = Source(
    "CFPB, guía «Your Money, Your Goals» (reproducción en línea, sin fecha)",
    "https://issuhub.com/view/index/4410?pageIndex=42",
    "",
    official=False,
)
LA_OPINION_CFPB = Source(
    "La Opinión (prensa), sobre cómo presentar una queja ante la CFPB",
    "https://laopinion.com/2022/03/13/como-comenzar-una-queja-ante-la-oficina-para-la-proteccion-financiera-del-consumidor-en-ee-uu/",
    "2022-03-13",
    official=False,
)
LEGAL_EXAMINER_CFPB = Source(
    "Legal Examiner (publicación jurídica), sobre las quejas ante la CFPB",
    "https://www.legalexaminer.news/2020/06/filing-a-complaint-through-the-consumer-financial-protection-bureau/",
    "2020-06",
    official=False,
)
AFR_2026 = Source(
    "Americans for Financial Reform (organización de consumidores), sobre los avisos del formulario de la CFPB",
    "https://ourfinancialsecurity.org/?p=46606",
    "2026-02-09",
    official=False,
)
USA_TODAY_CFPB = Source(
    "USA Today (prensa, en The Spokesman-Review), sobre los recortes de la CFPB",
    "https://www.spokesman.com/stories/2026/jan/26/consumer-guardrail-facing-cuts-waits-on-court-deci/",
    "2026-01-26",
    official=False,
)
FTC_PHONE = Source(
    "Comisión Federal de Comercio (FTC): nuevos recursos contra las estafas de impostores",
    "https://ftc.gov/es/noticias/nuevos-recursos-de-la-ftc-advierten-los-consumidores-sobre-las-estafas-de-impostores",
    "",
    official=True,
)
FTC_REPORTE = Source(
    "Departamento de la Marina de EE. UU. (revista CHIPS), sobre ReporteFraude.ftc.gov",
    "https://www.doncio.navy.mil/chips/ArticleDetails.aspx?ID=14024",
    "",
    official=True,
)
FTC_ARCHIVE = Source(
    "FTC: formulario de queja en español (copia archivada por el Archivo Nacional de EE. UU.)",
    "https://webharvest.gov/peth04/20041015121037/https://rn.ftc.gov/pls/dod/widtpubl$.startup?Z_ORG_CODE=PU03&z_lang_seq=2",
    "2004-10-15",
    official=True,
)
FCC_HANDLES = Source(
    "FCC: cómo tramita tu queja",
    "https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint",
    "",
    official=True,
)
FCC_FORMAL_RULE = Source(
    "Cornell Law School, Legal Information Institute (copia no oficial de 47 CFR 1.718)",
    "https://www.law.cornell.edu/cfr/text/47/1.718",
    "",
    official=False,
)
DOT_FORM = Source(
    "Departamento de Transporte (DOT), Oficina de Protección al Consumidor de Aviación: qué pasa con tu queja",
    "https://airconsumer.dot.gov/escomplaint/ConsumerFormConfirmation.cfm",
    "",
    official=True,
)
CFR_259_7 = Source(
    "Self-Law (copia del reglamento federal 14 CFR 259.7)",
    "https://self-law.org/code/us/cfr/t14/s%C2%A7%20259.7",
    "",
    official=False,
)
TRAVELERS_UNITED = Source(
    "Travelers United (asociación de viajeros), que reproduce la guía del DOT",
    "https://travelersunited.org/travel-advocacy/complaining-to-dot-and-directly-to-the-airlines",
    "",
    official=False,
)
CFR_382_159 = Source(
    "Casetext (copia del reglamento federal 14 CFR 382.159)",
    "https://print.casetext.com/regulation/code-of-federal-regulations/title-14-aeronautics-and-space/chapter-ii-office-of-the-secretary-department-of-transportation-aviation-proceedings/subchapter-d-special-regulations/part-382-nondiscrimination-on-the-basis-of-disability-in-air-travel/subpart-k-complaints-and-enforcement-procedures/section-382159-how-are-complaints-filed-with-dot",
    "",
    official=False,
)
STAR_TRIBUNE = Source(
    "Star Tribune (prensa), sobre los reembolsos automáticos de vuelos",
    "https://www.startribune.com/airlines-now-required-to-give-prompt-automatic-refunds-for-canceled-or-changed-flights/601171399",
    "2024-10",
    official=False,
)
NAIC = Source(
    "NAIC (asociación de los supervisores de seguros de los estados): cómo presentar una queja",
    "https://eapps.naic.org/cis/helpComplaint.do",
    "",
    official=False,
)
COLUSA_COURT = Source(
    "Corte Superior de California, Condado de Colusa: reclamos menores",
    "https://www.colusa.courts.ca.gov/es/divisiones/reclamos-menores",
    "",
    official=True,
)
SANTA_BARBARA_COURT = Source(
    "Corte Superior de California, Condado de Santa Bárbara: reclamos menores",
    "https://www.santabarbara.courts.ca.gov/es/divisions/reclamos-menores",
    "",
    official=True,
)
LAWHELP_NY = Source(
    "LawHelpNY (ayuda legal gratuita): guía de reclamos menores en Nueva York",
    "https://lawhelpny.org/es/resource/your-guide-to-small-claims-in-city-town-and-village-courts",
    "",
    official=False,
)
FOLEY_WARRANTY = Source(
    "Foley & Lardner (despacho de abogados): garantías comerciales y de consumo",
    "https://www.foley.com/es/insights/publications/2019/03/commercial-and-consumer-warranties-a-primer",
    "2019-03",
    official=False,
)

# --- The federal agencies, shared with Puerto Rico (`pr`) ------------------------------------

CFPB = Rung(
    key="finanzas-cfpb",
    level=Level.REGULATOR,
    sectors=(Sector.BANKING,),
    instrument="Queja ante la CFPB (Oficina para la Protección Financiera del Consumidor)",
    body="Consumer Financial Protection Bureau (CFPB)",
    scope=(
        "Bancos, tarjetas de crédito y débito, préstamos, hipotecas, informes de crédito, cobro "
        "de deudas y envíos de dinero. Los seguros, no: van al departamento de seguros del estado."
    ),
    deadline=Deadline(15, Unit.DAYS, None, "para responderte, desde que la CFPB le envía tu queja"),
    deadline_note=(
        "Si la empresa te dice que sigue trabajando en tu caso, debe cerrar casi todas las quejas "
        "en 60 días. Lo dice una guía de la propia CFPB que solo vimos reproducida en otra web."
    ),
    reader_limit=None,
    reader_note=NO_LIMIT,
    remarks=(
        "Cuando la empresa responde, tienes 60 días para decirle a la CFPB si su respuesta te "
        "sirvió, según Legal Examiner. Desde 2025 la CFPB trabaja con mucho menos personal y su "
        "financiación está en los tribunales; a comienzos de 2026 el portal de quejas seguía "
        "abierto, según USA Today. Si tu caso no avanza, acude también a la oficina de "
        "protección al consumidor de tu estado."
    ),
    how=(
        "En consumerfinance.gov/complaint (el formulario está en inglés) o por teléfono, con "
        "atención en español: te dan un número para seguir tu queja."
    ),
    cost="Gratis.",
    preconditions=(
        "Conviene haber reclamado antes a la empresa. Si el error está en tu informe de crédito, "
        "desde febrero de 2026 el formulario te pide haberlo disputado antes con la agencia de "
        "crédito (Equifax, Experian o TransUnion), según Americans for Financial Reform."
    ),
    portal=Link("CFPB: presentar una queja", "https://www.consumerfinance.gov/complaint/"),
    short="CFPB",
    phone="(855) 411-2372",
    status=Status.SECONDARY,
    sources=(LA_OPINION_CFPB, CFPB_GUIDE, LEGAL_EXAMINER_CFPB, AFR_2026, USA_TODAY_CFPB),
    checked=CHECKED,
)

FTC = Rung(
    key="ftc",
    level=Level.AUTHORITY,
    sectors=ALL_SECTORS,
    instrument="Reporte ante la Comisión Federal de Comercio (FTC) en ReporteFraude.ftc.gov",
    body="Comisión Federal de Comercio (FTC)",
    scope="Estafas, fraudes, cobros engañosos y malas prácticas de cualquier empresa.",
    deadline=None,
    deadline_note=(
        "La FTC no resuelve casos individuales: tu reporte le sirve para investigar y demandar "
        "a las empresas, y queda a disposición de más de 3,000 agencias policiales y de "
        "protección al consumidor del país."
    ),
    reader_limit=None,
    reader_note=NO_LIMIT,
    remarks=("Úsala además de la queja a la empresa y a la oficina de tu estado, no en su lugar."),
    how="En ReporteFraude.ftc.gov, en español, o por teléfono.",
    cost="Gratis.",
    preconditions="Ninguno.",
    portal=Link("ReporteFraude.ftc.gov", "https://reportefraude.ftc.gov/"),
    short="FTC",
    phone="1-877-382-4357 (1-877-FTC-HELP)",
    status=Status.VERIFIED,
    sources=(FTC_REPORTE, FTC_PHONE, FTC_ARCHIVE),
    checked=CHECKED,
)

FCC = Rung(
    key="telecom-fcc",
    level=Level.REGULATOR,
    sectors=(Sector.TELECOM,),
    instrument="Queja informal ante la FCC (Comisión Federal de Comunicaciones)",
    body="Federal Communications Commission (FCC)",
    scope="Teléfono fijo y celular, internet y televisión: facturas y servicio.",
    deadline=Deadline(
        30, Unit.DAYS, None, "para responderte por escrito, desde que recibe tu queja"
    ),
    deadline_note=(
        "La FCC envía tu queja a la compañía, que debe responderte con copia a la FCC. No "
        "resuelve casos individuales de llamadas o mensajes no deseados (robocalls) ni de "
        "anuncios con volumen alto: esas quejas le sirven para investigar."
    ),
    reader_limit=None,
    reader_note=NO_LIMIT,
    remarks=(
        "Si la respuesta no te convence, puedes presentar una queja formal, que tiene una tasa "
        "y se parece a un juicio, dentro de los 6 meses siguientes a la respuesta de la "
        "compañía a la FCC, según una copia no oficial de sus reglas."
    ),
    how="En consumercomplaints.fcc.gov (también en español) o por teléfono.",
    cost="La queja informal es gratis.",
    preconditions="La FCC te pide que antes reclames a tu compañía, aunque no es obligatorio.",
    portal=Link("FCC: quejas de consumidores", "https://consumercomplaints.fcc.gov/"),
    short="FCC",
    phone="1-888-225-5322 (1-888-CALL-FCC)",
    status=Status.VERIFIED,
    sources=(FCC_HANDLES, FCC_FORMAL_RULE),
    checked=CHECKED,
)

CARD_DISPUTE = Rung(
    key="banca-disputa",
    level=Level.COMPANY,
    sectors=(Sector.BANKING,),
    instrument="Disputa por escrito al banco o al emisor de la tarjeta",
    body="El banco o el emisor de la tarjeta",
    scope="Cargos que no hiciste o equivocados en tarjetas de crédito o débito y transferencias electrónicas.",
    deadline=None,
    deadline_note=(
        "La ley federal fija cómo y en qué plazo investiga el banco un error en tu "
        "tarjeta; lo explicamos en «¿Qué te pasó?», en el cargo que no hiciste."
    ),
    reader_limit=Deadline(
        60,
        Unit.DAYS,
        False,
        "desde que te enviaron el primer estado de cuenta (resumen) con el cargo, para avisar por escrito",
    ),
    reader_note="Vale para tarjetas de crédito y de débito: revisa cada estado de cuenta.",
    remarks=(
        "Si perdiste la tarjeta de débito o te la robaron, avísalo en 2 días hábiles desde "
        "que lo notas: así respondes como máximo de $50 por los cargos que no hiciste. Si "
        "tardas más, hasta $500; y si no avisas en 60 días desde el estado de cuenta, "
        "podrías perder todo lo que te saquen. Con tarjeta de crédito, nunca más de $50."
    ),
    how=(
        "Llama al número del dorso de la tarjeta y confírmalo enseguida por carta a la "
        "dirección para disputas (billing inquiries) de tu estado de cuenta, no a la de "
        "pagos. La FTC tiene un modelo de carta en español."
    ),
    cost="Gratis.",
    preconditions="Ninguno.",
    portal=None,
    status=Status.VERIFIED,
    sources=(FTC_CARTA, OHIO_AG),
    checked=CHECKED,
)

AIRLINE = Rung(
    key="aereo-aerolinea",
    level=Level.COMPANY,
    sectors=(Sector.AIR,),
    instrument="Queja por escrito a la aerolínea",
    body="La aerolínea",
    scope="Vuelos de aerolíneas que operan en Estados Unidos.",
    deadline=Deadline(
        60,
        Unit.DAYS,
        None,
        "para darte una respuesta de fondo por escrito, desde que recibe tu queja",
    ),
    deadline_note=(
        "Antes, en 30 días, debe acusar recibo. Es la regla del Departamento de Transporte para "
        "las aerolíneas (14 CFR 259.7), que solo vimos en copias no oficiales."
    ),
    reader_limit=None,
    reader_note=NO_LIMIT,
    how=(
        "Por escrito, en el formulario o la dirección de quejas que la aerolínea publica en su "
        "web y en la confirmación de tu boleto. Guarda copia."
    ),
    cost="Gratis.",
    preconditions="Ninguno.",
    portal=None,
    status=Status.SECONDARY,
    sources=(CFR_259_7, TRAVELERS_UNITED),
    checked=CHECKED,
)

DOT = Rung(
    key="aereo-dot",
    level=Level.REGULATOR,
    sectors=(Sector.AIR,),
    instrument="Queja ante el Departamento de Transporte (DOT)",
    body="Departamento de Transporte de EE. UU. (DOT), Oficina de Protección al Consumidor de Aviación",
    scope=(
        "Vuelos: cancelaciones, retrasos, reembolsos, equipaje, sobreventa, trato a pasajeros con "
        "discapacidad. También agencias de viajes."
    ),
    deadline=None,
    deadline_note=(
        "El DOT envía tu queja a la aerolínea o a la agencia, le pide que te responda y revisa si "
        "cumplió las normas."
    ),
    reader_limit=None,
    reader_note=NO_LIMIT,
    remarks=(
        "Si la queja es por trato discriminatorio por discapacidad, preséntala a más tardar 6 "
        "meses después del incidente, según una copia no oficial del reglamento (14 CFR 382.159)."
    ),
    how="En el formulario del DOT en transportation.gov/airconsumer.",
    cost="Gratis.",
    preconditions="Conviene haber reclamado antes a la aerolínea.",
    portal=Link(
        "DOT: protección al consumidor de aviación", "https://www.transportation.gov/airconsumer"
    ),
    short="DOT",
    status=Status.VERIFIED,
    sources=(DOT_FORM, CFR_382_159),
    checked=CHECKED,
)

SMALL_CLAIMS_TEXT = (
    "Para reclamar dinero sin abogado está la corte de reclamos menores (small claims court). "
    "Cada estado fija su límite, que a veces cambia por condado o ciudad: búscalo en la web del "
    "poder judicial de tu estado con «small claims» y el nombre del estado. Por ejemplo, en "
    "California una persona puede reclamar hasta $10,000 y no puede llevar abogado a la "
    "audiencia; en Nueva York el límite va de $3,000 a $10,000 según la corte, según LawHelpNY."
)

# --- The country ---------------------------------------------------------------------------

COUNTRY = Country(
    code="US",
    name="Estados Unidos",
    slug="estados-unidos",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "En Estados Unidos ninguna ley general da a la empresa un plazo para contestar tu queja "
        "(complaint): dale tú una fecha y guarda copia. Los plazos existen por sectores: tarjetas "
        "y bancos, vuelos, teléfono e internet. Después, según el caso: la CFPB para bancos, "
        "tarjetas y préstamos; la FCC para teléfono e internet; el Departamento de Transporte "
        "para vuelos; el departamento de seguros de tu estado para seguros; y, para cualquier "
        "compra, la oficina de protección al consumidor de tu estado y la FTC. Para reclamar "
        "dinero, la corte de reclamos menores de tu estado, sin abogado. Los formularios suelen "
        "estar en inglés, pero la CFPB, la FTC y la FCC atienden en español."
    ),
    rungs=(
        Rung(
            key="queja-empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Queja por escrito a la empresa",
            body="La empresa",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "Ninguna ley general fija a la empresa un plazo para contestar; solo hay plazos "
                "en algunos sectores (tarjetas y bancos, vuelos, teléfono a través de la FCC). "
                "Dale una fecha concreta para responder."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Las oficinas de protección al consumidor de los estados te preguntarán cómo "
                "intentaste resolverlo con la empresa y con quién hablaste: anótalo desde el "
                "primer contacto."
            ),
            how=(
                "Por escrito (correo electrónico, formulario de la empresa o carta certificada "
                "con acuse de recibo, certified mail with return receipt): tu número de cuenta "
                "o de caso, qué pasó, qué pides y para qué fecha. No pongas tu número de Seguro "
                "Social. Guarda copia."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(TX_OAG, WI_DATCP),
            checked=CHECKED,
        ),
        CARD_DISPUTE,
        AIRLINE,
        Rung(
            key="fiscalia-estado",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Queja ante la oficina de protección al consumidor del estado",
            body="Oficina de protección al consumidor del estado (fiscalía general o Attorney General)",
            scope="Cualquier compra o servicio en ese estado.",
            deadline=None,
            deadline_note="Cada estado trabaja a su manera y no hay un plazo común.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Algunas oficinas median entre tú y la empresa, aunque no pueden obligarla a "
                "pagar; otras usan tu queja para investigar y no te representan, como dice la "
                "de Texas. Si necesitas que te devuelvan dinero, la vía que obliga es la corte "
                "de reclamos menores."
            ),
            how=(
                "Busca «consumer protection» (protección al consumidor) y el nombre de tu estado "
                "en su web oficial, que termina en .gov. Muchas tienen el formulario en español. "
                "En algunos estados la oficina es otra agencia: en Wisconsin, el Departamento de "
                "Agricultura, Comercio y Protección al Consumidor."
            ),
            cost="Gratis.",
            preconditions=(
                "Prefieren que antes hayas intentado resolverlo con la empresa, y te piden "
                "contar cómo y con quién hablaste."
            ),
            portal=None,
            short="Oficina de tu estado",
            status=Status.VERIFIED,
            sources=(TX_OAG, WI_DATCP),
            checked=CHECKED,
        ),
        FTC,
        CFPB,
        Rung(
            key="seguros-estado",
            level=Level.REGULATOR,
            sectors=(Sector.INSURANCE,),
            instrument="Queja ante el departamento de seguros del estado",
            body=(
                "Departamento de seguros (insurance department) del estado donde se contrató la "
                "póliza"
            ),
            scope="Seguros de auto, hogar, salud, vida y otros: los supervisa cada estado, no la CFPB.",
            deadline=None,
            deadline_note=NO_LIMIT,
            remarks=(
                "El estado que cuenta es el de la póliza, que puede no ser el tuyo ni el de la "
                "aseguradora."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la web del departamento de seguros del estado; la NAIC enlaza el de cada uno.",
            cost="Gratis.",
            preconditions="Se recomienda reclamar antes a la aseguradora.",
            portal=Link(
                "NAIC: quejas por estado", "https://eapps.naic.org/cis/fileComplaintMap.do"
            ),
            short="Departamento de seguros del estado",
            status=Status.SECONDARY,
            sources=(NAIC,),
            checked=CHECKED,
        ),
        FCC,
        DOT,
    ),
    aids=(
        Aid(
            key="reclamos-menores",
            kind=AidKind.SMALL_CLAIMS,
            text=SMALL_CLAIMS_TEXT,
            status=Status.VERIFIED,
            sources=(COLUSA_COURT, SANTA_BARBARA_COURT, LAWHELP_NY),
            checked=CHECKED,
        ),
        Aid(
            key="garantia",
            kind=AidKind.GUARANTEE,
            text=(
                "Ninguna ley federal obliga a dar una garantía escrita ni fija un plazo mínimo. "
                "Si el vendedor la da, debe cumplir la ley federal de garantías (Magnuson-Moss), "
                "y las leyes de cada estado suelen dar una garantía implícita de que el producto "
                "sirve para su uso normal. Para autos nuevos con defectos repetidos, cada estado "
                "tiene su «ley limón» (lemon law)."
            ),
            status=Status.SECONDARY,
            sources=(FOLEY_WARRANTY,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "Desde el 28 de octubre de 2024, si la aerolínea cancela tu vuelo o lo cambia de "
            "forma significativa y no aceptas la alternativa, debe devolverte el dinero sin que "
            "lo pidas: en 7 días hábiles si pagaste con tarjeta de crédito y en 20 días con "
            "otros medios de pago.",
            Status.SECONDARY,
            STAR_TRIBUNE,
            CHECKED,
        ),
        Change(
            "Desde febrero de 2025 la CFPB trabaja muy recortada (despidos en litigio y, desde "
            "finales de 2025, una disputa sobre su financiación). El portal de quejas seguía "
            "abierto a comienzos de 2026: comprueba en su web que funciona antes de contar con "
            "ella.",
            Status.SECONDARY,
            USA_TODAY_CFPB,
            CHECKED,
        ),
        Change(
            "Desde el 4 de febrero de 2026, el formulario de la CFPB avisa de que una queja por "
            "un error en tu informe de crédito requiere haberlo disputado antes con la agencia "
            "de crédito.",
            Status.SECONDARY,
            AFR_2026,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Página propia para Estados Unidos, escrita para quien vive allí y habla español: "
            "la queja a la empresa, la disputa de un cargo con tarjeta (60 días), la CFPB, la "
            "FTC, la oficina de protección al consumidor de tu estado, la FCC, el Departamento "
            "de Transporte, el departamento de seguros del estado y las cortes de reclamos "
            "menores. Antes, una sección corta en «Otros países». Puerto Rico tiene su propia "
            "página. Corregimos: los seguros no van a la CFPB sino al departamento de seguros "
            "del estado.",
        ),
        PageChange("2026-11", "Primera versión de la sección, en «Otros países»."),
    ),
)
