"""Master data and settings: validation, uniqueness, in-use protection, recomputation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kluppluz_desk.domain.deadlines import DeadlineSettings
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import masterdata
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.settings import AppSettings, load_settings, save_settings
from tests.factories import make_case, seed


def test_master_data_rules(db: Database) -> None:
    s = seed(db)
    with pytest.raises(ValidationError, match="bestaat al"):
        masterdata.save_item(
            db, "location", {"name": "venetiëstraat", "region_id": s.regions["Eindhoven"]}
        )
    with pytest.raises(ValidationError, match="regio bestaat niet"):
        masterdata.save_item(db, "location", {"name": "Nieuw", "region_id": 999})
    with pytest.raises(ValidationError, match="Onbekende waarde"):
        masterdata.save_item(db, "staff", {"name": "X", "role": "koning"})
    make_case(db, s)
    with pytest.raises(ValidationError, match="inactief"):
        masterdata.delete_item(db, "location", s.locations["Venetiëstraat"])
    masterdata.save_item(db, "location", {"active": False}, s.locations["Venetiëstraat"])
    active = [loc.name for loc in masterdata.list_items(db, "location", active_only=True)]
    assert "Venetiëstraat" not in active
    masterdata.delete_item(db, "location", s.locations["Arnhem Centrum"])
    assert not masterdata.is_empty(db)


def test_settings_round_trip_and_recompute(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s)
    settings = load_settings(db)
    assert settings == AppSettings()
    changed = replace(
        settings,
        deadlines=DeadlineSettings(acknowledgement_days=5),
        organisation=replace(settings.organisation, name="KluppluZ B.V.", logo_png=b"\x89PNG fake"),
    )
    assert save_settings(db, changed) == 1
    assert load_settings(db) == changed
    from kluppluz_desk.services.cases.editing import get_case

    assert (get_case(db, case.id).next_due_on - case.fields["received_on"]).days == 5
    with pytest.raises(ValidationError):
        save_settings(db, replace(settings, reference_prefix="K R"))
    with pytest.raises(ValidationError, match="PNG"):
        save_settings(
            db, replace(settings, organisation=replace(settings.organisation, logo_png=b"GIF89a"))
        )
