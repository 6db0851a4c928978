"""Demo data and the check report."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.enums import CaseStatus, EscalationBody, ReactionKind
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import transfer
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo import load_demo
from kluppluz_desk.services.maintenance import format_check, run_check


def test_demo_covers_the_whole_procedure(db: Database) -> None:
    count = load_demo(db, cases_this_year=24)
    doc = transfer.export_document(db)
    rows = doc["case_record"]
    assert len(rows) == count > 60
    assert {r["status"] for r in rows} == {s.value for s in CaseStatus}
    assert {r["kind"] for r in rows} == {k.value for k in ReactionKind}
    assert len({r["year"] for r in rows}) >= 3
    assert {e["body"] for e in doc["escalation"]} == {b.value for b in EscalationBody}
    seed_2021 = [r for r in rows if r["year"] == 2021]
    ids_2021 = {r["id"] for r in seed_2021}
    kinds_2021 = sorted(x["kind"] for x in doc["letter"] if x["case_id"] in ids_2021)
    assert kinds_2021 == ["acknowledgement"] * 2 + ["judgment"] * 2
    assert len(seed_2021) == 2
    assert {r["public_summary"][:20] for r in seed_2021} == {
        "Ouder vroeg zich af ",
        "Ouders erkenden de u",
    }
    report = run_check(db)
    assert report.ok
    assert any("te laat" in d.days_text for d in report.deadlines)
    text = format_check(report)
    assert "Integriteit:     ok" in text
    with pytest.raises(ValidationError, match="lege database"):
        load_demo(db)
