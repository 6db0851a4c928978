"""Who appoints an administrator (the "Beheerder" tick in master data, issue 12): while
there is none, K&V appoints the first (else nobody could manage users or database logins
from the program); once one exists, only an administrator makes or unmakes another. The
other fields of a staff member stay K&V's (master data)."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.errors import DomainError, ValidationError
from kluppluz_desk.services import masterdata
from kluppluz_desk.services.database import Database
from tests.factories import seed
from tests.services.access.world import act_as


def test_kv_appoints_the_first_administrator_and_only_administrators_the_next(
    db: Database,
) -> None:
    staff = seed(db).staff
    act_as(db, "kv-tester")
    first = masterdata.save_item(db, "staff", {"is_administrator": True},
                                 staff["Johan Smits"])  # fmt: skip
    assert first.is_administrator
    with pytest.raises(DomainError, match="beheerder"):
        masterdata.save_item(db, "staff", {"is_administrator": True},
                             staff["Marloes van Dijk"])  # fmt: skip
    # K&V still keeps the other staff fields.
    renamed = masterdata.save_item(db, "staff", {"email": "m.vandijk@kluppluz.example"},
                                   staff["Marloes van Dijk"])  # fmt: skip
    assert renamed.email == "m.vandijk@kluppluz.example" and not renamed.is_administrator
    act_as(db, "jsmits")  # the administrator appoints the next one
    second = masterdata.save_item(db, "staff", {"is_administrator": True},
                                  staff["Marloes van Dijk"])  # fmt: skip
    assert second.is_administrator
    listed = {s.name: s.is_administrator for s in masterdata.list_items(db, "staff")}
    assert listed["Johan Smits"] and listed["Marloes van Dijk"]
    assert not listed["Kees Verhoeven"]


def test_administrator_must_be_yes_or_no(db: Database) -> None:
    staff = seed(db).staff
    with pytest.raises(ValidationError, match="beheerder moet ja of nee zijn"):
        masterdata.save_item(db, "staff", {"is_administrator": "ja"}, staff["Johan Smits"])
