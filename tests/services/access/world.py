"""A small world for access tests: two locations with their own managers, a case handled
by a manager at another location, and two confidential cases (one naming a manager)."""

from __future__ import annotations

from dataclasses import dataclass

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access, cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.masterdata import items as masterdata
from tests.factories import Seeded, make_case, seed


@dataclass
class World:
    seeded: Seeded
    own: int  # at Marloes's location
    other: int  # at Piet's location
    handled: int  # at Piet's location, Marloes handles it
    secret: int  # at Marloes's location, confidential
    secret_named: int  # at Piet's location, confidential, Marloes named on it
    piet: int


def build_world(db: Database) -> World:
    seeded = seed(db)
    piet = masterdata.save_item(
        db, "staff", {"name": "Piet Jansen", "role": "location_manager", "login": "pjansen"}
    ).id
    breda = masterdata.save_item(
        db, "location",
        {"name": "Breda Noord", "region_id": seeded.regions["Eindhoven"],
         "location_manager_id": piet},
    ).id  # fmt: skip
    own = make_case(db, seeded, submitter_name="Eigen Ouder").id
    other = make_case(db, seeded, location_id=breda, submitter_name="Andere Ouder").id
    handled = make_case(db, seeded, location_id=breda, submitter_name="Behandelde Ouder").id
    cases.update_case(db, case_id=handled, version=cases.get_case(db, handled).version,
                      values={"handler_id": seeded.staff["Marloes van Dijk"]})  # fmt: skip
    secret = make_case(db, seeded, submitter_name="Geheime Ouder").id
    secret_named = make_case(db, seeded, location_id=breda, submitter_name="Genoemde Ouder").id
    access.apply_access(db)  # as K&V (kv-tester)
    access.set_confidential(db, secret, ConfidentialReason.ABOUT_STAFF)
    access.set_confidential(db, secret_named, ConfidentialReason.MELDCODE,
                            (seeded.staff["Marloes van Dijk"],))  # fmt: skip
    return World(seeded, own, other, handled, secret, secret_named, piet)


def act_as(db: Database, login: str) -> None:
    """Work as the staff member with this login from now on."""
    db.user = login
    assert access.apply_access(db) is not None
