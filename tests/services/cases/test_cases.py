"""Registering and carrying a case through the procedure; audit trail; edit conflicts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kluppluz_desk.domain.enums import CaseStatus, InformedRole, Severity
from kluppluz_desk.domain.errors import ConflictError, DomainError, ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database, open_database
from tests.factories import case_values, days_ago, make_case, seed


def test_register_gives_sequential_references_per_year(db: Database) -> None:
    s = seed(db)
    first = cases.register_case(db, values=case_values(s, received_on=days_ago(2)))
    second = cases.register_case(db, values=case_values(s, received_on=days_ago(1)))
    year = days_ago(2).year
    if days_ago(1).year == year:
        assert first.reference == f"KR-{year}-001"
        assert second.reference == f"KR-{year}-002"
    assert first.status is CaseStatus.REGISTERED
    assert first.deadlines.acknowledgement == first.fields["received_on"] + timedelta(days=7)
    assert first.next_step is Step.ASSIGN_HANDLER


def test_register_validates_input(db: Database) -> None:
    s = seed(db)
    with pytest.raises(ValidationError, match="toekomst"):
        cases.register_case(db, values=case_values(s, received_on=today() + timedelta(days=1)))
    with pytest.raises(ValidationError, match="geen geldige datum"):
        cases.register_case(db, values=case_values(s, received_on="31-02-2021"))
    with pytest.raises(ValidationError, match="te lang"):
        cases.register_case(db, values=case_values(s, description="x" * 10_000_000))
    with pytest.raises(ValidationError, match="bestaat niet"):
        cases.register_case(db, values=case_values(s, location_id=9999))
    with pytest.raises(ValidationError, match="Locatie is verplicht"):
        cases.register_case(db, values=case_values(s, location_id=None))


def test_full_procedure_and_readable_history(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.CHECK_SATISFACTION)
    assert case.status is CaseStatus.SATISFACTION_CHECKED
    assert case.acknowledged_on and case.closed_on and case.satisfaction_checked_on
    texts = [h.text for h in case.history]
    assert "Behandelaar ingevuld: Marloes van Dijk" in texts
    assert "Status gewijzigd van Geregistreerd naar Behandelaar toegewezen" in texts
    assert any(t.startswith("Openbare samenvatting ingevuld") for t in texts)
    assert all(h.who == "kv-tester" or h.who == "Kees Verhoeven" for h in case.history)
    assert case.next_due_on is None


def test_actor_is_the_staff_member_for_the_login(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s)
    assert case.created_by == "Kees Verhoeven"  # login kv-tester belongs to him


def test_closing_without_public_texts_is_refused_with_reasons(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.PROPOSE_SOLUTION)
    assert case.steps[Step.CLOSE] == [
        "Vul de openbare samenvatting in (voor het jaarverslag).",
        "Vul de openbare maatregel in (voor het jaarverslag).",
        "Een klacht onder de Wet kinderopvang kan niet worden afgesloten zonder een "
        "gemotiveerd oordeel: leg per klachtonderdeel het oordeel en de motivering vast.",
    ]
    with pytest.raises(DomainError, match="openbare samenvatting"):
        cases.perform_step(db, case_id=case.id, version=case.version, step=Step.CLOSE)
    again = cases.get_case(db, case.id)
    assert again.status is CaseStatus.SOLUTION_PROPOSED  # nothing half-done was saved


def test_serious_case_needs_the_director_first(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, severity=Severity.SERIOUS.value)
    assert case.status is CaseStatus.AWAITING_DIRECTOR
    with pytest.raises(DomainError):
        cases.perform_step(
            db,
            case_id=case.id,
            version=case.version,
            step=Step.ASSIGN_HANDLER,
            values={"handler_id": s.staff["Marloes van Dijk"]},
        )
    case = case_records.record_informed(
        db,
        case_id=case.id,
        role=InformedRole.DIRECTOR,
        informed_on=case.fields["received_on"],
        staff_id=s.staff["Ingrid Willems"],
    )
    case = cases.perform_step(
        db,
        case_id=case.id,
        version=case.version,
        step=Step.RECORD_DIRECTOR_DECISION,
        values={"handler_id": s.staff["Johan Smits"], "director_decision": "Clustermanager."},
    )
    assert case.status is CaseStatus.ASSIGNED
    assert case.fields["director_decided_on"] == today()
    assert case.informed[0].staff_name == "Ingrid Willems"


def test_extension_and_pause_move_deadlines_and_are_kept(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.ACKNOWLEDGE)
    before = case.deadlines
    case = case_records.add_extension(db, case_id=case.id, days=14, reason="Gesprek gepland")
    case = case_records.add_pause(
        db, case_id=case.id, start_on=today(), days=3, reason="Ouder op vakantie"
    )
    assert case.deadlines.solution == before.solution + timedelta(days=17)
    assert case.deadlines.legal == before.legal + timedelta(days=17)
    assert case.next_due_on == case.deadlines.solution
    assert [e.reason for e in case.extensions] == ["Gesprek gepland"]
    assert any("Verlenging toegevoegd" in h.text for h in case.history)
    with pytest.raises(ValidationError, match="ten hoogste 28"):
        case_records.add_extension(db, case_id=case.id, days=15, reason="Nog langer")


def test_records_on_a_case(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.CLOSE)
    case = case_records.add_note(db, case_id=case.id, text="Afspraak: bellen", is_agreement=True)
    case = case_records.add_improvement(
        db, case_id=case.id, title="Protocol ophalen", owner_id=s.staff["Johan Smits"]
    )
    case = case_records.add_escalation(
        db, case_id=case.id, body="disputes_committee", submitted_on=today()
    )
    case = case_records.add_attachment(
        db, case_id=case.id, filename="C:\\mail\\klacht.eml", data=b"From: ouder"
    )
    assert case.notes[-1].text == "Afspraak: bellen" and case.notes[-1].is_agreement
    assert case.improvements[0].owner_name == "Johan Smits"
    assert case.escalations[0].body.value == "disputes_committee"
    assert case.attachments[0].filename == "klacht.eml"
    assert case_records.attachment_data(db, case.attachments[0].id) == (
        "klacht.eml",
        b"From: ouder",
    )
    with pytest.raises(ValidationError, match="ten hoogste 20 MB"):
        case_records.add_attachment(
            db, case_id=case.id, filename="scan.pdf", data=b"0" * (21 * 1024 * 1024)
        )


def test_second_instance_gets_a_conflict_naming_the_change(db_url: str) -> None:
    """Two program instances (two engines) edit the same case: nothing is overwritten."""
    first = open_database(db_url, user="kv-tester")
    second = open_database(db_url, user="mvandijk")
    try:
        s = seed(first)
        case = make_case(first, s)
        mine = cases.get_case(first, case.id)
        theirs = cases.get_case(second, case.id)
        cases.update_case(
            second,
            case_id=case.id,
            version=theirs.version,
            values={"handler_id": s.staff["Johan Smits"]},
        )
        with pytest.raises(ConflictError) as error:
            cases.update_case(
                first,
                case_id=case.id,
                version=mine.version,
                values={"handler_id": s.staff["Marloes van Dijk"]},
            )
        assert error.value.changes == ["Behandelaar ingevuld: Johan Smits (door Marloes van Dijk)"]
        stored = cases.get_case(first, case.id)
        assert stored.fields["handler_id"] == s.staff["Johan Smits"]
        # With the fresh version, the first user can still save deliberately.
        saved = cases.update_case(
            first,
            case_id=case.id,
            version=stored.version,
            values={"handler_id": s.staff["Marloes van Dijk"]},
        )
        assert saved.handler_name == "Marloes van Dijk"
    finally:
        first.dispose()
        second.dispose()


def test_a_note_from_someone_else_is_no_conflict(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s)
    case_records.add_note(db, case_id=case.id, text="Gebeld")
    saved = cases.update_case(
        db, case_id=case.id, version=case.version, values={"submitter_phone": "06-12345678"}
    )
    assert saved.fields["submitter_phone"] == "06-12345678"


def test_withdraw_and_reopen(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s)
    case = cases.perform_step(
        db,
        case_id=case.id,
        version=case.version,
        step=Step.WITHDRAW,
        values={"withdraw_reason": "Ouder trekt klacht in"},
    )
    assert case.status is CaseStatus.WITHDRAWN and case.next_due_on is None
    closed = make_case(db, s, upto=Step.CLOSE)
    reopened = cases.perform_step(
        db, case_id=closed.id, version=closed.version, step=Step.REOPEN, reason="Ouder belt terug"
    )
    assert reopened.status is CaseStatus.ACKNOWLEDGED and reopened.closed_on is None


def test_improvement_due_date_can_be_moved_and_cleared(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.CLOSE)
    case = case_records.add_improvement(
        db, case_id=case.id, title="Protocol ophalen", due_on=today() + timedelta(days=30)
    )
    action = case.improvements[0].id
    later = today() + timedelta(days=60)
    case = case_records.update_improvement(db, improvement_id=action, due_on=later)
    assert case.improvements[0].due_on == later
    # None leaves the date alone; only clear_due_on empties it.
    case = case_records.update_improvement(db, improvement_id=action, due_on=None)
    assert case.improvements[0].due_on == later
    case = case_records.update_improvement(db, improvement_id=action, clear_due_on=True)
    assert case.improvements[0].due_on is None
    lines = [h.text for h in case.history if "streefdatum" in h.text]
    assert len(lines) == 2 and lines[1].endswith("naar geen"), lines
    assert not any("verwijderd" in h.text for h in case.history)


def test_improvement_new_owner_shows_in_the_returned_detail(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, upto=Step.CLOSE)
    case = case_records.add_improvement(
        db, case_id=case.id, title="Protocol ophalen", owner_id=s.staff["Johan Smits"]
    )
    case = case_records.update_improvement(
        db, improvement_id=case.improvements[0].id, owner_id=s.staff["Marloes van Dijk"]
    )
    assert case.improvements[0].owner_id == s.staff["Marloes van Dijk"]
    assert case.improvements[0].owner_name == "Marloes van Dijk"


def test_step_dates_and_readable_record_history(db: Database) -> None:
    from kluppluz_desk.domain.enums import ImprovementStatus

    s = seed(db)
    case = make_case(db, s, upto=Step.ASSIGN_HANDLER)
    with pytest.raises(ValidationError, match="toekomst"):
        cases.perform_step(
            db,
            case_id=case.id,
            version=case.version,
            step=Step.ACKNOWLEDGE,
            on=today() + timedelta(days=1),
        )
    with pytest.raises(ValidationError, match="vóór de datum van ontvangst"):
        case_records.add_extension(
            db,
            case_id=case.id,
            days=7,
            reason="Gesprek",
            notified_on=case.fields["received_on"] - timedelta(days=1),
        )
    case = case_records.add_improvement(
        db, case_id=case.id, title="Protocol", due_on=date(2026, 12, 23)
    )
    case = case_records.update_improvement(
        db, improvement_id=case.improvements[0].id, status=ImprovementStatus.IN_PROGRESS
    )
    texts = [h.text for h in case.history]
    assert "Verbeteractie toegevoegd: Protocol" in texts
    assert "Verbeteractie: status gewijzigd van planned naar in_progress" in texts or any(
        t.startswith("Verbeteractie: status gewijzigd van") for t in texts
    )
