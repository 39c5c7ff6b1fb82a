"""Honduras: the libro de quejas, the Dirección General de Protección al Consumidor (line 115),
and banks and insurers (the Hoja de Reclamación, then the CNBS).

Checked in December 2026. The authority's name and line 115 were read on the state
television's site (VERIFIED); its channels and the banks' deadlines only in the press and in
supervised companies' pages, published «según». The DGPC takes no complaints about water,
electricity, cable or telephone, and we did not research those regulators.
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

TNH_DGPC = Source(
    "Televisión Nacional de Honduras (TNH, medio estatal): operativos de Protección al Consumidor",
    "https://tnh.gob.hn/nacional/realizan-operativos-de-proteccion-al-consumidor-previo-al-feriado-morazanico",
    "2024-09-27",
    official=True,
)
HERALDO_QUEJA = Source(
    "El Heraldo (prensa): cómo presentar una queja ante Protección al Consumidor",
    "https://www.elheraldo.hn/economia/1404829-466/hondure%C3%B1o-le-decimos-c%C3%B3mo-presentar-una-queja-ante-protecci%C3%B3n-al-consumidor",
    "2020",
    official=False,
)
HERALDO_2025 = Source(
    "El Heraldo (prensa), sobre las sanciones de la DGPC",
    "https://www.elheraldo.hn/tegucigalpa/dgpc-sanciona-a-1-600-empresas-por-incumplir-ley-del-consumidor-tres-anos-en-honduras-GI28642334",
    "2025-12-16",
    official=False,
)
HERALDO_REFORMA = Source(
    "El Heraldo (prensa), sobre las denuncias por compras en línea",
    "https://elheraldo.hn/tegucigalpa/proteccion-consumidor-vigila-negocios-linea-ante-denuncias-abusos-PH21047778",
    "",
    official=False,
)
LEGAL504 = Source(
    "Legal 504 (blog jurídico), sobre la Ley de Protección al Consumidor",
    "https://www.legal504.com/blog/ley-proteccion-al-consumidor-honduras",
    "",
    official=False,
)
LA_PRENSA_EXCLUSIONES = Source(
    "La Prensa (prensa), sobre lo que atiende Protección al Consumidor en San Pedro Sula",
    "https://www.laprensa.hn/sanpedro/honduras-sanpedrosula-proteccion-al-consumidor-secretaria-desarrollo-economico-denuncias-OJ18776778",
    "2024-04",
    official=False,
)
SEGUROS_DEL_PAIS = Source(
    "Seguros del País (aseguradora), que cita la norma de la CNBS sobre la atención de reclamos",
    "https://www.segurosdelpais.hn/procedimiento-para-la-atencion-de-los-reclamos-ante-la-institucion-supervisada/",
    "",
    official=False,
)
COFISA = Source(
    "COFISA (entidad financiera supervisada): interponer una queja o reclamo",
    "https://cofisa.hn/interponer-queja-o-reclamo/",
    "",
    official=False,
)

COUNTRY = Country(
    code="HN",
    name="Honduras",
    slug="honduras",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "Reclama primero en el comercio: debe tener un libro de quejas autorizado por Protección "
        "al Consumidor. Si no lo resuelve, denuncia ante la Dirección General de Protección al "
        "Consumidor (DGPC), gratis, en sus oficinas o por la línea 115; cita al comercio a una "
        "conciliación. Con un banco o una aseguradora, la Hoja de Reclamación y después la "
        "Comisión Nacional de Bancos y Seguros (CNBS). La DGPC no atiende agua, luz, cable ni "
        "telefonía."
    ),
    rungs=(
        Rung(
            key="libro-de-quejas",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Queja en el libro de quejas del comercio",
            body="El comercio (proveedor)",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal para que el comercio responda: dale una fecha "
                "concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Pide el libro de quejas y anota qué pasó y qué pides; toma una foto de la hoja.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(HERALDO_QUEJA, LA_PRENSA_EXCLUSIONES),
            checked=CHECKED,
        ),
        Rung(
            key="banca-hoja-de-reclamacion",
            level=Level.COMPANY,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Hoja de Reclamación ante el banco o la aseguradora",
            body="La institución financiera o la aseguradora",
            scope="Bancos, tarjetas, financieras y seguros.",
            deadline=Deadline(
                10, Unit.DAYS, True, "para responder, desde que presentas el reclamo"
            ),
            deadline_note=(
                "La entidad puede ampliarlo otros 10 días hábiles y, si depende del extranjero, "
                "hasta 30 días hábiles."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Pide la Hoja de Reclamación en la entidad y guarda tu copia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(SEGUROS_DEL_PAIS,),
            checked=CHECKED,
        ),
        Rung(
            key="dgpc",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR),
            instrument="Denuncia ante la Dirección General de Protección al Consumidor",
            body="Dirección General de Protección al Consumidor (DGPC)",
            scope=(
                "Cualquier compra o servicio, salvo agua, luz, cable y telefonía. Depende de la "
                "Secretaría de Desarrollo Económico."
            ),
            deadline=None,
            deadline_note="No encontramos cuánto tarda el trámite.",
            reader_limit=None,
            reader_note="No encontramos un plazo para presentar tu denuncia: hazlo cuanto antes.",
            remarks=(
                "La DGPC cita al comercio a una audiencia de conciliación y, si hay infracción, "
                "lo sanciona, según El Heraldo. También recibe denuncias por WhatsApp, pero las "
                "fuentes no coinciden en el número: pídelo en la línea 115."
            ),
            how=(
                "En persona en sus oficinas de Tegucigalpa y San Pedro Sula o por la línea "
                "gratuita 115. Lleva la factura y lo que anotaste en el libro de quejas."
            ),
            cost="Gratis, según Legal 504.",
            preconditions="Conviene haber reclamado antes en el comercio.",
            portal=None,
            short="Protección al Consumidor (DGPC)",
            phone="115 (gratis)",
            status=Status.VERIFIED,
            sources=(TNH_DGPC, HERALDO_QUEJA, HERALDO_2025, LEGAL504, LA_PRENSA_EXCLUSIONES),
            checked=CHECKED,
        ),
        Rung(
            key="banca-cnbs",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING, Sector.INSURANCE),
            instrument="Reclamo ante la Comisión Nacional de Bancos y Seguros (CNBS)",
            body="Comisión Nacional de Bancos y Seguros (CNBS), División de Protección al Usuario Financiero",
            scope="Bancos, tarjetas, financieras y seguros.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Con copia de tu Hoja de Reclamación y de la respuesta de la entidad, si la hubo.",
            cost="Consúltalo con la CNBS.",
            preconditions="Haber reclamado antes con la Hoja de Reclamación.",
            portal=Link("CNBS", "https://www.cnbs.gob.hn/"),
            short="CNBS",
            status=Status.SECONDARY,
            sources=(COFISA, SEGUROS_DEL_PAIS),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "No encontramos cambios en la ley en 2025 ni 2026; el director de la DGPC dijo que "
            "hace falta reformarla para las compras en línea.",
            Status.SECONDARY,
            HERALDO_REFORMA,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: el libro de quejas, la Dirección General de "
            "Protección al Consumidor y su línea 115, y los bancos y seguros (Hoja de "
            "Reclamación y CNBS).",
        ),
    ),
)
