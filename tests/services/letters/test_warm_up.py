"""The letter warm-up (run in the background after start) builds a sample letter under the
organisation's own letterhead, so the logo the first preview needs is scaled already."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kluppluz_desk.documents.letters.layout import _logo
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import warm_up_letters, warmup
from kluppluz_desk.services.settings import load_settings, save_settings
from tests.documents.letter_samples import logo
from tests.factories import seed


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
