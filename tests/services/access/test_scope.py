"""The rights table in the services, on both backends: a location manager sees only the
cases of their locations and the ones they handle, never another's confidential case, in
the list, search, dashboard and when opening one; changes outside the role are refused
in Dutch and nothing is saved."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.access import ConfidentialReason, Right
from kluppluz_desk.domain.errors import DomainError, KnownProblem
from kluppluz_desk.services import access, cases
from kluppluz_desk.services.cases import CaseFilter
from kluppluz_desk.services.dashboard import compute_dashboard
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.masterdata import items as masterdata
from tests.factories import make_case
from tests.services.access.world import World, act_as, build_world


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def _as(db: Database, login: str) -> None:
    act_as(db, login)


def test_kv_sees_every_case(db: Database, world: World) -> None:
    assert len(cases.case_ids(db, CaseFilter())) == 5


def test_a_manager_sees_own_locations_handled_and_named_cases_only(
    db: Database, world: World
) -> None:
    _as(db, "mvandijk")
    assert set(cases.case_ids(db, CaseFilter())) == {world.own, world.handled, world.secret_named}
    assert cases.case_ids(db, CaseFilter(text="Andere Ouder")) == []
    assert cases.case_ids(db, CaseFilter(text="Geheime")) == []
    with pytest.raises(KnownProblem):
        cases.get_case(db, world.secret)
    with pytest.raises(KnownProblem):
        cases.get_case(db, world.other)
    assert cases.get_case(db, world.secret_named).fields["submitter_name"] == "Genoemde Ouder"
    _as(db, "pjansen")
    assert set(cases.case_ids(db, CaseFilter())) == {world.other, world.handled}


def test_the_dashboard_shows_a_manager_only_their_cases(db: Database, world: World) -> None:
    def shown(dash: object) -> set[int]:
        return {item.case_id for section in dash.sections for item in section.items  # type: ignore[attr-defined]
                if item.case_id is not None}  # fmt: skip

    everything = shown(compute_dashboard(db))
    assert world.secret in everything
    _as(db, "pjansen")
    assert shown(compute_dashboard(db)) <= {world.other, world.handled}


def test_a_manager_may_add_a_note_but_not_edit_or_register(db: Database, world: World) -> None:
    _as(db, "mvandijk")
    detail = cases.add_note(db, case_id=world.own, text="Gebeld met ouder.")
    assert any(n.text == "Gebeld met ouder." for n in detail.notes)
    with pytest.raises(DomainError, match="Alleen Kwaliteit & Veiligheid wijzigt"):
        cases.update_case(db, case_id=world.own, version=detail.version,
                          values={"submitter_name": "Iemand Anders"})  # fmt: skip
    with pytest.raises(DomainError, match="registreert"):
        make_case(db, world.seeded)
    with pytest.raises(DomainError, match="vertrouwelijk"):
        access.set_confidential(db, world.own, ConfidentialReason.SAFETY)
    with pytest.raises(DomainError, match="stamgegevens"):
        masterdata.save_item(db, "category", {"name": "Nieuw"})
    _as(db, "kv-tester")
    assert cases.get_case(db, world.own).fields["submitter_name"] == "Eigen Ouder"


def test_the_director_sees_confidential_cases(db: Database, world: World) -> None:
    _as(db, "iwillems")
    assert len(cases.case_ids(db, CaseFilter())) == 5
    assert db.access.may(Right.SERIOUS_CASE_DECISION)


def test_lifting_confidentiality_is_recorded(db: Database, world: World) -> None:
    state = access.set_confidential(db, world.secret, None)
    assert not state.confidential
    _as(db, "mvandijk")
    assert world.secret in cases.case_ids(db, CaseFilter())
