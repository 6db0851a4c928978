"""Starting empty: one transaction sets up lists, organisation, location and staff."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import masterdata
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.masterdata import start_empty
from kluppluz_desk.services.settings import load_settings


def test_start_empty_sets_up_everything(db: Database) -> None:
    assert masterdata.is_empty(db)
    start_empty(
        db,
        organisation_name="KluppluZ",
        place="Arnhem",
        location_name="Arnhem Zuid",
        region_name="Arnhem",
        staff=[("Els Bruins", "location_manager", "e@x.nl"), ("", "director", "")],
    )
    assert not masterdata.is_empty(db)
    [location] = masterdata.list_items(db, "location")
    [member] = masterdata.list_items(db, "staff")
    assert location.location_manager_id == member.id and location.region_name == "Arnhem"
    assert load_settings(db).organisation.place == "Arnhem"
    assert len(masterdata.list_items(db, "category")) >= 5


def test_start_empty_refuses_missing_parts_and_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError, match="eerste locatie, ten minste één medewerker"):
        start_empty(
            db,
            organisation_name="K",
            place="Eindhoven",
            location_name=" ",
            region_name="Eindhoven",
            staff=[],
        )
    assert masterdata.list_items(db, "category") == []
