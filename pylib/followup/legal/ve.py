"""Venezuela: the reclamo to the company, the denuncia before the SUNDDE, and the banks'
ladder (the bank, its Defensor del Cliente y Usuario Bancario, SUDEBAN).

Checked in December 2026. No page of sundde.gob.ve or sudeban.gob.ve was readable here and
the government's news site answers only over http, so nothing in Venezuela is VERIFIED:
the routes are published «según» the press that reproduces the agencies' notes. A bill
approved in first discussion in January 2026 would replace the SUNDDE (see `changes`).
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

FENAVI_SUNDDE = Source(
    "FENAVI (gremio), que reproduce una nota de prensa sobre cómo denunciar ante la SUNDDE",
    "https://fenavi.com.ve/como-hacer-una-denuncia-en-la-sundde-conozca-el-procedimiento-y-los-requisitos-avatar-por-zulay-camacaro-miercoles-25-de-junio-de-2025-a-las-0705-am",
    "2025-06-25",
    official=False,
)
REDAV = Source(
    "Revista Electrónica de Derecho Administrativo Venezolano (REDAV)",
    "https://cidep.online/ojs/index.php/redav/article/download/242/redav-26-05-html?inline=1",
    "2023",
    official=False,
)
LAPATILLA_SUDEBAN = Source(
    "La Patilla (prensa), que reproduce un comunicado de SUDEBAN sobre los reclamos bancarios",
    "https://lapatilla.com/2013/04/03/pasos-a-seguir-para-realizar-un-reclamo-ante-un-banco",
    "2013-04-03",
    official=False,
)
PANDECTAS = Source(
    "Pandectas Digital (blog jurídico), sobre la Resolución 063.15 de SUDEBAN",
    "https://pandectasdigital.blogspot.com/2017/02/normas-relativas-la-proteccion-de-los.html",
    "2017-02",
    official=False,
)
EFE_LEY_2026 = Source(
    "ABC Color (agencia EFE), sobre la ley de derechos socioeconómicos",
    "https://www.abc.com.py/internacionales/2026/01/22/parlamento-venezolano-tramita-una-ley-para-acordar-precios-entre-gobierno-y-comerciantes/",
    "2026-01-22",
    official=False,
)

COUNTRY = Country(
    code="VE",
    name="Venezuela",
    slug="venezuela",
    calendar_word="continuos",
    complaint_word="reclamo",
    summary=(
        "Reclama primero por escrito a la empresa (el proveedor) y guarda la factura. Si no lo "
        "resuelve, presenta una denuncia ante la Superintendencia Nacional para la Defensa de los "
        "Derechos Socioeconómicos (SUNDDE), en persona o por su portal. Con un banco, el reclamo "
        "va al banco, después a su Defensor del Cliente y Usuario Bancario y, por último, a "
        "SUDEBAN. No encontramos un plazo general para que la empresa conteste ni un plazo tuyo "
        "para denunciar: no esperes. En Venezuela los días naturales se llaman días continuos."
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
                "No encontramos un libro de reclamaciones obligatorio ni un plazo legal general "
                "para que la empresa conteste: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito; pide un número de reclamo y guarda la factura y una copia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(REDAV,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-banco",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante el banco",
            body="El banco",
            scope="Fraude o cargos que no hiciste con tarjeta de débito o crédito, y otros reclamos al banco.",
            deadline=Deadline(
                15,
                Unit.DAYS,
                True,
                "para responder un reclamo por fraude o cargos con tarjeta, desde que lo presentas",
            ),
            deadline_note=(
                "Para otros reclamos el plazo es más largo, según el mismo comunicado de SUDEBAN "
                "(de 2013, anterior a la Resolución 063.15, que no pudimos leer). Si el banco "
                "dice que tu reclamo no procede, pasa solo a su Defensor del Cliente y Usuario "
                "Bancario, que es gratuito y debe responder en 20 días continuos."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En una agencia del banco o por sus canales de reclamo; pide el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(LAPATILLA_SUDEBAN,),
            checked=CHECKED,
        ),
        Rung(
            key="sundde",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.TELECOM, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Denuncia ante la SUNDDE",
            body="Superintendencia Nacional para la Defensa de los Derechos Socioeconómicos (SUNDDE)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note="No encontramos cuánto tarda la SUNDDE en resolver.",
            reader_limit=None,
            reader_note="No encontramos un plazo para presentar tu denuncia: no esperes.",
            how=(
                "En persona o por el portal web de la SUNDDE. Lleva tu cédula, el RIF, la factura "
                "y una carta firmada que explique lo que pasó (exposición de motivos). Por "
                "teléfono puedes consultar y saber cómo va tu denuncia."
            ),
            cost="No encontramos que tenga costo, pero no lo pudimos confirmar.",
            preconditions="Conviene haber reclamado antes por escrito al proveedor.",
            portal=Link("SUNDDE", "https://www.sundde.gob.ve/"),
            short="SUNDDE",
            phone="0-800-5658786 (0-800-LOJUSTO)",
            status=Status.SECONDARY,
            sources=(FENAVI_SUNDDE,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-sudeban",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante SUDEBAN",
            body="Superintendencia de las Instituciones del Sector Bancario (SUDEBAN)",
            scope="Bancos y tarjetas, cuando el banco y su Defensor del Cliente no lo resolvieron.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            remarks=(
                "Las normas de protección de los usuarios bancarios son de SUDEBAN (Resolución "
                "063.15 de 2015); no pudimos leer su texto. Busca su teléfono actual en su web."
            ),
            how="Con el número de tu reclamo al banco y su respuesta, si la hay.",
            cost="Consúltalo con SUDEBAN.",
            preconditions="Haber reclamado antes al banco y, si lo rechazó, a su Defensor del Cliente.",
            portal=Link("SUDEBAN", "https://www.sudeban.gob.ve/"),
            short="SUDEBAN",
            status=Status.SECONDARY,
            sources=(LAPATILLA_SUDEBAN, PANDECTAS),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En enero de 2026 la Asamblea Nacional aprobó en primera discusión la Ley Orgánica "
            "para la Protección de los Derechos Socioeconómicos, que sustituiría a la Ley de "
            "Precios Justos y crearía una Superintendencia de Protección de los Derechos "
            "Socioeconómicos en lugar de la SUNDDE. No nos consta que ya esté vigente: si se "
            "aprueba, cambiará el nombre del organismo ante el que denuncias.",
            Status.SECONDARY,
            EFE_LEY_2026,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el reclamo al proveedor, la denuncia ante la SUNDDE "
            "y los reclamos bancarios (banco, Defensor del Cliente y SUDEBAN).",
        ),
    ),
)
