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

from . import ladder, texts, vocabulary
from .model import OTHER_COUNTRY, CaseFile, Channel, ComplaintChannel, Impact, SituationKind
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
    """Lowercase a sentence's first letter for use after a colon or comma («¿Por qué…?»
    becomes «¿por qué…?»).

    A first word with other capitals ("ADSL", "iPhone", "WiFi") is left alone.
    """
    lead = len(text) - len(text.lstrip("¿¡«\"'("))
    first = text[lead:].split(" ", 1)[0]
    if not first or any(c.isupper() for c in first[1:]):
        return text
    return text[:lead] + text[lead].lower() + text[lead + 1 :]


def _first_sentence(summary: str) -> str:
    """The summary on one line, reduced to its first sentence when that says enough."""
    line = _one_line(summary)
    match = re.search(r"[.!?](\s|$)", line)
    if match and match.start() >= 15:
        line = line[: match.start()]
    return line


def _problem(summary: str) -> str:
    """The problem in one short line, ready to follow a colon (chats and subjects)."""
    return _lower_first(shorten(_first_sentence(summary), PROBLEM_MAX).rstrip(" ."))


def _whole_problem(summary: str) -> str:
    """The whole summary on one line, ready to follow a colon and to end a sentence: a
    letter's facts carry every word the reader wrote («El técnico nunca vino»)."""
    return _lower_first(_one_line(summary))


def _end(text: str) -> str:
    """A sentence with its final stop: the reader's own «?», «!» or «…» are kept."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?…" else text + "."


def _sentence(text: str) -> str:
    """A user's sentence ready to follow a lead-in: first letter lowered, final stop added."""
    line = _one_line(text)
    if line and line[-1] not in ".!?…":
        line += "."
    return _lower_first(line)


def _number(case: CaseFile) -> str:
    number = case.case_number.strip().lstrip("#").strip()
    return f"#{number}" if number else texts.CASE_NUMBER_PLACEHOLDER


def case_number_text(case: CaseFile) -> str:
    """ "#48213", or "" when the reader has no case number yet."""
    number = case.case_number.strip().lstrip("#").strip()
    return f"#{number}" if number else ""


def _spoken_number(case: CaseFile) -> str:
    number = case.case_number.strip().lstrip("#").strip()
    return number or texts.CASE_NUMBER_PLACEHOLDER


# Words that leave a subject hanging when it stops on them: «me cobraron dos» (dos what?).
_HANGING_WORDS = frozenset(
    {"dos", "tres", "cuatro", "cinco", "seis", "varias", "varios", "más", "menos", "muy", "tan"}
)


def _whole_words(text: str, limit: int) -> str:
    """The first words of `text` that fit in `limit`, ending on a word that carries meaning
    and never on a cut word or an ellipsis ("" when not even one word fits)."""
    words: list[str] = []
    for word in _one_line(text).split(" "):
        if len(" ".join([*words, word])) > limit:
            break
        words.append(word)
    while words and words[-1].casefold().strip(",;:") in _FUNCTION_WORDS | _HANGING_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,;:.-–")


def subject_description(summary: str, situation: SituationKind | None = None) -> str:
    """A short subject line: the summary's first sentence; when it is too long, what
    happened in the company's words («Cargo no reconocido»), else its first clause or whole
    words: never a word cut with "…". The case's own name (`title`) is the reader's private
    nickname and never leaves the browser."""
    # A trailing "…" or "." typed by the reader would read as a subject cut short.
    trail = " .…"
    sentence = _first_sentence(summary).rstrip(trail)
    if len(sentence) <= SUBJECT_DESCRIPTION_MAX:
        return sentence
    clause = re.split(r"[,;:(]", sentence, maxsplit=1)[0].strip().rstrip(trail)
    if 15 <= len(clause) <= SUBJECT_DESCRIPTION_MAX:
        return clause
    if situation is not None and situation in texts.SITUATION_SUBJECTS:
        return texts.SITUATION_SUBJECTS[situation]
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
    description = subject_description(case.summary, case.situation)
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
    problem = _whole_problem(case.summary)
    problem_part = texts.RECAP_PROBLEM.format(problem=problem) if problem else ""
    template = texts.RECAP_ESCALATION if escalate else texts.RECAP
    return _end(template.format(number=_number(case), opened=opened, problem=problem_part))


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
    problem = _end(_whole_problem(case.summary))
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


# Bytes a URI carries as they are (RFC 3986 "unreserved"), as `urllib.parse.quote` keeps
# them: importing that module (and `ipaddress`, which it imports) took 6-18 ms of the tools'
# first start in the browser, for this one function.
_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_ENCODINGS: dict[str, tuple[str, ...]] = {}


def percent_encoded(text: str, safe: str = "") -> str:
    """`text` as UTF-8 with every byte outside the unreserved set and `safe` (ASCII) written
    %XX: what `urllib.parse.quote(text, safe=safe)` returns."""
    table = _ENCODINGS.get(safe)
    if table is None:
        kept = set(_UNRESERVED + safe.encode("ascii"))
        table = tuple(chr(b) if b in kept else f"%{b:02X}" for b in range(256))
        _ENCODINGS[safe] = table
    return "".join([table[b] for b in text.encode("utf-8")])


def mailto_link(draft: Draft, to: str = "") -> str:
    """A `mailto:` URI (RFC 6068) that opens the reader's mail app with the draft."""
    fields = []
    # One line, no control character: a line break in the subject would let a stored value
    # add its own header (Bcc:) in the reader's mail app.
    subject = " ".join(clean_text(draft.subject or "").split())
    if subject:
        fields.append("subject=" + percent_encoded(subject))
    body = clean_text(draft.body).replace("\r\n", "\n").replace("\r", "\n")
    body = body.replace("\n", "\r\n")
    fields.append("body=" + percent_encoded(body))
    return "mailto:" + percent_encoded(to.strip(), safe="@,") + "?" + "&".join(fields)


# --- Beyond support: the formal complaint, the case-number request, the chronology -------


def _channel_phrase(case: CaseFile) -> str:
    return f" {texts.CHANNEL_IN_SENTENCE[case.channel]}" if case.channel else ""


def words_for(case: CaseFile) -> vocabulary.Vocabulary:
    """The case's country's words (the defaults where the country is not known)."""
    return vocabulary.words(case.country, case.sector)


@dataclass(frozen=True)
class CompanyDue:
    """The day a letter gives the company to answer: the law's (`words`, and `law` when a
    letter can name it) or the reader's own reply date (`by_reader`)."""

    day: dt.date
    words: str = ""
    law: str = ""
    by_reader: bool = False
    # Set by a situation's own rule (Spain's 5 days for a bill, Chile's Ley de Fraudes):
    # what the company must do by then is not always «answer», so the letter says only when.
    by_rule: bool = False


def company_due(case: CaseFile, today: dt.date) -> CompanyDue | None:
    """The company's deadline as the letters, the chronology and the dossier state it:
    `ladder.company_step`'s (a situation's own rule first, else the rung's, so the guide's
    page, the log and the calendar file agree), else the reply date the reader set where
    the law sets none. A reply date already past is not offered to a complaint not yet
    filed: the letter would ask for an answer before a day gone by."""
    step = ladder.company_step(case, today)
    if step is not None and step.deadline is not None:
        if step.due is None:
            return None  # a deadline in hours has no date of its own
        return CompanyDue(
            step.due,
            words=step.deadline.words(step.country.calendar_word),
            law=vocabulary.citation(tuple(s.url for s in step.sources)),
            by_rule=step.rule is not None,
        )
    if step is not None and step.by_reader and step.due is not None:
        return CompanyDue(step.due, by_reader=True)
    reply_by = case.reply_by
    if reply_by is None or (case.complaint_date is None and reply_by <= today):
        return None
    return CompanyDue(reply_by, by_reader=True)


def needs_reply_by(case: CaseFile, today: dt.date) -> bool:
    """Whether the reader should set the reply date: a country is chosen and its law sets
    the company no deadline for this case (or we hold no data for that country)."""
    if not case.country:
        return False
    step = ladder.company_step(case, today)
    return step.deadline is None if step else case.country == OTHER_COUNTRY


def _complaint_channel(case: CaseFile, *, to_company: bool) -> str:
    """How the formal complaint was filed, inside a sentence: to the company («en su hoja
    de reclamaciones») or about it, to an authority («en la hoja de reclamaciones»)."""
    channel = case.complaint_channel
    if channel is None:
        return ""
    book = words_for(case).book
    if channel is ComplaintChannel.BOOK:
        return f" en su {book.word}" if to_company else f" en {book.the}"
    table = texts.COMPLAINT_CHANNEL_TO_COMPANY if to_company else texts.COMPLAINT_CHANNEL_ABOUT
    return table[channel.value]


def _oral(case: CaseFile) -> bool:
    """A complaint made by chat, phone or in person: the letter confirms it in writing."""
    return case.complaint_channel in (
        ComplaintChannel.CHAT,
        ComplaintChannel.PHONE,
        ComplaintChannel.IN_PERSON,
    )


def _intro(case: CaseFile, words: vocabulary.Vocabulary) -> str:
    number = _number(case)
    if case.complaint_date is None:
        opened = texts.RECAP_OPENED.format(date=format_date_es(case.opened)) if case.opened else ""
        return texts.COMPLAINT_INTRO.format(
            complaint=words.complaint_a, number=number, opened=opened
        )
    template = texts.COMPLAINT_INTRO_CONFIRM if _oral(case) else texts.COMPLAINT_INTRO_REPEAT
    return template.format(
        complaint=words.complaint.the,
        date=format_date_es(case.complaint_date),
        channel=_complaint_channel(case, to_company=True),
        number=number,
    )


def _facts(case: CaseFile, today: dt.date) -> list[str]:
    """Every fact the reader gave, numbered and dated: the whole summary, every timeline
    entry with its whole note, the formal complaint and its reference, the news since the
    last contact."""
    words = words_for(case)
    problem = _whole_problem(case.summary)
    dated: list[tuple[dt.date, int, str]] = []
    facts: list[str] = []
    if case.opened:
        text = texts.COMPLAINT_FACT_OPENED.format(
            date=format_date_es(case.opened),
            channel=_channel_phrase(case),
            problem=texts.COMPLAINT_FACT_PROBLEM.format(problem=problem) if problem else "",
        )
        dated.append((case.opened, 0, _end(text)))
    elif problem:
        facts.append(_end(texts.COMPLAINT_FACT_UNDATED.format(problem=problem)))
    for item in case.interactions:
        agent = _one_line(item.agent)
        note = _one_line(item.note)
        text = texts.COMPLAINT_FACT_ENTRY[item.kind].format(
            date=format_date_es(item.date),
            channel=texts.CHANNEL_IN_SENTENCE[item.channel],
            agent=texts.COMPLAINT_FACT_AGENT.format(agent=agent) if agent else "",
            note=texts.COMPLAINT_FACT_NOTE.format(note=_lower_first(note)) if note else "",
        )
        dated.append((item.date, 1, _end(text)))
    if case.complaint_date:
        ref = _one_line(case.complaint_ref)
        text = texts.COMPLAINT_FACT_COMPLAINT.format(
            date=format_date_es(case.complaint_date),
            complaint=words.complaint_a,
            channel=_complaint_channel(case, to_company=True),
            ref=texts.COMPLAINT_FACT_REF.format(ref=words.ref.the, value=ref) if ref else "",
        )
        dated.append((case.complaint_date, 2, _end(text)))
    missed = missed_sla_sentence(case, today)
    sla_day = ladder.sla_due(case)
    if missed and sla_day:
        dated.append((sla_day, 3, missed))
    facts[:0] = [text for _, _, text in sorted(dated, key=lambda d: (d[0], d[1]))]
    if case.new_info.strip():
        facts.append(texts.COMPLAINT_FACT_NEW_INFO.format(new_info=_sentence(case.new_info)))
    facts.append(texts.COMPLAINT_FACT_TODAY.format(date=format_date_es(today)))
    return [f"{i}. {fact}" for i, fact in enumerate(facts, 1)]


def _requests(case: CaseFile, goal: Goal, words: vocabulary.Vocabulary) -> list[str]:
    ref = _one_line(case.complaint_ref)
    book = bool(words.book_request) and case.complaint_channel is not ComplaintChannel.BOOK
    if ref:
        answer = texts.COMPLAINT_ANSWER_REF.format(ref=words.ref.the, value=ref)
    elif book:  # the book's own sheet is the receipt: asked for just after
        answer = texts.COMPLAINT_ANSWER_BOOK
    else:
        answer = texts.COMPLAINT_ANSWER.format(complaint=words.complaint.this, ref=words.ref.the)
    requests = [texts.COMPLAINT_GOALS[COMPLAINT_GOAL[goal]]]
    if case.situation is not None and case.situation.value in texts.COMPLAINT_SITUATION_REQUESTS:
        requests.append(texts.COMPLAINT_SITUATION_REQUESTS[case.situation.value])
    requests.append(answer)
    if book and not ref:
        requests.append(words.book_request)
    return requests


def _deadline_sentence(case: CaseFile, today: dt.date, words: vocabulary.Vocabulary) -> str:
    """What the letter says of the company's deadline: the law's, cited with its date; the
    reader's own reply date where the law sets none; else a courteous «cuanto antes»."""
    due = company_due(case, today)
    if due is None:
        return texts.COMPLAINT_NO_DEADLINE
    day = format_date_es(due.day)
    if due.by_reader:
        past = case.complaint_date is not None and due.day < today
        return (texts.COMPLAINT_REPLY_BY_PAST if past else texts.COMPLAINT_REPLY_BY).format(
            date=day
        )
    past = due.day < today
    if due.by_rule:
        template = texts.COMPLAINT_RULE_DEADLINE_PAST if past else texts.COMPLAINT_RULE_DEADLINE
        law = due.law or texts.COMPLAINT_RULE_ANY_LAW
        sentence = template.format(
            words=due.words, complaint=words.complaint.this, law=law, date=day
        )
    else:
        law = texts.COMPLAINT_DEADLINE_LAW.format(law=due.law) if due.law else ""
        template = texts.COMPLAINT_DEADLINE_PAST if past else texts.COMPLAINT_DEADLINE
        sentence = template.format(
            words=due.words, complaint=words.complaint.this, law=law, date=day
        )
    # Where the company's silence grants the claim (Colombia: public utilities, telecom).
    silence = words.silence_past if past else words.silence
    return f"{sentence} {silence}" if silence else sentence


def _id_line(case: CaseFile, words: vocabulary.Vocabulary, *, placeholder: bool) -> str:
    """«DNI/NIE: 12345678Z»; a placeholder to fill in where the country asks for an ID;
    nothing where it does not and the reader gave none."""
    value = _one_line(case.reader_id)
    name = words.id_name or texts.ID_NAME_ANY
    if value:
        return texts.COMPLAINT_ID.format(id_name=name[0].upper() + name[1:], value=value)
    if placeholder and words.id_name:
        return f"[{words.id_name}]"
    return ""


def _sender(case: CaseFile, words: vocabulary.Vocabulary) -> str:
    """The sender's block at the head of the letter: only what the reader filled in."""
    customer = _one_line(case.customer_number)
    lines = [
        _one_line(case.signer_name),
        _id_line(case, words, placeholder=False),
        _one_line(case.reader_address),
        texts.COMPLAINT_CUSTOMER.format(value=customer) if customer else "",
    ]
    return "\n".join(line for line in lines if line)


def complaint_letter(case: CaseFile, goal: Goal, today: dt.date) -> Draft:
    """The formal written complaint in the country's words: who complains (name, ID under
    the country's name for it, address, customer number), every fact with its date, what
    the reader asks for, the company's deadline (the law's, or the reader's reply date; none
    is invented), the next step and the evidence as attachments."""
    words = words_for(case)
    company = _one_line(case.company)
    greeting = (
        texts.COMPLAINT_GREETING_COMPANY.format(company=company)
        if company
        else texts.COMPLAINT_GREETING
    )
    sender = _sender(case, words)
    paragraphs = [sender] if sender else []
    paragraphs += [
        greeting,
        _intro(case, words),
        "\n".join([texts.COMPLAINT_FACTS, *_facts(case, today)]),
        "\n".join([texts.COMPLAINT_REQUEST, *(f"- {r}" for r in _requests(case, goal, words))]),
    ]
    closing = [_deadline_sentence(case, today, words)]
    steps = ladder.authority_steps(case, today)
    closing.append(
        texts.COMPLAINT_NEXT.format(
            action=words.authority_action, authority=texts.lower_first(steps[0].rung.body)
        )
        if steps
        else texts.COMPLAINT_NEXT_ANY.format(action=words.authority_action)
    )
    paragraphs.append(" ".join(closing))
    if case.evidence:
        items = "\n".join(f"- {_one_line(e)}" for e in case.evidence)
        paragraphs.append(f"{texts.COMPLAINT_ATTACHED}\n{items}")
    signature = [
        texts.COMPLAINT_CLOSE,
        _signer(case, texts.SIGNATURE_PLACEHOLDER),
        _id_line(case, words, placeholder=True),
    ]
    paragraphs.append("\n".join(line for line in signature if line))
    subject = texts.COMPLAINT_SUBJECT.format(title=words.complaint_title, number=_number(case))
    description = subject_description(case.summary, case.situation)
    if description:
        subject = texts.SUBJECT_DESCRIPTION.format(subject=subject, description=description)
    return Draft(channel=Channel.EMAIL, subject=subject, body="\n\n".join(paragraphs), public=False)


def ask_number(case: CaseFile) -> Draft:
    """For a reader who never got a case number: ask for it and for a written receipt."""
    problem = _whole_problem(case.summary)
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
        _end(contacted),
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


def complaint_ref_text(case: CaseFile) -> str:
    """The complaint's reference under the country's name for it: «CUN 4350-…»,
    «clave identificativa R-77», «referencia 123» ("" when there is none)."""
    ref = _one_line(case.complaint_ref)
    return f"{words_for(case).ref_short} {ref}" if ref else ""


def complaint_channel_about(case: CaseFile) -> str:
    """How the formal complaint was filed, said to an authority: « por teléfono»."""
    return _complaint_channel(case, to_company=False)


def _company_due_line(case: CaseFile, today: dt.date) -> tuple[str, str]:
    """The chronology's line for the company's deadline: (a past line, a pending line)."""
    due = company_due(case, today)
    if due is None:
        return "", ""
    if due.by_reader:
        past, pending = texts.CHRONO_READER_DUE, texts.CHRONO_READER_DUE_PENDING
    else:
        past, pending = texts.CHRONO_COMPANY_DUE, texts.CHRONO_COMPANY_DUE_PENDING
    line = (past if due.day < today else pending).format(date=_short(due.day), words=due.words)
    return (line, "") if due.day < today else ("", line)


def chronology(case: CaseFile, goal: Goal, today: dt.date, place: str = "") -> Draft:
    """The case in dated lines, ready to paste into an authority's online form.

    `place` is "España, telecomunicaciones"-like text from the caller (labels live there).
    Its three blocks (the head, the dated lines, what the reader asks) are separated by
    blank lines: the printed dossier lists the second one.
    """
    words = words_for(case)
    head = [texts.CHRONO_TITLE]
    if case.company.strip():
        head.append(texts.CHRONO_COMPANY.format(company=_one_line(case.company)))
    head.append(texts.CHRONO_NUMBER.format(number=_number(case)))
    if case.customer_number.strip():
        head.append(texts.CHRONO_CUSTOMER.format(number=_one_line(case.customer_number)))
    if place:
        head.append(place)
    if case.summary.strip():
        head.append(_end(texts.CHRONO_PROBLEM.format(problem=_one_line(case.summary))))
    dated: list[tuple[dt.date, int, str]] = []
    pending = ""
    if case.opened:
        opened = texts.CHRONO_OPENED.format(date=_short(case.opened), channel=_channel_phrase(case))
        dated.append((case.opened, 0, opened))
    for item in case.interactions:
        agent = _one_line(item.agent)
        note = _one_line(item.note)
        dated.append(
            (
                item.date,
                1,
                _end(
                    texts.CHRONO_ENTRY.format(
                        date=_short(item.date),
                        kind=texts.CHRONO_KIND[item.kind],
                        channel=f" {texts.CHANNEL_IN_SENTENCE[item.channel]}",
                        agent=texts.COMPLAINT_FACT_AGENT.format(agent=agent) if agent else "",
                        note=texts.COMPLAINT_FACT_NOTE.format(note=_lower_first(note))
                        if note
                        else "",
                    )
                ),
            )
        )
    if case.complaint_date:
        ref = complaint_ref_text(case)
        filed = texts.CHRONO_COMPLAINT.format(
            date=_short(case.complaint_date),
            complaint=words.complaint_a,
            channel=complaint_channel_about(case),
            ref=texts.CHRONO_COMPLAINT_REF.format(ref=ref) if ref else "",
        )
        dated.append((case.complaint_date, 2, filed))
        due = company_due(case, today)
        past, pending = _company_due_line(case, today)
        if past and due:
            dated.append((due.day, 3, past))
    lines = [line for _, _, line in sorted(dated, key=lambda d: (d[0], d[1]))]
    if case.new_info.strip():
        lines.append(texts.CHRONO_NEW_INFO.format(new_info=_sentence(case.new_info)))
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


# --- The reader's own drafts: one per message -------------------------------------------
# A draft the reader edited is kept in `CaseFile.drafts` under the key of its message: each
# channel's follow-up and escalation request apart, the social post's public and private
# parts apart, and each letter beyond support on its own.

DRAFT_PARTS = ("body", "private")


def draft_key(kind: MessageKind, channel: Channel, escalate: bool, part: str = "body") -> str:
    """ "complaint", "follow_up:email", "escalation:chat", "follow_up:social:private"."""
    if kind is not MessageKind.FOLLOW_UP:
        return kind.value
    prefix = "escalation" if escalate else "follow_up"
    suffix = ":private" if part == "private" else ""
    return f"{prefix}:{channel.value}{suffix}"


@dataclass(frozen=True)
class DraftKey:
    kind: MessageKind
    channel: Channel
    escalate: bool
    part: str


def parse_draft_key(key: str) -> DraftKey | None:
    """What a draft key names (None for a key the tools never write)."""
    try:
        kind = MessageKind(key)
    except ValueError:
        pass
    else:
        if kind is not MessageKind.FOLLOW_UP:
            return DraftKey(kind, Channel.EMAIL, False, "body")
        return None
    prefix, _, rest = key.partition(":")
    name, _, part = rest.partition(":")
    if prefix not in ("follow_up", "escalation") or part not in ("", "private"):
        return None
    try:
        channel = Channel(name)
    except ValueError:
        return None
    if part and channel is not Channel.SOCIAL:
        return None
    return DraftKey(MessageKind.FOLLOW_UP, channel, prefix == "escalation", part or "body")


def draft_part(draft: Draft, part: str) -> str:
    return (draft.private_body or "") if part == "private" else draft.body
