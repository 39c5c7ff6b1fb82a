"""Each tool as a reader uses it, in WebKitGTK and in Firefox ESR: typing updates the draft,
the wizard gives its advice, the checklist and the case log keep what was typed across a
reload, a printed letter keeps its closing and signature, and after one visit the tools
page works with no network. In order, in one browser per engine (see conftest.py)."""

from __future__ import annotations

from .conftest import Reader

LETTER_END = "P. D.: adjunto la factura."
ENTER = "\ue007"  # WebDriver's Enter key


# What a date picker does when the reader picks a day: the field takes the date and tells
# the page, as typing does (input, then change).
PICK = """
const [field, iso] = arguments;
field.focus();
field.value = iso;
field.dispatchEvent(new Event("input", {bubbles: true}));
field.dispatchEvent(new Event("change", {bubbles: true}));
"""


def type_date(reader: Reader, label: str, day: int, month: int, year: int) -> None:
    """A date into a date field as this engine takes it. Firefox's WebDriver types a date
    field's ISO text. WebKitGTK's date field is typed into segment by segment, which its
    WebDriver's keys do not reach (they stop at the field, probed with WebKitGTK 2.50):
    there the day is picked, as from the calendar the field opens (PICK)."""
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    field = reader.field(label)
    field.send_keys(iso)
    if reader.value(field) != iso:
        field.clear()
        reader.session.execute(PICK, field, iso)
    assert reader.value(reader.field(label)) == iso, reader.engine


def test_the_builder_writes_the_letter_while_typing_and_prints_it_whole(reader: Reader) -> None:
    """The draft follows each field; printed, a letter longer than its box on screen comes
    out whole, down to the postscript typed after the signature (a box prints only its rows,
    and WebKit has no field-sizing to grow it)."""
    reader.open("redactar/")
    reader.type("Número de caso", "48213")
    assert "48213" in reader.wait_value("Asunto", "48213")
    reader.type("Tu nombre", "Ana Pérez")
    draft = reader.wait_value("Mensaje", "Ana Pérez")
    assert draft.rstrip().endswith("Ana Pérez"), draft[-200:]
    reader.type("Resumen del problema", "Sin internet desde el lunes " * 6 + "(avería 7731)")
    reader.wait_value("Mensaje", "7731")  # the last keystroke answered: the draft is still
    reader.type("Mensaje", ENTER * 30 + LETTER_END)
    reader.wait_value("Mensaje", LETTER_END)
    # The first visit installed the service worker: that is no new version to offer.
    reader.wait_text("[data-stc-tool] [data-stc-status]", "Listo para usar sin conexión")
    assert not reader.session.execute(
        "return [...document.querySelectorAll('[data-stc-update]')].some((n) => !n.hidden)"
    ), f"{reader.engine}: a first visit is told «Hay una versión nueva de la guía»"
    subject = reader.value(reader.field("Asunto"))
    paper = reader.printed_text()
    flat = " ".join(paper.split())
    assert " ".join(subject.split()) in flat, f"{reader.engine}: the subject prints cut"
    assert LETTER_END in paper, f"{reader.engine}: the printed letter stops before its end"
    signature = paper.rindex("Ana Pérez")  # its last appearance: «Tu nombre» prints it too
    assert "Sin internet desde el lunes" in paper[:signature]
    assert paper.index(LETTER_END) > signature


def test_the_wizard_gives_its_advice(reader: Reader) -> None:
    reader.open("escalar/")
    reader.choose("Otro problema")
    reader.press("Siguiente")
    reader.wait_text("[data-stc-tool='wizard']", "Pregunta 2 de 10")
    reader.press("Siguiente")  # country and sector can wait
    type_date(reader, "¿Qué día abriste el caso?", 2, 11, 2026)
    for step in range(4, 11):
        reader.press("Siguiente")
        reader.wait_text("[data-stc-tool='wizard']", f"Pregunta {step} de 10")
    reader.press("Ver la recomendación")
    # A month without an answer: follow up today. The advice's heading takes the focus (a
    # screen reader reads it next) and its steps link to the guide's sections.
    headline = reader.wait_text("#stc-wizard-result", "Haz hoy")
    assert reader.session.execute("return document.activeElement.id") == "stc-wizard-result"
    advice = reader.wait_text(".stc-advice", headline.strip())
    assert "Por qué" in advice, advice  # the reasons come with it
    assert reader.session.execute(
        "return document.querySelectorAll('.stc-advice a[href*=\"#\"]').length"
    ), f"{reader.engine}: the advice links to no section of the guide"


def test_the_checklist_fills_and_survives_a_reload(reader: Reader) -> None:
    reader.open("preparacion/")
    reader.type("Empresa", "Conecta Fibra")
    progress = "[data-region='progress']"
    before = reader.wait_text(progress, " de ")
    reader.choose("Crítico para mi trabajo o mi negocio")
    after = reader.wait(
        "(arg) => { const t = document.querySelector(arg[0])?.innerText;"
        " return t && t !== arg[1] ? t : null; }",
        [progress, before],
    )
    reader.reload()
    assert reader.wait_text(progress, " de ") == after
    assert reader.value(reader.field("Empresa")) == "Conecta Fibra"


def test_a_case_in_the_log_survives_a_reload(reader: Reader) -> None:
    reader.open("herramientas/registro/")
    reader.press("Nuevo caso")
    reader.type("Nombre del caso", "Router de la oficina")
    name = reader.wait_value("Nombre del caso", "Router de la oficina")
    reader.wait_text(".stc-table", "Router de la oficina")
    # Saved: what a reload reads back (debounced saves are written before the page goes).
    reader.reload()
    assert reader.wait_value("Nombre del caso", name) == name
    reader.wait_text(".stc-table", "Router de la oficina")


def test_after_one_visit_the_tools_work_offline(reader: Reader) -> None:
    """Last: the server goes away (as the network would) and comes back after the test."""
    reader.open("redactar/")
    reader.wait_text("[data-stc-tool] [data-stc-status]", "Listo para usar sin conexión")
    reader.site.offline()
    try:
        reader.open("escalar/")  # a full page load, served by the service worker
        reader.wait_text("h1", "escalar")
        reader.session.navigate(reader.site.base + "redactar/")
        reader.wait_ready()
        reader.type("Número de caso", "77001")
        assert "77001" in reader.wait_value("Asunto", "77001")
    finally:
        reader.site.online()
