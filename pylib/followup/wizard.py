"""The "¿escalo ya?" wizard: its steps, its answers and how they become a `Situation`.

Every answer belongs to the case file: dates, the promised deadline and the impact are its
fields, and the counts the wizard asks for are kept in it too (`with_answers` / `store`),
so re-running the wizard on the same case gives the same advice. This state only says where
the reader is (the step) and what stops them (the error).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from followup import labels
from followup.escalation import Situation, situation_from_case
from followup.model import CaseFile, Channel

STEPS = ("opened", "last_contact", "sla", "follow_ups", "impact", "channels", "escalated")
RESULT = len(STEPS)


@dataclass(frozen=True)
class WizardState:
    step: int = 0
    follow_ups: int | None = None
    channels: frozenset[Channel] | None = None
    escalated: bool | None = None
    error: str = ""

    @property
    def finished(self) -> bool:
        return self.step >= RESULT

    def go(self, step: int) -> WizardState:
        return replace(self, step=max(0, min(RESULT, step)), error="")


def with_answers(state: WizardState, case: CaseFile) -> WizardState:
    """The wizard with the answers the case remembers."""
    return replace(
        state,
        follow_ups=case.declared_follow_ups,
        channels=case.channels_tried,
        escalated=case.escalated,
    )


def store(case: CaseFile, state: WizardState) -> CaseFile:
    """The case with the wizard's answers kept in it."""
    return case.with_changes(
        declared_follow_ups=state.follow_ups,
        channels_tried=state.channels,
        escalated=state.escalated,
    )


def prefilled(state: WizardState, case: CaseFile) -> WizardState:
    """Fill the unanswered counts from what the case file already knows."""
    known = situation_from_case(case)
    return replace(
        state,
        follow_ups=state.follow_ups
        if state.follow_ups is not None
        else (known.follow_ups if known else 0),
        channels=state.channels
        if state.channels is not None
        else (known.channels_tried if known else frozenset()),
        escalated=state.escalated
        if state.escalated is not None
        else (known.escalated if known else False),
    )


def step_error(state: WizardState, case: CaseFile) -> str:
    """Why the reader cannot leave the current step yet ("" when they can)."""
    if STEPS[state.step] == "opened" and case.opened is None:
        return labels.OPENED_REQUIRED
    return ""


def set_follow_ups(state: WizardState, raw: str) -> WizardState:
    text = raw.strip()
    # isdigit() alone accepts "²", which int() refuses.
    if text.isascii() and text.isdigit() and int(text) <= 50:
        return replace(state, follow_ups=int(text), error="")
    return replace(state, error=labels.FOLLOW_UPS_INVALID)


def toggle_channel(state: WizardState, channel: Channel, on: bool) -> WizardState:
    current = set(state.channels or frozenset())
    if on:
        current.add(channel)
    else:
        current.discard(channel)
    return replace(state, channels=frozenset(current))


def situation(state: WizardState, case: CaseFile) -> Situation | None:
    """The answers as the escalation rules see them (None until the opening date is known)."""
    known = situation_from_case(case)
    if known is None:
        return None
    return replace(
        known,
        follow_ups=state.follow_ups or 0,
        channels_tried=frozenset(state.channels or frozenset()),
        escalated=bool(state.escalated),
    )
