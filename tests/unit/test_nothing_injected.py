"""Nothing injected (issue 21): what leaves the tools — a mail link, a spreadsheet, a
calendar file — carries no control character and nothing another program would run."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

from followup import messages, render, validation
from followup.controller import State, update
from followup.model import CaseFile, Channel
from followup.render import View
from followup.storage import CaseLog

TODAY = dt.date(2026, 11, 12)
HEADER_INJECTION = "48213\r\nBcc: espia@example.com"


def mail_fields(link: str) -> dict[str, list[str]]:
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    return parse_qs(parts.query, keep_blank_values=True)


def test_a_line_break_in_a_stored_case_number_adds_no_header_to_the_mail_link() -> None:
    case = CaseFile(id="c-1", case_number=HEADER_INJECTION, company="Conecta")
    view = View(log=CaseLog(cases=(case,), active_id="c-1"), today=TODAY)
    page = BeautifulSoup(render.render("builder", view), "html.parser")
    link = page.select_one("a[data-mailto]")
    assert link is not None
    fields = mail_fields(str(link["href"]))
    (subject,) = fields["subject"]
    assert "\r" not in subject and "\n" not in subject and "Bcc: espia" in subject
    assert "%0D" not in str(link["href"]).split("&body=")[0].upper()


def test_the_edited_draft_opens_in_the_mail_app_with_one_line_subject() -> None:
    state = State(log=CaseLog(cases=(CaseFile(id="c-1"),), active_id="c-1"), tools=("builder",))
    click = {
        "type": "click",
        "tag": "A",
        "today": "2026-11-12",
        "hooks": {"action": "open-mail", "subject": HEADER_INJECTION},
        "target_value": "Hola\x00\x1b,\nsigo esperando.\x07",
    }
    _, effects = update(state, click)
    (navigate,) = [e for e in effects if e["effect"] == "navigate"]
    fields = mail_fields(navigate["url"])
    assert fields["subject"] == ["48213 Bcc: espia@example.com"]
    assert fields["body"] == ["Hola,\r\nsigo esperando."]


@given(st.text(max_size=60), st.text(max_size=200))
def test_no_mail_link_carries_a_control_character(subject: str, body: str) -> None:
    draft = messages.Draft(channel=Channel.EMAIL, subject=subject, body=body, public=False)
    link = messages.mailto_link(draft)
    fields = mail_fields(link)
    assert all(not validation.CONTROLS.search(v) for vs in fields.values() for v in vs)
    assert all("\r" not in s and "\n" not in s for s in fields.get("subject", []))
    (text,) = fields["body"]
    assert "\n" not in text.replace("\r\n", "")  # a body's lines end with CRLF only
    assert "\r" not in text.replace("\r\n", "")
