"""El Salvador: the written reclamo to the business (with its número de gestión) and the
Defensoría del Consumidor (line 910, Centros de Solución de Controversias); the
Superintendencia del Sistema Financiero for banks.

Checked in December 2026. The Defensoría's phone was read on defensoria.gob.sv (VERIFIED);
the rest in the press and in law firms' notes, published «según». No deadline for the
business, cost or reader's limit was found; the date of the broad 2022 reform was not
confirmed.
"""

from __future__ import annotations

from .model import NO_LIMIT, Change, Country, Level, Link, PageChange, Rung, Sector, Source, Status

CHECKED = "2026-12"

DEFENSORIA_910 = Source(
    "Defensoría del Consumidor: operativo para las festividades navideñas",
    "https://defensoria.gob.sv/noticias/defensoria-del-consumidor-activa-operativo-para-festividades-navidenas",
    "2020-12",
    official=True,
)
HAGAMOS_CUENTAS = Source(
    "Hagamos Cuentas (prensa), sobre cómo reclamar ante la Defensoría del Consumidor",
    "https://hagamoscuentas.sv/?p=3012",
    "",
    official=False,
)
BRITCHAM_GESTION = Source(
    "BritCham El Salvador (columna de Grant Thornton), sobre las reformas a la Ley de Protección al Consumidor",
    "https://britchamsv.com/reformas-a-la-ley-de-proteccion-al-consumidor-una-necesidad-demandada-por-los-consumidores",
    "",
    official=False,
)
CONTRAPUNTO = Source(
    "ContraPunto (prensa), sobre lo que recupera la Defensoría del Consumidor",
    "https://www.contrapunto.com.sv/defensoria-del-consumidor-en-recupera-mas-de-100-millones/",
    "2024",
    official=False,
)
DERECHO_Y_NEGOCIOS = Source(
    "Derecho y Negocios (prensa jurídica), sobre la reforma de la Ley de Protección al Consumidor",
    "https://derechoynegocios.net/presidencia-ratifica-reformas-a-la-ley-de-proteccion-al-consumidor/amp",
    "2024",
    official=False,
)
ULTIMA_HORA_REFORMA = Source(
    "Última Hora (prensa), sobre la aprobación de las reformas a la Ley de Protección al Consumidor",
    "https://ultimahora.sv/asamblea-aprueba-reformas-a-la-ley-de-proteccion-al-consumidor-para-proteger-bolsillo-de-los-salvadoreno",
    "",
    official=False,
)
LA_HUELLA_ENTREGA = Source(
    "Diario La Huella (prensa), sobre el plazo de entrega en las compras por internet",
    "https://diariolahuella.com/?p=234346",
    "2024",
    official=False,
)

COUNTRY = Country(
    code="SV",
    name="El Salvador",
    slug="el-salvador",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "Presenta primero un reclamo por escrito al comercio y pide el comprobante o número de "
        "gestión, que la ley te reconoce. Si no lo soluciona, acude a la Defensoría del "
        "Consumidor (teléfono 910): sus Centros de Solución de Controversias buscan un arreglo "
        "(avenimiento), una conciliación, una mediación o un arbitraje, y los incumplimientos de "
        "los comercios van a su Tribunal Sancionador. No encontramos un plazo legal para que el "
        "comercio conteste ni uno tuyo para acudir: no esperes."
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
                "No encontramos un plazo legal general para que el comercio responda: dale una "
                "fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Tienes derecho a que te informen cómo reclamar y a recibir un comprobante o "
                "número de gestión de tu reclamo (art. 4, literal r, de la Ley de Protección al "
                "Consumidor): pídelo siempre."
            ),
            how="Por escrito, con copia y la factura; anota el número de gestión.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(HAGAMOS_CUENTAS, BRITCHAM_GESTION),
            checked=CHECKED,
        ),
        Rung(
            key="defensoria",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Reclamo ante la Defensoría del Consumidor",
            body="Defensoría del Consumidor",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note="No encontramos en una fuente oficial cuánto tarda el trámite.",
            reader_limit=None,
            reader_note=(
                "No encontramos en una fuente oficial en qué plazo debes presentarlo: hazlo "
                "cuanto antes."
            ),
            remarks=(
                "La Defensoría resuelve la mayoría de los casos por avenimiento, conciliación, "
                "mediación o arbitraje; también lleva casos colectivos y puede representarte "
                "ante un juez. Los incumplimientos de los comercios van a su Tribunal "
                "Sancionador."
            ),
            how=(
                "Por teléfono o en sus Centros de Solución de Controversias (San Salvador, Antiguo "
                "Cuscatlán, Santa Ana y San Miguel) y ventanillas de atención, con tu DUI, la "
                "factura y tu reclamo al comercio."
            ),
            cost="No encontramos en una fuente oficial si tiene costo: pregúntalo al presentarlo.",
            preconditions="Haber presentado antes un reclamo por escrito al comercio.",
            portal=Link("Defensoría del Consumidor", "https://www.defensoria.gob.sv/"),
            short="Defensoría del Consumidor",
            phone="910",
            status=Status.VERIFIED,
            sources=(DEFENSORIA_910, HAGAMOS_CUENTAS, CONTRAPUNTO),
            checked=CHECKED,
        ),
        Rung(
            key="banca-ssf",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la Superintendencia del Sistema Financiero (SSF)",
            body="Superintendencia del Sistema Financiero (SSF)",
            scope="Bancos, tarjetas, financieras y otras entidades que supervisa.",
            deadline=None,
            deadline_note="No verificamos los plazos de las entidades ni de la Superintendencia.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Si tienes deudas que no puedes pagar por una situación extraordinaria, la "
                "Defensoría del Consumidor puede mediar con el banco o la financiera para "
                "reestructurarlas o refinanciarlas (art. 19-A)."
            ),
            how="Reclama primero a la entidad; después, ante la Superintendencia.",
            cost="Consúltalo con la Superintendencia.",
            preconditions="Conviene haber reclamado antes a la entidad.",
            portal=Link("Superintendencia del Sistema Financiero", "https://ssf.gob.sv/"),
            short="Superintendencia del Sistema Financiero",
            status=Status.SECONDARY,
            sources=(DERECHO_Y_NEGOCIOS,),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "Compras por internet: si el vendedor no entrega en el plazo acordado o, si no se "
            "acordó ninguno, en 30 días, puedes dar por terminado el contrato y te deben devolver "
            "todo lo que pagaste (reforma del art. 21 de la Ley de Protección al Consumidor).",
            Status.SECONDARY,
            LA_HUELLA_ENTREGA,
            CHECKED,
        ),
        Change(
            "La Asamblea aprobó una reforma amplia de la Ley de Protección al Consumidor, con "
            "unas sesenta modificaciones (más derechos, infracciones y multas, "
            "sobreendeudamiento); no confirmamos la fecha exacta en que entró en vigor.",
            Status.SECONDARY,
            ULTIMA_HORA_REFORMA,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el reclamo al comercio con su número de gestión, la "
            "Defensoría del Consumidor y la Superintendencia del Sistema Financiero.",
        ),
    ),
)
