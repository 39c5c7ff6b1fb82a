"""Schema version 4: what happened, the reader's identity for letters, their own drafts."""

from __future__ import annotations

import datetime as dt
import json

from followup import storage, sync, validation
from followup.model import CaseFile, CompanySize, SituationKind
from followup.storage import CaseLog

TODAY = dt.date(2026, 12, 2)


def test_a_version_3_document_keeps_every_field_and_gains_the_new_ones_empty() -> None:
    case = CaseFile(id="c-1", case_number="48213", summary="El router no conecta.")
    v3 = json.loads(storage.serialize(CaseLog(cases=(case,), active_id="c-1")))
    for name in storage.V4_FIELDS:
        v3["cases"][0].pop(name, None)  # saved documents leave defaults out
    v3["version"] = 3
    log = storage.parse(json.dumps(v3))
    assert log.cases[0] == case
    assert log.cases[0].situation is None and log.cases[0].drafts == ()


def test_the_new_fields_survive_a_save_and_a_reload() -> None:
    case = CaseFile(
        id="c-1",
        situation=SituationKind.WRONG_BILL,
        region="MD",
        company_size=CompanySize.LARGE,
        reader_id="12345678Z",
        reader_address="Calle Mayor 5, 28013 Madrid",
        customer_number="CL-000123",
        reply_by=dt.date(2026, 12, 16),
        message_kind="complaint",
        goal="refund",
        wizard_done=True,
    ).with_draft("complaint", "Mi carta, con mi DNI.")
    log = storage.parse(storage.serialize(CaseLog(cases=(case,), active_id="c-1")))
    assert log.cases[0] == case
    assert log.cases[0].draft("complaint") == "Mi carta, con mi DNI."


def test_forgetting_a_draft_leaves_the_others() -> None:
    case = CaseFile(id="c").with_draft("complaint", "A").with_draft("follow_up:email", "B")
    assert case.with_draft("complaint", None).drafts == (("follow_up:email", "B"),)


def test_two_tabs_editing_different_drafts_keep_both() -> None:
    base_case = CaseFile(id="c", case_number="1")
    base = CaseLog(cases=(base_case,), active_id="c")
    mine = CaseLog(cases=(base_case.with_draft("complaint", "mi carta"),), active_id="c")
    theirs = CaseLog(cases=(base_case.with_draft("follow_up:chat", "mi chat"),), active_id="c")
    merged = sync.merge(base, mine, theirs).cases[0]
    assert merged.draft("complaint") == "mi carta"
    assert merged.draft("follow_up:chat") == "mi chat"


def test_a_reply_date_before_the_complaint_is_refused_in_spanish() -> None:
    case = CaseFile(id="c", complaint_date=dt.date(2026, 12, 1))
    same, error = validation.set_field(case, "reply_by", "2026-11-30", TODAY)
    assert same == case and error and "posterior" in error
    later, error = validation.set_field(case, "reply_by", "2026-12-15", TODAY)
    assert error is None and later.reply_by == dt.date(2026, 12, 15)


def test_what_happened_is_one_of_the_choices() -> None:
    case = CaseFile(id="c")
    _, error = validation.set_field(case, "situation", "robo", TODAY)
    assert error == "Elige una de las opciones de la lista."
    chosen, error = validation.set_field(case, "situation", "service_cut", TODAY)
    assert error is None and chosen.situation is SituationKind.SERVICE_CUT


def test_identity_fields_stay_on_one_line() -> None:
    case, error = validation.set_field(CaseFile(id="c"), "reader_address", "Calle 1\n28013", TODAY)
    assert error is None and case.reader_address == "Calle 1 28013"
