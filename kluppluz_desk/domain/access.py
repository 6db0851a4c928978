"""Who may see and do what: the access roles and the rights table.

One table (`RIGHTS`) says what each access role may do; everything else (the services'
checks, the UI's disabled buttons, the database's row-level security policies in migration
0006) follows it. A staff member's access roles come from their staff role plus the
`is_administrator` flag (`roles_for`): an administrator manages master data, settings and
users, and sees cases only when they are K&V as well.

Which cases a person sees (`may_see_case`) is the same rule the PostgreSQL policies apply:
K&V and the director see every case; anyone else sees the cases they handle or are named
on, and the non-confidential cases of the locations they manage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .enums import CaseStatus, StaffRole
from .procedure import TRANSITIONS, Step


class AccessRole(StrEnum):
    QUALITY_OFFICER = "quality_officer"  # K&V
    DIRECTOR = "director"
    HANDLER = "handler"  # location, cluster or regional manager; support staff on a case
    ADMINISTRATOR = "administrator"


class Right(StrEnum):
    SEE_ALL_CASES = "see_all_cases"
    SEE_OWN_CASES = "see_own_cases"  # handled, named on, or of one's own locations
    REGISTER_CASE = "register_case"
    EDIT_CASE = "edit_case"  # the case's fields and steps of the procedure
    # The one step the director takes herself: her decision moves the case on (STEP_RIGHTS).
    DECISION_STEP = "decision_step"
    ADD_NOTE = "add_note"  # notes and agreements
    PROPOSE_SOLUTION = "propose_solution"
    SERIOUS_CASE_DECISION = "serious_case_decision"
    MARK_CONFIDENTIAL = "mark_confidential"
    SEND_LETTERS = "send_letters"
    EXPORT = "export"
    ANNUAL_REPORT = "annual_report"
    MASTER_DATA = "master_data"
    SETTINGS = "settings"
    USERS = "users"


R = Right
RIGHTS: dict[AccessRole, frozenset[Right]] = {
    AccessRole.QUALITY_OFFICER: frozenset(
        {
            R.SEE_ALL_CASES,
            R.SEE_OWN_CASES,
            R.REGISTER_CASE,
            R.EDIT_CASE,
            R.DECISION_STEP,
            R.ADD_NOTE,
            R.PROPOSE_SOLUTION,
            R.MARK_CONFIDENTIAL,
            R.SEND_LETTERS,
            R.EXPORT,
            R.ANNUAL_REPORT,
            R.MASTER_DATA,
            R.SETTINGS,
        }
    ),  # fmt: skip
    AccessRole.DIRECTOR: frozenset(
        {R.SEE_ALL_CASES, R.SEE_OWN_CASES, R.ADD_NOTE, R.SERIOUS_CASE_DECISION, R.DECISION_STEP}
    ),  # fmt: skip
    AccessRole.HANDLER: frozenset({R.SEE_OWN_CASES, R.ADD_NOTE, R.PROPOSE_SOLUTION}),
    AccessRole.ADMINISTRATOR: frozenset({R.MASTER_DATA, R.SETTINGS, R.USERS}),
}

# Why a right is missing, in the words the program shows (Dutch).
REFUSALS: dict[Right, str] = {
    R.SEE_ALL_CASES: "Alleen Kwaliteit & Veiligheid en de directeur zien alle zaken.",
    R.SEE_OWN_CASES: "Uw rol geeft geen toegang tot zaken.",
    R.REGISTER_CASE: "Alleen Kwaliteit & Veiligheid registreert nieuwe zaken.",
    R.EDIT_CASE: "Alleen Kwaliteit & Veiligheid wijzigt de gegevens en stappen van een zaak.",
    R.DECISION_STEP: "Alleen de directeur en Kwaliteit & Veiligheid zetten de stap "
    "'Besluit directeur vastleggen'.",
    R.ADD_NOTE: "Uw rol mag geen notities of afspraken toevoegen.",
    R.PROPOSE_SOLUTION: "Uw rol mag geen oplossing voorstellen.",
    R.SERIOUS_CASE_DECISION: "Alleen de directeur neemt het besluit over een ernstige zaak.",
    R.MARK_CONFIDENTIAL: "Alleen Kwaliteit & Veiligheid maakt een zaak vertrouwelijk.",
    R.SEND_LETTERS: "Alleen Kwaliteit & Veiligheid verstuurt brieven.",
    R.EXPORT: "Alleen Kwaliteit & Veiligheid exporteert zaken.",
    R.ANNUAL_REPORT: "Alleen Kwaliteit & Veiligheid maakt het jaarverslag.",
    R.MASTER_DATA: "Alleen Kwaliteit & Veiligheid en beheerders wijzigen de stamgegevens.",
    R.SETTINGS: "Alleen Kwaliteit & Veiligheid en beheerders wijzigen de instellingen.",
    R.USERS: "Alleen een beheerder beheert gebruikers en hun databaselogin.",
}

_BY_STAFF_ROLE: dict[StaffRole, AccessRole] = {
    StaffRole.QUALITY_OFFICER: AccessRole.QUALITY_OFFICER,
    StaffRole.DIRECTOR: AccessRole.DIRECTOR,
    StaffRole.LOCATION_MANAGER: AccessRole.HANDLER,
    StaffRole.CLUSTER_MANAGER: AccessRole.HANDLER,
    StaffRole.REGIONAL_MANAGER: AccessRole.HANDLER,
    StaffRole.SUPPORT: AccessRole.HANDLER,
}

# Staff roles whose holders see every case: used by the PostgreSQL policies as well.
SEES_ALL_STAFF_ROLES: tuple[StaffRole, ...] = tuple(
    sorted((s for s, a in _BY_STAFF_ROLE.items() if R.SEE_ALL_CASES in RIGHTS[a]), key=str)
)


class ConfidentialReason(StrEnum):
    MELDCODE = "meldcode"
    ABOUT_STAFF = "about_staff"
    SAFETY = "safety"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    ConfidentialReason.MELDCODE: "Meldcode huiselijk geweld en kindermishandeling",
    ConfidentialReason.ABOUT_STAFF: "Gaat over een medewerker",
    ConfidentialReason.SAFETY: "Veiligheid",
}


def roles_for(staff_role: StaffRole, *, is_administrator: bool = False) -> frozenset[AccessRole]:
    """The access roles of a staff member."""
    roles = {_BY_STAFF_ROLE[staff_role]}
    if is_administrator:
        roles.add(AccessRole.ADMINISTRATOR)
        # An administrator sees cases only when also K&V: managing users is no reason
        # to read complaints (the handler role would give cases they handle).
        if staff_role is not StaffRole.QUALITY_OFFICER:
            roles.discard(AccessRole.HANDLER)
    return frozenset(roles)


def rights_of(roles: Iterable[AccessRole]) -> frozenset[Right]:
    out: set[Right] = set()
    for role in roles:
        out |= RIGHTS[role]
    return frozenset(out)


# Case fields that need a right of their own; every other field needs EDIT_CASE.
FIELD_RIGHTS: dict[str, Right] = {
    "solution_text": Right.PROPOSE_SOLUTION,
    "solution_proposed_on": Right.PROPOSE_SOLUTION,
    "director_decision": Right.SERIOUS_CASE_DECISION,
    "director_decided_on": Right.SERIOUS_CASE_DECISION,
    "confidential": Right.MARK_CONFIDENTIAL,
    "confidential_reason": Right.MARK_CONFIDENTIAL,
}


def field_right(name: str) -> Right:
    """The right needed to change the case field `name`."""
    return FIELD_RIGHTS.get(name, Right.EDIT_CASE)


# Steps that need a right of their own; every other step needs EDIT_CASE. The director
# records her decision AND takes the step it settles, nothing else of the procedure.
STEP_RIGHTS: dict[Step, Right] = {Step.RECORD_DIRECTOR_DECISION: Right.DECISION_STEP}


def step_right(step: Step) -> Right:
    """The right needed to take `step`."""
    return STEP_RIGHTS.get(step, Right.EDIT_CASE)


def status_change_right(old: CaseStatus | str | None, new: CaseStatus | str | None) -> Right:
    """The right needed to move a case's status from `old` to `new`: the step's own right
    when exactly a step with a right of its own makes that move, else EDIT_CASE (the same
    rule as the server's trigger of migration 0011)."""
    for step, right in STEP_RIGHTS.items():
        transition = TRANSITIONS[step]
        if new == transition.target and old in transition.sources:
            return right
    return Right.EDIT_CASE


@dataclass(frozen=True)
class CaseAccessFacts:
    """What decides whether someone sees a case."""

    location_id: int
    handler_id: int | None
    confidential: bool
    named_staff_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Viewer:
    """The person the program works for, with their rights and where they manage."""

    staff_id: int | None
    name: str
    roles: frozenset[AccessRole]
    managed_location_ids: frozenset[int] = frozenset()

    @property
    def rights(self) -> frozenset[Right]:
        return rights_of(self.roles)

    def may(self, right: Right) -> bool:
        return right in self.rights

    def why_not(self, right: Right) -> str | None:
        """None when allowed, else the Dutch reason."""
        return None if self.may(right) else REFUSALS[right]

    @property
    def sees_all(self) -> bool:
        return self.may(Right.SEE_ALL_CASES)


def may_see_case(viewer: Viewer, case: CaseAccessFacts) -> bool:
    """The visibility rule (the same as the row-level security policy)."""
    if viewer.sees_all:
        return True
    if not viewer.may(Right.SEE_OWN_CASES) or viewer.staff_id is None:
        return False
    if case.handler_id == viewer.staff_id or viewer.staff_id in case.named_staff_ids:
        return True
    return not case.confidential and case.location_id in viewer.managed_location_ids


BACKUP_REFUSAL = (
    "Alleen Kwaliteit & Veiligheid maakt back-ups en zet ze terug (bij een SQLite-bestand "
    "op deze pc mag een beheerder dat ook)."
)


def backup_refusal(viewer: Viewer | None, *, local_file: bool) -> str | None:
    """None when `viewer` may make and restore backups, else the Dutch reason. A backup
    holds every case, confidential ones included: K&V, or an administrator of a database
    that is one file on their own PC. Nobody known (an empty database, a single PC whose
    login is no staff member yet): allowed, as before roles existed."""
    if viewer is None or AccessRole.QUALITY_OFFICER in viewer.roles:
        return None
    if local_file and AccessRole.ADMINISTRATOR in viewer.roles:
        return None
    return BACKUP_REFUSAL
