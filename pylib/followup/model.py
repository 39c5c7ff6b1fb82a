"""The case file ("expediente"): everything the guide tells a reader to gather.

Pure data: dataclasses and enums, with a lossless dict form used by storage. Every tool
is a view of a `CaseFile`; validation lives in `followup.validation`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Channel(StrEnum):
    EMAIL = "email"
    PORTAL = "portal"
    CHAT = "chat"
    PHONE = "phone"
    SOCIAL = "social"


class Impact(StrEnum):
    LOW = "low"
    AFFECTS_ME = "affects_me"
    CRITICAL = "critical"


class SlaUnit(StrEnum):
    """The unit of a promised response time, as the company said it."""

    HOURS = "hours"  # business hours ("48 horas hábiles")
    DAYS = "days"  # business days ("5 días hábiles")
    CALENDAR_HOURS = "calendar_hours"  # round-the-clock hours ("48 horas")
    CALENDAR_DAYS = "calendar_days"  # calendar days ("5 días naturales")

    @property
    def business(self) -> bool:
        return self in (SlaUnit.HOURS, SlaUnit.DAYS)

    @property
    def in_hours(self) -> bool:
        return self in (SlaUnit.HOURS, SlaUnit.CALENDAR_HOURS)


# Where the case is: a country of `followup.legal` (ISO code) or "other".
OTHER_COUNTRY = "other"


class CaseSector(StrEnum):
    """The sectors a reader chooses from; each maps to the `legal.Sector` its rules use."""

    TELECOM = "telecom"
    FINANCE = "banca"  # banks, cards and payments
    INSURANCE = "seguros"
    UTILITIES = "energia"  # electricity, gas and water
    AIR = "aereo"
    OTHER = "general"


class ComplaintChannel(StrEnum):
    """How the formal complaint was filed. Written channels leave a record by themselves;
    chat, phone and in person leave one only with the reference the company gave."""

    EMAIL = "email"
    FORM = "form"  # the company's web form or portal
    BOOK = "book"  # complaints book or sheet (libro / hoja de reclamaciones)
    LETTER = "letter"  # posted letter, registered or burofax
    IN_PERSON = "in_person"
    CHAT = "chat"
    PHONE = "phone"


class SituationKind(StrEnum):
    """What happened: it decides how urgent the case is and which rung comes next
    (`followup.situations` holds what each one means, country by country)."""

    UNAUTHORISED_CHARGE = "unauthorised_charge"  # a charge or payment the reader never made
    WRONG_BILL = "wrong_bill"  # a wrong or double bill
    SERVICE_CUT = "service_cut"  # a basic service cut or not working
    ORDER = "order"  # an order not delivered, or a faulty product (guarantee)
    CANCELLATION = "cancellation"  # a cancellation not processed
    FLIGHT = "flight"  # a flight cancelled or delayed, baggage lost
    OTHER = "other"


class CompanySize(StrEnum):
    """Which company rule applies where a country has two (Spain: Ley 10/2025 for large
    companies, basic supplies and transport; TRLGDCU art. 21.3 for the rest). The values
    match `legal.Rung.for_companies`."""

    LARGE = "grandes"
    OTHER = "resto"


class InteractionKind(StrEnum):
    """What an entry of the timeline records: a contact, or a follow-up/escalation you sent."""

    CONTACT = "contact"
    FOLLOW_UP = "follow_up"
    ESCALATION = "escalation"


@dataclass(frozen=True)
class Interaction:
    date: dt.date
    channel: Channel
    kind: InteractionKind = InteractionKind.CONTACT
    agent: str = ""
    note: str = ""


@dataclass(frozen=True)
class CaseFile:
    """One support case. `id` is local and stable; `case_number` is the company's."""

    id: str
    title: str = ""
    case_number: str = ""
    company: str = ""
    channel: Channel | None = None
    opened: dt.date | None = None
    last_contact: dt.date | None = None
    sla_amount: int | None = None
    sla_unit: SlaUnit = SlaUnit.DAYS
    summary: str = ""
    impact: Impact | None = None
    new_info: str = ""
    agent_name: str = ""
    evidence: tuple[str, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    next_action: dt.date | None = None
    checked: frozenset[str] = field(default_factory=frozenset)
    # Beyond the company's support (schema version 2).
    country: str = ""  # ISO code from followup.legal, OTHER_COUNTRY, or "" when unknown
    sector: CaseSector | None = None
    complaint_date: dt.date | None = None
    complaint_channel: ComplaintChannel | None = None
    complaint_ref: str = ""  # the company's reference: clave, folio, código…
    authority_date: dt.date | None = None
    # What the reader told the tools (schema version 3): the name that signs the messages,
    # the wizard's answers (None: not answered yet) and the builder's "escalate" tick.
    signer_name: str = ""
    declared_follow_ups: int | None = None
    channels_tried: frozenset[Channel] | None = None
    escalated: bool | None = None
    escalate: bool = False
    # What happened and what the letters need (schema version 4): the situation, the
    # reader's region (regional holidays) and which company rule applies, the reader's
    # identity for a formal letter, the reply date the reader set where the law sets none,
    # the drafts the reader edited (by message key, see `messages.draft_key`), what the
    # builder was set to for this case, and whether the wizard reached its result.
    situation: SituationKind | None = None
    region: str = ""
    company_size: CompanySize | None = None
    reader_id: str = ""
    reader_address: str = ""
    customer_number: str = ""
    reply_by: dt.date | None = None
    drafts: tuple[tuple[str, str], ...] = ()
    message_kind: str = ""
    goal: str = ""
    wizard_done: bool = False

    def with_changes(self, **changes: Any) -> CaseFile:
        return replace(self, **changes)

    def display_name(self) -> str:
        """The name shown in the case selector."""
        if self.title.strip():
            return self.title.strip()
        if self.case_number.strip():
            return f"Caso #{self.case_number.strip()}"
        return "Caso sin nombre"

    def draft(self, key: str) -> str | None:
        """The text the reader edited for this message, or None (the tool writes it)."""
        return dict(self.drafts).get(key)

    def with_draft(self, key: str, text: str | None) -> CaseFile:
        """The case keeping `text` as the reader's own draft for `key` (None forgets it)."""
        kept = {k: v for k, v in self.drafts if k != key}
        if text is not None:
            kept[key] = text
        return replace(self, drafts=tuple(sorted(kept.items())))

    def follow_up_dates(self) -> list[dt.date]:
        """Dates of the follow-ups and escalations already sent, oldest first."""
        return sorted(
            i.date
            for i in self.interactions
            if i.kind in (InteractionKind.FOLLOW_UP, InteractionKind.ESCALATION)
        )


def _date_or_none(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"not an ISO date: {value!r}")
    return dt.date.fromisoformat(value)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def interaction_to_dict(item: Interaction) -> dict[str, Any]:
    return {
        "date": item.date.isoformat(),
        "channel": item.channel.value,
        "kind": item.kind.value,
        "agent": item.agent,
        "note": item.note,
    }


def interaction_from_dict(data: dict[str, Any]) -> Interaction:
    day = _date_or_none(data.get("date"))
    if day is None:
        raise ValueError("interaction without a date")
    return Interaction(
        date=day,
        channel=Channel(data.get("channel", "email")),
        kind=InteractionKind(data.get("kind", "contact")),
        agent=str(data.get("agent", "")),
        note=str(data.get("note", "")),
    )


def case_to_dict(case: CaseFile) -> dict[str, Any]:
    return {
        "id": case.id,
        "title": case.title,
        "case_number": case.case_number,
        "company": case.company,
        "channel": case.channel.value if case.channel else None,
        "opened": _iso(case.opened),
        "last_contact": _iso(case.last_contact),
        "sla_amount": case.sla_amount,
        "sla_unit": case.sla_unit.value,
        "summary": case.summary,
        "impact": case.impact.value if case.impact else None,
        "new_info": case.new_info,
        "agent_name": case.agent_name,
        "evidence": list(case.evidence),
        "interactions": [interaction_to_dict(i) for i in case.interactions],
        "next_action": _iso(case.next_action),
        "checked": sorted(case.checked),
        "country": case.country,
        "sector": case.sector.value if case.sector else None,
        "complaint_date": _iso(case.complaint_date),
        "complaint_channel": case.complaint_channel.value if case.complaint_channel else None,
        "complaint_ref": case.complaint_ref,
        "authority_date": _iso(case.authority_date),
        "signer_name": case.signer_name,
        "declared_follow_ups": case.declared_follow_ups,
        "channels_tried": (
            None if case.channels_tried is None else sorted(c.value for c in case.channels_tried)
        ),
        "escalated": case.escalated,
        "escalate": case.escalate,
        "situation": case.situation.value if case.situation else None,
        "region": case.region,
        "company_size": case.company_size.value if case.company_size else None,
        "reader_id": case.reader_id,
        "reader_address": case.reader_address,
        "customer_number": case.customer_number,
        "reply_by": _iso(case.reply_by),
        "drafts": dict(case.drafts),
        "message_kind": case.message_kind,
        "goal": case.goal,
        "wizard_done": case.wizard_done,
    }


def case_from_dict(data: dict[str, Any]) -> CaseFile:
    """Inverse of `case_to_dict`. Raises ValueError/TypeError/KeyError on malformed data."""
    if not isinstance(data, dict):
        raise TypeError("a case file must be an object")
    sla = data.get("sla_amount")
    if sla is not None and (not isinstance(sla, int) or isinstance(sla, bool)):
        raise ValueError("sla_amount must be an integer")
    channel = data.get("channel")
    impact = data.get("impact")
    sector = data.get("sector")
    complaint_channel = data.get("complaint_channel")
    declared = data.get("declared_follow_ups")
    if declared is not None and (not isinstance(declared, int) or isinstance(declared, bool)):
        raise ValueError("declared_follow_ups must be an integer")
    tried = data.get("channels_tried")
    if tried is not None and not isinstance(tried, list):
        raise ValueError("channels_tried must be a list")
    escalated = data.get("escalated")
    situation = data.get("situation")
    company_size = data.get("company_size")
    drafts = data.get("drafts") or {}
    if not isinstance(drafts, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in drafts.items()
    ):
        raise ValueError("drafts must map message keys to text")
    return CaseFile(
        id=str(data["id"]),
        title=str(data.get("title", "")),
        case_number=str(data.get("case_number", "")),
        company=str(data.get("company", "")),
        channel=Channel(channel) if channel else None,
        opened=_date_or_none(data.get("opened")),
        last_contact=_date_or_none(data.get("last_contact")),
        sla_amount=sla,
        sla_unit=SlaUnit(data.get("sla_unit", "days")),
        summary=str(data.get("summary", "")),
        impact=Impact(impact) if impact else None,
        new_info=str(data.get("new_info", "")),
        agent_name=str(data.get("agent_name", "")),
        evidence=tuple(str(e) for e in data.get("evidence", [])),
        interactions=tuple(interaction_from_dict(i) for i in data.get("interactions", [])),
        next_action=_date_or_none(data.get("next_action")),
        checked=frozenset(str(c) for c in data.get("checked", [])),
        country=str(data.get("country") or ""),
        sector=CaseSector(sector) if sector else None,
        complaint_date=_date_or_none(data.get("complaint_date")),
        complaint_channel=ComplaintChannel(complaint_channel) if complaint_channel else None,
        complaint_ref=str(data.get("complaint_ref", "")),
        authority_date=_date_or_none(data.get("authority_date")),
        signer_name=str(data.get("signer_name", "")),
        declared_follow_ups=declared,
        channels_tried=None if tried is None else frozenset(Channel(c) for c in tried),
        escalated=None if escalated is None else bool(escalated),
        escalate=bool(data.get("escalate", False)),
        situation=SituationKind(situation) if situation else None,
        region=str(data.get("region") or ""),
        company_size=CompanySize(company_size) if company_size else None,
        reader_id=str(data.get("reader_id", "")),
        reader_address=str(data.get("reader_address", "")),
        customer_number=str(data.get("customer_number", "")),
        reply_by=_date_or_none(data.get("reply_by")),
        drafts=tuple(sorted(drafts.items())),
        message_kind=str(data.get("message_kind") or ""),
        goal=str(data.get("goal") or ""),
        wizard_done=bool(data.get("wizard_done", False)),
    )
