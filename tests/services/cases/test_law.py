"""The law per case, stored: regime derived and changed with a reason, the regime's legal
clock, the Wkkgz extension rules at their boundaries, and the reasoned judgment required
before closing (SQLite and PostgreSQL through the `db` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kluppluz_desk.domain.enums import CaseStatus
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.settings import load_settings, save_settings
from tests.factories import make_case, seed

RECEIVED = date(2026, 1, 5)  # a Monday; today is frozen later in 2026 by the fixtures


def test_regime_follows_funding_and_service(db: Database) -> None:
    s = seed(db)
    child = make_case(db, s)
    assert child.law is not None and child.law.regime is Regime.CHILDCARE
    youth = make_case(db, s, funding="youth_care")
    assert youth.law is not None and youth.law.regime is Regime.YOUTH
    care = make_case(db, s, funding="wkkgz_care")
    assert care.law is not None and care.law.regime is Regime.WKKGZ
    assert not care.law.chosen_by_hand


def test_changing_the_regime_needs_a_reason_and_is_audited(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, received_on=RECEIVED)
    with pytest.raises(ValidationError, match="reden"):
        cases.change_regime(
            db, case_id=case.id, version=case.version, regime=Regime.WKKGZ, reason="  "
        )
    changed = cases.change_regime(
        db,
        case_id=case.id,
        version=case.version,
        regime=Regime.WKKGZ,
        reason="Zorg onder de Wkkgz: ontwikkelarrangement met behandeling.",
    )
    assert changed.law is not None
    assert (changed.law.regime, changed.law.derived_regime) == (Regime.WKKGZ, Regime.CHILDCARE)
    assert changed.law.chosen_by_hand
    assert any(
        h.new_value == "Wkkgz (zorg)" and h.old_value == "Wet kinderopvang" for h in changed.history
    )
    assert any("Wet gewijzigd van Wet kinderopvang naar Wkkgz" in n.text for n in changed.notes)
    back = cases.change_regime(
        db, case_id=case.id, version=changed.version, regime=None, reason="Toch kinderopvang."
    )
    assert back.law is not None and back.law.regime is Regime.CHILDCARE
    assert not back.law.chosen_by_hand


def test_each_regime_has_its_own_legal_clock(db: Database) -> None:
    s = seed(db)
    settings = load_settings(db)
    from dataclasses import replace

    save_settings(
        db,
        replace(
            settings,
            deadlines=replace(settings.deadlines, wkkgz_legal_days=35, youth_legal_days=56),
        ),
    )
    child = make_case(db, s, received_on=RECEIVED)
    care = make_case(db, s, received_on=RECEIVED, funding="wkkgz_care")
    youth = make_case(db, s, received_on=RECEIVED, funding="youth_care")
    assert child.deadlines.legal == RECEIVED + timedelta(days=42)
    assert care.deadlines.legal == RECEIVED + timedelta(days=35)
    assert youth.deadlines.legal == RECEIVED + timedelta(days=56)
    # Changing the regime moves the legal clock with it.
    moved = cases.change_regime(
        db, case_id=child.id, version=child.version, regime=Regime.YOUTH, reason="Jeugdhulp."
    )
    assert moved.deadlines.legal == RECEIVED + timedelta(days=56)


def _wkkgz_case(db: Database) -> int:
    s = seed(db)
    return make_case(db, s, received_on=RECEIVED, funding="wkkgz_care", upto=Step.ACKNOWLEDGE).id


FIRST_TERM_END = RECEIVED + timedelta(days=42)  # 16 February 2026


@pytest.mark.parametrize(
    ("decided", "allowed"),
    [
        (FIRST_TERM_END - timedelta(days=1), True),
        (FIRST_TERM_END, True),
        (FIRST_TERM_END + timedelta(days=1), False),
    ],
)
def test_wkkgz_extension_only_before_the_first_term_ends(
    db: Database, decided: date, allowed: bool
) -> None:
    case_id = _wkkgz_case(db)

    def extend() -> object:
        return cases.add_extension(
            db,
            case_id=case_id,
            days=28,
            reason="Onderzoek bij de behandelaar.",
            decided_on=decided,
            notified_on=decided,
        )

    if allowed:
        detail = extend()
        assert detail.deadlines.legal == FIRST_TERM_END + timedelta(days=28)  # type: ignore[attr-defined]
    else:
        with pytest.raises(ValidationError, match="eerste termijn is op 16-02-2026 verstreken"):
            extend()


def test_wkkgz_extension_once_at_most_four_weeks_unless_consent(db: Database) -> None:
    case_id = _wkkgz_case(db)
    on = RECEIVED + timedelta(days=30)
    with pytest.raises(ValidationError, match="ten hoogste 28 dagen"):
        cases.add_extension(
            db, case_id=case_id, days=29, reason="Meer tijd.", decided_on=on, notified_on=on
        )
    with pytest.raises(ValidationError, match="schriftelijk"):
        cases.add_extension(db, case_id=case_id, days=14, reason="Meer tijd.", decided_on=on)
    cases.add_extension(
        db, case_id=case_id, days=28, reason="Meer tijd.", decided_on=on, notified_on=on
    )
    with pytest.raises(ValidationError, match="maar één keer"):
        cases.add_extension(
            db, case_id=case_id, days=7, reason="Nog meer.", decided_on=on, notified_on=on
        )
    later = cases.add_extension(
        db,
        case_id=case_id,
        days=14,
        reason="Klager wil eerst een tweede gesprek.",
        decided_on=on + timedelta(days=10),
        consent=True,
    )
    assert later.deadlines.legal == FIRST_TERM_END + timedelta(days=42)
    assert [e.consent for e in later.extensions] == [False, True]


def test_childcare_extension_keeps_its_total_limit(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, received_on=RECEIVED, upto=Step.ACKNOWLEDGE)
    on = RECEIVED + timedelta(days=50)  # no "before the first term" rule outside the Wkkgz
    cases.add_extension(db, case_id=case.id, days=20, reason="Gesprek.", decided_on=on)
    with pytest.raises(ValidationError, match="nog 8 dag"):
        cases.add_extension(db, case_id=case.id, days=14, reason="Gesprek.", decided_on=on)


def test_a_complaint_cannot_be_closed_without_the_reasoned_judgment(db: Database) -> None:
    s = seed(db)
    case = make_case(db, s, received_on=RECEIVED, upto=Step.PROPOSE_SOLUTION, judged=False)
    values = {"public_summary": "Overdracht.", "public_measure": "Werkwijze aangescherpt."}
    with pytest.raises(ValidationError, match="gemotiveerd oordeel"):
        cases.perform_step(
            db, case_id=case.id, version=case.version, step=Step.CLOSE, values=values
        )
    parts = [
        JudgmentPartData("Overdracht bij het ophalen", Verdict.UPHELD, "Niet besproken."),
        JudgmentPartData("Toon van de medewerker", Verdict.REJECTED, "Niet bevestigd."),
    ]
    with pytest.raises(ValidationError, match="motivering"):
        cases.save_judgment(
            db,
            case_id=case.id,
            version=case.version,
            parts=[JudgmentPartData("Iets", Verdict.UPHELD, " ")],
            measures_due_on=None,
        )
    judged = cases.save_judgment(
        db, case_id=case.id, version=case.version, parts=parts, measures_due_on=None
    )
    assert judged.law is not None and [p.verdict for p in judged.law.judgment] == [
        Verdict.UPHELD,
        Verdict.REJECTED,
    ]
    # Wet kinderopvang: the concrete term for the measures is still missing.
    assert any("concrete termijn" in r for r in judged.steps[Step.CLOSE])
    with pytest.raises(ValidationError, match="concrete termijn"):
        cases.perform_step(
            db, case_id=case.id, version=judged.version, step=Step.CLOSE, values=values
        )
    dated = cases.save_judgment(
        db,
        case_id=case.id,
        version=judged.version,
        parts=parts,
        measures_due_on=date(2026, 3, 1),
    )
    closed = cases.perform_step(
        db, case_id=case.id, version=dated.version, step=Step.CLOSE, values=values
    )
    assert closed.status is CaseStatus.CLOSED
    assert any(h.field == "oordeel" for h in closed.history)


def test_youth_care_and_suggestions_close_without_a_judgment(db: Database) -> None:
    s = seed(db)
    youth = make_case(db, s, funding="youth_care", upto=Step.CLOSE, judged=False)
    assert youth.status is CaseStatus.CLOSED
    idea = make_case(db, s, kind="suggestion", upto=Step.CLOSE, judged=False)
    assert idea.status is CaseStatus.CLOSED
