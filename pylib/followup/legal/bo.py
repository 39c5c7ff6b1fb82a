"""Bolivia: the reclamo to the provider and the consumer authority (being reorganised since
November 2025); banks (the Punto de Reclamo, 5 días hábiles, then the ASFI); telecom (the
operator's ODECO, then the ATT).

Checked in December 2026. The bank facts were read on asfi.gob.bo and the state newspaper
(VERIFIED); the telecom deadlines (DS 27172) only in summaries, so they are published
«según». The consumer vice-ministry moved from the closed Ministry of Justice to the
Ministry of Productive Development: its phone and channels stay unpublished until confirmed.
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

EL_DEBER = Source(
    "El Deber (prensa), sobre qué hacer con un producto en mal estado o un mal servicio",
    "https://eldeber.com.bo/santa-cruz/que-hacer-si-compras-un-producto-en-mal-estado-o-si-recibes-un-mal-servicio_260172",
    "2021-12-16",
    official=False,
)
EFE_MINISTERIO = Source(
    "ABC Color (agencia EFE), sobre el cierre del Ministerio de Justicia",
    "https://www.abc.com.py/internacionales/2025/11/24/la-presidencia-de-bolivia-asumira-funciones-del-clausurado-ministerio-de-justicia/",
    "2025-11-24",
    official=False,
)
INFOLEYES_DS_5493 = Source(
    "InfoLeyes Bolivia (copia del Decreto Supremo 5493)",
    "https://bolivia.infoleyes.com/norma/8535/decreto-supremo-5493",
    "2025-11-24",
    official=False,
)
ASFI_RECLAMOS = Source(
    "Autoridad de Supervisión del Sistema Financiero (ASFI): preguntas frecuentes sobre intermediación financiera",
    "https://asfi.gob.bo/index.php/defensoria/preg-cf/intermediacion-financiera.html",
    "",
    official=True,
)
AHORA_EL_PUEBLO = Source(
    "Ahora El Pueblo (periódico estatal), con datos de la ASFI sobre la Defensoría del Consumidor Financiero",
    "https://ahoraelpueblo.bo/index.php/nacional/economia/asfi-reporta-que-la-evaluacion-de-la-cultura-de-reclamos-financieros-en-el-pais-es-positiva",
    "2023-12-10",
    official=True,
)
UMBRELLA_ATT = Source(
    "Umbrella Global Services (consultora), resumen del Decreto Supremo 27172 sobre los reclamos de telecomunicaciones",
    "https://www.umbrellaglobalservices.com/2024/01/11/como-reclamar-ante-un-operador-de-telecomunicaciones/",
    "2024-01-11",
    official=False,
)
INFODIEZ_ATT = Source(
    "Infodiez (prensa), que reproduce un comunicado de la ATT",
    "https://www.infodiez.com/servicio-gratuito-en-telecomunicaciones-rige-desde-el-1-de-junio-mantengamonos-conectados/",
    "2020-06-12",
    official=False,
)

COUNTRY = Country(
    code="BO",
    name="Bolivia",
    slug="bolivia",
    calendar_word="calendario",
    complaint_word="reclamación",
    summary=(
        "Reclama primero al vendedor o a la empresa (la reclamación directa) y pide comprobante. "
        "Con un banco, en su Punto de Reclamo: tiene 5 días hábiles para responderte por escrito, "
        "y después acudes a la Defensoría del Consumidor Financiero de la ASFI. Con el teléfono o "
        "internet, en la ODECO (oficina de reclamos) del operador y después ante la ATT, con un "
        "plazo tuyo corto. Para otras compras, la autoridad de defensa del consumidor, que desde "
        "noviembre de 2025 pasa al Ministerio de Desarrollo Productivo: comprueba sus oficinas "
        "antes de ir."
    ),
    rungs=(
        Rung(
            key="reclamacion-directa",
            level=Level.COMPANY,
            sectors=(Sector.GENERAL,),
            instrument="Reclamación directa al proveedor",
            body="El proveedor",
            scope="Cualquier compra o servicio.",
            deadline=None,
            deadline_note=(
                "No encontramos un plazo legal general para que el comercio responda fuera de "
                "los sectores regulados: dale una fecha concreta."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Pide el cambio del producto o la devolución del dinero, por escrito y con copia.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(EL_DEBER,),
            checked=CHECKED,
        ),
        Rung(
            key="banca-punto-de-reclamo",
            level=Level.COMPANY,
            sectors=(Sector.BANKING,),
            instrument="Reclamo en el Punto de Reclamo de la entidad financiera",
            body="La entidad financiera (su Punto de Reclamo)",
            scope="Bancos, cooperativas, tarjetas y otras entidades que supervisa la ASFI.",
            deadline=Deadline(
                5, Unit.DAYS, True, "para responderte por escrito, desde que presentas el reclamo"
            ),
            deadline_note="La entidad puede pedir una ampliación de ese plazo.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="De palabra o por escrito en el Punto de Reclamo; exige un comprobante del reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.VERIFIED,
            sources=(ASFI_RECLAMOS,),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-odeco",
            level=Level.COMPANY,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación directa en la ODECO del operador",
            body="El operador (su Oficina del Consumidor, ODECO)",
            scope="Teléfono, internet y televisión pagada.",
            deadline=Deadline(
                15, Unit.DAYS, True, "para responder, desde que presentas la reclamación"
            ),
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En la ODECO del operador, en persona, por teléfono o en línea; anota el número de reclamo.",
            cost="Gratis.",
            preconditions="Ninguno.",
            portal=None,
            status=Status.SECONDARY,
            sources=(UMBRELLA_ATT,),
            checked=CHECKED,
        ),
        Rung(
            key="defensa-consumidor",
            level=Level.AUTHORITY,
            sectors=(Sector.GENERAL, Sector.AIR, Sector.ENERGY, Sector.INSURANCE),
            instrument="Queja ante la autoridad de defensa del consumidor",
            body="Viceministerio de Defensa de los Derechos del Usuario y del Consumidor",
            scope=(
                "Cualquier compra o servicio (Ley 453 de 2013). En reorganización dentro del "
                "Ministerio de Desarrollo Productivo."
            ),
            deadline=None,
            deadline_note="No encontramos cuánto tarda en resolver.",
            reader_limit=None,
            reader_note="No encontramos el plazo para presentar tu queja: hazlo cuanto antes.",
            remarks=(
                "Puede abrir un proceso contra el proveedor, multarlo, dictar medidas "
                "precautorias y ordenar que te restituya (art. 62 de la Ley 453). Desde noviembre "
                "de 2025 ya no depende del Ministerio de Justicia: comprueba su nombre, su "
                "teléfono y sus oficinas antes de ir."
            ),
            how="En sus oficinas regionales.",
            cost="Consúltalo al presentar la queja.",
            preconditions="Haber reclamado antes al proveedor sin llegar a un acuerdo.",
            portal=None,
            short="Defensa del consumidor",
            status=Status.SECONDARY,
            sources=(EL_DEBER, EFE_MINISTERIO),
            checked=CHECKED,
        ),
        Rung(
            key="banca-asfi",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Reclamo en segunda instancia ante la Defensoría del Consumidor Financiero de la ASFI",
            body="Autoridad de Supervisión del Sistema Financiero (ASFI), Defensoría del Consumidor Financiero",
            scope="Cuando la entidad financiera no te responde o no estás de acuerdo con su respuesta.",
            deadline=None,
            deadline_note=NO_LIMIT,
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En las oficinas de la ASFI de los 9 departamentos o con la aplicación «ASFI Móvil».",
            cost="Gratis.",
            preconditions="Haber reclamado antes en el Punto de Reclamo de la entidad.",
            portal=Link(
                "ASFI: Defensoría del Consumidor Financiero",
                "https://asfi.gob.bo/index.php/defensoria/preg-cf/intermediacion-financiera.html",
            ),
            short="ASFI",
            status=Status.VERIFIED,
            sources=(ASFI_RECLAMOS, AHORA_EL_PUEBLO),
            checked=CHECKED,
        ),
        Rung(
            key="telecom-att",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Reclamación administrativa ante la ATT",
            body="Autoridad de Regulación y Fiscalización de Telecomunicaciones y Transportes (ATT)",
            scope="Teléfono, internet y televisión pagada.",
            deadline=None,
            deadline_note=(
                "La ATT intenta un acuerdo (avenimiento) entre tú y el operador en los 10 días "
                "hábiles siguientes a tu reclamación."
            ),
            reader_limit=Deadline(
                15,
                Unit.DAYS,
                True,
                "desde la respuesta del operador o desde que venció su plazo para responder",
            ),
            reader_note="Es un plazo corto: no lo dejes pasar.",
            how=(
                "Ante la ATT, con el número de tu reclamación al operador. La línea gratuita que "
                "damos es de un comunicado de 2020: compruébala."
            ),
            cost="Gratis.",
            preconditions="Haber presentado antes la reclamación directa en la ODECO del operador.",
            portal=None,
            short="ATT",
            phone="800-10-6000",
            status=Status.SECONDARY,
            sources=(UMBRELLA_ATT, INFODIEZ_ATT),
            checked=CHECKED,
        ),
    ),
    changes=(
        Change(
            "En noviembre de 2025 el Gobierno cerró el Ministerio de Justicia (Decreto Supremo "
            "5493) y anunció que la defensa del consumidor pasa al Ministerio de Desarrollo "
            "Productivo, Rural y Agua.",
            Status.SECONDARY,
            EFE_MINISTERIO,
            CHECKED,
        ),
        Change(
            "El Decreto Supremo 5493, de 24 de noviembre de 2025, reorganiza el Órgano Ejecutivo: "
            "ya no hay Ministerio de Justicia.",
            Status.SECONDARY,
            INFOLEYES_DS_5493,
            CHECKED,
        ),
    ),
    page_changes=(
        PageChange(
            "2026-12",
            "Primera versión de la página: la reclamación directa, la autoridad de defensa del "
            "consumidor en reorganización, los bancos (Punto de Reclamo y ASFI) y las "
            "telecomunicaciones (ODECO y ATT).",
        ),
    ),
)
