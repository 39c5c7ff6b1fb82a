"""Estados Unidos (partial, for Spanish speakers): CFPB, FCC and the state insurance departments."""

from __future__ import annotations

from .model import (
    NO_LIMIT,
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

CFPB_GUIDE = Source(
    "CFPB, guía «Your Money, Your Goals» (reproducción en línea, sin fecha)",
    "https://issuhub.com/view/index/4410?pageIndex=42",
    "",
    official=False,
)
NAIC = Source(
    "NAIC (asociación de los supervisores de seguros de los estados): cómo presentar una queja",
    "https://eapps.naic.org/cis/helpComplaint.do",
    "",
    official=False,
)

COUNTRY = Country(
    code="US",
    name="Estados Unidos",
    slug="otros-paises",
    calendar_word="naturales",
    complaint_word="reclamo",
    summary=(
        "Para bancos, tarjetas, préstamos y otros productos financieros, la CFPB; para "
        "seguros, el departamento de seguros del estado; para teléfono, internet y televisión, "
        "la FCC. No investigamos las fiscalías estatales ni la FTC."
    ),
    rungs=(
        Rung(
            key="finanzas-cfpb",
            level=Level.REGULATOR,
            sectors=(Sector.BANKING,),
            instrument="Queja ante la CFPB",
            body="Consumer Financial Protection Bureau (CFPB)",
            scope="Bancos, tarjetas, préstamos, cobro de deudas y otros productos financieros; los seguros, no.",
            deadline=Deadline(
                15, Unit.DAYS, None, "para responderte, desde que la CFPB le envía tu queja"
            ),
            deadline_note=(
                "Según una guía de la propia CFPB que solo vimos reproducida en otra web: la "
                "empresa cierra casi todas las quejas en 60 días. No comprobamos cómo trabaja la "
                "CFPB hoy: confírmalo en su web."
            ),
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En consumerfinance.gov/complaint o por teléfono (también en español).",
            cost="Gratis.",
            preconditions="Se recomienda contactar antes a la empresa.",
            portal=Link("CFPB", "https://www.consumerfinance.gov/complaint/"),
            short="CFPB",
            phone="(855) 411-2372",
            status=Status.SECONDARY,
            sources=(CFPB_GUIDE,),
            checked=CHECKED,
        ),
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
        Rung(
            key="telecom-fcc",
            level=Level.REGULATOR,
            sectors=(Sector.TELECOM,),
            instrument="Queja informal ante la FCC",
            body="Federal Communications Commission (FCC)",
            scope="Teléfono, internet y televisión.",
            deadline=Deadline(
                30, Unit.DAYS, None, "para responderte por escrito, desde que recibe tu queja"
            ),
            deadline_note="Debe enviarte copia de su respuesta. La queja formal, en cambio, tiene una tasa.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="En consumercomplaints.fcc.gov o por teléfono.",
            cost="Gratis.",
            preconditions="Se recomienda contactar antes al proveedor.",
            portal=Link("FCC: quejas de consumidores", "https://consumercomplaints.fcc.gov/"),
            short="FCC",
            phone="1-888-CALL-FCC",
            status=Status.VERIFIED,
            sources=(
                Source(
                    "FCC: cómo tramita tu queja",
                    "https://consumercomplaints.fcc.gov/hc/en-us/articles/202752940-How-the-FCC-Handles-Your-Complaint",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    changes=(),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Corregimos: los seguros no van a la CFPB sino "
            "al departamento de seguros del estado. La fuente de la CFPB ya no es un archivo de "
            "2016, y la marcamos como secundaria.",
        ),
        PageChange("2026-11", "Primera versión de la sección."),
    ),
)
