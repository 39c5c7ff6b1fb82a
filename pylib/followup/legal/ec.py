"""Ecuador (partial): the Defensoría del Pueblo; no deadline published (the only source is old)."""

from __future__ import annotations

from .model import ALL_SECTORS, NO_LIMIT, Country, Level, Link, PageChange, Rung, Source, Status

CHECKED = "2026-12"

COUNTRY = Country(
    code="EC",
    name="Ecuador",
    slug="otros-paises",
    calendar_word="calendario",
    complaint_word="reclamo",
    summary=(
        "La Defensoría del Pueblo recibe reclamos de consumo. La única fuente que encontramos "
        "sobre plazos es de hace dos décadas, así que no publicamos ninguno, y no pudimos "
        "comprobar si hoy otro organismo comparte esa tarea: pregúntalo al presentar el reclamo."
    ),
    rungs=(
        Rung(
            key="defensoria",
            level=Level.AUTHORITY,
            sectors=ALL_SECTORS,
            instrument="Reclamo ante la Defensoría del Pueblo",
            body="Defensoría del Pueblo de Ecuador",
            scope="Problemas de consumo.",
            deadline=None,
            deadline_note="No publicamos plazos: la única fuente es antigua. Consúltalos con la Defensoría.",
            reader_limit=None,
            reader_note=NO_LIMIT,
            how="Consulta en la Defensoría del Pueblo cómo presentarlo.",
            cost="Consúltalo con la Defensoría.",
            preconditions="Conviene haber reclamado antes a la empresa.",
            portal=Link("Defensoría del Pueblo", "https://www.dpe.gob.ec/"),
            short="Defensoría del Pueblo",
            status=Status.UNCERTAIN,
            sources=(
                Source(
                    "El Universo (prensa), sobre los reclamos de consumo",
                    "https://www.eluniverso.com/2005/05/31/0001/10/AACBE138D51D4BF59A3729276773E194.html",
                    "2005-05-31",
                    official=False,
                ),
            ),
            checked=CHECKED,
        ),
    ),
    changes=(),
    page_changes=(
        PageChange(
            "2026-12",
            "Cada dato dice cuándo lo comprobamos. Avisamos de que no pudimos confirmar qué "
            "organismo atiende hoy los reclamos de consumo.",
        ),
        PageChange("2026-11", "Primera versión de la sección."),
    ),
)
