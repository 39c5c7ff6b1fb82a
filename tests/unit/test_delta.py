"""Only what changed is sent: render effects trimmed to the regions whose HTML changed."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bs4 import BeautifulSoup

from followup import delta, storage
from followup.worker import Session

from .test_controller import LOG, dom, event, field_event


def regions_of(markup: str) -> dict[str, str]:
    return {name: html for name, (_, html) in delta.regions(markup).items()}


def applied(page: dict[str, str], render: dict[str, Any], tool: str) -> dict[str, str]:
    """The page's regions after the bridge swaps those the render carries."""
    return {**page, **regions_of(render["tools"].get(tool, ""))}


def renders(effects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in effects if e["effect"] == "render"]


def test_regions_are_the_outermost_marked_elements_with_their_whole_markup() -> None:
    markup = (
        '<section><div data-region="a" class="x"><div><p data-region="inner">1</p></div></div>'
        '<p>between</p><span data-region="b">2 <span>3</span></span></section>'
    )
    found = delta.regions(markup)
    assert list(found) == ["a", "b"]
    assert found["a"] == (
        "div",
        '<div data-region="a" class="x"><div><p data-region="inner">1</p></div></div>',
    )
    assert found["b"] == ("span", '<span data-region="b">2 <span>3</span></span>')
    # <p> must not count <pre> or <path>: the closing tag is matched by name.
    assert (
        delta.regions('<p data-region="c"><path/></p>')["c"][1] == '<p data-region="c"><path/></p>'
    )


def test_a_region_that_never_closes_is_refused() -> None:
    with pytest.raises(ValueError):
        delta.regions('<div data-region="a"><div></div>')


def test_a_keystroke_sends_only_the_regions_it_changed_and_the_page_ends_up_the_same() -> None:
    session = Session()
    mount = event("mount", tools=["caselog"], base="../", stored=storage.serialize(LOG))
    [whole] = renders(json.loads(session.handle(json.dumps(mount))))
    assert whole["mode"] == "whole"
    page = regions_of(whole["tools"]["caselog"])

    typed = field_event("company", "Luz del Norte", tool="caselog")
    [trimmed] = renders(json.loads(session.handle(json.dumps(typed))))
    # The same event on a fresh controller state: what the page would have been sent whole.
    full_session = Session()
    full_session.handle(json.dumps(mount))
    full_session.sent = NoTrim()
    [full] = renders(json.loads(full_session.handle(json.dumps(typed))))

    full_regions = regions_of(full["tools"]["caselog"])
    sent = regions_of(trimmed["tools"]["caselog"])
    assert sent and len(sent) < len(full_regions)
    assert all(page[name] != html for name, html in sent.items())  # only what changed
    assert applied(page, trimmed, "caselog") == full_regions
    # The bridge parses the tool's HTML and reads its first element: one wrapper.
    wrapper = BeautifulSoup(trimmed["tools"]["caselog"], "html.parser").contents
    assert len(wrapper) == 1 and wrapper[0].name == "div"
    assert len(json.dumps(trimmed)) < len(json.dumps(full)) / 2


def test_a_render_that_changes_nothing_on_the_page_is_not_sent() -> None:
    session = Session()
    mount = event("mount", tools=["builder"], base="../", stored=storage.serialize(LOG))
    session.handle(json.dumps(mount))
    channel = dom("click", hooks={"action": "channel", "value": "email"}, tag="BUTTON")
    session.handle(json.dumps(channel))
    again = json.loads(session.handle(json.dumps(channel)))
    assert renders(again) == []


def test_after_the_page_changes_a_region_itself_every_region_is_sent_again() -> None:
    """`inner` (the draft's warnings) and `copy` (its status line) change markup inside a
    region: what was sent is no longer what the page shows."""
    for effect in ({"effect": "inner", "id": "x", "html": ""}, {"effect": "copy", "text": ""}):
        sent = delta.Sent()
        markup = '<section><p data-region="a">1</p><p data-region="b">2</p></section>'
        sent.trim([{"effect": "render", "mode": "whole", "tools": {"t": markup}}])
        assert sent.trim([{"effect": "render", "mode": "regions", "tools": {"t": markup}}]) == []
        sent.trim([effect])
        [again] = sent.trim([{"effect": "render", "mode": "regions", "tools": {"t": markup}}])
        assert regions_of(again["tools"]["t"]) == regions_of(markup)


def test_attributes_are_sent_when_they_change() -> None:
    sent = delta.Sent()
    invalid = {"f": {"aria-invalid": "true"}, "g": {"aria-invalid": None}}
    render = {"effect": "render", "mode": "regions", "tools": {}, "attributes": invalid}
    [first] = sent.trim([render])
    assert first["attributes"] == invalid
    assert sent.trim([render]) == []
    fixed = {**render, "attributes": {"f": {"aria-invalid": None}, "g": {"aria-invalid": None}}}
    [second] = sent.trim([fixed])
    assert second["attributes"] == {"f": {"aria-invalid": None}}


def test_table_rows_as_regions_go_whole_since_a_div_cannot_hold_them() -> None:
    sent = delta.Sent()
    before = '<table><tr data-region="r">1</tr></table>'
    after = '<table><tr data-region="r">2</tr></table>'
    sent.trim([{"effect": "render", "mode": "whole", "tools": {"t": before}}])
    [render] = sent.trim([{"effect": "render", "mode": "regions", "tools": {"t": after}}])
    assert render["tools"]["t"] == after


def test_markup_it_cannot_read_is_sent_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    session = Session()
    session.sent.regions["t"] = {"a": "<p>old</p>"}
    broken = {"effect": "render", "mode": "regions", "tools": {"t": '<div data-region="a">'}}
    monkeypatch.setattr("followup.controller.update", lambda state, e: (state, [broken]))
    assert json.loads(session.handle(json.dumps(event("input")))) == [broken]
    assert session.sent.regions == {}  # the next render is sent whole too


class NoTrim(delta.Sent):
    def trim(self, effects: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return effects
