"""Two and three tabs on one case log, interleaved every way Hypothesis finds, closed at
random points (issue 21): whatever a tab showed as saved ends up in storage.

Each tab runs the page's own saving code (docs/assets/herramientas-guardado.js, in Node:
tests/unit/tabs_sim.mjs) and its own worker (followup.worker, here on CPython). This test
plays the reader and the browser and picks the order of every step: the reader types in
a field or adds an entry to the timeline, a worker answers, a debounce timer fires, a
`storage` event reaches a tab, a tab is hidden, reloaded or closed, a new tab opens, storage
fills up or gets room again (a tab is never closed while it is full: the reader is told that
what storage has no room for stays only in the tab, and across a reload). At the end every
open tab settles, a new tab opens (as the reader's next visit) and settles, and then:

- every entry a tab showed in its timeline is stored;
- every field shows, stored, the last value its tab showed (each tab types in its own
  field, so no other tab overwrote it);
- every open tab shows what is stored.

A second test keeps two or three tabs (reloaded, never closed) and has each read storage
from its own copy, as Chromium does, which another tab's write reaches only with its
`storage` event: between two acts of the reader, two tabs can both write over a document
one of them had not seen yet, and the later write hides the earlier one
(tests/unit/tabs_sim.mjs). The same three things must hold. The forks it found are replayed
at the end, each as the reader met it.

`STC_TAB_EXAMPLES` sets how many interleavings run (`make test` runs a few hundred; the
issue's ten thousand: `STC_TAB_EXAMPLES=10000 pytest tests/unit/test_tabs.py`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup import recheck, storage
from followup.model import CaseFile
from followup.storage import STORAGE_KEY, CaseLog
from followup.worker import Session

HARNESS = Path(__file__).with_name("tabs_sim.mjs")
NODE = shutil.which("node")
FIELDS = ("company", "summary", "agent_name", "new_info")  # one per tab, in opening order
START = storage.serialize(CaseLog(cases=(CaseFile(id="c", case_number="48213"),), active_id="c"))
EXAMPLES = int(os.environ.get("STC_TAB_EXAMPLES", "300"))

pytestmark = pytest.mark.skipif(NODE is None, reason="Node runs the page's saving code")


class Harness:
    def __init__(self) -> None:
        assert NODE is not None
        self.process = subprocess.Popen(
            [NODE, str(HARNESS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def call(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self.process.stdout.readline())
        assert "error" not in answer, answer.get("error")
        return answer

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    running = Harness()
    yield running
    running.close()


@dataclass
class Tab:
    worker: Session = field(default_factory=Session)
    queue: list[dict[str, Any]] = field(default_factory=list)  # posted, not answered
    open: bool = True
    events: int = 0
    timer: bool = False


@dataclass
class World:
    harness: Harness
    tabs: list[Tab] = field(default_factory=list)
    shown_fields: dict[str, str] = field(default_factory=dict)  # field -> last value shown
    shown_notes: set[str] = field(default_factory=set)
    typed: int = 0
    trace: list[str] = field(default_factory=list)
    full: bool = False

    def do(self, **command: Any) -> dict[str, Any]:
        answer = self.harness.call(**command)
        for tab, status in zip(self.tabs, answer["tabs"], strict=False):
            tab.queue += status["posted"]
            tab.open, tab.events, tab.timer = status["open"], status["events"], status["timer"]
        if "tab" in answer and answer["tab"] == len(self.tabs):
            status = answer["tabs"][-1]
            self.tabs.append(Tab(queue=status["posted"]))
        return answer

    def stamp(self) -> dict[str, Any]:
        self.typed += 1
        return {"today": "2026-11-12", "now": f"2026-11-12T10:{self.typed:02d}:00.000Z"}

    # --- what the reader and the browser do ----------------------------------------------

    def open_tab(self) -> None:
        self.trace.append("open")
        self.do(op="open")

    lagging: bool = False  # each tab reads its own copy of storage (see tabs_sim.mjs)

    def act(self) -> None:
        """The reader acts: by then every tab's copy of storage has caught up (see `fresh`)."""
        if self.lagging:
            self.do(op="fresh")

    def type_field(self, i: int) -> None:
        self.act()
        name = FIELDS[i % len(FIELDS)]
        value = f"t{i}-{self.typed}"
        event = {"type": "input", "hooks": {"field": name}, "value": value, "control": "text"}
        self.trace.append(f"type {i} {name}={value}")
        self.do(op="send", tab=i, event={**event, **self.stamp()})

    def add_entry(self, i: int) -> None:
        self.act()
        note = f"n{i}-{self.typed}"
        form = {"date": "2026-11-04", "channel": "email", "note": note}
        event = {"type": "submit", "hooks": {"entry-form": ""}, "form": form}
        self.trace.append(f"entry {i} {note}")
        self.do(op="send", tab=i, event={**event, **self.stamp()})

    def answer(self, i: int) -> None:
        """Tab i's worker answers its oldest message; the page applies the answer."""
        tab = self.tabs[i]
        event = tab.queue.pop(0)
        effects = json.loads(tab.worker.handle(json.dumps(event)))
        assert not [e for e in effects if e["effect"] == "failed"], effects
        self.trace.append(f"answer {i} {event['type']}")
        self.do(op="answer", tab=i, effects=effects)
        # Shown: the page now shows what the worker made of the edit.
        if event["type"] == "input":
            name = event["hooks"]["field"]
            case = tab.worker.state.log.active()
            if case is not None and getattr(case, name) == event["value"]:
                self.shown_fields[name] = event["value"]
        if event["type"] == "submit":
            self.shown_notes.add(event["form"]["note"])

    def reload(self, i: int) -> None:
        """The page goes and comes back: a new worker; its session storage stays."""
        self.act()
        self.trace.append(f"reload {i}")
        self.tabs[i].worker = Session()
        self.tabs[i].queue = []
        self.do(op="reload", tab=i)

    def storage_full(self, on: bool) -> None:
        self.trace.append(f"storage full {on}")
        self.full = on
        self.do(op="full", on=on)

    def step(self, kind: str, i: int) -> None:
        if kind in ("timer", "deliver", "hide", "close"):
            if kind in ("hide", "close"):
                self.act()
            self.trace.append(f"{kind} {i}")
            self.do(op=kind, tab=i)
        elif kind == "full":
            self.storage_full(not self.full)
        else:
            getattr(self, kind)(i)

    def enabled(self) -> list[tuple[str, int]]:
        steps: list[tuple[str, int]] = []
        for i, tab in enumerate(self.tabs):
            if not tab.open:
                continue
            steps += [("type_field", i), ("add_entry", i)]
            steps.append(("reload", i))
            if not self.full:  # a tab closed while storage is full loses what it could not
                steps.append(("hide", i))  # save: the reader was told so
                if not self.lagging:
                    steps.append(("close", i))
            if tab.queue:
                steps += [("answer", i)] * 3
            if tab.timer:
                steps += [("timer", i)] * 2
            if tab.events:
                steps += [("deliver", i)] * 2
        return steps

    def settle(self) -> None:
        """Every open tab answers, fires and receives whatever is pending, until nothing is."""
        for _ in range(2000):
            pending = [
                (kind, i)
                for i, tab in enumerate(self.tabs)
                if tab.open
                for kind, waiting in (("answer", tab.queue), ("deliver", tab.events))
                if waiting
            ]
            if not pending:
                pending = [("timer", i) for i, t in enumerate(self.tabs) if t.open and t.timer]
            if not pending:
                return
            self.step(*pending[0])
        raise AssertionError("the tabs never settled:\n" + "\n".join(self.trace[-60:]))

    def stored(self) -> CaseLog:
        items = self.harness.call(op="storage")["items"]
        return recheck.read(items[STORAGE_KEY])


def check(world: World) -> None:
    if world.full:
        world.storage_full(False)  # the reader made room
        for i, tab in enumerate(world.tabs):
            if tab.open:
                world.reload(i)  # and reloaded: what storage had no room for comes back
    world.settle()
    for i, tab in enumerate(world.tabs):  # the reader leaves each tab (or switches away)
        if tab.open:
            world.step("hide", i)
    world.settle()
    world.open_tab()  # the reader's next visit merges what a closing tab could not save
    world.settle()
    log = world.stored()
    trace = "\n".join(world.trace)
    (case,) = log.cases
    notes = {entry.note for entry in case.interactions}
    assert world.shown_notes <= notes, f"lost entries {world.shown_notes - notes}\n{trace}"
    for name, value in world.shown_fields.items():
        assert getattr(case, name) == value, (
            f"{name}: {getattr(case, name)!r} != {value!r}\n{trace}"
        )
    for tab in world.tabs:
        if tab.open:
            assert tab.worker.state.log.cases == log.cases, f"a tab shows another log\n{trace}"


def play(harness: Harness, tabs: int, data: Any, *, lagging: bool) -> None:
    world = World(harness, lagging=lagging)
    harness.call(op="reset", stored=START, lag=lagging)
    for _ in range(tabs):
        world.open_tab()
    opened = tabs
    for _ in range(data.draw(st.integers(5, 60), label="steps")):
        steps = world.enabled()
        if not lagging:  # new tabs, and storage filling up and getting room again
            if opened < tabs + 1:
                steps.append(("open_tab", -1))
            steps.append(("full", -1))
        if not steps:
            break
        kind, i = data.draw(st.sampled_from(steps), label="step")
        if kind == "open_tab":
            opened += 1
            world.open_tab()
        else:
            world.step(kind, i)
    check(world)


EXAMPLES_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@EXAMPLES_SETTINGS
@given(tabs=st.sampled_from([2, 3]), data=st.data())
def test_nothing_a_tab_showed_as_saved_is_lost(harness: Harness, tabs: int, data: Any) -> None:
    play(harness, tabs, data, lagging=False)


# The same examples on every run of `make test` unless STC_TAB_EXAMPLES asks for more (each
# fork this saver mends took Hypothesis a thousand examples or more to find first): CI must
# not fail at random.
@settings(EXAMPLES_SETTINGS, derandomize="STC_TAB_EXAMPLES" not in os.environ)
@given(tabs=st.sampled_from([2, 3]), data=st.data())
def test_tabs_that_read_storage_late_lose_nothing_when_both_write_at_once(
    harness: Harness, tabs: int, data: Any
) -> None:
    play(harness, tabs, data, lagging=True)


def replay(harness: Harness, tabs: int, steps: list[tuple[str, int]]) -> None:
    """One interleaving, step by step, on lagging tabs (as `play` draws them)."""
    world = World(harness, lagging=True)
    harness.call(op="reset", stored=START, lag=True)
    for _ in range(tabs):
        world.open_tab()
    for kind, i in steps:
        world.step(kind, i)
    check(world)


def test_a_tab_reloaded_as_another_writes_finds_the_ancestor(harness: Harness) -> None:
    """Tab B reloads (its page writes as it goes) while tab A writes «Empresa» over an older
    document: A's write hides B's, and the page B comes back to read only B's. It merges
    A's document on what the page before it knew, and keeps A's latest value."""
    replay(
        harness,
        2,
        [
            *[("type_field", 0), ("answer", 0), ("answer", 0), ("reload", 0), ("reload", 1)],
            *[("type_field", 0), ("type_field", 0), ("answer", 0), ("answer", 0), ("answer", 1)],
            *[("reload", 1), ("answer", 0), ("timer", 0)],
        ],
    )


def test_a_tab_hidden_twice_while_each_record_is_hidden_keeps_its_latest_value(
    harness: Harness,
) -> None:
    """Tab B types twice in «Resumen», is hidden, then reloaded, each time while tab A
    writes over a document that does not hold B's record: B's latest summary is stored."""
    replay(
        harness,
        2,
        [
            *[("type_field", 0), ("answer", 0), ("type_field", 1), ("type_field", 1)],
            *[("answer", 1), ("answer", 0), ("reload", 0), ("answer", 0), ("answer", 1)],
            *[("hide", 1)],
            *[("timer", 0), ("answer", 1), ("reload", 1)],
        ],
    )


def test_a_page_reloaded_before_its_merge_is_answered_leaves_what_was_hidden(
    harness: Harness,
) -> None:
    """Tab A's page writes «Empresa» as it goes; tab C's write at the same moment hides it.
    A's next page has taken C's document in but not merged it when it goes too: A's write
    rides on the stored document, so the page after shows it and A's next value wins."""
    replay(
        harness,
        3,
        [
            *[("answer", 2), ("type_field", 0), ("type_field", 0), ("answer", 0)],
            *[("type_field", 2), ("answer", 2), ("answer", 0), ("answer", 1), ("reload", 0)],
            *[("timer", 2), ("reload", 0), ("type_field", 0)],
        ],
    )


def test_a_record_typed_on_a_hidden_document_is_made_on_it(harness: Harness) -> None:
    """Tab B's «Resumen» is hidden by tab C's write at the same moment; B merges C's document
    in, types again and reloads before saving: its record is made on both documents, so a
    reader that has the first summary takes the second."""
    replay(
        harness,
        3,
        [
            *[("answer", 1), ("type_field", 2), ("answer", 2), ("type_field", 1), ("answer", 1)],
            *[("answer", 2), ("hide", 1), ("timer", 2), ("type_field", 1), ("reload", 0)],
            *[("answer", 1), ("answer", 1), ("reload", 1)],
        ],
    )
