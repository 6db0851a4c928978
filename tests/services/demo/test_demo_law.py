"""The demo shows the complaint law at work: every regime, judgments of every kind (one
niet-ontvankelijk with its reason), measures with a concrete term (done on time, late,
running), a Wkkgz extension with notice before the first term ended, a reopened case with
its reason, and the annual report's chapter 4 with those regimes in it."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
from sqlalchemy import select

from kluppluz_desk.domain.deadlines import add_days
from kluppluz_desk.domain.enums import ImprovementStatus, ReactionKind
from kluppluz_desk.domain.judgment import Verdict
from kluppluz_desk.domain.regimes import effective_regime
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo import load_demo
from kluppluz_desk.services.demo.law_showcase import REOPEN_REASON
from kluppluz_desk.services.report import annual as report
from kluppluz_desk.store.models import (
    AuditEntry,
    Case,
    Extension,
    ImprovementAction,
    JudgmentPart,
    TimelineNote,
)

NOW = date(2026, 11, 20)


def test_demo_shows_the_law(db: Database) -> None:
    with frozen(NOW):
        load_demo(db, cases_this_year=12)
        pdf = report.render_report(db, NOW.year)
    now = NOW
    with db.unit() as session:
        complaints = session.scalars(select(Case).where(Case.kind == ReactionKind.COMPLAINT)).all()
        regimes = {effective_regime(c.regime, c.funding).label for c in complaints}
        verdicts = {p.verdict: p for p in session.scalars(select(JudgmentPart))}
        measures = session.scalars(
            select(ImprovementAction).where(ImprovementAction.title.like("Overdracht bij%"))
        ).all()
        extension = session.scalars(select(Extension).where(Extension.days == 28)).one()
        extended = extension.case
        # Reopened through the real step: its reason in the history and on the timeline.
        reason = session.scalars(
            select(AuditEntry).where(
                AuditEntry.field == "reopen_reason", AuditEntry.new_value == REOPEN_REASON
            )
        ).one()
        reopened = session.get_one(Case, reason.case_id)
        note = session.scalars(
            select(TimelineNote.text).where(
                TimelineNote.case_id == reopened.id, TimelineNote.text.like("Heropend op %")
            )
        ).one()
        closures = session.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.case_id == reopened.id, AuditEntry.field == "closed_on")
            .order_by(AuditEntry.id)
        ).all()
        reopened_status, reopened_closed = reopened.status.value, reopened.closed_on
        extension_ok = (
            effective_regime(extended.regime, extended.funding).label == "Wkkgz (zorg)"
            and extension.notified_on is not None
            and extension.notified_on < add_days(extended.received_on, 42)
        )
        outcomes = sorted(
            ("done on time" if m.done_on and m.due_on and m.done_on <= m.due_on
             else "late" if m.due_on and m.due_on < now else "running")
            for m in measures
        )  # fmt: skip
        statuses = {m.status for m in measures}
    assert regimes == {"Wet kinderopvang", "Wkkgz (zorg)", "Jeugdwet (eigen klachtenregeling)"}
    assert {Verdict.UPHELD, Verdict.PARTLY_UPHELD, Verdict.REJECTED, Verdict.INADMISSIBLE} <= set(
        verdicts
    )
    assert "basisschool" in verdicts[Verdict.INADMISSIBLE].reasoning
    assert outcomes == ["done on time", "late", "running"]
    assert ImprovementStatus.DONE in statuses
    assert extension_ok
    assert reopened_status == "acknowledged" and reopened_closed is None
    # The first closure stays in the history: set by the close, cleared by the reopening.
    first = closures[0].new_value
    assert [tuple(c) for c in closures] == [("", first), (first, "")]
    assert note.endswith(f"Reden: {REOPEN_REASON}") and "eerder afgesloten op" in note
    # The report of this year has every regime in chapter 4, counts only.
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    chapter = re.sub(r"\s+", " ", " ".join(p for p in pages if "4.1 Afhandeling" in p))
    assert "Wettelijke regeling Wet kinderopvang Wkkgz (zorg) Jeugdwet (eigen" in chapter
    assert "REOPEN" not in chapter and "Sanne Kramer" not in chapter
