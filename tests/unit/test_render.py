"""The HTML of each tool: labelled controls, live output regions and stable hooks."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup, Tag
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import checklist, escalation, labels, wizard
from followup.messages import Goal
from followup.model import CaseFile, Channel, Impact, Interaction, InteractionKind, SlaUnit
from followup.render import (
    TOOLS,
    BuilderPrefs,
    View,
    advice_html,
    check_text,
    draft_html,
    field_html,
    findings_html,
    progress_html,
    render,
    section_link,
)
from followup.storage import CaseLog
from followup.wizard import WizardState
from tests.unit.case_strategies import case_files, case_logs, texts

from .html_queries import one, text_of

TODAY = dt.date(2026, 11, 12)  # a Thursday
CASE = CaseFile(
    id="c-1",
    title="Router averiado",
    case_number="48213",
    company="Red Rápida",
    channel=Channel.EMAIL,
    opened=dt.date(2026, 11, 3),
    last_contact=dt.date(2026, 11, 5),
    sla_amount=5,
    sla_unit=SlaUnit.DAYS,
    summary="Se corta la conexión varias veces al día",
    impact=Impact.AFFECTS_ME,
    new_info="Ya cambié el cable",
    agent_name="Laura",
    evidence=("Captura del error", "Factura"),
    interactions=(
        Interaction(dt.date(2026, 11, 5), Channel.PHONE, InteractionKind.CONTACT, "Laura", "Dijo"),
        Interaction(dt.date(2026, 11, 9), Channel.EMAIL, InteractionKind.FOLLOW_UP),
    ),
    next_action=dt.date(2026, 11, 16),
)
OTHER = CaseFile(id="c-2", case_number="777", company="Luz Sur")
LOG = CaseLog(cases=(CASE, OTHER), active_id="c-1")
FULL = View(log=LOG, today=TODAY, base="/guia/")


def parse(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "html.parser")


def label_text(doc: BeautifulSoup, control: Tag) -> str:
    """What a screen reader announces as the control's label: `for=id`, or a wrapping label."""
    ident = control.get("id")
    if ident:
        return " ".join(text_of(lab) for lab in doc.find_all("label", attrs={"for": ident}))
    wrapper = control.find_parent("label")
    return text_of(wrapper) if wrapper else ""


def steps_views() -> list[View]:
    return [replace(FULL, wizard=WizardState(step=i)) for i in range(len(wizard.STEPS) + 1)]


SAMPLES: list[tuple[str, View]] = [
    *((tool, View()) for tool in TOOLS),
    *((tool, FULL) for tool in TOOLS),
    *(("builder", replace(FULL, builder=BuilderPrefs(channel=c))) for c in Channel),
    *(("wizard", view) for view in steps_views()),
    ("checklist", replace(FULL, errors={"case_number": "Falta el número"})),
]
SAMPLE_IDS = [f"{tool}-{i}" for i, (tool, _) in enumerate(SAMPLES)]


# --- the frame every tool shares -------------------------------------------------------


@pytest.mark.parametrize("tool", TOOLS)
def test_each_tool_is_a_section_with_its_hook_and_a_spanish_heading(tool: str) -> None:
    doc = parse(render(tool))
    section = one(doc, "section[data-stc-tool]")
    assert section["data-stc-tool"] == tool
    heading = one(doc, f"#{section['aria-labelledby']}")
    assert heading.name == "h2"
    assert text_of(heading) == labels.TOOL_TITLES[tool]
    assert labels.TOOL_INTROS[tool] in text_of(doc)


def test_unknown_tool_is_refused_with_the_names_of_the_real_ones() -> None:
    with pytest.raises(ValueError, match="checklist, builder, wizard, caselog"):
        render("calendar")


@pytest.mark.parametrize(("tool", "view"), SAMPLES, ids=SAMPLE_IDS)
def test_every_form_control_has_a_visible_spanish_label(tool: str, view: View) -> None:
    doc = parse(render(tool, view))
    controls = doc.find_all(["input", "select", "textarea"])
    assert controls
    for control in controls:
        name = label_text(doc, control)
        assert name, f"unlabelled control: {control}"
        assert "_" not in name and "{" not in name, f"raw key as label: {name!r}"
        if control.get("id"):
            assert doc.find("label", attrs={"for": control["id"]}), f"no label for {control}"


@pytest.mark.parametrize(("tool", "view"), SAMPLES, ids=SAMPLE_IDS)
def test_every_label_points_at_a_control_and_ids_are_unique(tool: str, view: View) -> None:
    doc = parse(render(tool, view))
    ids = [node["id"] for node in doc.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for lab in doc.find_all("label", attrs={"for": True}):
        target = doc.find(id=lab["for"])
        assert target is not None and target.name in ("input", "select", "textarea")


@pytest.mark.parametrize(("tool", "view"), SAMPLES, ids=SAMPLE_IDS)
def test_descriptions_and_tab_references_point_at_existing_elements(tool: str, view: View) -> None:
    doc = parse(render(tool, view))
    for attr in ("aria-describedby", "aria-labelledby", "aria-controls", "data-target"):
        for node in doc.find_all(attrs={attr: True}):
            for ident in node[attr].split():
                assert doc.find(id=ident) is not None, f"{attr}={ident!r} on {node.name}"


@pytest.mark.parametrize(("tool", "view"), SAMPLES, ids=SAMPLE_IDS)
def test_regions_the_browser_swaps_never_hold_a_case_field(tool: str, view: View) -> None:
    # Re-rendering a region while the reader types in a field inside it would move the caret.
    doc = parse(render(tool, view))
    for region in doc.select("[data-region]"):
        assert region.select("[data-field]") == [], region["data-region"]


@pytest.mark.parametrize("tool", TOOLS)
def test_notice_region_is_live_and_shows_the_notice(tool: str) -> None:
    quiet = one(parse(render(tool, FULL)), '[data-region="notice"]')
    assert quiet["aria-live"] == "polite"
    assert text_of(quiet) == ""
    loud = one(
        parse(render(tool, replace(FULL, notice=labels.OTHER_TAB))), '[data-region="notice"]'
    )
    assert text_of(loud) == labels.OTHER_TAB


@pytest.mark.parametrize("tool", TOOLS)
def test_tools_stay_readable_without_javascript(tool: str) -> None:
    doc = parse(render(tool))
    assert labels.NOSCRIPT in text_of(one(doc, "noscript"))
    assert one(doc, "[data-stc-status]")["role"] == "status"


def test_case_selector_lists_every_case_and_selects_the_active_one() -> None:
    select = one(parse(render("checklist", FULL)), "#stc-checklist-case")
    options = [(o["value"], text_of(o), o.has_attr("selected")) for o in select.find_all("option")]
    assert options == [("c-1", "Router averiado", True), ("c-2", "Caso #777", False)]
    assert select["data-action"] == "select-case"


def test_without_cases_the_selector_offers_an_unnamed_case_and_fields_are_empty() -> None:
    doc = parse(render("checklist"))
    options = one(doc, "#stc-checklist-case").find_all("option")
    assert [text_of(o) for o in options] == ["Caso sin nombre"]
    assert one(doc, "#stc-checklist-case_number")["value"] == ""
    assert text_of(one(doc, "#stc-checklist-summary")) == ""


def test_log_without_an_active_case_shows_an_empty_case() -> None:
    view = View(log=CaseLog(cases=(CASE,), active_id=None), today=TODAY)
    assert view.case.id == ""
    doc = parse(render("checklist", view))
    assert one(doc, "#stc-checklist-case_number")["value"] == ""
    assert not one(doc, "#stc-checklist-case").find("option", selected=True)


def test_case_bar_has_new_and_delete_buttons() -> None:
    doc = parse(render("caselog"))
    assert text_of(one(doc, '[data-action="new-case"]')) == labels.NEW_CASE
    assert text_of(one(doc, '[data-action="delete-case"]')) == labels.DELETE_CASE


def test_view_day_is_the_readers_today_or_the_build_date() -> None:
    assert View(today=TODAY).day == TODAY
    assert View().day == dt.date.today()


# --- field_html ------------------------------------------------------------------------


def test_text_field_shows_value_label_hint_and_links_them() -> None:
    doc = parse(field_html("builder", "case_number", FULL))
    control = one(doc, "input")
    assert (control["type"], control["value"], control["data-field"]) == (
        "text",
        "48213",
        "case_number",
    )
    assert label_text(doc, control) == "Número de caso"
    hint_id, error_id = control["aria-describedby"].split()
    assert text_of(one(doc, f"#{hint_id}")) == labels.FIELD_HINTS["case_number"]
    assert one(doc, f"#{error_id}")["aria-live"] == "polite"


def test_field_without_a_hint_is_described_by_its_error_only() -> None:
    control = one(parse(field_html("builder", "company", FULL)), "input")
    assert control["aria-describedby"] == "stc-builder-company-error"
    assert control["value"] == "Red Rápida"


def test_hint_can_be_left_out() -> None:
    doc = parse(field_html("checklist", "summary", FULL, hint=False))
    assert doc.select(".stc-hint") == []
    assert one(doc, "textarea")["aria-describedby"] == "stc-checklist-summary-error"


def test_dates_are_date_inputs_in_iso_form() -> None:
    control = one(parse(field_html("caselog", "opened", FULL)), "input")
    assert (control["type"], control["value"]) == ("date", "2026-11-03")
    empty = one(parse(field_html("caselog", "next_action", View())), "input")
    assert empty["value"] == ""


def test_long_texts_are_textareas_holding_the_value() -> None:
    control = one(parse(field_html("builder", "new_info", FULL)), "textarea")
    assert control.get_text() == "Ya cambié el cable"


def test_promised_deadline_is_a_bounded_number() -> None:
    control = one(parse(field_html("checklist", "sla_amount", FULL)), "input")
    assert (control["type"], control["min"], control["max"], control["value"]) == (
        "number",
        "1",
        "999",
        "5",
    )


def test_channel_select_offers_a_placeholder_then_every_channel_in_spanish() -> None:
    select = one(parse(field_html("caselog", "channel", FULL)), "select")
    options = [(o["value"], text_of(o)) for o in select.find_all("option")]
    assert options[0] == ("", labels.CHOOSE)
    assert options[1:] == [(c.value, labels.CHANNEL_NAMES[c]) for c in Channel]
    assert [o["value"] for o in select.find_all("option", selected=True)] == ["email"]


def test_sla_unit_select_has_no_placeholder() -> None:
    select = one(parse(field_html("checklist", "sla_unit", FULL)), "select")
    assert [o["value"] for o in select.find_all("option")] == [
        "days",
        "calendar_days",
        "hours",
        "calendar_hours",
    ]
    assert [o["value"] for o in select.find_all("option", selected=True)] == ["days"]


def test_impact_is_a_group_of_radios_with_a_legend() -> None:
    doc = parse(field_html("checklist", "impact", FULL))
    assert text_of(one(doc, "fieldset > legend")) == labels.FIELD_LABELS["impact"]
    radios = doc.select('input[type="radio"]')
    assert [r["value"] for r in radios] == [i.value for i in Impact]
    assert [r["value"] for r in radios if r.has_attr("checked")] == ["affects_me"]
    assert len({r["name"] for r in radios}) == 1
    unanswered = parse(field_html("checklist", "impact", View()))
    assert unanswered.select("input[checked]") == []


def test_field_error_is_shown_and_announced() -> None:
    view = replace(FULL, errors={"opened": "La fecha no puede ser posterior a hoy."})
    doc = parse(field_html("checklist", "opened", view))
    error = one(doc, "#stc-checklist-opened-error")
    assert text_of(error) == "La fecha no puede ser posterior a hoy."
    assert error["aria-live"] == "polite"
    assert error["data-region"] == "error-opened"


# --- checklist -------------------------------------------------------------------------


def test_empty_checklist_says_nothing_is_ready_and_lists_what_is_missing() -> None:
    doc = parse(progress_html(View()))
    region = one(doc, '[data-region="progress"]')
    assert not region.has_attr("aria-live")  # the list is not read on every change
    said = one(doc, '[data-region="progress-said"]')
    assert said["role"] == "status" and text_of(said) == "Preparación: 0 de 9 listos."
    bar = one(doc, "progress")
    assert (bar["value"], bar["max"]) == ("0", "9")
    assert "0 de 9 listos" in text_of(region)
    for item in checklist.ITEMS:
        assert item.label in text_of(region)


def test_progress_counts_the_fields_already_filled() -> None:
    case = CaseFile(id="p", case_number="48213", company="Red", channel=Channel.CHAT)
    view = View(log=CaseLog(cases=(case,), active_id="p"))
    region = one(parse(progress_html(view)), '[data-region="progress"]')
    assert "2 de 9 listos" in text_of(region)
    assert one(region, "progress")["value"] == "2"
    missing = text_of(region).split(labels.MISSING, 1)[1]
    assert "Número de caso" not in missing
    assert "Fecha de apertura" in missing


def test_full_checklist_says_everything_is_ready() -> None:
    region = one(parse(progress_html(FULL)), '[data-region="progress"]')
    assert "9 de 9 listos" in text_of(region)
    assert labels.ALL_DONE in text_of(region)
    assert labels.MISSING not in text_of(region)


def test_each_item_shows_whether_it_is_done_in_words() -> None:
    case = CaseFile(id="p", case_number="48213")
    doc = parse(render("checklist", View(log=CaseLog(cases=(case,), active_id="p"))))
    marks = {
        item["data-item"]: text_of(one(item, "[data-region^=mark-] .stc-sr"))
        for item in doc.select("li.stc-item")
    }
    assert list(marks) == [i.key for i in checklist.ITEMS]
    assert marks["case_number"] == "Listo:"
    assert marks["company"] == "Pendiente:"


def test_checklist_items_hold_the_fields_they_stand_for() -> None:
    doc = parse(render("checklist", FULL))
    company = one(doc, 'li[data-item="company"]')
    assert one(company, "#stc-checklist-company")["value"] == "Red Rápida"
    assert one(company, "#stc-checklist-channel").name == "select"
    sla = one(doc, 'li[data-item="sla"]')
    assert one(sla, "#stc-checklist-sla_amount")["value"] == "5"
    assert one(sla, "#stc-checklist-sla_unit").name == "select"
    assert not one(sla, '[data-check="sla"]').has_attr("checked")


def test_ticking_no_deadline_given_is_shown_checked() -> None:
    case = CaseFile(id="p", checked=frozenset({"sla"}))
    doc = parse(render("checklist", View(log=CaseLog(cases=(case,), active_id="p"))))
    box = one(doc, '[data-check="sla"]')
    assert box.has_attr("checked")
    assert label_text(doc, box) == labels.NO_SLA_CHECK


def test_evidence_is_listed_with_a_named_remove_button_each() -> None:
    doc = parse(render("checklist", FULL))
    region = one(doc, '[data-region="evidence"]')
    buttons = region.select('button[data-action="remove-evidence"]')
    assert [b["aria-label"] for b in buttons] == ["Quitar «Captura del error»", "Quitar «Factura»"]
    assert [b["data-index"] for b in buttons] == ["0", "1"]
    entry = one(doc, "[data-evidence-input]")
    assert label_text(doc, entry) == labels.FIELD_LABELS["evidence"]
    assert text_of(one(doc, 'button[data-action="add-evidence"]')) == labels.ADD


def test_interactions_item_counts_the_log_entries_and_links_to_the_log() -> None:
    doc = parse(render("checklist", FULL))
    region = one(doc, '[data-region="interactions-count"]')
    assert "Interacciones anotadas en tu registro: 2." in text_of(region)
    assert one(region, "a")["href"] == "/guia/herramientas/registro/"


# --- message builder -------------------------------------------------------------------


def builder(prefs: BuilderPrefs, case: CaseFile = CASE) -> BeautifulSoup:
    log = CaseLog(cases=(case,), active_id=case.id)
    return parse(draft_html(View(log=log, today=TODAY, builder=prefs)))


def test_email_draft_has_a_copyable_subject_with_the_case_number() -> None:
    doc = builder(BuilderPrefs())
    subject = one(doc, "#stc-builder-subject")
    assert subject.has_attr("readonly")
    assert label_text(doc, subject) == labels.SUBJECT
    assert subject["value"].startswith("Seguimiento – Caso #48213 – ")
    copy = one(doc, '[data-target="stc-builder-subject"]')
    assert text_of(copy) == labels.COPY_SUBJECT


def test_email_draft_has_an_editable_body_and_a_mailto_link() -> None:
    doc = builder(BuilderPrefs())
    body = one(doc, "#stc-builder-draft-body")
    assert label_text(doc, body) == labels.BODY
    assert body["data-public"] == "no"
    assert body.get_text().startswith("Hola, Laura:")
    assert "48213" in body.get_text()
    link = one(doc, "a[data-mailto]")
    assert link["href"].startswith("mailto:?subject=Seguimiento%20%E2%80%93%20Caso%20%2348213")
    assert text_of(link) == labels.OPEN_MAIL
    assert labels.EDITABLE_HINT in text_of(doc)


def test_escalation_request_changes_the_subject() -> None:
    subject = one(builder(BuilderPrefs(escalate=True)), "#stc-builder-subject")
    assert subject["value"].startswith("Solicitud de escalado – Caso #48213")


def test_subject_without_a_case_number_shows_the_placeholder() -> None:
    subject = one(parse(draft_html(View(today=TODAY))), "#stc-builder-subject")
    assert subject["value"] == "Seguimiento – Caso [número de caso]"


@pytest.mark.parametrize("channel", [Channel.PORTAL, Channel.CHAT, Channel.PHONE])
def test_only_email_has_a_subject_and_a_mail_link(channel: Channel) -> None:
    doc = builder(BuilderPrefs(channel=channel))
    assert doc.select("#stc-builder-subject") == []
    assert doc.select("a[data-mailto]") == []
    assert len(doc.select("textarea[data-draft]")) == 1


def test_phone_channel_is_a_call_script() -> None:
    doc = builder(BuilderPrefs(channel=Channel.PHONE))
    script = one(doc, "#stc-builder-draft-body")
    assert label_text(doc, script) == labels.PHONE_SCRIPT
    assert "48213" in script.get_text()


def test_social_channel_splits_a_public_post_from_a_private_message() -> None:
    doc = builder(BuilderPrefs(channel=Channel.SOCIAL))
    public = one(doc, "#stc-builder-draft-body")
    private = one(doc, "#stc-builder-draft-private")
    assert (public["data-public"], private["data-public"]) == ("yes", "no")
    assert label_text(doc, public) == labels.PUBLIC_POST
    assert label_text(doc, private) == labels.PRIVATE_MESSAGE
    assert "48213" not in public.get_text()
    assert "48213" in private.get_text()


def test_calm_social_post_has_no_warnings() -> None:
    doc = builder(BuilderPrefs(channel=Channel.SOCIAL))
    for box in doc.select("[data-warnings-for]"):
        assert not box.has_attr("aria-live")
        assert text_of(box) == labels.NO_WARNINGS
        said = one(doc, f"#{box['data-warnings-for']}-said")
        assert said["role"] == "status" and text_of(said) == "Sin avisos sobre el texto."


def test_aggressive_company_name_in_the_public_post_is_warned_about() -> None:
    case = replace(CASE, company="ESTAFADORES")
    doc = builder(BuilderPrefs(channel=Channel.SOCIAL), case)
    public = one(doc, "#stc-builder-draft-body")
    assert "ESTAFADORES" in public.get_text()
    warnings = one(doc, f'[data-warnings-for="{public["id"]}"]')
    assert labels.WARNINGS_TITLE in text_of(warnings)
    assert "«ESTAFADORES» puede sonar ofensivo" in text_of(warnings)


def test_public_text_with_the_case_number_gets_a_privacy_warning() -> None:
    text = "Mi caso 48213 sigue sin respuesta"
    public = check_text(text, CASE, public=True)
    assert [f.kind for f in public] == ["case_number"]
    assert check_text(text, CASE, public=False) == []


def test_tone_is_checked_in_private_messages_too() -> None:
    found = check_text("¿¿¿Nadie responde???", CASE, public=False)
    assert [f.kind for f in found] == ["punctuation", "punctuation"]
    assert [f.kind for f in check_text("¡CONTESTEN YA DE UNA VEZ!", CASE, public=True)] == [
        "shouting"
    ]


def test_findings_are_listed_under_a_title() -> None:
    found = check_text("Mi caso 48213 sigue igual!!!", CASE, public=True)
    assert [f.kind for f in found] == ["case_number", "punctuation"]
    doc = parse(findings_html(found))
    assert text_of(one(doc, ".stc-warn-title")) == labels.WARNINGS_TITLE
    assert [text_of(li) for li in doc.select("li")] == [f.message for f in found]


def test_finding_messages_quoting_the_readers_text_are_escaped() -> None:
    case = replace(CASE, case_number="<b>48213</b>")
    found = check_text("Mi caso <b>48213</b>", case, public=True)
    assert [f.excerpt for f in found] == ["<b>48213</b>"]
    doc = parse(findings_html(found))
    assert doc.find("b") is None
    assert "(<b>48213</b>)" in text_of(one(doc, "li"))


def test_no_findings_reads_as_reassurance() -> None:
    assert text_of(parse(findings_html([]))) == labels.NO_WARNINGS


def test_channel_tabs_mark_exactly_the_chosen_channel() -> None:
    doc = parse(render("builder", replace(FULL, builder=BuilderPrefs(channel=Channel.CHAT))))
    tablist = one(doc, '[role="tablist"]')
    assert tablist["aria-label"] == labels.CHANNELS_LABEL
    tabs = tablist.select('[role="tab"]')
    assert [text_of(t) for t in tabs] == [labels.CHANNEL_NAMES[c] for c in Channel]
    chosen = [t for t in tabs if t["aria-selected"] == "true"]
    assert [t["data-value"] for t in chosen] == ["chat"]
    assert [t["tabindex"] for t in tabs if t["aria-selected"] == "false"] == ["-1"] * 4
    panel = one(doc, '[role="tabpanel"]')
    assert panel["aria-labelledby"] == chosen[0]["id"]
    assert panel["data-region"] == "draft"


def test_builder_shows_the_case_fields_the_message_uses() -> None:
    doc = parse(render("builder", FULL))
    fields = [c["data-field"] for c in doc.select(".stc-grid [data-field]")]
    assert fields == [
        "case_number",
        "company",
        "opened",
        "summary",
        "agent_name",
        "new_info",
        "country",
        "sector",
        "signer_name",
    ]


def test_goal_and_escalation_preferences_are_shown() -> None:
    prefs = BuilderPrefs(goal=Goal.ESTIMATE, escalate=True)
    doc = parse(render("builder", replace(FULL, builder=prefs)))
    goal = one(doc, '[data-pref="goal"]')
    assert label_text(doc, goal) == labels.GOAL_LABEL
    assert [o["value"] for o in goal.find_all("option", selected=True)] == ["estimate"]
    assert one(doc, '[data-pref="escalate"]').has_attr("checked")
    plain = parse(render("builder", FULL))
    assert not one(plain, '[data-pref="escalate"]').has_attr("checked")


# --- wizard advice ---------------------------------------------------------------------


def test_section_link_goes_to_the_page_and_its_anchor() -> None:
    assert section_link("/guia/", "escalar#como-escalar") == "/guia/escalar/#como-escalar"
    assert section_link("../", "canales") == "../canales/"


def advice_view(case: CaseFile, state: WizardState, today: dt.date) -> View:
    return View(
        log=CaseLog(cases=(case,), active_id=case.id), today=today, base="/guia/", wizard=state
    )


def test_advice_without_an_opening_date_asks_for_it() -> None:
    doc = parse(advice_html(advice_view(CaseFile(id="x"), WizardState(step=7), TODAY)))
    assert text_of(doc) == labels.OPENED_REQUIRED


def test_too_soon_advice_says_until_when_and_offers_no_message() -> None:
    monday = dt.date(2026, 11, 2)
    case = CaseFile(id="x", opened=monday, channel=Channel.EMAIL)
    doc = parse(advice_html(advice_view(case, WizardState(step=7), monday)))
    assert text_of(doc).count("Espera hasta el 3 de noviembre de 2026") == 1  # said once
    assert doc.select('[data-action="write-message"]') == []
    assert text_of(one(doc, '[data-action="wizard-restart"]')) == labels.RESTART


def test_advice_lists_its_reasons_each_linked_to_the_guide() -> None:
    case = CaseFile(id="x", opened=dt.date(2026, 11, 2), channel=Channel.PORTAL)
    state = WizardState(step=7, follow_ups=2, channels=frozenset({Channel.PORTAL}))
    view = advice_view(case, state, TODAY)
    situation = wizard.situation(state, case)
    assert situation is not None
    advice = escalation.advise(situation, TODAY)
    assert advice.action is escalation.Action.ESCALATE
    doc = parse(advice_html(view))
    heading = one(doc, "#stc-wizard-result")
    assert (heading.name, text_of(heading)) == ("h3", advice.headline)
    items = doc.select("ul > li")
    assert [text_of(li).removesuffix(" Por qué") for li in items] == [
        r.text for r in advice.reasons
    ]
    hrefs = [one(li, "a")["href"] for li in items]
    assert "/guia/escalar/#cuando-escalar" in hrefs
    assert all(h.startswith("/guia/") and "/#" in h for h in hrefs)
    assert advice.how in text_of(doc)


def test_advice_to_act_offers_to_write_that_message_on_its_channel() -> None:
    case = CaseFile(id="x", opened=dt.date(2026, 11, 2), channel=Channel.CHAT)
    doc = parse(advice_html(advice_view(case, WizardState(step=7, follow_ups=0), TODAY)))
    button = one(doc, '[data-action="write-message"]')
    assert (button["data-advice"], button["data-channel"]) == ("follow_up", "chat")
    assert text_of(button) == labels.WRITE_THIS


def test_advice_without_a_known_channel_leaves_the_channel_to_the_reader() -> None:
    case = CaseFile(id="x", opened=dt.date(2026, 11, 2))
    doc = parse(advice_html(advice_view(case, WizardState(step=7, follow_ups=0), TODAY)))
    assert one(doc, '[data-action="write-message"]')["data-channel"] == ""


# --- case log --------------------------------------------------------------------------


def test_case_table_has_a_row_per_case_with_its_progress() -> None:
    doc = parse(render("caselog", FULL))
    table = one(doc, '[data-region="cases-table"] table')
    assert text_of(one(table, "caption")) == labels.CASES_TABLE
    heads = table.select("thead th")
    assert [text_of(h) for h in heads] == list(labels.TABLE_HEADERS)
    assert all(h["scope"] == "col" for h in heads)
    rows = [[text_of(td) for td in tr.find_all("td")] for tr in table.select("tbody tr")]
    assert rows == [
        ["Router averiado", "Red Rápida", "05/11/2026", "16/11/2026", "—", "9 de 9 listos"],
        ["Caso #777", "Luz Sur", "—", "—", "—", "1 de 9 listos"],
    ]


def test_empty_log_says_there_are_no_cases_yet() -> None:
    doc = parse(render("caselog"))
    cell = one(doc, '[data-region="cases-table"] tbody td')
    assert (text_of(cell), cell["colspan"]) == (labels.NO_CASES, "6")
    assert text_of(one(doc, '[data-region="timeline"]')) == labels.TIMELINE_EMPTY


def test_timeline_lists_each_entry_with_date_channel_kind_agent_and_note() -> None:
    doc = parse(render("caselog", FULL))
    entries = one(doc, '[data-region="timeline"]').find_all("li", recursive=False)
    heads = [text_of(li.find("p")) for li in entries]
    assert heads == [
        "5 de noviembre de 2026 · Teléfono · Contacto o respuesta · Laura",
        "9 de noviembre de 2026 · Correo electrónico · Seguimiento que enviaste",
    ]
    assert text_of(entries[0].find_all("p")[1]) == "Dijo"
    removes = [one(li, '[data-action="remove-entry"]') for li in entries]
    assert [b["data-index"] for b in removes] == ["0", "1"]
    assert removes[0]["aria-label"] == "Quitar «5 de noviembre de 2026»"


def test_entry_form_defaults_to_today_and_the_cases_channel() -> None:
    chat_case = replace(CASE, channel=Channel.CHAT)
    doc = parse(render("caselog", replace(FULL, log=CaseLog((chat_case,), "c-1"))))
    form = one(doc, "form[data-entry-form]")
    assert one(form, "#stc-caselog-entry-date")["value"] == "2026-11-12"
    selected = one(form, "#stc-caselog-entry-channel").find_all("option", selected=True)
    assert [o["value"] for o in selected] == ["chat"]
    kind = one(form, "#stc-caselog-entry-kind").find_all("option", selected=True)
    assert [o["value"] for o in kind] == ["contact"]
    assert text_of(one(form, 'button[type="submit"]')) == labels.ADD_ENTRY


def test_entry_form_defaults_to_email_when_the_channel_is_unknown() -> None:
    doc = parse(render("caselog", View(today=TODAY)))
    selected = one(doc, "#stc-caselog-entry-channel").find_all("option", selected=True)
    assert [o["value"] for o in selected] == ["email"]


def test_entry_errors_are_shown_next_to_their_field() -> None:
    view = replace(FULL, errors={"entry-date": "Indica la fecha."})
    doc = parse(render("caselog", view))
    error = one(doc, "#stc-caselog-entry-date-error")
    assert (text_of(error), error["aria-live"]) == ("Indica la fecha.", "polite")
    assert one(doc, "#stc-caselog-entry-date")["aria-describedby"] == error["id"]


def test_case_log_offers_backups_and_warns_where_data_lives() -> None:
    doc = parse(render("caselog", replace(FULL, errors={"import": "Archivo dañado"})))
    for action, text in [
        ("export-csv", labels.EXPORT_CSV),
        ("export-json", labels.EXPORT_JSON),
        ("export-ics", labels.EXPORT_ICS),
        ("clear-all", labels.CLEAR_ALL),
    ]:
        assert text_of(one(doc, f'[data-action="{action}"]')) == text
    upload = one(doc, 'input[type="file"]')
    assert label_text(doc, upload) == labels.IMPORT_JSON
    assert text_of(one(doc, "#stc-caselog-import-error")) == "Archivo dañado"
    assert labels.STORAGE_WARNING in text_of(doc)
    assert one(doc, "[data-persist-status]")["role"] == "status"


# --- user text never becomes markup ----------------------------------------------------

PAYLOADS = (
    '<script>alert("stc")</script>',
    '<img src=x onerror="alert(1)">',
    '" autofocus onfocus="alert(1)',
    "' onmouseover='alert(1)",
    "Tom & Jerry's <b>",
)
# Substrings that can only be in the output if a payload was written unescaped.
RAW_MARKERS = ("<script", "<img", '" autofocus', "' onmouseover", "<b>")
hostile = st.builds(
    lambda before, payload, after: before + payload + after,
    texts,
    st.sampled_from(PAYLOADS),
    texts,
)


@st.composite
def hostile_views(draw: st.DrawFn) -> tuple[View, CaseFile]:
    base = draw(case_files())
    case = base.with_changes(
        id=draw(hostile),
        title=draw(hostile),
        case_number=draw(hostile),
        company=draw(hostile),
        summary=draw(hostile),
        new_info=draw(hostile),
        agent_name=draw(hostile),
        evidence=tuple(draw(st.lists(hostile, min_size=1, max_size=2))),
        interactions=tuple(
            replace(i, agent=draw(hostile), note=draw(hostile)) for i in base.interactions
        ),
    )
    others = tuple(c for c in draw(case_logs()).cases if c.id != case.id)
    view = View(
        log=CaseLog(cases=(*others, case), active_id=case.id),
        today=draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
        base=draw(st.sampled_from(["", "../", "/guia/"])),
        builder=BuilderPrefs(
            channel=draw(st.sampled_from(Channel)),
            goal=draw(st.sampled_from(Goal)),
            escalate=draw(st.booleans()),
        ),
        wizard=WizardState(
            step=draw(st.integers(0, len(wizard.STEPS))),
            follow_ups=draw(st.none() | st.integers(0, 50)),
            channels=draw(st.none() | st.frozensets(st.sampled_from(Channel))),
            escalated=draw(st.none() | st.booleans()),
            error=draw(st.sampled_from(["", labels.FOLLOW_UPS_INVALID])),
        ),
        notice=draw(hostile),
        errors={"case_number": draw(hostile)},
    )
    return view, case


# Rendering all four tools per example can pass 200 ms on a busy machine: this test is
# about escaping, not speed.
@settings(deadline=None)
@given(hostile_views())
def test_user_text_is_always_escaped_in_every_tool(drawn: tuple[View, CaseFile]) -> None:
    view, case = drawn
    for tool in TOOLS:
        markup = render(tool, view)
        for marker in RAW_MARKERS:
            assert marker not in markup, (tool, marker)
        doc = parse(markup)
        assert doc.find(["script", "img", "b"]) is None
        for node in doc.find_all(True):
            assert not [a for a in node.attrs if a.startswith("on") or a == "autofocus"], node
        assert html.escape(case.display_name()) in markup
        # What the reader typed comes back exactly as typed.
        assert one(doc, f"#stc-{tool}-title")["value"] == case.title
        assert one(doc, f"#stc-{tool}-case").find("option", selected=True)["value"] == case.id
        assert text_of(one(doc, '[data-region="notice"]')) == " ".join(view.notice.split())


@given(case_files(), st.sampled_from(PAYLOADS))
def test_escaped_payload_reaches_the_page_as_text(case: CaseFile, payload: str) -> None:
    case = case.with_changes(case_number=payload, summary=payload)
    view = View(log=CaseLog(cases=(case,), active_id=case.id), today=TODAY)
    markup = render("builder", view)
    assert payload not in markup
    assert html.escape(payload) in markup
    doc = parse(markup)
    assert one(doc, "#stc-builder-case_number")["value"] == payload
    assert one(doc, "#stc-builder-summary").get_text() == payload
