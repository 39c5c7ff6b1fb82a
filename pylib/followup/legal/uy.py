"""Uruguay (partial): the Área Defensa del Consumidor of the Ministerio de Economía y Finanzas."""

from __future__ import annotations

from .model import ALL_SECTORS, NO_LIMIT, Country, Level, Link, PageChange, Rung, Source, Status

CHECKED = "2026-12"

COUNTRY = Country(
    code="UY",
    name="Uruguay",
    slug="otros-paises",
    calendar_word="corridos",
    complaint_word="reclamo",
    summary=(
        "El Área Defensa del Consumidor del Ministerio de Economía y Finanzas recibe reclamos en "
        "línea y media entre tú y la empresa. No investigamos los plazos de las empresas."
    ),
    rungs=(
        Rung(
            key="defensa-del-consumidor",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante el Área Defensa del Consumidor",
            body="Área Defensa del Consumidor (Ministerio de Economía y Finanzas)",
            scope="Cualquier problema de consumo, financiero o no.",
            deadline=None,
            remarks="Media entre las partes y, si no hay acuerdo, cita a una audiencia.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Trámite en línea en gub.uy o en persona.",
            cost="Consúltalo al iniciar el trámite.",
            preconditions="Conviene haber intentado resolverlo antes con la empresa.",
            portal=Link("gub.uy", "https://www.gub.uy/"),
            short="Defensa del Consumidor",
            status=Status.VERIFIED,
            sources=(
                Source(
                    "Ministerio de Economía y Finanzas: la defensa del consumidor",
                    "https://www.mef.gub.uy/9931/9/areas/la-defensa-del-consumidor-como-una-herramienta-de-fortalecimiento-ciudadano.html",
                    "",
                    official=True,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    changes=(),
    page_changes=(
        PageChange("2026-12", "Cada dato dice cuándo lo comprobamos."),
        PageChange("2026-11", "Primera versión de la sección."),
    ),
)
