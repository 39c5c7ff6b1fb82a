"""Warnings before sending: personal data in public, and an aggressive tone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.guards import Finding, check_privacy, check_tone
from followup.model import CaseFile

CASE = CaseFile(id="c", case_number="48213")


def kinds(findings: list[Finding]) -> list[str]:
    return [f.kind for f in findings]


def test_public_text_with_the_case_number_is_flagged() -> None:
    (finding,) = check_privacy("Mi caso 48213 sigue sin respuesta", CASE)
    assert finding.kind == "case_number"
    assert finding.excerpt == "48213"
    assert finding.message == (
        "Tu mensaje público incluye el número de caso (48213): quítalo y dalo solo por "
        "mensaje privado."
    )


def test_case_number_inside_a_longer_number_is_not_this_case() -> None:
    assert check_privacy("Pedido 548213", CASE) == []


@pytest.mark.parametrize(
    "text", ["caso #123", "Ticket n.º 4567", "mi incidencia: INC-00912", "ref. AB-12345", "#98765"]
)
def test_case_references_are_flagged_without_knowing_the_case(text: str) -> None:
    assert kinds(check_privacy(f"Hola, {text} sin respuesta")) == ["case_number"]


def test_words_after_caso_without_digits_are_fine() -> None:
    assert check_privacy("Tengo un caso abierto y nadie responde. ¿Me escriben?") == []


def test_email_is_flagged_and_masked() -> None:
    (finding,) = check_privacy("Escríbanme a ana@correo.es, gracias")
    assert finding.kind == "email"
    assert finding.excerpt == "ana@correo.es"
    assert finding.message == (
        "Tu mensaje público incluye un correo electrónico (ana@…): quítalo y pide que te "
        "escriban por mensaje privado."
    )


@pytest.mark.parametrize(
    "phone",
    [
        "+34 600 123 456",
        "600123456",
        "600 12 34 56",
        "600-123-456",
        "91 123 45 67",
        "(55) 1234-5678",
        "+52 55 1234 5678",
        "+54 9 11 1234-5678",
    ],
)
def test_phone_numbers_in_spanish_and_latin_american_formats(phone: str) -> None:
    assert kinds(check_privacy(f"Llámenme al {phone} por favor")) == ["phone"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("DNI 12345678Z", "id_number"),
        ("NIE X1234567L", "id_number"),
        ("cliente 12345678", "id_number"),
        ("cuenta ES91 2100 0418 4502 0005 1332", "iban"),
        ("cuenta ES9121000418450200051332", "iban"),
    ],
)
def test_identity_and_bank_numbers_are_flagged(text: str, kind: str) -> None:
    findings = check_privacy(text)
    assert kinds(findings) == [kind]
    assert "nunca se comparten en público" in findings[0].message
    assert findings[0].excerpt not in findings[0].message


@pytest.mark.parametrize(
    "text",
    ["Desde el 2026-11-03", "desde el 03/11/2026", "Llevo 3 semanas", "Pagué 1.250 euros", ""],
)
def test_ordinary_numbers_and_dates_are_not_flagged(text: str) -> None:
    assert check_privacy(text, CASE) == []


def test_several_findings_come_in_reading_order() -> None:
    text = "Caso 48213. Correo luis@x.com, móvil 600123456"
    assert kinds(check_privacy(text, CASE)) == ["case_number", "email", "phone"]


emails = st.from_regex(r"[a-z][a-z0-9._]{0,10}@[a-z]{2,10}\.(es|com|mx|org)", fullmatch=True)


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    return sep.join(parts)


phones = st.builds(
    lambda prefix, first, rest, sizes, sep: prefix + _group(first + rest, sizes, sep),
    prefix=st.sampled_from(["", "+34 ", "+34", "0034 "]),
    first=st.sampled_from("6789"),
    rest=st.text("0123456789", min_size=8, max_size=8),
    sizes=st.sampled_from([(3, 3, 3), (3, 2, 2, 2), (9,), (2, 3, 2, 2)]),
    sep=st.sampled_from([" ", "-", ""]),
)
words = st.sampled_from(["Hola", "escríbanme", "por favor", "gracias", "mi contacto:", ""])


@given(before=words, email=emails, after=words)
def test_any_generated_email_is_found(before: str, email: str, after: str) -> None:
    findings = check_privacy(f"{before} {email} {after}")
    assert "email" in kinds(findings)


@given(before=words, phone=phones, after=words)
def test_any_generated_phone_is_found(before: str, phone: str, after: str) -> None:
    findings = check_privacy(f"{before} {phone} {after}")
    assert "phone" in kinds(findings)


@given(st.text())
def test_privacy_check_never_raises(text: str) -> None:
    check_privacy(text, CASE)
    check_tone(text)


def test_calm_message_has_no_tone_warning() -> None:
    assert check_tone("Hola. Sigo sin noticias del caso; ¿hay alguna novedad? Gracias.") == []


def test_mostly_capitals_reads_as_shouting() -> None:
    assert kinds(check_tone("POR FAVOR RESPONDAN YA")) == ["shouting"]
    assert kinds(check_tone("NECESITO UNA RESPUESTA HOY MISMO")) == ["shouting"]
    (finding,) = check_tone("QUIERO UNA SOLUCIÓN")
    assert "mayúsculas" in finding.message


def test_short_acronyms_are_not_shouting() -> None:
    assert check_tone("Mi ADSL y la VPN no van desde que cambió el SLA del ISP") == []


@pytest.mark.parametrize(
    "word", ["inútiles", "INCOMPETENTES", "Ladrones", "vergüenza", "verguenza", "estafa", "basura"]
)
def test_insults_are_found_regardless_of_accents_and_case(word: str) -> None:
    (finding,) = check_tone(f"Esto es {word.lower() if word.isupper() else word}, de verdad.")
    assert finding.kind == "insult"
    assert finding.message.startswith(f"«{finding.excerpt}» puede sonar ofensivo.")
    assert "tono hostil no acelera" in finding.message


def test_insults_are_whole_words_only() -> None:
    assert check_tone("Reviso la estafeta y el timón") == []


def test_the_same_insult_is_reported_once() -> None:
    assert kinds(check_tone("basura y más basura")) == ["insult"]


@pytest.mark.parametrize("marks", ["!!!", "????", "?!?", "¡¡¡"])
def test_repeated_exclamation_or_question_marks(marks: str) -> None:
    (finding,) = check_tone(f"Respondan{marks}")
    assert finding.kind == "punctuation"
    assert f"«{marks}»" in finding.message


def test_two_marks_are_fine() -> None:
    assert check_tone("¿¡Cómo!? ¿En serio?!") == []


@pytest.mark.parametrize(
    "text",
    [
        "Os voy a denunciar",
        "les voy a demandar",
        "voy a destrozaros en redes",
        "Me las pagaréis",
        "se van a enterar",
    ],
)
def test_threats_are_flagged_once(text: str) -> None:
    (finding,) = check_tone(f"Si no responden, {text}.")
    assert finding.kind == "threat"
    assert finding.excerpt.lower() in text.lower()
    assert "amenaza" in finding.message


def test_tone_findings_keep_the_original_spelling() -> None:
    findings = check_tone("Sois unos INÚTILES!!!")
    assert [(f.kind, f.excerpt) for f in findings] == [
        ("insult", "INÚTILES"),
        ("punctuation", "!!!"),
    ]


def test_a_shouted_phrase_inside_a_calm_message_is_flagged() -> None:
    text = "Hola, escribo otra vez porque NADIE ME RESPONDE y ya van tres semanas sin noticias"
    assert kinds(check_tone(text)) == ["shouting"]


def test_short_digit_groups_are_not_personal_numbers() -> None:
    assert check_privacy("el pedido 123 4567 llegó roto") == []


def test_unusual_letters_keep_excerpts_aligned() -> None:
    (finding,) = check_tone("İstanbul: esto es basura")
    assert finding.excerpt == "basura"
