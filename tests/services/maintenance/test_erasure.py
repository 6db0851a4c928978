"""Complete erasure: a name planted in every text of a case and its records is gone after
retention — from the tables, the audit trail, the database file, its write-ahead log and
every backup copy — while the annual report's figures stay the same."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Enum as SAEnum
from sqlalchemy import LargeBinary, String, Text, inspect, text

from kluppluz_desk.domain.case_fields import CASE_FIELDS
from kluppluz_desk.domain.enums import EscalationBody, EscalationOutcome, InformedRole, LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases, letters
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services import letters as letters_dossier
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.maintenance.erasure_plan import ERASE, ERASED, KEEP
from kluppluz_desk.services.maintenance.retention import apply_retention
from kluppluz_desk.services.report.figures import compute_figures
from kluppluz_desk.store.models import Base
from tests.factories import Seeded, make_case, seed

TOKEN = "Qwerkelbaum"  # unique: found nowhere else in the program or its test data
NAME = f"Zwanetta {TOKEN}"


def _case_tables() -> list[str]:
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if t.name in ("case_record", "audit_entry") or "case_id" in t.columns
    ]


def test_every_text_column_of_a_case_is_classified() -> None:
    """A new free-text column fails here until it is listed as erased or kept."""
    unclassified, stale = [], []
    for name in _case_tables():
        table = Base.metadata.tables[name]
        for column in table.columns:
            is_text = isinstance(column.type, String | Text | LargeBinary)
            if not is_text or isinstance(column.type, SAEnum):
                continue  # numbers, dates, booleans, fixed vocabularies: no free text
            if column.name not in ERASE.get(name, {}) and column.name not in KEEP.get(name, {}):
                unclassified.append(f"{name}.{column.name}")
    for plan in (ERASE, KEEP):
        for name, columns in plan.items():
            stale += [f"{name}.{c}" for c in columns if c not in Base.metadata.tables[name].c]
    assert unclassified == [] and stale == []
    assert "informed" in _case_tables() and "escalation" in _case_tables()


def _plant(db: Database, s: Seeded) -> int:
    """A case with the name in every free text, walked through every record kind."""
    values = {
        name: (f"{TOKEN[: spec.max_length]}" if spec.max_length < 40 else f"{NAME} tekst")
        for name, spec in CASE_FIELDS.items()
        if spec.kind in ("text", "longtext") and name != "withdraw_reason"
    }
    values["submitter_name"] = NAME
    values["child_name"] = f"Pim {TOKEN}"
    values["submitter_email"] = f"{TOKEN.lower()}@example.org"
    values["child_birth_date"] = date(2019, 4, 3)
    case = make_case(db, s, received_on=date(2022, 1, 10), upto=Step.ACKNOWLEDGE, **values)
    cid = case.id
    case_records.add_note(db, case_id=cid, text=f"Gebeld met {NAME}")
    case_records.add_note(db, case_id=cid, text=f"Afspraak met {NAME}", is_agreement=True)
    case_records.record_informed(
        db,
        case_id=cid,
        role=InformedRole.DIRECTOR,
        informed_on=date(2022, 1, 11),
        note=f"over {NAME}",
    )
    case_records.add_extension(
        db, case_id=cid, days=10, reason=f"{NAME} op vakantie", decided_on=date(2022, 1, 12)
    )
    case_records.add_pause(
        db, case_id=cid, start_on=date(2022, 1, 12), days=3, reason=f"{NAME} vroeg om uitstel"
    )
    action = case_records.add_improvement(
        db,
        case_id=cid,
        title=f"Overdracht {NAME}",
        description=f"Na klacht van {NAME}",
        started_on=date(2022, 1, 12),
    )
    case_records.update_improvement(
        db, improvement_id=action.improvements[0].id, due_on=date(2022, 6, 1)
    )
    esc = case_records.add_escalation(
        db,
        case_id=cid,
        body=EscalationBody.AKJ,
        submitted_on=date(2022, 1, 13),
        note=f"{NAME} belde AKJ",
    )
    case_records.record_escalation_outcome(
        db,
        escalation_id=esc.escalations[0].id,
        outcome=EscalationOutcome.WITHDRAWN,
        outcome_on=date(2022, 1, 20),
        note=f"{NAME} trok in",
    )
    case_records.add_attachment(
        db, case_id=cid, filename=f"mail-{TOKEN}.eml", data=f"From: {NAME}".encode()
    )
    letters.record_letter(db, cid, LetterKind.ACKNOWLEDGEMENT, letter_date=date(2022, 1, 11))
    letters_dossier.case_dossier_pdf(db, cid, f"Op verzoek van {NAME}")
    detail = cases.get_case(db, cid)
    detail = cases.update_case(
        db, case_id=cid, version=detail.version, values={"description": f"Nieuw: {NAME}"}
    )
    cases.perform_step(
        db,
        case_id=cid,
        version=detail.version,
        step=Step.WITHDRAW,
        on=date(2022, 1, 21),
        values={"withdraw_reason": f"{NAME} verhuist"},
    )
    return cid


def _rows_holding(db: Database, needle: str) -> list[str]:
    """Every table.column with a row that contains `needle` (text compared as text)."""
    found = []
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in inspector.get_table_names():
            if table.startswith("case_search"):
                continue  # SQLite's index internals: checked byte-wise on the file
            for column in inspector.get_columns(table):
                if isinstance(column["type"], LargeBinary):
                    continue
                hit = conn.execute(
                    text(
                        f"SELECT count(*) FROM {table} WHERE CAST({column['name']} AS TEXT) "
                        "LIKE :needle"
                    ),
                    {"needle": f"%{needle}%"},
                ).scalar()
                if hit:
                    found.append(f"{table}.{column['name']}")
    return found


def test_retention_erases_every_planted_name_in_the_tables(db: Database) -> None:
    """Both databases: no row in any table contains the name after retention."""
    s = seed(db)
    with frozen(date(2022, 1, 25)):
        cid = _plant(db, s)
    assert len(_rows_holding(db, TOKEN)) >= 15
    with frozen(date(2025, 6, 1)):
        result = apply_retention(db, backup_folder=Path("/nonexistent"))
    assert result.count == 1
    assert _rows_holding(db, TOKEN) == []
    erased = cases.get_case(db, cid)
    assert erased.fields["received_on"] == date(2022, 1, 10)
    assert erased.fields["solution_text"] in ("", ERASED)


def _hits(folder: Path) -> dict[str, int]:
    hits = {}
    for path in folder.rglob("*"):
        if path.is_file():
            count = path.read_bytes().count(TOKEN.encode())
            if count:
                hits[str(path.relative_to(folder))] = count
    return hits


def test_no_byte_of_the_name_left_in_file_wal_backups_and_settings(tmp_path: Path) -> None:
    """SQLite: byte-wise search of the database, its WAL, every backup and every other file
    the program keeps (settings, logs), while the program still has the file open."""
    home = Path(os.environ["KLUPPLUZ_DESK_HOME"])
    backups = tmp_path / "backups"
    backups.mkdir()
    path = tmp_path / "kluppluz.sqlite3"
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    try:
        s = seed(db)
        with frozen(date(2022, 1, 25)):
            cid = _plant(db, s)
        # A copy as the upgrade and the daily backups make it, and one past its age.
        with sqlite3.connect(path) as src, sqlite3.connect(backups / "dagelijks.sqlite3") as dst:
            src.backup(dst)
        old = backups / "maandelijks-2019.sqlite3"
        old.write_bytes((backups / "dagelijks.sqlite3").read_bytes())
        os.utime(old, (time.time() - 4 * 365 * 86400,) * 2)
        before = _hits(tmp_path)
        assert sum(before.values()) > 20 and "backups/dagelijks.sqlite3" in before
        assert "kluppluz.sqlite3-wal" in before or "kluppluz.sqlite3" in before
        with frozen(date(2025, 6, 1)):
            result = apply_retention(db, backup_folder=backups)
        assert result.references and result.backups.problems == []
        assert [p.name for p in result.backups.removed] == ["maandelijks-2019.sqlite3"]
        assert _hits(tmp_path) == {}
        assert _hits(home) == {}
        with sqlite3.connect(backups / "dagelijks.sqlite3") as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The copy keeps the case itself, only without its personal data.
            assert (
                copy.execute("SELECT count(*) FROM case_record WHERE id = ?", (cid,)).fetchone()[0]
                == 1
            )
        # The program goes on working on the same engine after the checkpoint.
        assert cases.get_case(db, cid).fields["submitter_name"] == ""
    finally:
        db.dispose()


def test_report_figures_are_the_same_after_erasure(db: Database) -> None:
    s = seed(db)
    with frozen(date(2022, 3, 1)):
        for name in ("Henk Oudenaarde", "Ria Nieuwland"):
            case = make_case(
                db,
                s,
                received_on=date(2022, 1, 10),
                upto=Step.CHECK_SATISFACTION,
                submitter_name=name,
                child_name="Tess",
            )
            case_records.add_improvement(
                db, case_id=case.id, title="Overdrachtsprotocol", started_on=date(2022, 1, 20)
            )
            case_records.add_escalation(
                db,
                case_id=case.id,
                body=EscalationBody.AKJ,
                submitted_on=date(2022, 1, 21),
                note=f"{name} belde",
            )
    with frozen(date(2025, 6, 1)):
        before = compute_figures(db, 2022)
        assert apply_retention(db, backup_folder=Path("/nonexistent")).count == 2
        after = compute_figures(db, 2022)
    # Every figure stays, except the one that needs the erased names and addresses: how
    # many submitters came back is no longer countable, and the report says so.
    assert before.insight.repeat_submitters == 1  # both cases have the same e-mail address
    assert after.insight.repeat_submitters is None
    assert replace(after, insight=replace(after.insight, repeat_submitters=1)) == before
    # One action recorded on both cases (the same title) is listed once (issue 14.7).
    assert before.improvements.titles == ("Overdrachtsprotocol",)
    detail = cases.get_case(db, case.id)
    assert detail.fields["public_summary"].startswith("Ouder had vragen")  # clean: kept
