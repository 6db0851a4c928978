"""Where a case stands, as the editor's header shows it: the stepper (done / current / not
yet, with dates) and the reasons against a step as links to the field that settles them.

Presentation only: the steps and their reasons come from `domain.procedure`; this module
decides how they read. The stepper and the reasons are rich text in a word-wrapping label,
so a narrow editor (a 1280 px laptop beside the list) wraps them instead of growing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.enums import CaseStatus, Severity
from ...services.dto import CaseDetail
from .field_rights import is_role_refusal
from .fields import fmt_date

translate = QCoreApplication.translate

FIELD_LINK = "field:"
JUDGMENT_LINK = "judgment"  # not a field: the reasoned judgment has its own dialog

# A reason against a step (domain.procedure) → the field that settles it. Matched on a
# fragment of the Dutch text, most specific first; a reason without a field stays text.
_REASON_FIELDS: tuple[tuple[str, str], ...] = (
    # The law's objections to closing (domain.judgment.check_closable).
    ("gemotiveerd oordeel", JUDGMENT_LINK),
    ("concrete termijn waarbinnen maatregelen", JUDGMENT_LINK),
    ("besluit de directeur wie de behandelaar", "director_decision"),
    ("besluit van de directeur", "director_decision"),
    ("behandelaar die de directeur", "handler_id"),
    ("behandelaar", "handler_id"),
    ("voorgestelde oplossing", "solution_text"),
    ("openbare samenvatting", "public_summary"),
    ("openbare maatregel", "public_measure"),
    ("tevredenheidsvraag", "satisfaction_outcome"),
    ("reden op waarom", "withdraw_reason"),
    ("ernstige klantreactie wordt aan de directeur", "severity"),
)


def field_for_reason(reason: str) -> str | None:
    """The field a reason against a step points to, or None (e.g. a wrong status)."""
    if "kan niet bij status" in reason or is_role_refusal(reason):
        return None  # no field settles it (the role's refusal names the director's decision)
    lower = reason.lower()
    return next((name for fragment, name in _REASON_FIELDS if fragment in lower), None)


def reasons_html(reasons: list[str]) -> str:
    """The reasons as rich text; each one with a field is a link that moves the cursor."""
    parts = []
    for reason in reasons:
        name = field_for_reason(reason)
        text = escape(reason)
        parts.append(f'<a href="{FIELD_LINK}{name}">{text}</a>' if name else text)
    return " ".join(parts)


@dataclass(frozen=True)
class Stage:
    label: str
    state: str  # "done", "current" or "todo"
    on: date | None = None


_ORDER = [
    CaseStatus.REGISTERED,
    CaseStatus.AWAITING_DIRECTOR,
    CaseStatus.ASSIGNED,
    CaseStatus.ACKNOWLEDGED,
    CaseStatus.SOLUTION_PROPOSED,
    CaseStatus.CLOSED,
    CaseStatus.SATISFACTION_CHECKED,
]


def stages(detail: CaseDetail) -> list[Stage]:
    """The procedure's stages for this case, each named by the status it reaches: done
    when the case got that far, the first one not done is current. The director's stage
    only for a serious case."""
    f = detail.fields
    serious = f.get("severity") == Severity.SERIOUS
    plan: list[tuple[CaseStatus, str, date | None]] = [
        (CaseStatus.REGISTERED, translate("Stepper", "Received"), f.get("received_on")),
    ]
    if serious:
        plan.append((CaseStatus.AWAITING_DIRECTOR, translate("Stepper", "To the director"), None))
    plan += [
        (CaseStatus.ASSIGNED, translate("Stepper", "Handler"),
         f.get("director_decided_on") if serious else None),
        (CaseStatus.ACKNOWLEDGED, translate("Stepper", "Acknowledged"), detail.acknowledged_on),
        (CaseStatus.SOLUTION_PROPOSED, translate("Stepper", "Solution"),
         detail.solution_proposed_on),
        (CaseStatus.CLOSED, translate("Stepper", "Closed"), detail.closed_on),
        (CaseStatus.SATISFACTION_CHECKED, translate("Stepper", "Satisfaction"),
         detail.satisfaction_checked_on),
    ]  # fmt: skip
    if detail.status is CaseStatus.WITHDRAWN:
        # Withdrawn: what was reached keeps its date; the rest will not come.
        reached = [Stage(label, "done", on) for _s, label, on in plan if on is not None]
        return [*reached, Stage(translate("Stepper", "Withdrawn"), "current")]
    position = _ORDER.index(detail.status)
    result = []
    current_given = False
    for status, label, on in plan:
        if _ORDER.index(status) <= position:
            result.append(Stage(label, "done", on))
        elif not current_given:
            result.append(Stage(label, "current"))
            current_given = True
        else:
            result.append(Stage(label, "todo"))
    return result


_MARK = {"done": "✓", "current": "●", "todo": "○"}


def stepper_html(items: list[Stage]) -> str:
    """One line (wrapping when narrow): ✓ done with its date, ● current in bold, ○ to come."""
    parts = []
    for stage in items:
        text = f"{_MARK[stage.state]}&nbsp;{escape(stage.label)}"
        if stage.on is not None:
            text += f"&nbsp;<small>{fmt_date(stage.on)}</small>"
        if stage.state == "current":
            text = f"<b>{text}</b>"
        elif stage.state == "todo":
            text = f'<span style="color:#666">{text}</span>'
        parts.append(text)
    return " › ".join(parts)
