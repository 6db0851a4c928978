"""The annual report's cover carries the same logo as the letters: the organisation's own,
or the built-in one when none is set (it used to have none while letters did)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

from PIL import Image
from pypdf import PdfReader

from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report import render_report
from kluppluz_desk.services.settings import default_logo, load_settings, save_settings
from tests.factories import make_case, seed


def cover_images(pdf: bytes) -> list[Image.Image]:
    return [image.image for image in PdfReader(BytesIO(pdf)).pages[0].images]


def test_cover_has_the_built_in_logo_when_none_is_set(sqlite_db: Database) -> None:
    seeded = seed(sqlite_db)
    make_case(sqlite_db, seeded, received_on=date(2025, 6, 2))
    assert load_settings(sqlite_db).organisation.logo_png is None
    [image] = cover_images(render_report(sqlite_db, 2025))
    assert image.size == Image.open(BytesIO(default_logo())).size


def test_cover_has_the_organisations_own_logo(sqlite_db: Database) -> None:
    seed(sqlite_db)
    own = BytesIO()
    Image.new("RGB", (300, 120), "red").save(own, format="PNG")
    settings = load_settings(sqlite_db)
    save_settings(sqlite_db, replace(settings, organisation=replace(
        settings.organisation, logo_png=own.getvalue())))  # fmt: skip
    [image] = cover_images(render_report(sqlite_db, 2025))
    assert image.size == (300, 120)
