"""The letter warm-up (run in the background after start) builds a sample letter under the
organisation's own letterhead, so the logo the first preview needs is scaled already, and
fills in the newest case's letter without recording anything (no audit entry for a
confidential case, no letter), so the first preview's queries are compiled already."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from kluppluz_desk.documents.letters.layout import _logo
from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import warm_up_letters, warmup
from kluppluz_desk.services.settings import load_settings, save_settings
from kluppluz_desk.store.models import AuditEntry, Letter
from tests.documents.letter_samples import logo
from tests.factories import make_case, seed


def test_the_warm_up_scales_the_organisations_own_logo(db: Database) -> None:
    seed(db)
    settings = load_settings(db)
    own = logo()
    save_settings(db, replace(settings, organisation=replace(settings.organisation, logo_png=own)))
    _logo.cache_clear()
    assert warm_up_letters(db) is True
    assert _logo.cache_info().currsize == 1
    _logo(own)  # the first real letter finds it ready
    assert _logo.cache_info().hits == 1


def test_a_failing_warm_up_is_logged_not_raised(
    db: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_doc: object) -> bytes:
        raise OSError("font file gone")

    monkeypatch.setattr(warmup, "build_letter_pdf", broken)
    assert warm_up_letters(db) is False
    assert "letter warm-up failed" in caplog.text


def _rows(db: Database) -> tuple[int, int]:
    with db.unit() as session:
        audit = session.scalar(select(func.count(AuditEntry.id)))
        letters = session.scalar(select(func.count(Letter.id)))
    return int(audit or 0), int(letters or 0)


def test_the_warm_up_fills_in_the_newest_letter_and_records_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = seed(db)
    assert warm_up_letters(db) is True  # no case yet: only the sample letter
    make_case(db, seeded)
    newest = make_case(db, seeded).id
    access.set_confidential(db, newest, ConfidentialReason.SAFETY)
    read: list[int] = []
    real_load = warmup.load_case

    def load_case(session, case_id):  # type: ignore[no-untyped-def]
        read.append(case_id)
        return real_load(session, case_id)

    monkeypatch.setattr(warmup, "load_case", load_case)
    before = _rows(db)
    assert warm_up_letters(db) is True
    assert read == [newest]
    assert _rows(db) == before
