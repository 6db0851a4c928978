"""`kluppluz-desk check`: schema version, integrity, counts and the deadline overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, text

from ...domain.deadlines import Clock, describe_days_left
from ...domain.enums import CaseStatus
from ...domain.today import today
from ...domain.values import check_int
from ...store.migrate import current_revision, head_revision
from ...store.models import Base, Case, Location, Staff
from ..database import Database


@dataclass(frozen=True)
class DeadlineLine:
    reference: str
    location: str
    handler: str
    clock: Clock
    due_on: date
    days_text: str


@dataclass(frozen=True)
class CheckReport:
    location: str
    backend: str
    schema_revision: str | None
    program_revision: str
    integrity: str
    counts: dict[str, int]
    by_status: dict[CaseStatus, int]
    deadlines: list[DeadlineLine]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.schema_revision == self.program_revision


def run_check(db: Database, *, limit: int = 50) -> CheckReport:
    limit = check_int(limit, "Het aantal te tonen regels", field="limit", low=0, high=100_000)
    with db.unit() as session:
        if db.backend == "sqlite":
            integrity = str(session.execute(text("PRAGMA integrity_check")).scalar())
        else:
            session.execute(text("SELECT 1"))
            integrity = "ok"
        counts = {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in sorted(Base.metadata.tables.items())
        }
        by_status = {
            CaseStatus(s): int(n)
            for s, n in session.execute(select(Case.status, func.count()).group_by(Case.status))
        }
        now = today()
        rows = session.execute(
            select(Case.reference, Location.name, Staff.name, Case.next_due_clock, Case.next_due_on)
            .join(Location, Location.id == Case.location_id)
            .outerjoin(Staff, Staff.id == Case.handler_id)
            .where(Case.next_due_on.is_not(None))
            .order_by(Case.next_due_on, Case.id)
            .limit(limit)
        ).all()
    deadlines = [
        DeadlineLine(r[0], r[1], r[2] or "-", r[3], r[4], describe_days_left(r[4], now))
        for r in rows
        if r[3] is not None and r[4] is not None
    ]
    return CheckReport(
        location=db.display_location,
        backend=db.backend,
        schema_revision=current_revision(db.engine),
        program_revision=head_revision(),
        integrity=integrity,
        counts=counts,
        by_status=by_status,
        deadlines=deadlines,
    )


def format_check(report: CheckReport) -> str:
    lines = [
        f"Database:        {report.location} ({report.backend})",
        f"Schemaversie:    {report.schema_revision} (programma: {report.program_revision})",
        f"Integriteit:     {report.integrity}",
        "",
        "Aantallen:",
    ]
    lines += [f"  {name:<20} {count:>8}" for name, count in report.counts.items()]
    lines += ["", "Klantreacties per status:"]
    lines += [
        f"  {status.label:<30} {n:>6}"
        for status, n in sorted(report.by_status.items(), key=lambda item: item[0].value)
    ]
    lines += ["", "Termijnen (eerstvolgende eerst):"]
    if not report.deadlines:
        lines.append("  geen lopende termijnen")
    header = (
        f"  {'Kenmerk':<13} {'Locatie':<24} {'Behandelaar':<20} {'Termijn':<28} "
        f"{'Datum':<10}  Stand"
    )
    if report.deadlines:
        lines.append(header)
    for d in report.deadlines:
        lines.append(
            f"  {d.reference:<13} {d.location[:24]:<24} {d.handler[:20]:<20} "
            f"{d.clock.label[:28]:<28} {d.due_on.strftime('%d-%m-%Y')}  {d.days_text}"
        )
    return "\n".join(lines)
