"""The rights table applied to every unit of work, in one place.

Reading: every ORM SELECT of a case or of a record that belongs to a case gets the
visibility rule of domain/access.py added (`with_loader_criteria`), so the list, search,
dashboard, letters, exports and `session.get` all see the same set, and a case outside it
is simply not found. Writing: before a flush, every new, changed or deleted object is
checked against the viewer's rights; a change outside the role raises a Dutch
`DomainError` and nothing is saved. On PostgreSQL the server's own policies (migration
0006) enforce the same rule for anyone who bypasses the program.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, event, false, func, inspect, or_, select, true
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from ...domain.access import Right, Viewer, field_right, status_change_right
from ...domain.errors import DomainError
from ...store.models import (
    Attachment,
    AuditEntry,
    Case,
    CaseNamedStaff,
    Category,
    DbLogin,
    Escalation,
    Extension,
    ExternalBody,
    ImprovementAction,
    Informed,
    Letter,
    LetterTemplate,
    Location,
    Pause,
    Region,
    Service,
    Setting,
    Staff,
    TimelineNote,
)

CHILD_MODELS: tuple[Any, ...] = (
    Informed, TimelineNote, Letter, Extension, Pause, ImprovementAction, Escalation,
    Attachment, CaseNamedStaff,
)  # fmt: skip
MASTER_MODELS: tuple[type, ...] = (Region, Location, Category, Service, ExternalBody,
                                   LetterTemplate)  # fmt: skip

# Case columns the services keep up to date as a side effect of any step.
_BOOKKEEPING = frozenset({"updated_at", "version", "next_due_on", "next_due_clock"})
_NEW_RECORD_RIGHTS: dict[type, Right] = {
    TimelineNote: Right.ADD_NOTE,
    Letter: Right.SEND_LETTERS,
    CaseNamedStaff: Right.MARK_CONFIDENTIAL,
}


def visible_cases(viewer: Viewer) -> ColumnElement[bool]:
    """The visibility rule as a condition on `Case` (domain.access.may_see_case)."""
    if viewer.sees_all:
        return true()
    if not viewer.may(Right.SEE_OWN_CASES) or viewer.staff_id is None:
        return false()
    named = select(CaseNamedStaff.case_id).where(CaseNamedStaff.staff_id == viewer.staff_id)
    return or_(
        Case.handler_id == viewer.staff_id,
        Case.id.in_(named.scalar_subquery()),
        and_(
            Case.confidential.is_(False),
            Case.location_id.in_(sorted(viewer.managed_location_ids)),
        ),
    )


def _viewer(session: Session) -> Viewer | None:
    viewer = session.info.get("viewer")
    return viewer if isinstance(viewer, Viewer) else None


@event.listens_for(Session, "do_orm_execute")
def _limit_reads(state: ORMExecuteState) -> None:
    viewer = _viewer(state.session)
    if viewer is None or viewer.sees_all or not state.is_select:
        return
    rule = visible_cases(viewer)
    case_ids = select(Case.id).where(rule).scalar_subquery()
    options: list[Any] = [with_loader_criteria(Case, rule)]
    options += [with_loader_criteria(m, m.case_id.in_(case_ids)) for m in CHILD_MODELS]
    options.append(
        with_loader_criteria(AuditEntry, or_(AuditEntry.case_id.is_(None),
                                             AuditEntry.case_id.in_(case_ids)))
    )  # fmt: skip
    state.statement = state.statement.options(*options)


def _refuse(viewer: Viewer, right: Right) -> None:
    reason = viewer.why_not(right)
    if reason is not None:
        raise DomainError(reason)


def _check_case_change(viewer: Viewer, case: Case) -> None:
    state = inspect(case)
    # Columns only: appending a note to `case.notes` is the note's right, not an edit.
    columns = {c.key for c in state.mapper.column_attrs}
    changed = {a.key for a in state.attrs if a.key in columns and a.history.has_changes()}
    changed -= _BOOKKEEPING
    for key in changed:
        if key == "status":
            # A step's move of the status needs that step's right (the director's decision
            # step needs hers, not EDIT_CASE): read off the move itself, as the server does.
            history = state.attrs.status.history
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            _refuse(viewer, status_change_right(old, new))
        else:
            _refuse(viewer, field_right(key))


def _administrator_changed(session: Session, staff: Staff) -> bool:
    """Whether this flush makes or unmakes an administrator while another active one
    exists: that is the administrators' own decision (Right.USERS). While there is none,
    K&V (master data) appoints the first, or nobody could manage users at all."""
    if staff in session.new:
        changed = bool(staff.is_administrator)
    else:
        changed = inspect(staff).attrs.is_administrator.history.has_changes()
    if not changed:
        return False
    with session.no_autoflush:
        others = session.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.is_administrator, Staff.active, Staff.id != staff.id)
        )
    return bool(others)


@event.listens_for(Session, "before_flush")
def _check_writes(session: Session, _context: Any, _instances: Any) -> None:
    viewer = _viewer(session)
    if viewer is None:
        return
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry) or (obj in session.dirty and not session.is_modified(obj)):
            continue  # the trail of whatever is allowed
        if isinstance(obj, DbLogin | Staff):
            _refuse(viewer, Right.USERS if isinstance(obj, DbLogin) else Right.MASTER_DATA)
            if isinstance(obj, Staff) and _administrator_changed(session, obj):
                _refuse(viewer, Right.USERS)
        elif isinstance(obj, MASTER_MODELS):
            _refuse(viewer, Right.MASTER_DATA)
        elif isinstance(obj, Setting):
            _refuse(viewer, Right.SETTINGS)
        elif isinstance(obj, Case):
            if obj in session.new:
                _refuse(viewer, Right.REGISTER_CASE)
            elif obj in session.deleted:
                _refuse(viewer, Right.EDIT_CASE)
            else:
                _check_case_change(viewer, obj)
        elif obj in session.new and type(obj) in _NEW_RECORD_RIGHTS:
            _refuse(viewer, _NEW_RECORD_RIGHTS[type(obj)])
        else:
            _refuse(viewer, Right.EDIT_CASE)
