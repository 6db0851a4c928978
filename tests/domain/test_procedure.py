"""The procedure state machine: transitions, guards and their readable reasons."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.enums import CaseStatus, Severity
from kluppluz_desk.domain.errors import DomainError
from kluppluz_desk.domain.procedure import (
    TRANSITIONS,
    CaseFacts,
    Step,
    available_steps,
    initial_status,
    next_step,
    reasons_against,
    require,
)


def facts(**kw: object) -> CaseFacts:
    base: dict[str, object] = {"status": CaseStatus.REGISTERED}
    base.update(kw)
    return CaseFacts(**base)  # type: ignore[arg-type]


def test_new_serious_case_waits_for_the_director() -> None:
    assert initial_status(Severity.SERIOUS) is CaseStatus.AWAITING_DIRECTOR
    assert initial_status(Severity.NORMAL) is CaseStatus.REGISTERED


def test_acknowledgement_needs_a_handler() -> None:
    with pytest.raises(DomainError, match="behandelaar"):
        require(Step.ACKNOWLEDGE, facts(status=CaseStatus.ASSIGNED))
    assert require(Step.ACKNOWLEDGE, facts(status=CaseStatus.ASSIGNED, handler_id=3)) is (
        CaseStatus.ACKNOWLEDGED
    )


def test_serious_case_needs_director_decision_before_a_handler() -> None:
    serious = facts(severity=Severity.SERIOUS, handler_id=4)
    reasons = reasons_against(Step.ASSIGN_HANDLER, serious)
    assert any("directeur" in r for r in reasons)
    waiting = facts(status=CaseStatus.AWAITING_DIRECTOR, severity=Severity.SERIOUS, handler_id=4)
    reasons = reasons_against(Step.RECORD_DIRECTOR_DECISION, waiting)
    assert "Leg eerst vast wanneer de directeur op de hoogte is gesteld." in reasons
    assert "Vul het besluit van de directeur in." in reasons
    decided = facts(
        status=CaseStatus.AWAITING_DIRECTOR,
        severity=Severity.SERIOUS,
        handler_id=4,
        director_informed=True,
        director_decision="Clustermanager handelt af",
    )
    assert require(Step.RECORD_DIRECTOR_DECISION, decided) is CaseStatus.ASSIGNED


def test_closure_needs_public_summary_and_measure() -> None:
    proposed = facts(status=CaseStatus.SOLUTION_PROPOSED, handler_id=1)
    with pytest.raises(DomainError) as error:
        require(Step.CLOSE, proposed)
    assert "openbare samenvatting" in error.value.message
    assert "openbare maatregel" in error.value.message
    ok = facts(
        status=CaseStatus.SOLUTION_PROPOSED, public_summary="Samenvatting", public_measure="M"
    )
    assert require(Step.CLOSE, ok) is CaseStatus.CLOSED


def test_wrong_status_names_the_allowed_ones() -> None:
    reasons = reasons_against(Step.CLOSE, facts(status=CaseStatus.REGISTERED))
    assert len(reasons) == 1
    assert "oplossing voorgesteld" in reasons[0]


@pytest.mark.parametrize("status", list(CaseStatus))
def test_every_status_has_a_consistent_step_table(status: CaseStatus) -> None:
    steps = available_steps(facts(status=status))
    assert set(steps) == set(Step)
    for step, reasons in steps.items():
        allowed = status in TRANSITIONS[step].sources
        if not allowed:
            assert reasons, f"{step} should be refused at {status}"


def test_next_step_follows_the_procedure() -> None:
    assert next_step(facts()) is Step.ASSIGN_HANDLER
    assert next_step(facts(severity=Severity.SERIOUS)) is Step.REFER_TO_DIRECTOR
    assert next_step(facts(status=CaseStatus.ACKNOWLEDGED)) is Step.PROPOSE_SOLUTION
    assert next_step(facts(status=CaseStatus.CLOSED)) is Step.CHECK_SATISFACTION
    assert next_step(facts(status=CaseStatus.WITHDRAWN)) is None


def test_withdraw_needs_a_reason_and_an_open_case() -> None:
    assert reasons_against(Step.WITHDRAW, facts()) == [
        "Geef de reden op waarom de klantreactie wordt ingetrokken."
    ]
    assert require(Step.WITHDRAW, facts(withdraw_reason="Ouder trekt in")) is CaseStatus.WITHDRAWN
    assert reasons_against(Step.WITHDRAW, facts(status=CaseStatus.CLOSED, withdraw_reason="x"))


def test_every_enum_member_has_its_own_dutch_label() -> None:
    from kluppluz_desk.domain import enums

    for cls in enums.LabelledEnum.__subclasses__():
        for member in cls:
            assert member.label != member.value, f"{cls.__name__}.{member.name} has no label"
    assert enums.Channel.EMPLOYEE.label == "Melding medewerker"
    assert enums.SubmitterKind.EMPLOYEE.label == "Medewerker"
