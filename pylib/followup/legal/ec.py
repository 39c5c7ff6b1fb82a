"""Ecuador: the reclamo to the company; banks (15 days, the Defensor del Cliente, the
Superintendencia de Bancos); telecom (ARCOTEL); the Defensoría del Pueblo for consumption.

Checked in December 2026. The bank facts were read on superbancos.gob.ec (VERIFIED). The
Defensoría del Pueblo's and ARCOTEL's own pages answer only over http, so their facts are
published «según» the sources we could link; the Defensoría's deadline for the company (a
2005 press note citing a law since replaced) stays unpublished.
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

SUPERBANCOS = Source(
    "Superintendencia de Bancos del Ecuador: reclamos de los usuarios financieros",
    "https://superbancos.gob.ec/bancos/?p=10135",
    "",
    official=True,
)
BIESS_DEFENSOR = Source(
    "Banco del Instituto Ecuatoriano de Seguridad Social (BIESS, banco público): el Defensor del Cliente",
    "https://www.biess.fin.ec/servicio-al-cliente/reclamos/defensoria-del-cliente",
    "",
    official=True,
)
COOP_COMF = Source(
    "Cooperativa 16 de Junio (entidad financiera), que cita el artículo 158.1 del Código Orgánico Monetario y Financiero",
    "https://coop16dejunio.fin.ec/index.php/quejas-y-reclamos/",
    "2022-02-11",
    official=False,
)
EL_UNIVERSO_2005 = Source(
    "El Universo (prensa), sobre los reclamos de consumo ante la Defensoría del Pueblo",
    "https://www.eluniverso.com/2005/05/31/0001/10/AACBE138D51D4BF59A3729276773E194.html",
    "2005-05-31",
    official=False,
)
DIALNET_DEFENSORIA = Source(
    "Dialnet (artículo académico), sobre el proceso sumario de usuarios y consumidores",
    "https://dialnet.unirioja.es/servlet/articulo?codigo=9003971&info=resumen",
    "",
    official=False,
)
REGULATEL_EC = Source(
    "Regulatel (foro de reguladores), ficha de Ecuador",
    "https://regulatel.osiptel.gob.pe/?page_id=689",
    "",
    official=False,
)
EL_COMERCIO_ARCOTEL = Source(
    "El Comercio (prensa), sobre los reclamos a las operadoras y la ARCOTEL",
    "https://www.elcomercio.com/actualidad/reclamos-servicios-operadoras-telefonicas-denuncias.html",
    "2020-02",
    official=False,
)
EXPRESO_2025 = Source(
    "Expreso (prensa), sobre la sentencia de la Corte Constitucional por cobros no solicitados",
    "https://www.expreso.ec/actualidad/economia/corte-sentencia-ventas-fantasmas-telefonos-solicitados-cobrados-233896.html",
    "2025-03",
    official=False,
)
DERECHO_ECUADOR_MONITORIO = Source(
    "Derecho Ecuador (revista jurídica), sobre el procedimiento monitorio del COGEP",
    "https://derechoecuador.com/el-procedimiento-monitorio-contemplado-en-el-cogep",
    "",
    official=False,
)
UNAP_MONITORIO = Source(
    "Revista de Derecho de la Universidad Nacional del Altiplano, sobre el monitorio sin abogado",
    "https://revistas.unap.edu.pe/rd/index.php/rd/article/view/235/517",
    "2023-08-12",
    official=False,
)
ECUADOR221 = Source(
    "Ecuador 221 (prensa), sobre el archivo del proyecto de ley de consumidores",
    "https://ecuador221.com.ec/asamblea-nacional-archiva-proyecto-de-ley-de-proteccion-a-consumidores",
    "2025",
    official=False,
)
BUSTAMANTE_2025 = Source(
    "Bustamante Fabara (despacho de abogados), sobre la Ley contra la Competencia Desleal",
    "https://bustamantefabara.com/asamblea-se-allana-al-veto-parcial-del-ejecutivo-y-remite-el-texto-final-para-aprobacion-de-la-nueva-ley-contra-la-competencia-desleal",
    "2025-08-20",
    official=False,
)

COUNTRY = Country(
    code="EC",
    name="Ecuador",
    slug="ecuador",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "Reclama primero por escrito a la empresa y guarda copia: no encontramos un plazo legal "
        "general para que responda. Con un banco sí lo hay: hasta 15 días (60 si la operación "
        "fue en el exterior); después, gratis, el Defensor del Cliente de la entidad y la "
        "Superintendencia de Bancos. Con la operadora de teléfono o internet, la ARCOTEL. Para "
        "otras compras, la Defensoría del Pueblo recibe quejas de consumidores, aunque su "
        "informe no obliga a la empresa."
    ),
    rungs=(
        Rung(
            key="reclamo-empresa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamo por escrito a la empresa",
            body="La empresa (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal general para que la empresa responda ni un libro "
                "de reclamaciones obligatorio: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por escrito; guarda copia con la fecha y la factura.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.UNCERTAIN,
            sources=(EL_UNIVERSO_2005,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-entidad",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la entidad financiera",
            body="La entidad financiera",
            scope="Bancos, cooperativas, tarjetas y otros servicios financieros.",
            deadline=Deadline(
                15,
                Unit.DAYS,
                None,
                "para resolver tu reclamo, desde que lo presentas, si la operación fue en Ecuador",
            ),
            deadline_note=(
                "Si la operación se hizo en el exterior, hasta 60 días. Si no te responde a "
                "tiempo, acude gratis al Defensor del Cliente de la entidad, que media y convoca "
                "audiencias de conciliación."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "En cualquier agencia o sucursal de la entidad (art. 158.1 del Código Orgánico "
                "Monetario y Financiero) o por sus canales; pide el número de reclamo."
            ),
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(SUPERBANCOS, BIESS_DEFENSOR, COOP_COMF),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-operadora",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo a la operadora",
            body="La operadora de telecomunicaciones",
            scope="Teléfono, internet y televisión pagada.",
            deadline=Deadline(
                15, Unit.DAYS, None, "para darte una solución definitiva, desde tu reclamo"
            ),
            deadline_note=(
                "La norma que cita Regulatel (Reglamento de Abonados, art. 18) puede haber "
                "cambiado."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Por los canales de la operadora; pide el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(REGULATEL_EC,),
            checked=CHECKED,
        ),
        Rung(
            key="defensoria",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.ENERGY, Sector.AIR, Sector.INSURANCE),
            instrument="Queja ante la Defensoría del Pueblo",
            body="Defensoría del Pueblo de Ecuador",
            scope="Problemas de consumo, también con servicios públicos.",
            deadline=None,
            deadline_note=(
                "La Defensoría notifica a la empresa para que conteste y convoca una audiencia; "
                "no confirmamos el plazo vigente para contestar."
            ),
            reader_limit=None,
            reader_note=(
                "No encontramos en una fuente oficial en qué plazo debes presentarla: hazlo "
                "cuanto antes."
            ),
            remarks=(
                "El trámite termina con un informe que la empresa no siempre cumple. Las multas "
                "de la Ley Orgánica de Defensa del Consumidor las ponen los jueces."
            ),
            how=(
                "Por escrito en las oficinas de la Defensoría, con copia de tu cédula y, si es "
                "un producto, la factura y el comprobante de pago; si es un servicio público, las "
                "facturas que discutes."
            ),
            cost="No encontramos en una fuente oficial si es gratuita: pregúntalo al presentarla.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=None,
            short="Defensoría del Pueblo",
            status=Status.SECONDARY,
            sources=(DIALNET_DEFENSORIA, EL_UNIVERSO_2005),
            checked=CHECKED,
        ),
        Rung(
            key="banca-superintendencia",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo ante la Superintendencia de Bancos",
            body="Superintendencia de Bancos del Ecuador",
            scope="Bancos y otras entidades que supervisa.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how=(
                "Con el formulario gratuito de reclamos de la Superintendencia y el acuerdo de "
                "uso de medios electrónicos, adjuntando tu documento de identidad escaneado."
            ),
            cost="Gratis.",
            preconditions="Conviene haber reclamado antes a la entidad.",
            portal=Link(
                "Superintendencia de Bancos: reclamos", "https://superbancos.gob.ec/bancos/?p=10135"
            ),
            short="Superintendencia de Bancos",
            status=Status.VERIFIED,
            sources=(SUPERBANCOS,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-arcotel",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamo ante la ARCOTEL",
            body="Agencia de Regulación y Control de las Telecomunicaciones (ARCOTEL)",
            scope="Teléfono, internet y televisión pagada.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En línea, con el trámite de atención de reclamos de la ARCOTEL en gob.ec.",
            cost="Consúltalo en el trámite.",
            preconditions=(
                "Reclama antes a la operadora: según El Comercio, la ARCOTEL lo pide, aunque "
                "otras fuentes no lo exigen."
            ),
            portal=Link(
                "ARCOTEL: atención de reclamos (gob.ec)",
                "https://www.gob.ec/arcotel/tramites/atencion-reclamos-servicios-telecomunicaciones",
            ),
            short="ARCOTEL",
            status=Status.SECONDARY,
            sources=(EL_COMERCIO_ARCOTEL,),
            checked=CHECKED,
        ),
    ),
    aids=(
        Aid(
            key="monitorio",
            kind=AidKind.SMALL_CLAIMS,
            text=(
                "Para cobrar una deuda de dinero que no consta en un título ejecutivo existe el "
                "procedimiento monitorio, hasta 50 salarios básicos unificados (SBU). Si lo que "
                "reclamas no supera 3 SBU, no necesitas abogado."
            ),
            status=Status.SECONDARY,
            sources=(DERECHO_ECUADOR_MONITORIO, UNAP_MONITORIO),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En marzo de 2025 la Corte Constitucional ordenó a la ARCOTEL dictar normas sobre "
            "cómo reclamar cobros no autorizados en la telefonía móvil: comprueba si ya existen.",
            Status.SECONDARY,
            EXPRESO_2025,
            CHECKED,
        ),
        Change(
            "En 2025 la Asamblea archivó el proyecto de nueva ley de protección de las personas "
            "consumidoras: sigue vigente la Ley Orgánica de Defensa del Consumidor de 2000.",
            Status.SECONDARY,
            ECUADOR221,
            CHECKED,
        ),
        Change(
            "En 2025 se aprobó la Ley Orgánica de Regulación contra la Competencia Desleal, que "
            "permite a los consumidores demandar por la vía civil las prácticas desleales.",
            Status.SECONDARY,
            BUSTAMANTE_2025,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Página propia para Ecuador: los plazos de los bancos (15 y 60 días), el Defensor "
            "del Cliente y la Superintendencia de Bancos, la operadora y la ARCOTEL, la "
            "Defensoría del Pueblo y el procedimiento monitorio. Antes, una sección corta en "
            "«Otros países».",
        ),
        PageChange("2026-11", "Primera versión de la sección, en «Otros países»."),
    ),
)
