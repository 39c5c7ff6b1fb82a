"""Letters speak to the company, never to the reader.

Everything that can land in a message the reader sends (an e-mail, a portal comment, a
chat, what the call script has them say, a social post, the formal complaint, the
case-number request, the chronology for an authority) says «ustedes» to the company and «yo»
for the reader: a «tu factura» or «te lo devuelven» there reads as if the company wrote it.
This module goes over every such string: the templates in `followup.texts`, the country's
words in `followup.vocabulary`, the legal facts a letter cites, and the letters composed for
cases of every country, sector, situation, kind, channel, goal and complaint channel.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

import pytest

from followup import legal, texts, vocabulary
from followup.messages import Goal, MessageKind, compose_kind
from followup.model import (
    OTHER_COUNTRY,
    CaseFile,
    CaseSector,
    Channel,
    CompanySize,
    ComplaintChannel,
    Impact,
    Interaction,
    InteractionKind,
    SituationKind,
)
from followup.render import place_text

# Forms that address the reader (tú): pronouns, possessives and the verbs a letter would use.
READER_WORDS = frozenset(
    {
        "tu",
        "tus",
        "te",
        "ti",
        "contigo",
        "tuyo",
        "tuya",
        "tuyos",
        "tuyas",
        "tienes",
        "puedes",
        "quieres",
        "debes",
        "necesitas",
        "estás",
        "eres",
        "has",
        "hayas",
        "vas",
        "sabes",
        "reclamas",
        "presentas",
        "pagas",
        "recibes",
        "tengas",
        "puedas",
        "quieras",
        "diste",
        "hiciste",
        "pediste",
        "recibiste",
        "abriste",
        "escribiste",
        "viste",
        "dijiste",
        "fuiste",
    }
)
# Past tense of -ar verbs said to the reader («presentaste», «pagaste», «llamaste»); these
# words end the same way and are not.
NOT_PRETERITE = frozenset({"contraste", "desgaste", "engaste", "baste", "gaste", "aplaste"})
WORD = re.compile(r"[^\W\d_]+")


def reader_forms(text: str) -> list[str]:
    """The words of `text` that address the reader."""
    found = []
    for word in WORD.findall(text.casefold()):
        preterite = word.endswith("aste") and len(word) > 5 and word not in NOT_PRETERITE
        if word in READER_WORDS or preterite:
            found.append(word)
    return found


def test_the_check_catches_the_known_offenders_and_spares_the_company_register() -> None:
    assert reader_forms("la Junta Arbitral que indica tu factura o contrato") == ["tu"]
    assert reader_forms("la autoridad de tu provincia o municipio") == ["tu"]
    assert reader_forms("Si no te lo devuelven, puedes reclamar lo que pagaste.") == [
        "te",
        "puedes",
        "pagaste",
    ]
    clean = (
        "Les ruego que me respondan antes del 16 de diciembre. Existe un contraste entre la "
        "factura y el cargo; el cliente insiste en que ustedes tienen su justificante."
    )
    assert reader_forms(clean) == []


# --- templates ----------------------------------------------------------------------------

# Everything in `texts` a company reads, by name prefix (the call script's headings, the
# notes the reader takes and the tip to wait are for the reader and stay out).
COMPANY_TEXTS = (
    "CASE_NUMBER_PLACEHOLDER",
    "SIGNATURE_PLACEHOLDER",
    "NAME_PLACEHOLDER",
    "SUBJECT",
    "GREETING_",
    "RECAP",
    "GOAL_SENTENCES",
    "NEW_INFO",
    "CRITICAL",
    "OFFER",
    "EVIDENCE_INTRO",
    "CLOSE",
    "SIGN_OFF",
    "ESCALATION_REQUEST",
    "SLA_MISSED",
    "EARLIER_FOLLOW_UPS",
    "CHAT_",
    "PHONE_INTRO",
    "PHONE_PROBLEM",
    "PHONE_OPENED",
    "PHONE_NEW_INFO",
    "PHONE_CRITICAL",
    "PHONE_SAY_LINE",
    "PHONE_AGENT",
    "PHONE_DEADLINE",
    "PHONE_QUESTIONS",
    "PHONE_ESCALATION_QUESTION",
    "PHONE_RECORD_QUESTION",
    "SOCIAL_",
    "COMPLAINT_",
    "ID_NAME_ANY",
    "ASK_NUMBER_",
    "CHRONO_",
    "CHANNEL_IN_SENTENCE",
    "MONTHS",
)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def company_templates() -> list[tuple[str, str]]:
    return [
        (name, text)
        for name in dir(texts)
        if name.isupper() and name.startswith(COMPANY_TEXTS)
        for text in _strings(getattr(texts, name))
    ]


def test_every_template_a_company_reads_says_ustedes_not_tu() -> None:
    templates = company_templates()
    assert len(templates) > 150  # the sweep covers the message templates, not a few
    offenders = [(name, text) for name, text in templates if reader_forms(text)]
    assert offenders == []


def test_the_countrys_words_in_a_letter_never_address_the_reader() -> None:
    entries = [vocabulary.DEFAULT, *vocabulary.COUNTRIES.values()]
    entries += [vocabulary.words(code, sector) for code, sector in vocabulary.SECTORS]
    offenders = []
    for words in entries:
        company = (
            words.id_name,
            words.complaint.a,
            words.complaint.this,
            words.complaint_a,
            words.complaint_title,
            words.ref.the,
            words.ref_short,
            words.book.the,
            words.authority_action,
            words.book_request,
            words.silence,
            words.silence_past,
        )
        offenders += [text for text in company if reader_forms(text)]
    offenders += [law for law in vocabulary.LAW_CITATIONS.values() if reader_forms(law)]
    offenders += [t for t in texts.COMPLAINT_SITUATION_REQUESTS.values() if reader_forms(t)]
    assert offenders == []


# --- the legal facts a letter cites -------------------------------------------------------

# The authority the formal complaint names as the next step («acudiré a …»): the first
# authority for the case's sector, so every authority of every country can be the one.
# (Spain's energy arbitration and Argentina's Ventanilla said «tu factura», «tu provincia»
# until the legal data was fixed: this is the test that caught them.)


def _cited_bodies(code: str) -> list[str]:
    country = legal.COUNTRIES[code]
    bodies = {r.body for sector in legal.Sector for r in country.authorities(sector)}
    return sorted(bodies)


@pytest.mark.parametrize("code", sorted(legal.COUNTRIES))
def test_the_authorities_a_letter_names_are_named_for_the_company(code: str) -> None:
    offenders = [body for body in _cited_bodies(code) if reader_forms(body)]
    assert offenders == []


# --- letters composed for every kind of case ----------------------------------------------

TODAY = dt.date(2026, 12, 1)


def _case(
    country: str,
    sector: CaseSector | None,
    situation: SituationKind | None,
    complaint_channel: ComplaintChannel | None,
    *,
    filed: bool,
    reply_by: bool,
) -> CaseFile:
    """A case with every field a letter uses filled in (in words that never say «tú»)."""
    return CaseFile(
        id="register",
        case_number="48213",
        company="Compañía Ejemplo",
        channel=Channel.EMAIL,
        opened=dt.date(2026, 10, 20),
        last_contact=dt.date(2026, 11, 5),
        sla_amount=5,
        summary="El servicio falla desde el 20 de octubre. El técnico nunca vino.",
        impact=Impact.CRITICAL,
        new_info="ahora también falla el teléfono fijo",
        agent_name="Laura Gómez",
        evidence=("Factura de octubre", "Captura del error"),
        interactions=(
            Interaction(dt.date(2026, 10, 20), Channel.PHONE, InteractionKind.CONTACT, "Ana", "x"),
            Interaction(dt.date(2026, 11, 5), Channel.EMAIL, InteractionKind.FOLLOW_UP),
            Interaction(dt.date(2026, 11, 12), Channel.CHAT, InteractionKind.ESCALATION),
        ),
        country=country,
        sector=sector,
        situation=situation,
        company_size=CompanySize.LARGE if country == "ES" else None,
        complaint_date=dt.date(2026, 11, 2) if filed else None,
        complaint_channel=complaint_channel if filed else None,
        complaint_ref="R-77" if filed else "",
        reply_by=dt.date(2026, 12, 15) if reply_by else None,
        signer_name="Ana Pérez",
        reader_id="12345678Z",
        reader_address="Calle Mayor 5, Madrid",
        customer_number="CL-1",
        declared_follow_ups=2,
    )


def _company_text(kind: MessageKind, channel: Channel, text: str) -> str:
    """What a company reads of a draft: all of it, but for a call script, what the reader
    says and asks (its headings and notes are the reader's)."""
    if kind is MessageKind.FOLLOW_UP and channel is Channel.PHONE:
        lines = text.split("\n")
        return "\n".join(line for line in lines if line.startswith(("«", "- ¿")))
    return text


COUNTRIES = [*sorted(legal.COUNTRIES), OTHER_COUNTRY, ""]
SECTORS: list[CaseSector | None] = [*CaseSector, None]
SITUATIONS: list[SituationKind | None] = [*SituationKind, None]
COMPLAINT_CHANNELS: list[ComplaintChannel | None] = [*ComplaintChannel, None]


def _letters() -> Iterator[tuple[str, str]]:
    goals = itertools.cycle(Goal)
    channels = itertools.cycle(COMPLAINT_CHANNELS)
    # Every country × sector × situation, for the letters beyond support; filed or not,
    # with or without the reader's reply date, before and after the company's deadline.
    for n, (country, sector, situation) in enumerate(
        itertools.product(COUNTRIES, SECTORS, SITUATIONS)
    ):
        case = _case(
            country, sector, situation, next(channels), filed=n % 2 == 0, reply_by=n % 3 > 0
        )
        today = TODAY if n % 4 else dt.date(2026, 11, 6)
        for kind in (MessageKind.COMPLAINT, MessageKind.CHRONOLOGY, MessageKind.ASK_NUMBER):
            draft = compose_kind(
                case, kind, Channel.EMAIL, next(goals), today, place=place_text(case)
            )
            yield f"{kind} {country}/{sector}/{situation}", f"{draft.subject or ''}\n{draft.body}"
    # Every follow-up and escalation request, on every channel, for every goal.
    for country, channel, goal, escalate in itertools.product(
        COUNTRIES, Channel, Goal, (False, True)
    ):
        case = _case(country, CaseSector.TELECOM, None, None, filed=False, reply_by=False)
        draft = compose_kind(
            case, MessageKind.FOLLOW_UP, channel, goal, TODAY, escalate=escalate, wait_until=TODAY
        )
        text = "\n".join(t for t in (draft.subject, draft.body, draft.private_body) if t)
        yield (
            f"{channel} {goal} {'escalation' if escalate else 'follow-up'} {country}",
            _company_text(MessageKind.FOLLOW_UP, channel, text),
        )


LETTERS = list(_letters())


def test_the_sweep_covers_every_kind_of_letter() -> None:
    assert len(LETTERS) > 2000
    for needle in (
        "presento un reclamo (PQR)",  # Colombia
        "confirmo la reclamación que presenté",  # a complaint made by phone, confirmed
        "Les ruego que me respondan antes del 15 de diciembre de 2026",  # the reader's date
        "la Ley 10/2025 de servicios de atención a la clientela",  # Spain's deadline, cited
        "Libro de Reclamaciones",  # Peru
        "«Hola, llamo por el caso número 48213.",  # what a call script has them say
    ):
        assert any(needle in text for _, text in LETTERS), needle


def test_no_letter_to_a_company_addresses_the_reader() -> None:
    offenders = [(name, reader_forms(text)) for name, text in LETTERS if reader_forms(text)]
    assert offenders == []
