"""The "¿escalo ya?" wizard: its steps, its answers and how they become a `Situation`.

It starts from what happened («¿Qué pasó?»), then where (country, sector, and for Spain the
comunidad autónoma and which company rule applies), then the dates and what the reader
already tried, and last whether the formal complaint is filed. A situation that does not
wait (a charge never made, a cut service…) skips the questions about follow-ups.

Every answer belongs to the case file: dates, the promised deadline and the impact are its
fields, and the counts the wizard asks for are kept in it too (`with_answers` / `store`),
so re-running the wizard on the same case gives the same advice; the case also remembers
that the wizard reached its result, which stays on the page on the next visit. This state
only says where the reader is (the step) and what stops them (the error).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from followup import labels, situations
from followup.escalation import Situation, situation_from_case
from followup.model import CaseFile, Channel

STEPS = (
    "situation",
    "place",
    "opened",
    "last_contact",
    "sla",
    "follow_ups",
    "impact",
    "channels",
    "escalated",
    "complaint",
)
RESULT = len(STEPS)
# What a reader whose problem does not wait is not asked: follow-ups are not the route.
FOLLOW_UP_ONLY = frozenset({"sla", "follow_ups", "impact", "channels", "escalated"})


@dataclass(frozen=True)
class WizardState:
    step: int = 0
    follow_ups: int | None = None
    channels: frozenset[Channel] | None = None
    escalated: bool | None = None
    error: str = ""
    # The reader moved through the wizard in this visit (a stored result is not shown
    # over what they are doing).
    moved: bool = False

    @property
    def finished(self) -> bool:
        return self.step >= RESULT

    def go(self, step: int) -> WizardState:
        return replace(self, step=max(0, min(RESULT, step)), error="", moved=True)


def visible_steps(case: CaseFile) -> tuple[str, ...]:
    """The questions this case needs: a problem that does not wait skips the follow-ups."""
    if case.situation is None:
        return STEPS
    urgent = situations.get(case.situation).urgency is situations.Urgency.NOW
    return tuple(s for s in STEPS if not (urgent and s in FOLLOW_UP_ONLY))


def next_step(state: WizardState, case: CaseFile) -> WizardState:
    shown = visible_steps(case)
    later = [STEPS.index(s) for s in shown if STEPS.index(s) > state.step]
    return state.go(later[0] if later else RESULT)


def previous_step(state: WizardState, case: CaseFile) -> WizardState:
    shown = visible_steps(case)
    earlier = [STEPS.index(s) for s in shown if STEPS.index(s) < state.step]
    return state.go(earlier[-1] if earlier else 0)


def position(state: WizardState, case: CaseFile) -> tuple[int, int]:
    """ "Pregunta n de total" among the questions this case needs."""
    shown = visible_steps(case)
    current = STEPS[min(state.step, RESULT - 1)]
    return (shown.index(current) + 1 if current in shown else 1), len(shown)


def with_answers(state: WizardState, case: CaseFile) -> WizardState:
    """The wizard with the answers the case remembers; its last result again on a return
    visit, until the reader moves."""
    step = RESULT if case.wizard_done and not state.moved else state.step
    return replace(
        state,
        step=step,
        follow_ups=case.declared_follow_ups,
        channels=case.channels_tried,
        escalated=case.escalated,
    )


def store(case: CaseFile, state: WizardState) -> CaseFile:
    """The case with the wizard's answers kept in it (and whether it gave its result)."""
    return case.with_changes(
        declared_follow_ups=state.follow_ups,
        channels_tried=state.channels,
        escalated=state.escalated,
        wizard_done=state.finished,
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
    """Why the reader cannot leave the current step yet ("" when they can). The opening
    date is needed to count follow-ups; a problem that does not wait goes on without it.
    «¿Qué pasó?» may stay unanswered: the advice is then the general one."""
    if state.finished:
        return ""
    step = STEPS[state.step]
    if step == "opened" and case.opened is None and "follow_ups" in visible_steps(case):
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
