"""The rights table, rule by rule: every (role, right) pair is written out here on its own
so a change in domain/access.py must be a deliberate change in this table too."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.access import (
    REFUSALS,
    RIGHTS,
    SEES_ALL_STAFF_ROLES,
    STEP_RIGHTS,
    AccessRole,
    CaseAccessFacts,
    Right,
    Viewer,
    may_see_case,
    roles_for,
    status_change_right,
    step_right,
)
from kluppluz_desk.domain.enums import CaseStatus, StaffRole
from kluppluz_desk.domain.procedure import TRANSITIONS, Step

KV, DIR, HAN, ADM = (AccessRole.QUALITY_OFFICER, AccessRole.DIRECTOR, AccessRole.HANDLER,
                     AccessRole.ADMINISTRATOR)  # fmt: skip
# right: the roles that have it (the list: K&V all cases, master data, settings,
# the annual report; director all cases and the serious-case decision; handler own cases,
# notes, agreements, proposed solution; administrator master data, settings, users).
EXPECTED: dict[Right, set[AccessRole]] = {
    Right.SEE_ALL_CASES: {KV, DIR},
    Right.SEE_OWN_CASES: {KV, DIR, HAN},
    Right.REGISTER_CASE: {KV},
    Right.EDIT_CASE: {KV},
    Right.DECISION_STEP: {KV, DIR},
    Right.ADD_NOTE: {KV, DIR, HAN},
    Right.PROPOSE_SOLUTION: {KV, HAN},
    Right.SERIOUS_CASE_DECISION: {DIR},
    Right.MARK_CONFIDENTIAL: {KV},
    Right.SEND_LETTERS: {KV},
    Right.EXPORT: {KV},
    Right.ANNUAL_REPORT: {KV},
    Right.MASTER_DATA: {KV, ADM},
    Right.SETTINGS: {KV, ADM},
    Right.USERS: {ADM},
}


@pytest.mark.parametrize("right", list(Right))
@pytest.mark.parametrize("role", list(AccessRole))
def test_each_rule(role: AccessRole, right: Right) -> None:
    assert (right in RIGHTS[role]) == (role in EXPECTED[right])


# step: the right it needs. Only the director's decision step has one of its own, so the
# director takes exactly that step and no other (issue 12; found carrying a serious case).
EXPECTED_STEP: dict[Step, Right] = {
    Step.REFER_TO_DIRECTOR: Right.EDIT_CASE,
    Step.RECORD_DIRECTOR_DECISION: Right.DECISION_STEP,
    Step.ASSIGN_HANDLER: Right.EDIT_CASE,
    Step.ACKNOWLEDGE: Right.EDIT_CASE,
    Step.PROPOSE_SOLUTION: Right.EDIT_CASE,
    Step.CLOSE: Right.EDIT_CASE,
    Step.CHECK_SATISFACTION: Right.EDIT_CASE,
    Step.REOPEN: Right.EDIT_CASE,
    Step.WITHDRAW: Right.EDIT_CASE,
}


@pytest.mark.parametrize("step", list(Step))
def test_each_step_rule(step: Step) -> None:
    assert step_right(step) is EXPECTED_STEP[step]


@pytest.mark.parametrize("step", list(Step))
@pytest.mark.parametrize("role", list(AccessRole))
def test_who_takes_each_step(role: AccessRole, step: Step) -> None:
    viewer = Viewer(staff_id=1, name="x", roles=frozenset({role}))
    takes = viewer.why_not(step_right(step)) is None
    expected = role is KV or (role is DIR and step is Step.RECORD_DIRECTOR_DECISION)
    assert takes is expected


def test_a_status_move_needs_the_right_of_the_step_that_makes_it() -> None:
    assert set(STEP_RIGHTS) == {Step.RECORD_DIRECTOR_DECISION}
    decision = TRANSITIONS[Step.RECORD_DIRECTOR_DECISION]
    assert decision.target is CaseStatus.ASSIGNED
    assert status_change_right(CaseStatus.AWAITING_DIRECTOR, CaseStatus.ASSIGNED) is (
        Right.DECISION_STEP
    )
    assert status_change_right("awaiting_director", "assigned") is Right.DECISION_STEP
    # The same target from another status is the handler's assignment: K&V's work.
    for old, new in ((CaseStatus.REGISTERED, CaseStatus.ASSIGNED),
                     (CaseStatus.AWAITING_DIRECTOR, CaseStatus.CLOSED),
                     (CaseStatus.AWAITING_DIRECTOR, CaseStatus.WITHDRAWN),
                     (CaseStatus.ASSIGNED, CaseStatus.AWAITING_DIRECTOR)):  # fmt: skip
        assert status_change_right(old, new) is Right.EDIT_CASE, (old, new)


def test_every_missing_right_has_a_dutch_reason() -> None:
    viewer = Viewer(staff_id=1, name="Marloes", roles=frozenset({HAN}))
    assert viewer.why_not(Right.ADD_NOTE) is None
    assert viewer.why_not(Right.MASTER_DATA) == REFUSALS[Right.MASTER_DATA]
    assert set(REFUSALS) == set(Right)
    assert all("Alleen" in text or "Uw rol" in text for text in REFUSALS.values())


@pytest.mark.parametrize(
    ("staff_role", "admin", "expected"),
    [
        (StaffRole.QUALITY_OFFICER, False, {KV}),
        (StaffRole.QUALITY_OFFICER, True, {KV, ADM}),
        (StaffRole.DIRECTOR, False, {DIR}),
        (StaffRole.LOCATION_MANAGER, False, {HAN}),
        (StaffRole.CLUSTER_MANAGER, False, {HAN}),
        (StaffRole.REGIONAL_MANAGER, False, {HAN}),
        (StaffRole.SUPPORT, False, {HAN}),
        (StaffRole.SUPPORT, True, {ADM}),  # an administrator sees cases only if also K&V
        (StaffRole.LOCATION_MANAGER, True, {ADM}),
    ],
)
def test_staff_roles_map_to_access_roles(
    staff_role: StaffRole, admin: bool, expected: set[AccessRole]
) -> None:
    assert roles_for(staff_role, is_administrator=admin) == expected


def test_the_database_policies_name_the_same_all_seeing_roles() -> None:
    assert set(SEES_ALL_STAFF_ROLES) == {StaffRole.QUALITY_OFFICER, StaffRole.DIRECTOR}


MARLOES = Viewer(
    staff_id=7, name="Marloes", roles=frozenset({HAN}), managed_location_ids=frozenset({1})
)


@pytest.mark.parametrize(
    ("facts", "seen"),
    [
        (CaseAccessFacts(location_id=1, handler_id=None, confidential=False), True),
        (CaseAccessFacts(location_id=2, handler_id=None, confidential=False), False),
        (CaseAccessFacts(location_id=2, handler_id=7, confidential=False), True),
        (CaseAccessFacts(location_id=1, handler_id=None, confidential=True), False),
        (CaseAccessFacts(location_id=1, handler_id=7, confidential=True), True),
        (CaseAccessFacts(2, None, True, named_staff_ids=frozenset({7})), True),
    ],
)
def test_visibility_of_a_handler(facts: CaseAccessFacts, seen: bool) -> None:
    assert may_see_case(MARLOES, facts) is seen


def test_kv_and_director_see_confidential_cases_an_administrator_sees_none() -> None:
    confidential = CaseAccessFacts(location_id=2, handler_id=None, confidential=True)
    for roles, seen in (({KV}, True), ({DIR}, True), ({ADM}, False), (set(), False)):
        viewer = Viewer(staff_id=3, name="x", roles=frozenset(roles))
        assert may_see_case(viewer, confidential) is seen
