"""The message builder: a follow-up for each channel, written from the case file.

It follows the guide's structure for a follow-up: the case number first, a courteous
greeting, a one-line recap with the opening date, a precise goal, new information when
there is any, an offer to help, and a polite close. Missing fields get neutral wording
(never "None" or empty brackets); only a missing case number shows a visible
placeholder, because the reader must not send a follow-up without it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from . import ladder, texts
from .model import CaseFile, Channel, Impact
from .validation import clean_text

SUBJECT_DESCRIPTION_MAX = 45
PROBLEM_MAX = 200

# Short Spanish words a shortened text should not end on.
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "al",
        "con",
        "de",
        "del",
        "desde",
        "e",
        "el",
        "en",
        "entre",
        "hasta",
        "la",
        "las",
        "lo",
        "los",
        "me",
        "mi",
        "mis",
        "ni",
        "o",
        "para",
        "por",
        "que",
        "se",
        "sin",
        "sobre",
        "su",
        "sus",
        "tras",
        "u",
        "un",
        "una",
        "y",
    }
)


class Goal(StrEnum):
    STATUS = "status"
    ESTIMATE = "estimate"
    NEXT_STEPS = "next_steps"
    MORE_INFO = "more_info"  # "do you need more from me?" / "here is more information"
    REFUND = "refund"
    CANCEL_CHARGE = "cancel_charge"  # a wrong charge
    COMPENSATION = "compensation"


class MessageKind(StrEnum):
    """What the builder writes: a follow-up (or escalation request) per channel, or one of
    the letters beyond support."""

    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"  # the formal written complaint
    ASK_NUMBER = "ask_number"  # «pide tu número de caso y un justificante»
    CHRONOLOGY = "chronology"  # ready to paste into an authority's online form


# What the formal complaint asks for, by goal: the follow-up goals all ask for a solution.
COMPLAINT_GOAL: dict[Goal, str] = {
    Goal.STATUS: "solution",
    Goal.ESTIMATE: "solution",
    Goal.NEXT_STEPS: "solution",
    Goal.MORE_INFO: "solution",
    Goal.REFUND: "refund",
    Goal.CANCEL_CHARGE: "cancel_charge",
    Goal.COMPENSATION: "compensation",
}


@dataclass(frozen=True)
class Draft:
    channel: Channel
    subject: str | None
    body: str
    public: bool
    private_body: str | None = None
    escalation: bool = False


# --- Small text helpers ----------------------------------------------------------------


def format_date_es(day: dt.date) -> str:
    """ "3 de noviembre de 2026"."""
    return f"{day.day} de {texts.MONTHS[day.month - 1]} de {day.year}"


def format_dates_es(days: list[dt.date]) -> str:
    """Several dates in one phrase, not repeating a shared month or year.

    "el 11 y el 14 de noviembre de 2026", "el 30 de octubre y el 4 de noviembre de 2026".
    """
    parts: list[str] = []
    for i, day in enumerate(days):
        after = days[i + 1] if i + 1 < len(days) else None
        text = f"el {day.day}"
        if after is None or (after.year, after.month) != (day.year, day.month):
            text += f" de {texts.MONTHS[day.month - 1]}"
        if after is None or after.year != day.year:
            text += f" de {day.year}"
        parts.append(text)
    return texts.join_words(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters with "…"."""
    line = _one_line(text)
    if len(line) <= limit:
        return line
    room = limit - len(texts.ELLIPSIS)
    # Look one character further: a space right after the room is a clean cut too.
    space = line.rfind(" ", 0, room + 1)
    cut = line[:space] if space > 0 else line[:room]
    # "…varias veces al día desde…" reads badly: end on a word that carries meaning.
    words = cut.split(" ")
    while len(words) > 1 and words[-1].casefold() in _FUNCTION_WORDS:
        words.pop()
    cut = " ".join(words)
    return cut.rstrip(" ,;:.-–") + texts.ELLIPSIS


def _lower_first(text: str) -> str:
    """Lowercase a sentence's first letter for use after a colon or comma.

    A first word with other capitals ("ADSL", "iPhone", "WiFi") is left alone.
    """
    first = text.split(" ", 1)[0]
    if not first or any(c.isupper() for c in first[1:]):
        return text
    return text[0].lower() + text[1:]


def _first_sentence(summary: str) -> str:
    """The summary on one line, reduced to its first sentence when that says enough."""
    line = _one_line(summary)
    match = re.search(r"[.!?](\s|$)", line)
    if match and match.start() >= 15:
        line = line[: match.start()]
    return line


def _problem(summary: str) -> str:
    """The problem in one short line, ready to follow a colon."""
    return _lower_first(shorten(_first_sentence(summary), PROBLEM_MAX).rstrip(" ."))


def _sentence(text: str) -> str:
    """A user's sentence ready to follow a lead-in: first letter lowered, final stop added."""
    line = _one_line(text)
    if line and line[-1] not in ".!?…":
        line += "."
    return _lower_first(line)


def _number(case: CaseFile) -> str:
    number = case.case_number.strip().lstrip("#").strip()
    return f"#{number}" if number else texts.CASE_NUMBER_PLACEHOLDER


def _spoken_number(case: CaseFile) -> str:
    number = case.case_number.strip().lstrip("#").strip()
    return number or texts.CASE_NUMBER_PLACEHOLDER


def _whole_words(text: str, limit: int) -> str:
    """The first words of `text` that fit in `limit`, ending on a word that carries meaning
    and never on a cut word or an ellipsis ("" when not even one word fits)."""
    words: list[str] = []
    for word in _one_line(text).split(" "):
        if len(" ".join([*words, word])) > limit:
            break
        words.append(word)
    while words and words[-1].casefold().strip(",;:") in _FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:.-–")


def subject_description(summary: str, title: str = "") -> str:
    """A short subject line: the case's own name when it has one, else the summary's first
    sentence (or its first clause, or its first whole words): never a word cut with "…"."""
    # A trailing "…" or "." typed by the reader would read as a subject cut short.
    trail = " .…"
    name = _one_line(title).rstrip(trail)
    if name and len(name) <= SUBJECT_DESCRIPTION_MAX:
        return name
    sentence = _first_sentence(summary).rstrip(trail)
    if len(sentence) <= SUBJECT_DESCRIPTION_MAX:
        return sentence
    clause = re.split(r"[,;:(]", sentence, maxsplit=1)[0].strip().rstrip(trail)
    if 15 <= len(clause) <= SUBJECT_DESCRIPTION_MAX:
        return clause
    return _whole_words(sentence, SUBJECT_DESCRIPTION_MAX).rstrip(trail)


def missed_sla_sentence(case: CaseFile, today: dt.date) -> str | None:
    """The polite reminder of a promised response time that has run out, if it has."""
    if case.opened is None or case.sla_amount is None:
        return None
    deadline = ladder.sla_due(case)
    if deadline is None or today <= deadline:
        return None
    sla = texts.sla_phrase(case.sla_amount, case.sla_unit, ladder.calendar_word(case.country))
    return texts.SLA_MISSED.format(sla=sla, date=format_date_es(deadline))


def _earlier_follow_ups(case: CaseFile) -> str | None:
    """The follow-ups already sent: dated from the timeline, else as many as the reader
    told the wizard."""
    dates = sorted(set(case.follow_up_dates()))
    if dates:
        return texts.EARLIER_FOLLOW_UPS.format(dates=format_dates_es(dates))
    declared = case.declared_follow_ups or 0
    if declared == 1:
        return texts.EARLIER_FOLLOW_UPS_ONE
    if declared > 1:
        return texts.EARLIER_FOLLOW_UPS_COUNT.format(n=declared)
    return None


def _one_person(case: CaseFile) -> bool:
    """A named agent is greeted by name, and then addressed as "usted"."""
    return bool(_one_line(case.agent_name))


def _signer(case: CaseFile, placeholder: str) -> str:
    return _one_line(case.signer_name) or placeholder


# --- One composer per channel ----------------------------------------------------------


def _subject(case: CaseFile, escalate: bool) -> str:
    template = texts.SUBJECT_ESCALATION if escalate else texts.SUBJECT
    subject = template.format(number=_number(case))
    description = subject_description(case.summary, case.title)
    if description:
        subject = texts.SUBJECT_DESCRIPTION.format(subject=subject, description=description)
    return subject


def _greeting(case: CaseFile) -> str:
    agent = _one_line(case.agent_name)
    company = _one_line(case.company)
    if agent:
        return texts.GREETING_AGENT.format(agent=agent)
    if company:
        return texts.GREETING_COMPANY.format(company=company)
    return texts.GREETING_TEAM


def _recap(case: CaseFile, escalate: bool = False) -> str:
    opened = texts.RECAP_OPENED.format(date=format_date_es(case.opened)) if case.opened else ""
    problem = _problem(case.summary)
    problem_part = texts.RECAP_PROBLEM.format(problem=problem) if problem else ""
    template = texts.RECAP_ESCALATION if escalate else texts.RECAP
    return template.format(number=_number(case), opened=opened, problem=problem_part)


def _escalation_facts(case: CaseFile, today: dt.date) -> list[str]:
    return [s for s in (missed_sla_sentence(case, today), _earlier_follow_ups(case)) if s]


def _letter(case: CaseFile, goal: Goal, today: dt.date, escalate: bool) -> str:
    """E-mail and portal: paragraphs separated by blank lines."""
    one = _one_person(case)
    paragraphs = [_greeting(case), _recap(case, escalate)]
    if escalate:
        paragraphs.append(texts.ESCALATION_REQUEST_ONE if one else texts.ESCALATION_REQUEST)
        facts = _escalation_facts(case, today)
        if facts:
            paragraphs.append(" ".join(facts))
    else:
        goals = texts.GOAL_SENTENCES_ONE if one else texts.GOAL_SENTENCES
        paragraphs.append(goals[goal.value])
    if case.new_info.strip():
        paragraphs.append(texts.NEW_INFO.format(new_info=_sentence(case.new_info)))
    if case.impact is Impact.CRITICAL:
        paragraphs.append(texts.CRITICAL_ONE if one else texts.CRITICAL)
    offer = texts.OFFER_ONE if one else texts.OFFER
    if case.evidence:
        items = "\n".join(f"- {_one_line(e)}" for e in case.evidence)
        offer += f" {texts.EVIDENCE_INTRO_ONE if one else texts.EVIDENCE_INTRO}\n{items}"
    signature = _signer(case, texts.SIGNATURE_PLACEHOLDER)
    paragraphs += [offer, texts.CLOSE, f"{texts.SIGN_OFF}\n{signature}"]
    return "\n\n".join(paragraphs)


def _chat(case: CaseFile, goal: Goal, today: dt.date, escalate: bool) -> str:
    """Chat and direct messages: short lines, the case number in the first one."""
    opened = texts.CHAT_OPENED.format(date=format_date_es(case.opened)) if case.opened else ""
    lines = [texts.CHAT_OPENER.format(number=_number(case), opened=opened)]
    problem = _problem(case.summary)
    if problem:
        lines.append(texts.CHAT_PROBLEM.format(problem=problem))
    if case.new_info.strip():
        lines.append(texts.NEW_INFO.format(new_info=_sentence(case.new_info)))
    if case.impact is Impact.CRITICAL:
        lines.append(texts.CHAT_CRITICAL)
    if escalate:
        lines += _escalation_facts(case, today)
        lines.append(texts.CHAT_ESCALATION)
    else:
        lines.append(texts.CHAT_GOALS[goal.value])
    lines.append(texts.CHAT_THANKS)
    return "\n".join(lines)


def _phone_deadline(case: CaseFile, today: dt.date) -> str | None:
    """The promised response time, said on the phone ("que termina" / "que venció")."""
    deadline = ladder.sla_due(case) if case.opened and case.sla_amount else None
    if deadline is None or case.sla_amount is None:
        return None
    sla = texts.sla_phrase(case.sla_amount, case.sla_unit, ladder.calendar_word(case.country))
    template = texts.PHONE_DEADLINE_PAST if deadline < today else texts.PHONE_DEADLINE
    return template.format(sla=sla, date=format_date_es(deadline))


def _phone_script(
    case: CaseFile,
    goal: Goal,
    today: dt.date,
    escalate: bool,
    wait_until: dt.date | None = None,
) -> str:
    """A call script for the reader: what to say, what to ask, what to write down."""
    name = _signer(case, texts.NAME_PLACEHOLDER)
    say = [texts.PHONE_INTRO.format(number=_spoken_number(case), name=name)]
    problem = _problem(case.summary)
    if problem and case.opened:
        say.append(
            texts.PHONE_PROBLEM_OPENED.format(date=format_date_es(case.opened), problem=problem)
        )
    elif problem:
        say.append(texts.PHONE_PROBLEM.format(problem=problem))
    elif case.opened:
        say.append(texts.PHONE_OPENED.format(date=format_date_es(case.opened)))
    agent = _one_line(case.agent_name)
    if agent:
        say.append(texts.PHONE_AGENT.format(agent=agent))
    deadline = _phone_deadline(case, today)
    if deadline and not (escalate and missed_sla_sentence(case, today)):
        say.append(deadline)
    if case.new_info.strip():
        say.append(texts.PHONE_NEW_INFO.format(new_info=_sentence(case.new_info)))
    if case.impact is Impact.CRITICAL:
        say.append(texts.PHONE_CRITICAL)
    if escalate:
        say += [texts.PHONE_SAY_LINE.format(sentence=s) for s in _escalation_facts(case, today)]
        questions: tuple[str, ...] = (texts.PHONE_ESCALATION_QUESTION,)
    else:
        questions = texts.PHONE_QUESTIONS[goal.value]
    questions += (texts.PHONE_RECORD_QUESTION,)
    parts = [texts.PHONE_WAIT_NOTE.format(date=format_date_es(wait_until))] if wait_until else []
    parts += [
        "\n".join([texts.PHONE_SAY_HEADING, *say]),
        "\n".join([texts.PHONE_ASK_HEADING, *(f"- {q}" for q in questions)]),
        "\n".join([texts.PHONE_NOTE_HEADING, *(f"- {n}" for n in texts.PHONE_NOTES)]),
    ]
    return "\n\n".join(parts)


def _public_post(case: CaseFile, escalate: bool) -> str:
    """A public post: no case number, no problem details, no personal data."""
    company = _one_line(case.company)
    number = case.case_number.strip().lstrip("#").strip()
    # The company name is the only case data in the post; drop it if it would leak the
    # case number or looks like contact data rather than a name.
    if company and ((number and number in company) or re.search(r"[@\d]", company)):
        company = ""
    greeting = (
        texts.SOCIAL_GREETING_COMPANY.format(company=company) if company else texts.SOCIAL_GREETING
    )
    text = texts.SOCIAL_PUBLIC_ESCALATION if escalate else texts.SOCIAL_PUBLIC
    return f"{greeting} {text}"


def compose(
    case: CaseFile,
    channel: Channel,
    goal: Goal,
    today: dt.date,
    *,
    escalate: bool = False,
    wait_until: dt.date | None = None,
) -> Draft:
    """The follow-up (or, with `escalate`, the escalation request) for one channel.

    An escalation request replaces the goal sentence: asking for a supervisor is the goal.
    `wait_until` is the date the wizard told the reader to wait for: the call script says so.
    """
    if channel is Channel.EMAIL:
        return Draft(
            channel=channel,
            subject=_subject(case, escalate),
            body=_letter(case, goal, today, escalate),
            public=False,
            escalation=escalate,
        )
    if channel is Channel.PORTAL:
        body = _letter(case, goal, today, escalate)
        return Draft(channel=channel, subject=None, body=body, public=False, escalation=escalate)
    if channel is Channel.CHAT:
        body = _chat(case, goal, today, escalate)
        return Draft(channel=channel, subject=None, body=body, public=False, escalation=escalate)
    if channel is Channel.PHONE:
        body = _phone_script(case, goal, today, escalate, wait_until)
        return Draft(channel=channel, subject=None, body=body, public=False, escalation=escalate)
    return Draft(
        channel=channel,
        subject=None,
        body=_public_post(case, escalate),
        public=True,
        private_body=_chat(case, goal, today, escalate),
        escalation=escalate,
    )


def mailto_link(draft: Draft, to: str = "") -> str:
    """A `mailto:` URI (RFC 6068) that opens the reader's mail app with the draft."""
    fields = []
    # One line, no control character: a line break in the subject would let a stored value
    # add its own header (Bcc:) in the reader's mail app.
    subject = " ".join(clean_text(draft.subject or "").split())
    if subject:
        fields.append("subject=" + quote(subject, safe=""))
    body = clean_text(draft.body).replace("\r\n", "\n").replace("\r", "\n")
    body = body.replace("\n", "\r\n")
    fields.append("body=" + quote(body, safe=""))
    return "mailto:" + quote(to.strip(), safe="@,") + "?" + "&".join(fields)


# --- Beyond support: the formal complaint, the case-number request, the chronology -------


def _channel_phrase(case: CaseFile) -> str:
    return f" {texts.CHANNEL_IN_SENTENCE[case.channel]}" if case.channel else ""


def _facts(case: CaseFile, today: dt.date) -> list[str]:
    """The case's timeline as numbered facts, each with its date."""
    facts = []
    problem = _problem(case.summary)
    if case.opened:
        facts.append(
            texts.COMPLAINT_FACT_OPENED.format(
                date=format_date_es(case.opened),
                channel=_channel_phrase(case),
                problem=texts.COMPLAINT_FACT_PROBLEM.format(problem=problem) if problem else "",
            )
        )
    for item in case.interactions:
        agent = _one_line(item.agent)
        note = _one_line(item.note).rstrip(".")
        facts.append(
            texts.COMPLAINT_FACT_ENTRY[item.kind].format(
                date=format_date_es(item.date),
                channel=texts.CHANNEL_IN_SENTENCE[item.channel],
                agent=texts.COMPLAINT_FACT_AGENT.format(agent=agent) if agent else "",
                note=texts.COMPLAINT_FACT_NOTE.format(note=_lower_first(note)) if note else "",
            )
        )
    missed = missed_sla_sentence(case, today)
    if missed:
        facts.append(missed)
    facts.append(texts.COMPLAINT_FACT_TODAY.format(date=format_date_es(today)))
    return [f"{i}. {fact}" for i, fact in enumerate(facts, 1)]


def _cited_deadline(case: CaseFile, today: dt.date) -> str | None:
    """The company's legal deadline, as the letter cites it from `followup.legal`."""
    step = ladder.company_step(case, today)
    if step is None or step.rung is None or step.rung.deadline is None or step.due is None:
        return None
    rung = step.rung
    official = [s for s in rung.sources if s.official]
    source = official[0].publisher if official else rung.instrument
    assert rung.deadline is not None
    return texts.COMPLAINT_DEADLINE.format(
        words=rung.deadline.words(step.country.calendar_word),
        source=source,
        date=format_date_es(step.due),
    )


def complaint_letter(case: CaseFile, goal: Goal, today: dt.date) -> Draft:
    """The formal written complaint: facts with dates, what the reader asks for, the legal
    deadline from the data (none is invented) and the evidence as attachments."""
    company = _one_line(case.company)
    greeting = (
        texts.COMPLAINT_GREETING_COMPANY.format(company=company)
        if company
        else texts.COMPLAINT_GREETING
    )
    opened = texts.RECAP_OPENED.format(date=format_date_es(case.opened)) if case.opened else ""
    requests = [texts.COMPLAINT_GOALS[COMPLAINT_GOAL[goal]], texts.COMPLAINT_ANSWER]
    paragraphs = [
        greeting,
        texts.COMPLAINT_INTRO.format(number=_number(case), opened=opened),
        "\n".join([texts.COMPLAINT_FACTS, *_facts(case, today)]),
        "\n".join([texts.COMPLAINT_REQUEST, *(f"- {r}" for r in requests)]),
    ]
    deadline = _cited_deadline(case, today)
    closing = [deadline or texts.COMPLAINT_NO_DEADLINE]
    steps = ladder.authority_steps(case, today)
    closing.append(
        texts.COMPLAINT_NEXT.format(authority=steps[0].rung.body)
        if steps
        else texts.COMPLAINT_NEXT_ANY
    )
    paragraphs.append(" ".join(closing))
    if case.evidence:
        items = "\n".join(f"- {_one_line(e)}" for e in case.evidence)
        paragraphs.append(f"{texts.COMPLAINT_ATTACHED}\n{items}")
    signature = [_signer(case, texts.COMPLAINT_SIGNATURE[0]), *texts.COMPLAINT_SIGNATURE[1:]]
    paragraphs.append("\n".join([texts.COMPLAINT_CLOSE, *signature]))
    subject = texts.COMPLAINT_SUBJECT.format(number=_number(case))
    description = subject_description(case.summary, case.title)
    if description:
        subject = texts.SUBJECT_DESCRIPTION.format(subject=subject, description=description)
    return Draft(channel=Channel.EMAIL, subject=subject, body="\n\n".join(paragraphs), public=False)


def ask_number(case: CaseFile) -> Draft:
    """For a reader who never got a case number: ask for it and for a written receipt."""
    problem = _problem(case.summary)
    values = {
        "channel": _channel_phrase(case),
        "problem": texts.RECAP_PROBLEM.format(problem=problem) if problem else "",
    }
    if case.opened:
        contacted = texts.ASK_NUMBER_CONTACTED.format(date=format_date_es(case.opened), **values)
    else:
        contacted = texts.ASK_NUMBER_CONTACTED_UNDATED.format(**values)
    # Asked of the company, not of one agent: the request says "ustedes".
    company = _one_line(case.company)
    greeting = texts.GREETING_COMPANY.format(company=company) if company else texts.GREETING_TEAM
    paragraphs = [
        greeting,
        contacted,
        texts.ASK_NUMBER_REQUEST,
        texts.CLOSE,
        f"{texts.SIGN_OFF}\n{_signer(case, texts.SIGNATURE_PLACEHOLDER)}",
    ]
    return Draft(
        channel=Channel.EMAIL,
        subject=texts.ASK_NUMBER_SUBJECT,
        body="\n\n".join(paragraphs),
        public=False,
    )


def _short(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def chronology(case: CaseFile, goal: Goal, today: dt.date, place: str = "") -> Draft:
    """The case in dated lines, ready to paste into an authority's online form.

    `place` is "España, telecomunicaciones"-like text from the caller (labels live there).
    """
    head = [texts.CHRONO_TITLE]
    if case.company.strip():
        head.append(texts.CHRONO_COMPANY.format(company=_one_line(case.company)))
    head.append(texts.CHRONO_NUMBER.format(number=_number(case)))
    if place:
        head.append(place)
    if case.summary.strip():
        head.append(texts.CHRONO_PROBLEM.format(problem=_one_line(case.summary)))
    lines = []
    pending = ""
    if case.opened:
        lines.append(
            texts.CHRONO_OPENED.format(date=_short(case.opened), channel=_channel_phrase(case))
        )
    for item in case.interactions:
        agent = _one_line(item.agent)
        note = _one_line(item.note).rstrip(".")
        lines.append(
            texts.CHRONO_ENTRY.format(
                date=_short(item.date),
                kind=texts.CHRONO_KIND[item.kind],
                channel=f" {texts.CHANNEL_IN_SENTENCE[item.channel]}",
                agent=texts.COMPLAINT_FACT_AGENT.format(agent=agent) if agent else "",
                note=texts.COMPLAINT_FACT_NOTE.format(note=_lower_first(note)) if note else "",
            )
        )
    if case.complaint_date:
        channel = (
            texts.COMPLAINT_CHANNEL_IN_SENTENCE[case.complaint_channel.value]
            if case.complaint_channel
            else ""
        )
        ref = _one_line(case.complaint_ref)
        lines.append(
            texts.CHRONO_COMPLAINT.format(
                date=_short(case.complaint_date),
                channel=channel,
                ref=texts.CHRONO_COMPLAINT_REF.format(ref=ref) if ref else "",
            )
        )
        step = ladder.company_step(case, today)
        if step and step.rung and step.rung.deadline and step.due:
            words = step.rung.deadline.words(step.country.calendar_word)
            if step.due < today:
                lines.append(texts.CHRONO_COMPANY_DUE.format(date=_short(step.due), words=words))
            else:
                pending = texts.CHRONO_COMPANY_DUE_PENDING.format(
                    date=_short(step.due), words=words
                )
    lines.append(texts.CHRONO_TODAY.format(date=_short(today)))
    if pending:
        lines.append(pending)
    tail = [
        texts.CHRONO_REQUEST.format(goal=_lower_first(texts.COMPLAINT_GOALS[COMPLAINT_GOAL[goal]]))
    ]
    if case.evidence:
        items = "; ".join(_one_line(e) for e in case.evidence)
        tail.append(texts.CHRONO_EVIDENCE.format(items=items))
    body = "\n\n".join(["\n".join(head), "\n".join(lines), "\n".join(tail)])
    return Draft(channel=Channel.PORTAL, subject=None, body=body, public=False)


def compose_kind(
    case: CaseFile,
    kind: MessageKind,
    channel: Channel,
    goal: Goal,
    today: dt.date,
    *,
    escalate: bool = False,
    place: str = "",
    wait_until: dt.date | None = None,
) -> Draft:
    """The builder's draft for any kind of message."""
    if kind is MessageKind.COMPLAINT:
        return complaint_letter(case, goal, today)
    if kind is MessageKind.ASK_NUMBER:
        return ask_number(case)
    if kind is MessageKind.CHRONOLOGY:
        return chronology(case, goal, today, place)
    return compose(case, channel, goal, today, escalate=escalate, wait_until=wait_until)
