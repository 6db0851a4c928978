"""The letterhead logo scaled for print and kept in the cache folder (`letters.logo_cache`):
the stored pixels are the pixels a fresh scaling gives; a damaged file or another logo is
scaled afresh and stored anew; a logo with a transparent colour is never stored; without a
usable cache folder the logo is scaled as before."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image as PILImage

from kluppluz_desk import paths
from kluppluz_desk.documents.letters import logo_cache
from kluppluz_desk.documents.letters.logo_cache import prepared_logo, scaled_logo
from tests.documents.letter_samples import logo

PIXELS = 200


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path))
    return tmp_path


def _stored(home: Path) -> Path:
    return home / "cache" / "logos" / f"logo-{PIXELS}px.logo"


def _same(a: PILImage.Image, b: PILImage.Image) -> None:
    assert (a.mode, a.size, a.tobytes()) == (b.mode, b.size, b.tobytes())


def _png(mode: str, colour: object, **save: object) -> bytes:
    buffer = BytesIO()
    PILImage.new(mode, (400, 300), colour).save(buffer, "PNG", **save)  # type: ignore[arg-type]
    return buffer.getvalue()


def test_the_stored_logo_is_the_scaled_logo(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = scaled_logo(logo(), PIXELS)
    _same(prepared_logo(logo(), PIXELS), fresh)
    assert _stored(home).is_file()
    monkeypatch.setattr(logo_cache, "scaled_logo", lambda *_a: pytest.fail("scaled again"))
    _same(prepared_logo(logo(), PIXELS), fresh)


def test_a_damaged_or_stale_file_is_scaled_afresh(home: Path) -> None:
    prepared_logo(logo(), PIXELS)
    good = _stored(home).read_bytes()
    for damaged in (good[:-7], good[:80] + bytes([good[80] ^ 1]) + good[81:], b"", b"x" * 999):
        _stored(home).write_bytes(damaged)
        _same(prepared_logo(logo(), PIXELS), scaled_logo(logo(), PIXELS))
        assert _stored(home).read_bytes() == good
    other = _png("RGB", (200, 30, 30))
    _same(prepared_logo(other, PIXELS), scaled_logo(other, PIXELS))
    assert _stored(home).read_bytes() != good  # the new logo replaced the old one


def test_a_logo_with_a_transparent_colour_is_not_stored(home: Path) -> None:
    png = _png("RGB", (255, 255, 255), transparency=(255, 255, 255))
    image = prepared_logo(png, PIXELS)
    assert "transparency" in image.info
    assert not _stored(home).exists()


def test_without_a_cache_folder_the_logo_is_scaled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.ENV_HOME, str(blocker))
    _same(prepared_logo(logo(), PIXELS), scaled_logo(logo(), PIXELS))
