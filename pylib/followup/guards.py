"""Warnings on a draft before the reader sends it: privacy in public, and tone.

The guide is firm on both: never post the case number or personal data publicly, and
keep a calm, respectful tone because hostility slows things down. These checks are
heuristics that point at a passage; they never change the reader's text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import texts
from .model import CaseFile


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    excerpt: str


# --- Privacy ---------------------------------------------------------------------------

# Tried only where a run of address characters starts: linear on a long paste without
# spaces (tried at every position, a failed match cost the square of the length).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
_DNI = re.compile(r"\b(?:\d{8}|[XYZ]\d{7})[ -]?[A-Z]\b", re.IGNORECASE)
# "caso #123", "ticket n.º 4567", "incidencia: AB-12345", or "#12345" alone.
_CASE_REFERENCE = re.compile(
    r"(?:\b(?:caso|ticket|incidencia|expediente|reclamaci[oó]n|solicitud|referencia|ref)"
    r"\.?\s*(?:n(?:[uú]mero|[º°o]|\.º)?\.?\s*)?[:#]?\s*|#\s?)"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{2,}",
    re.IGNORECASE,
)
# A run of digits and the separators people put in phone numbers.
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{5,}\d(?!\w)")


def _mask(excerpt: str, keep: int) -> str:
    return excerpt[:keep] + texts.ELLIPSIS if len(excerpt) > keep else excerpt


def _masked_email(excerpt: str) -> str:
    return excerpt.split("@", 1)[0] + "@" + texts.ELLIPSIS


def _privacy_finding(kind: str, excerpt: str) -> Finding:
    shown = {
        "case_number": excerpt,  # the reader's own case number: no need to hide it
        "email": _masked_email(excerpt),
        "phone": _mask(excerpt, 6),
        "id_number": _mask(excerpt, 4),
        "iban": _mask(excerpt, 4),
    }[kind]
    return Finding(kind, texts.PRIVACY_FINDINGS[kind].format(excerpt=shown), excerpt)


_DATE_LIKE = re.compile(r"\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{4}")


def _digit_run_kind(run: str) -> str | None:
    if _DATE_LIKE.fullmatch(run):
        return None  # "2026-11-03" is a date, not a personal number
    digits = re.sub(r"\D", "", run)
    if run.startswith("+") and 9 <= len(digits) <= 15:
        return "phone"
    if 9 <= len(digits) <= 13 and (len(digits) != 9 or digits[0] in "6789"):
        # Nine digits starting 6-9 is a Spanish phone; 10 to 13 covers Latin American
        # numbers with an area or country code.
        return "phone"
    if len(digits) >= 8:
        return "id_number"
    return None


def check_privacy(text: str, case: CaseFile | None = None) -> list[Finding]:
    """What in `text`, meant to be public, should not be there (in order of appearance)."""
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int, kind: str) -> None:
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, kind))

    number = case.case_number.strip().lstrip("#").strip() if case else ""
    if number:
        boundary = r"(?<![0-9A-Za-z])" + re.escape(number) + r"(?![0-9A-Za-z])"
        for match in re.finditer(boundary, text, re.IGNORECASE):
            add(match.start(), match.end(), "case_number")
    for match in _CASE_REFERENCE.finditer(text):
        add(match.start(), match.end(), "case_number")
    for match in _EMAIL.finditer(text):
        add(match.start(), match.end(), "email")
    for match in _IBAN.finditer(text):
        add(match.start(), match.end(), "iban")
    for match in _DNI.finditer(text):
        add(match.start(), match.end(), "id_number")
    for match in _DIGIT_RUN.finditer(text):
        kind = _digit_run_kind(match.group().strip(" .-"))
        if kind:
            add(match.start(), match.end(), kind)
    return [_privacy_finding(kind, text[s:e].strip()) for s, e, kind in sorted(spans)]


# --- Tone ------------------------------------------------------------------------------

# Compared without accents and case, as whole words.
_INSULTS = frozenset(
    {
        "inutil",
        "inutiles",
        "incompetente",
        "incompetentes",
        "ineptos",
        "inepto",
        "ladron",
        "ladrones",
        "ladrona",
        "verguenza",
        "sinverguenza",
        "sinverguenzas",
        "estafa",
        "estafas",
        "estafador",
        "estafadores",
        "timo",
        "timadores",
        "basura",
        "chapuza",
        "chapuceros",
        "mierda",
        "idiota",
        "idiotas",
        "imbecil",
        "imbeciles",
        "payasos",
        "caradura",
        "caraduras",
        "ratas",
    }
)
_THREATS = tuple(
    re.compile(p)
    for p in (
        r"\b(?:os|les|los|las|te) voy a (?:denunciar|demandar|hundir|destrozar|arruinar)\b",
        r"\bvoy a (?:denunciar|demandar|hundir|destrozar|arruinar)(?:os|les|los|las)?\b",
        r"\bvoy a (?:ir|acudir) a la prensa\b",
        r"\bdestroz\w* en (?:las )?redes\b",
        r"\bme las (?:pagareis|pagaran|pagaras|vais a pagar|van a pagar)\b",
        r"\b(?:os|se) (?:vais|van) a enterar\b",
        r"\bya vereis\b",
    )
)
_REPEATED_MARKS = re.compile(r"[!?]{3,}|¡{3,}|¿{3,}")
_WORD = re.compile(r"[^\W\d_]+")


class _Folding(dict[int, str]):
    """Each character's folded form, worked out once (`str.translate` table): the draft is
    checked on every keystroke, and normalizing it character by character was most of the
    Python time of a keystroke in a long case."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:  # e.g. "İ": keep positions aligned with the original text
            lower = char
        folded = lower if lower == "ñ" else unicodedata.normalize("NFD", lower)[0]
        self[code] = folded
        return folded


_FOLDING = _Folding()


def _fold(text: str) -> str:
    """Lowercase without accents, keeping every character's position (ñ stays ñ)."""
    return text.translate(_FOLDING)


def _is_shouting(text: str) -> bool:
    """Mostly capitals, ignoring short all-caps words that are usually acronyms."""
    words = [w for w in _WORD.findall(text) if len(w) >= 2]
    caps = [w.isupper() for w in words]
    if sum(caps) >= 3 and sum(caps) >= 0.6 * len(words):
        return True
    # Three capitalised words in a row, one of them too long for an acronym (SLA, ADSL).
    run: list[str] = []
    for word, upper in zip(words, caps, strict=True):
        run = [*run, word] if upper else []
        if len(run) >= 3 and any(len(w) > 4 for w in run):
            return True
    return False


def _tone(kind: str, excerpt: str = "") -> Finding:
    return Finding(kind, texts.TONE_FINDINGS[kind].format(excerpt=excerpt), excerpt)


def check_tone(text: str) -> list[Finding]:
    """Signs of an aggressive tone, each with a suggestion drawn from the guide."""
    findings: list[Finding] = []
    if _is_shouting(text):
        findings.append(_tone("shouting"))
    folded = _fold(text)
    seen: set[str] = set()
    for match in _WORD.finditer(folded):
        word = match.group()
        if word in _INSULTS and word not in seen:
            seen.add(word)
            findings.append(_tone("insult", text[match.start() : match.end()]))
    # Threat patterns overlap ("voy a destrozaros" / "destrozaros en redes"): merge them.
    spans = sorted(m.span() for p in _THREATS for m in p.finditer(folded))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    findings += [_tone("threat", text[start:end]) for start, end in merged]
    marks = {m.group() for m in _REPEATED_MARKS.finditer(text)}
    findings += [_tone("punctuation", m) for m in sorted(marks)]
    return findings
