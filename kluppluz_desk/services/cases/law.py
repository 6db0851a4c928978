"""The law on a case: choosing its complaint regime by hand (with a reason) and recording
the reasoned judgment per complaint part with the measures' term. Each call is one
transaction, checks the version the editor loaded and leaves an audit trail."""

from __future__ import annotations

from datetime import date

from ...domain import text_limits
from ...domain.errors import ValidationError
from ...domain.judgment import JudgmentPartData, judgment_text
from ...domain.regimes import Regime
from ...domain.values import check_text, describe, optional_date
from ...store.models import JudgmentPart, TimelineNote
from ...store.types import utcnow
from ..clocks import case_regime
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from .editing import check_version
from .law_view import judgment_of
from .recording import finish, log_change
from .view import load_case

MAX_PARTS = 20


def change_regime(
    db: Database, *, case_id: int, version: int, regime: Regime | None, reason: str
) -> CaseDetail:
    """Handle the case under `regime` (None: back to what funding and service give).
    A reason is required; the change is audited and the clocks follow the new regime."""
    reason = check_text(reason, "De reden", field="reason", limit=None, strip=True)
    if regime is not None:
        try:
            regime = Regime(regime)
        except (ValueError, TypeError):
            raise ValidationError(f"Onbekende wet: {describe(regime)}.", field="regime") from None
    if not reason:
        raise ValidationError("Geef de reden op waarom de wet wordt gewijzigd.", field="reason")
    if len(reason) > text_limits.REASON:
        raise ValidationError(
            f"De reden is te lang (ten hoogste {text_limits.REASON} tekens).", field="reason"
        )
    with db.unit() as session:
        case = load_case(session, case_id)
        check_version(session, case, version)
        who = actor(session, db.user)
        before = case_regime(case)
        case.regime = Regime(regime) if regime is not None else None
        case.regime_reason = reason if regime is not None else ""
        after = case_regime(case)
        case.updated_at = utcnow()
        session.flush()
        log_change(session, case, who, "case", case.id, "regime", before.label, after.label)
        case.notes.append(
            TimelineNote(
                author=who,
                is_system=True,
                text=f"Wet gewijzigd van {before.label} naar {after.label}: {reason}",
            )
        )
        return finish(session, case)


def save_judgment(
    db: Database,
    *,
    case_id: int,
    version: int,
    parts: list[JudgmentPartData],
    measures_due_on: date | None,
) -> CaseDetail:
    """Replace the case's judgment by `parts` (each with verdict and reasoning) and set
    the term within which the measures will be taken."""
    if not isinstance(parts, list | tuple) or not all(
        isinstance(p, JudgmentPartData) for p in parts
    ):
        raise ValidationError("De klachtonderdelen zijn onleesbaar.", field="parts")
    measures_due_on = optional_date(measures_due_on, "De termijn voor de maatregelen",
                                    field="measures_due_on")  # fmt: skip
    if len(parts) > MAX_PARTS:
        raise ValidationError(
            f"Een oordeel heeft ten hoogste {MAX_PARTS} klachtonderdelen.", field="parts"
        )
    checked = [part.checked(position) for position, part in enumerate(parts, start=1)]
    with db.unit() as session:
        case = load_case(session, case_id)
        check_version(session, case, version)
        if measures_due_on is not None and measures_due_on < case.received_on:
            raise ValidationError(
                "De termijn voor de maatregelen ligt vóór de datum van ontvangst.",
                field="measures_due_on",
            )
        who = actor(session, db.user)
        old_text = judgment_text(judgment_of(case), case.measures_due_on)
        case.judgment_parts.clear()
        session.flush()
        for position, part in enumerate(checked, start=1):
            case.judgment_parts.append(
                JudgmentPart(
                    position=position,
                    subject=part.subject,
                    verdict=part.verdict,
                    reasoning=part.reasoning,
                )
            )
        case.measures_due_on = measures_due_on
        case.updated_at = utcnow()
        session.flush()
        log_change(
            session,
            case,
            who,
            "case",
            case.id,
            "oordeel",
            old_text or None,
            judgment_text(checked, measures_due_on) or None,
        )
        return finish(session, case)
