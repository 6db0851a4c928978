"""The director's decision step in the services, on both backends: the director records her
decision AND takes that step herself (found carrying a serious case: no single login could);
any other step is refused with the role's reason before anything changes; a manager takes
no step at all; K&V still takes it too."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.access import REFUSALS, Right
from kluppluz_desk.domain.enums import CaseStatus, InformedRole
from kluppluz_desk.domain.errors import DomainError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.cases import records as case_records
from kluppluz_desk.services.database import Database
from tests.factories import make_case, seed
from tests.services.access.world import act_as


def _awaiting_director(db: Database) -> int:
    """A serious case K&V has prepared: director informed, handler chosen."""
    seeded = seed(db)
    case = make_case(db, seeded, severity="serious")
    assert case.status is CaseStatus.AWAITING_DIRECTOR
    case = case_records.record_informed(db, case_id=case.id, role=InformedRole.DIRECTOR,
                                        informed_on=today())  # fmt: skip
    cases.update_case(db, case_id=case.id, version=case.version,
                      values={"handler_id": seeded.staff["Marloes van Dijk"]})  # fmt: skip
    return case.id


def test_the_director_decides_and_takes_the_step_herself(db: Database) -> None:
    case_id = _awaiting_director(db)
    act_as(db, "iwillems")
    version = cases.get_case(db, case_id).version
    decision = {"director_decision": "Ernstig; onderzoek door K&V."}
    detail = cases.perform_step(db, case_id=case_id, version=version,
                                step=Step.RECORD_DIRECTOR_DECISION, values=decision)  # fmt: skip
    assert detail.status is CaseStatus.ASSIGNED
    assert detail.fields["director_decision"] == "Ernstig; onderzoek door K&V."
    assert detail.fields["director_decided_on"] == today()
    assert any("Besluit directeur vastleggen" in n.text for n in detail.notes)


@pytest.mark.parametrize("step", [Step.WITHDRAW, Step.ASSIGN_HANDLER, Step.ACKNOWLEDGE])
def test_the_director_takes_no_other_step(db: Database, step: Step) -> None:
    case_id = _awaiting_director(db)
    act_as(db, "iwillems")
    before = cases.get_case(db, case_id)
    with pytest.raises(DomainError) as refused:
        values = {"director_decision": "Ernstig", "withdraw_reason": "x"}
        cases.perform_step(db, case_id=case_id, version=before.version, step=step,
                           values=values)  # fmt: skip
    assert str(refused.value) == REFUSALS[Right.EDIT_CASE]
    after = cases.get_case(db, case_id)
    assert (after.status, after.version) == (before.status, before.version)
    assert after.fields["director_decision"] == ""


def test_a_manager_takes_not_even_the_decision_step(db: Database) -> None:
    case_id = _awaiting_director(db)
    act_as(db, "mvandijk")
    version = cases.get_case(db, case_id).version
    with pytest.raises(DomainError, match="directeur en Kwaliteit"):
        cases.perform_step(db, case_id=case_id, version=version,
                           step=Step.RECORD_DIRECTOR_DECISION)  # fmt: skip
    assert cases.get_case(db, case_id).status is CaseStatus.AWAITING_DIRECTOR


def test_kv_takes_the_step_after_the_director_saved_her_decision(db: Database) -> None:
    case_id = _awaiting_director(db)
    act_as(db, "iwillems")
    detail = cases.get_case(db, case_id)
    cases.update_case(db, case_id=case_id, version=detail.version,
                      values={"director_decision": "Ernstig",
                              "director_decided_on": today()})  # fmt: skip
    act_as(db, "kv-tester")
    detail = cases.get_case(db, case_id)
    detail = cases.perform_step(db, case_id=case_id, version=detail.version,
                                step=Step.RECORD_DIRECTOR_DECISION)  # fmt: skip
    assert detail.status is CaseStatus.ASSIGNED
