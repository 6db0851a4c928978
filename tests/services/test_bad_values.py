"""Services refuse bad values with a message, never a traceback (property-based).

Every public service function that takes values from a user (the feature packages'
`__init__` exports: cases incl. the list filter `case_ids`/`CaseFilter`, masterdata incl.
`list_items`, settings, letters, the report draft `load_draft`/`save_draft`/
`record_distribution`/`accept_hit`, intake `register_intake`, register import
`preview_register`/`save_mapping`) is called with
one argument replaced by a hostile value: lone surrogates, NUL, a 10 MB text, integers
at and beyond the 64-bit range, a `datetime` where a date belongs, dates from 0001 to
9999-12-31 and in the future, lists nested 1,000 deep, wrong types. Each call must either
succeed, leaving a case the services accept later, or raise a `KnownProblem` with a
message. Any other exception fails the test.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kluppluz_desk.documents.report.data import OrganisationFigures, ReportTexts
from kluppluz_desk.domain.enums import (
    CaseStatus,
    EscalationOutcome,
    InformedRole,
    LetterKind,
    ReactionKind,
    Severity,
)
from kluppluz_desk.domain.errors import KnownProblem, ValidationError
from kluppluz_desk.domain.privacy import PrivacyHit
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, intake, letters, masterdata, register_import, report
from kluppluz_desk.services.cases.rules import check_whole_case
from kluppluz_desk.services.cases.view import load_case
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.settings import AppSettings, Organisation, load_settings, save_settings
from tests.factories import Seeded, days_ago, make_case, seed

HUGE = "x" * (10 * 1024 * 1024)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


BAD_VALUES = st.one_of(
    st.sampled_from(
        [
            "a\ud800b",
            "\udfff",
            "nul\x00byte",
            HUGE,
            "",
            "   ",
            2**63,
            2**63 - 1,
            -(2**63) - 1,
            10**30,
            -1,
            0,
            True,
            1.5,
            float("nan"),
            None,
            datetime(2024, 1, 1, 12, 0),
            date(9999, 12, 31),
            date(1, 1, 1),
            today() + timedelta(days=400),
            b"bytes",
            _nested(500),  # deeper: hypothesis's own reporting recurses too far
            {"a": 1},
            ["x"],
        ]
    ),
    st.text(max_size=30),
    st.integers(),
    st.dates(),
    st.datetimes(),
)


class Ctx:
    """A database with a case in every useful state; rebuilt per test function."""

    def __init__(self, db: Database, seeded: Seeded) -> None:
        self.db, self.s = db, seeded
        self.open = make_case(db, seeded, upto=Step.ACKNOWLEDGE, received_on=days_ago(20))
        self.closed = make_case(db, seeded, upto=Step.CLOSE, received_on=days_ago(30))
        item = cases.add_improvement(self.db, case_id=self.open.id, title="Overdracht")
        self.improvement = item.improvements[0].id
        esc = cases.add_escalation(
            db, case_id=self.closed.id, body="akj", submitted_on=days_ago(10)
        )
        self.escalation = esc.escalations[0].id

    def version(self, case_id: int) -> int:
        return cases.get_case(self.db, case_id).version


# name -> (function, good arguments)
Call = tuple[Callable[..., Any], Callable[[Ctx], dict[str, Any]]]
CALLS: dict[str, Call] = {
    "register_case": (
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
    "update_case": (
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
    "perform_step": (
        lambda db, **kw: cases.perform_step(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "version": c.version(c.open.id),
            "step": Step.PROPOSE_SOLUTION,
            "on": days_ago(1),
            "values": {"solution_text": "Gesprek."},
        },
    ),
    "add_note": (
        lambda db, **kw: cases.add_note(db, **kw),
        lambda c: {"case_id": c.open.id, "text": "Gebeld.", "is_agreement": False},
    ),
    "record_informed": (
        lambda db, **kw: cases.record_informed(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "role": InformedRole.LOCATION_MANAGER,
            "informed_on": days_ago(3),
            "staff_id": c.s.staff["Marloes van Dijk"],
            "note": "Kort gemeld.",
        },
    ),
    "add_extension": (
        lambda db, **kw: cases.add_extension(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "days": 1,
            "reason": "Wachten.",
            "decided_on": days_ago(1),
            "notified_on": days_ago(1),
        },
    ),
    "add_pause": (
        lambda db, **kw: cases.add_pause(db, **kw),
        lambda c: {"case_id": c.open.id, "start_on": days_ago(4), "days": 2, "reason": "Ziek."},
    ),
    "add_improvement": (
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
    "update_improvement": (
        lambda db, **kw: cases.update_improvement(db, **kw),
        lambda c: {
            "improvement_id": c.improvement,
            "status": "in_progress",
            "owner_id": c.s.staff["Johan Smits"],
            "due_on": today() + timedelta(days=10),
        },
    ),
    "add_escalation": (
        lambda db, **kw: cases.add_escalation(db, **kw),
        lambda c: {
            "case_id": c.closed.id,
            "body": "complaints_desk",
            "submitted_on": days_ago(2),
            "note": "Ingediend.",
        },
    ),
    "record_escalation_outcome": (
        lambda db, **kw: cases.record_escalation_outcome(db, **kw),
        lambda c: {
            "escalation_id": c.escalation,
            "outcome": EscalationOutcome.RESOLVED,
            "outcome_on": days_ago(1),
            "note": "Opgelost.",
        },
    ),
    "add_attachment": (
        lambda db, **kw: cases.add_attachment(db, **kw),
        lambda c: {"case_id": c.open.id, "filename": "brief.pdf", "data": b"%PDF-1.4"},
    ),
    "get_case / find_case_id": (
        lambda db, case_id, reference: (
            cases.get_case(db, case_id),
            cases.find_case_id(db, reference),
        ),
        lambda c: {"case_id": c.open.id, "reference": c.open.reference},
    ),
    "save_item": (
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
    "save_settings": (
        lambda db, prefix, **kw: save_settings(
            db,
            replace(
                AppSettings(), organisation=replace(Organisation(), **kw), reference_prefix=prefix
            ),
        ),
        lambda c: {"prefix": "KR", "name": "KluppluZ", "place": "Eindhoven", "footer": "Voet"},
    ),
    "record_letter": (
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
    "save_template": (
        lambda db, **kw: letters.save_template(db, **kw),
        lambda c: {
            "kind": LetterKind.ACKNOWLEDGEMENT,
            "subject": "Ontvangst {{referentie}}",
            "body": "{{aanhef}},\n\nWe hebben uw klantreactie ontvangen.",
        },
    ),
    "load_draft": (
        lambda db, year: report.load_draft(db, year),
        lambda c: {"year": today().year},
    ),
    "save_draft": (
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
            "version": _draft_version(c),
            "trajectories": 12,
            "introduction": "Inleiding",
            "wizard_page": "texts",
        },
    ),
    "record_distribution": (
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
            "version": _draft_version(c),
            "region": "Eindhoven",
            "sent_on": days_ago(1),
            "management": days_ago(2),
        },
    ),
    "accept_hit": (
        lambda db, year, version, reason, reference, snippet: report.accept_hit(
            db,
            year,
            PrivacyHit(reference, "public_summary", "name", snippet, "Een naam."),
            reason,
            version,
        ),
        lambda c: {
            "year": today().year,
            "version": _draft_version(c),
            "reason": "Naam van de locatie.",
            "reference": c.open.reference,
            "snippet": "Sanne",
        },
    ),
    "register_intake": (
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
    "preview_register / save_mapping": (
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
                    values={"kind": {word: target}},
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
    "case_ids": (
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
    "list_items": (
        lambda db, **kw: masterdata.list_items(db, **kw),
        lambda c: {"kind": "location", "active_only": True},
    ),
}


def _draft_version(ctx: Ctx) -> int:
    return report.load_draft(ctx.db, today().year).version


def _preview_and_save(
    db: Database, rows: register_import.SheetRows, mapping: register_import.RegisterMapping
) -> None:
    register_import.preview_register(db, rows, mapping)
    register_import.save_mapping(db, mapping)
    # what was saved is read back as it was: a mapping the import accepts next time
    assert register_import.load_mapping(db) == register_import.RegisterMapping.from_json(
        mapping.to_json()
    )


def _still_sound(ctx: Ctx) -> None:
    """After a call that succeeded, everything it touched passes the services' rules."""
    load_settings(ctx.db).validate()
    with ctx.db.unit() as session:
        for case_id in (ctx.open.id, ctx.closed.id):
            check_whole_case(load_case(session, case_id), received_moved=True)
    for case_id in (ctx.open.id, ctx.closed.id):
        detail = cases.get_case(ctx.db, case_id)
        json.dumps(detail.fields, default=str).encode("utf-8")  # no lone surrogates kept
    draft = report.load_draft(ctx.db, today().year)  # a stored draft saves again as it is
    report.save_draft(ctx.db, today().year, draft.content, draft.version)


def test_every_call_succeeds_with_good_values(tmp_path: Path) -> None:
    """The harness is sound: the bad-value test starts from calls that work."""
    db = open_database(f"sqlite:///{tmp_path / 'goed.sqlite3'}", user="kv-tester")
    ctx = Ctx(db, seed(db))
    for function, good in CALLS.values():
        function(db, **good(ctx))
    _still_sound(ctx)
    db.dispose()


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_bad_value_gives_a_message_never_a_traceback(name: str, tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.sqlite3'}", user="kv-tester")
    ctx = Ctx(db, seed(db))
    function, good = CALLS[name]
    outcome = {"refused": 0, "accepted": 0}

    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        arguments = good(ctx)
        target = data.draw(st.sampled_from(sorted(arguments)), label="argument")
        arguments[target] = data.draw(BAD_VALUES, label="value")
        try:
            function(db, **arguments)
        except KnownProblem as error:
            assert error.message.strip()
            assert len(error.message) < 2000  # never the 10 MB text echoed back
            outcome["refused"] += 1
            return
        _still_sound(ctx)
        outcome["accepted"] += 1

    run()
    print(f"\n{name}: {outcome['refused']} refused with a message, {outcome['accepted']} accepted")
    db.dispose()


def test_the_values_that_were_accepted_before_are_refused(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.sqlite3'}", user="kv-tester")
    ctx = Ctx(db, seed(db))
    with pytest.raises(ValidationError, match="geboortedatum"):
        cases.update_case(
            db,
            case_id=ctx.open.id,
            version=ctx.version(ctx.open.id),
            values={"child_birth_date": today() + timedelta(days=1)},
        )
    with pytest.raises(ValidationError, match="vóór de datum van ontvangst"):
        cases.update_case(  # the receipt moved after the acknowledgement
            db,
            case_id=ctx.open.id,
            version=ctx.version(ctx.open.id),
            values={"received_on": today()},
        )
    with pytest.raises(ValidationError, match="te lang"):
        save_settings(db, replace(AppSettings(), organisation=Organisation(name=HUGE)))
    with pytest.raises(ValidationError, match="buiten het bereik"):
        cases.record_escalation_outcome(
            db,
            escalation_id=ctx.escalation,
            outcome=EscalationOutcome.RESOLVED,
            outcome_on=date(9999, 12, 31),
        )
    with pytest.raises(ValidationError, match="buiten het bereik"):
        letters.record_letter(
            db, ctx.open.id, LetterKind.EXTENSION, pdf=b"%PDF", letter_date=date(9999, 12, 31)
        )
    assert cases.get_case(db, ctx.open.id).fields["child_birth_date"] is None
    db.dispose()
