"""Who opened a confidential case is recorded in its history (once per person per quarter
of an hour, however often the editor reloads it); opening an ordinary case is not."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.store.models import AuditEntry
from kluppluz_desk.store.types import utcnow
from tests.services.access.world import act_as, build_world

READ = "Vertrouwelijke zaak ingezien (geopend)"


def _reads(db: Database, case_id: int) -> list[str]:
    return [h.who for h in cases.get_case(db, case_id).history if h.text == READ]


def test_opening_a_confidential_case_is_recorded_with_who(db: Database) -> None:
    world = build_world(db)
    act_as(db, "mvandijk")
    detail = cases.get_case(db, world.secret_named)
    lines = [h for h in detail.history if h.text == READ]
    assert len(lines) == 1 and "Marloes van Dijk" in lines[0].who
    cases.get_case(db, world.secret_named)  # reloaded at once: the same reading
    act_as(db, "kv-tester")
    whos = _reads(db, world.secret_named)
    assert len(whos) == 2
    assert "Marloes van Dijk" in whos[0] and "Kees Verhoeven" in whos[1]
    # An ordinary case leaves no trace of reading.
    assert _reads(db, world.own) == []


def test_a_later_reading_is_recorded_again(db: Database) -> None:
    world = build_world(db)
    act_as(db, "mvandijk")
    cases.get_case(db, world.secret_named)
    with db.unit() as session:  # the first reading was an hour ago
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == "read")
            .values(at=utcnow() - timedelta(hours=1))
        )
    cases.get_case(db, world.secret_named)
    act_as(db, "kv-tester")
    assert len(_reads(db, world.secret_named)) == 3  # Marloes twice, and K&V now
