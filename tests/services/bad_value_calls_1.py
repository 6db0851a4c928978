"""Bad-value calls, part 1: the case procedure, master data, settings, letters, the report
draft, intake registration, the register-import mapping and the case list filter.

Each entry names the public service functions it calls ("package.function / ..."), the
call, and good arguments; the test replaces one argument with a hostile value.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from dataclasses import replace
from datetime import date, timedelta

from kluppluz_desk.documents.report.data import OrganisationFigures, ReportTexts
from kluppluz_desk.domain.enums import (
    CaseStatus,
    EscalationOutcome,
    InformedRole,
    LetterKind,
    ReactionKind,
    Severity,
)
from kluppluz_desk.domain.privacy import PrivacyHit
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, intake, letters, masterdata, register_import, report
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.settings import AppSettings, Organisation, save_settings
from tests.factories import days_ago
from tests.services.bad_values_harness import Call, draft_version

CALLS_1: dict[str, Call] = {
    "cases.register_case": (
        lambda db, **kw: cases.register_case(db, values=kw),
        lambda c: {
            "received_on": days_ago(2),
            "channel": "email",
            "kind": "complaint",
            "location_id": c.s.locations["Venetiëstraat"],
            "submitter_name": "Sanne Bakker",
            "child_birth_date": date(2020, 1, 1),
            "description": "Zorgen over het ophalen.",
        },
    ),
    "cases.update_case": (
        lambda db, case_id, version, **kw: cases.update_case(
            db, case_id=case_id, version=version, values=kw
        ),
        lambda c: {
            "case_id": c.open.id,
            "version": c.version(c.open.id),
            "received_on": days_ago(20),
            "child_birth_date": date(2019, 1, 1),
            "submitter_name": "Sanne",
            "public_summary": "Samenvatting",
        },
    ),
    "cases.perform_step": (
        lambda db, **kw: cases.perform_step(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "version": c.version(c.open.id),
            "step": Step.PROPOSE_SOLUTION,
            "on": days_ago(1),
            "values": {"solution_text": "Gesprek."},
        },
    ),
    "cases.add_note": (
        lambda db, **kw: cases.add_note(db, **kw),
        lambda c: {"case_id": c.open.id, "text": "Gebeld.", "is_agreement": False},
    ),
    "cases.record_informed": (
        lambda db, **kw: cases.record_informed(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "role": InformedRole.LOCATION_MANAGER,
            "informed_on": days_ago(3),
            "staff_id": c.s.staff["Marloes van Dijk"],
            "note": "Kort gemeld.",
        },
    ),
    "cases.add_extension": (
        lambda db, **kw: cases.add_extension(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "days": 1,
            "reason": "Wachten.",
            "decided_on": days_ago(1),
            "notified_on": days_ago(1),
        },
    ),
    "cases.add_pause": (
        lambda db, **kw: cases.add_pause(db, **kw),
        lambda c: {"case_id": c.open.id, "start_on": days_ago(4), "days": 2, "reason": "Ziek."},
    ),
    "cases.add_improvement": (
        lambda db, **kw: cases.add_improvement(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "title": "Titel",
            "description": "Omschrijving",
            "owner_id": c.s.staff["Johan Smits"],
            "due_on": today() + timedelta(days=30),
            "started_on": days_ago(1),
        },
    ),
    "cases.update_improvement": (
        lambda db, **kw: cases.update_improvement(db, **kw),
        lambda c: {
            "improvement_id": c.improvement,
            "status": "in_progress",
            "owner_id": c.s.staff["Johan Smits"],
            "due_on": today() + timedelta(days=10),
        },
    ),
    "cases.add_escalation": (
        lambda db, **kw: cases.add_escalation(db, **kw),
        lambda c: {
            "case_id": c.closed.id,
            "body": "complaints_desk",
            "submitted_on": days_ago(2),
            "note": "Ingediend.",
        },
    ),
    "cases.record_escalation_outcome": (
        lambda db, **kw: cases.record_escalation_outcome(db, **kw),
        lambda c: {
            "escalation_id": c.escalation,
            "outcome": EscalationOutcome.RESOLVED,
            "outcome_on": days_ago(1),
            "note": "Opgelost.",
        },
    ),
    "cases.add_attachment": (
        lambda db, **kw: cases.add_attachment(db, **kw),
        lambda c: {"case_id": c.open.id, "filename": "brief.pdf", "data": b"%PDF-1.4"},
    ),
    "cases.get_case / cases.find_case_id": (
        lambda db, case_id, reference: (
            cases.get_case(db, case_id),
            cases.find_case_id(db, reference),
        ),
        lambda c: {"case_id": c.open.id, "reference": c.open.reference},
    ),
    "masterdata.save_item": (
        lambda db, kind, item_id, **kw: masterdata.save_item(db, kind, kw, item_id),
        lambda c: {
            "kind": "location",
            "item_id": None,
            "name": f"Locatie {time.monotonic_ns()}",
            "region_id": c.s.regions["Eindhoven"],
            "address": "Straat 1",
            "location_manager_id": c.s.staff["Marloes van Dijk"],
        },
    ),
    "settings.save_settings": (
        lambda db, prefix, **kw: save_settings(
            db,
            replace(
                AppSettings(), organisation=replace(Organisation(), **kw), reference_prefix=prefix
            ),
        ),
        lambda c: {"prefix": "KR", "name": "KluppluZ", "place": "Eindhoven", "footer": "Voet"},
    ),
    "letters.record_letter": (
        lambda db, **kw: letters.record_letter(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "kind": LetterKind.EXTENSION,
            "pdf": b"%PDF-1.4",
            "letter_date": days_ago(1),
            "subject": "Verlenging",
            "recipient": "Sanne Bakker",
        },
    ),
    "letters.save_template": (
        lambda db, **kw: letters.save_template(db, **kw),
        lambda c: {
            "kind": LetterKind.ACKNOWLEDGEMENT,
            "subject": "Ontvangst {{referentie}}",
            "body": "{{aanhef}},\n\nWe hebben uw klantreactie ontvangen.",
        },
    ),
    "report.load_draft": (
        lambda db, year: report.load_draft(db, year),
        lambda c: {"year": today().year},
    ),
    "report.save_draft": (
        lambda db, year, version, trajectories, introduction, wizard_page: report.save_draft(
            db,
            year,
            report.DraftContent(
                organisation=OrganisationFigures(trajectories=trajectories),
                texts=ReportTexts(introduction=introduction),
                wizard_page=wizard_page,
            ),
            version,
        ),
        lambda c: {
            "year": today().year,
            "version": draft_version(c),
            "trajectories": 12,
            "introduction": "Inleiding",
            "wizard_page": "texts",
        },
    ),
    "report.record_distribution": (
        lambda db, year, version, region, sent_on, management: report.record_distribution(
            db,
            year,
            # an unhashable region cannot be a key: the wizard's dict could never hold it
            report.Distribution(
                ggd={region if isinstance(region, Hashable) else str(region): sent_on},
                management=management,
            ),
            version,
        ),
        lambda c: {
            "year": today().year,
            "version": draft_version(c),
            "region": "Eindhoven",
            "sent_on": days_ago(1),
            "management": days_ago(2),
        },
    ),
    "report.accept_hit": (
        lambda db, year, version, reason, reference, snippet: report.accept_hit(
            db,
            year,
            PrivacyHit(reference, "public_summary", "name", snippet, "Een naam."),
            reason,
            version,
        ),
        lambda c: {
            "year": today().year,
            "version": draft_version(c),
            "reason": "Naam van de locatie.",
            "reference": c.open.reference,
            "snippet": "Sanne",
        },
    ),
    "intake.register_intake": (
        lambda db, filename, data, message_id, allow_duplicate, **kw: intake.register_intake(
            db,
            draft=intake.IntakeDraft(
                source="mail.eml",
                values=dict(kw),
                files=[intake.IntakeFile(filename, data, "message/rfc822")],
                message_id=message_id,
            ),
            values=kw,
            allow_duplicate=allow_duplicate,
        ),
        lambda c: {
            "filename": "mail.eml",
            "data": b"Subject: klacht\r\n\r\nTekst",
            "message_id": f"<{time.monotonic_ns()}@voorbeeld.nl>",
            "allow_duplicate": False,
            "received_on": days_ago(1),
            "channel": "email",
            "kind": "complaint",
            "location_id": c.s.locations["Venetiëstraat"],
            "submitter_name": "Sanne Bakker",
            "description": "Zorgen over het ophalen.",
        },
    ),
    "register_import.preview_register / register_import.save_mapping / "
    "register_import.load_mapping": (
        lambda db, header, date_cell, location_cell, header_row, word, target, kind, region: (
            _preview_and_save(
                db,
                register_import.SheetRows(
                    "register.csv",
                    "Blad1",
                    ("Blad1",),
                    [["Datum", "Locatie", header], [date_cell, location_cell, "klacht"]],
                ),
                register_import.RegisterMapping(
                    header_row=header_row,
                    columns={"received_on": "Datum", "location": "Locatie", "kind": header},
                    # an unhashable word cannot be a key: a mapping file never holds one
                    values={"kind": {word if isinstance(word, Hashable) else str(word): target}},
                    default_kind=kind,
                    region=region,
                ),
            )
        ),
        lambda c: {
            "header": "Soort",
            "date_cell": "01-02-2024",
            "location_cell": "Venetiëstraat",
            "header_row": 0,
            "word": "klacht",
            "target": "complaint",
            "kind": "complaint",
            "region": "Eindhoven",
        },
    ),
    "cases.case_ids": (
        lambda db, sort_key, descending, **kw: cases.case_ids(
            db, cases.CaseFilter(**kw), cases.CaseSort(sort_key, descending)
        ),
        lambda c: {
            "text": "ophalen",
            "year": today().year,
            "location_id": c.s.locations["Venetiëstraat"],
            "statuses": (CaseStatus.ACKNOWLEDGED,),
            "open_only": True,
            "kind": ReactionKind.COMPLAINT,
            "severity": Severity.NORMAL,
            "overdue_only": False,
            "handler_id": c.s.staff["Johan Smits"],
            "sort_key": "reference",
            "descending": True,
        },
    ),
    "masterdata.list_items": (
        lambda db, **kw: masterdata.list_items(db, **kw),
        lambda c: {"kind": "location", "active_only": True},
    ),
}


def _preview_and_save(
    db: Database, rows: register_import.SheetRows, mapping: register_import.RegisterMapping
) -> None:
    register_import.preview_register(db, rows, mapping)
    register_import.save_mapping(db, mapping)
    # what was saved is read back as it was: a mapping the import accepts next time
    assert register_import.load_mapping(db) == register_import.RegisterMapping.from_json(
        mapping.to_json()
    )
