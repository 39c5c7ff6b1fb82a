"""Issue 10, keyboard and screen readers, in the core: the tabs' keys, where focus lands
after «Quitar» and «Borrar este caso», what is announced (once), `aria-invalid`, the date in
words next to each date field, and the first question before the case bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from followup import labels, render, wizard
from followup.controller import update
from followup.model import CaseFile, Channel
from followup.render import View
from followup.storage import CaseLog
from followup.wizard import WizardState

from .html_queries import one, text_of
from .test_controller import CASE, dom, mounted, only, tool_html


def tab_key(channel: str, key: str) -> dict[str, object]:
    hooks = {"action": "channel", "value": channel, "keys": render.TAB_KEYS}
    return dom("keydown", hooks=hooks, tag="BUTTON", key=key)


@pytest.mark.parametrize(
    ("start", "key", "lands"),
    [
        ("email", "ArrowRight", "portal"),
        ("portal", "ArrowLeft", "email"),
        ("email", "ArrowLeft", "social"),  # wraps to the last
        ("social", "ArrowRight", "email"),  # and to the first
        ("chat", "Home", "email"),
        ("email", "End", "social"),
    ],
)
def test_tab_keys_select_and_focus_the_tab_they_reach(start: str, key: str, lands: str) -> None:
    state, _ = mounted()
    state, effects = update(state, tab_key(start, key))
    assert state.builder.channel is Channel(lands)
    assert only(effects, "focus")["id"] == f"stc-builder-tab-{lands}"
    tabs = tool_html(effects, "builder").select('[role="tab"]')
    assert [t["tabindex"] for t in tabs if t["aria-selected"] == "true"] == ["0"]
    assert all(t["tabindex"] == "-1" for t in tabs if t["aria-selected"] == "false")
    assert all(t["data-keys"] == "ArrowLeft ArrowRight Home End" for t in tabs)


@pytest.mark.parametrize("key", ["Enter", "ArrowDown", ""])
def test_other_keys_and_other_elements_change_nothing(key: str) -> None:
    state, _ = mounted()
    assert update(state, tab_key("email", key)) == (state, [])
    assert update(state, tab_key("pigeon", "Home")) == (state, [])
    keydown = dom("keydown", hooks={"action": "copy"}, key="Home")
    assert update(state, keydown) == (state, [])


def remove(action: str, index: int, tool: str) -> dict[str, object]:
    return dom("click", tool=tool, hooks={"action": action, "index": str(index)}, tag="BUTTON")


def test_focus_after_removing_evidence_goes_to_the_next_item_then_the_field() -> None:
    case = replace(CASE, evidence=("Captura", "Factura", "Correo"))
    state, _ = mounted(("checklist",), CaseLog(cases=(case,), active_id=case.id))
    state, effects = update(state, remove("remove-evidence", 1, "checklist"))
    assert only(effects, "focus")["id"] == "stc-checklist-evidence-remove-1"  # «Correo» now
    html = tool_html(effects, "checklist")
    assert one(html, "#stc-checklist-evidence-remove-1")["aria-label"] == "Quitar «Correo»"
    state, effects = update(state, remove("remove-evidence", 1, "checklist"))
    assert only(effects, "focus")["id"] == "stc-checklist-evidence-remove-0"  # the one before
    state, effects = update(state, remove("remove-evidence", 0, "checklist"))
    assert only(effects, "focus")["id"] == "stc-checklist-evidence"  # the field to add one


def test_removing_a_timeline_entry_is_announced_and_focus_goes_to_the_heading() -> None:
    state, _ = mounted(("caselog",))
    state, effects = update(state, remove("remove-entry", 0, "caselog"))
    assert only(effects, "focus")["id"] == "stc-caselog-timeline"
    html = tool_html(effects, "caselog")
    assert one(html, "#stc-caselog-timeline")["tabindex"] == "-1"
    said = one(html, '[data-region="timeline-said"]')
    assert said["role"] == "status"
    assert text_of(said) == "Quitado del historial. Interacciones anotadas: 0."


def test_adding_a_timeline_entry_is_announced() -> None:
    state, _ = mounted(("caselog",))
    form = {"date": "2026-11-10", "channel": "phone", "kind": "contact", "agent": "", "note": ""}
    state, effects = update(
        state, dom("submit", tool="caselog", hooks={"entry-form": ""}, form=form)
    )
    said = one(tool_html(effects, "caselog"), '[data-region="timeline-said"]')
    assert (
        text_of(said) == "Añadido al historial: 10 de noviembre de 2026. Interacciones anotadas: 2."
    )


def test_deleting_a_case_focuses_the_case_now_shown() -> None:
    state, _ = mounted(("checklist",))
    click = dom("click", tool="checklist", hooks={"action": "delete-case"}, tag="BUTTON")
    state, effects = update(state, {**click, "confirmed": True})
    assert only(effects, "focus")["id"] == "stc-checklist-case"
    assert one(tool_html(effects, "checklist"), "#stc-checklist-case").name == "select"


def test_an_error_marks_its_field_invalid_and_clearing_it_unmarks_it() -> None:
    state, _ = mounted(("caselog",))
    bad = dom("input", tool="caselog", hooks={"field": "opened"}, value="2031-01-01")
    state, effects = update(state, {**bad, "control": "date"})
    marks = only(effects, "render")["attributes"]
    assert marks["stc-caselog-opened"] == {"aria-invalid": "true"}
    good = {**bad, "control": "date", "value": "2026-11-02"}
    state, effects = update(state, good)
    assert only(effects, "render")["attributes"]["stc-caselog-opened"] == {"aria-invalid": None}


def test_a_field_with_an_error_renders_aria_invalid() -> None:
    view = View(errors={"company": "Falta la empresa."})
    doc = BeautifulSoup(render.render("checklist", view), "html.parser")
    assert one(doc, "#stc-checklist-company")["aria-invalid"] == "true"
    assert not one(doc, "#stc-checklist-case_number").has_attr("aria-invalid")


def test_the_wizard_marks_its_question_invalid_while_its_error_shows() -> None:
    opened = wizard.STEPS.index("opened")
    view = View(wizard=WizardState(step=opened, error=labels.OPENED_REQUIRED))
    assert render.invalid_controls("wizard", view) == {"stc-wizard-opened": "true"}
    doc = BeautifulSoup(render.render("wizard", view), "html.parser")
    assert one(doc, "#stc-wizard-opened")["aria-invalid"] == "true"
    steps = WizardState(step=wizard.STEPS.index("follow_ups"), error=labels.FOLLOW_UPS_INVALID)
    doc = BeautifulSoup(render.render("wizard", View(wizard=steps)), "html.parser")
    assert one(doc, "#stc-wizard-follow_ups")["aria-invalid"] == "true"
    finished = View(wizard=WizardState(step=wizard.RESULT))
    assert render.invalid_controls("wizard", finished) == {}


def test_each_date_field_says_the_date_it_understood_in_words() -> None:
    case = CaseFile(id="d", opened=dt.date(2026, 11, 2))
    view = View(log=CaseLog(cases=(case,), active_id="d"))
    doc = BeautifulSoup(render.render("caselog", view), "html.parser")
    words = one(doc, "#stc-caselog-opened-words")
    assert text_of(words) == "Fecha: 2 de noviembre de 2026"
    assert "stc-caselog-opened-words" in one(doc, "#stc-caselog-opened")["aria-describedby"]
    assert text_of(one(doc, "#stc-caselog-next_action-words")) == ""
    at_opened = replace(view, wizard=WizardState(step=wizard.STEPS.index("opened")))
    wizard_doc = BeautifulSoup(render.render("wizard", at_opened), "html.parser")
    assert text_of(one(wizard_doc, "#stc-wizard-opened-words")) == "Fecha: 2 de noviembre de 2026"


@pytest.mark.parametrize("tool", ["checklist", "builder", "wizard"])
def test_the_first_question_comes_before_the_case_bar(tool: str) -> None:
    html = render.render(tool)
    first_control = html.find("<input") if tool != "builder" else html.find("<select")
    assert html.find(labels.CASE_SELECT) > first_control > 0
    assert html.find(labels.DELETE_CASE) > html.find(labels.CASE_SELECT)


def test_the_case_log_shows_its_case_bar_under_the_table_of_cases() -> None:
    html = render.render("caselog")
    assert html.find("<table") < html.find(labels.CASE_SELECT) < html.find(labels.DETAILS)


# --- on paper and without JavaScript --------------------------------------------------


def test_the_wizard_carries_every_question_for_paper() -> None:
    for view in (View(), View(wizard=WizardState(step=7))):
        doc = BeautifulSoup(render.render("wizard", view), "html.parser")
        paper = one(doc, ".stc-print-only.stc-questionnaire")
        for question in labels.WIZARD_QUESTIONS.values():
            assert question in text_of(paper)
        assert paper.find(["input", "button", "select"]) is None  # to answer by hand
        assert text_of(paper).count("☐") >= 7  # impact, channels and yes/no


@pytest.mark.parametrize("tool", render.TOOLS)
def test_built_into_the_page_buttons_are_disabled_until_the_core_renders(tool: str) -> None:
    built = BeautifulSoup(render.render(tool, View()), "html.parser")
    assert built.select("button") and all(b.has_attr("disabled") for b in built.select("button"))
    live = BeautifulSoup(render.render(tool, View(today=dt.date(2026, 11, 12))), "html.parser")
    assert not [b for b in live.select("button") if b.has_attr("disabled")]


def test_built_into_the_page_the_draft_claims_no_checked_warnings() -> None:
    built = BeautifulSoup(render.render("builder", View()), "html.parser")
    assert labels.NO_WARNINGS not in text_of(built)
    assert text_of(one(built, "#stc-builder-draft-body-warnings")) == ""
    live_view = View(today=dt.date(2026, 11, 12))
    live = BeautifulSoup(render.render("builder", live_view), "html.parser")
    assert text_of(one(live, "#stc-builder-draft-body-warnings")) != ""


def test_the_timeline_downloads_as_its_own_csv() -> None:
    state, _ = mounted(("caselog",))
    click = dom("click", "caselog", hooks={"action": "export-timeline-csv"}, tag="BUTTON")
    sheet = only(update(state, click)[1], "download")
    assert sheet["mime"] == "text/csv"
    assert sheet["filename"] == "sigue-tu-caso-historial-2026-11-12.csv"
    assert sheet["text"].splitlines()[1].startswith("Router;#48213;Conecta Fibra;2026-11-03;")
    doc = BeautifulSoup(render.render("caselog"), "html.parser")
    button = one(doc, '[data-action="export-timeline-csv"]')
    assert text_of(button) == labels.EXPORT_TIMELINE_CSV
