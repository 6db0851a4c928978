"""ReportLab's parsed faces kept in the cache folder (`documents.font_cache`): a face from the
cache is the face a fresh parse gives, attribute for attribute; a letter made with cached
faces is the same PDF, byte for byte, as one made with parsed faces; a damaged, cut-off,
foreign or unwritable cache, or a changed font file, means a fresh parse, never a failure.
The same holds for the letterhead logo scaled for print (`letters.logo_cache`)."""

from __future__ import annotations

import io
import marshal
import os
import shutil
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import reportlab
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFile

from kluppluz_desk.documents import font_cache
from kluppluz_desk.documents.cache_files import MAGIC, key_of, write_blob
from kluppluz_desk.documents.font_cache import FORMAT, load_ttfont

FONTS = resources.files("kluppluz_desk.resources") / "fonts"
NAME = "DejaVuSans-Bold"


@pytest.fixture
def font_file(tmp_path: Path) -> Path:
    target = tmp_path / "fonts" / f"{NAME}.ttf"
    target.parent.mkdir()
    with resources.as_file(FONTS / f"{NAME}.ttf") as source:
        shutil.copyfile(source, target)
    return target


def _same_face(cached: TTFont, fresh: TTFont) -> None:
    got, want = vars(cached.face), vars(fresh.face)
    assert got.keys() == want.keys()
    for attr, value in want.items():
        if attr == "_pdfScale":
            points = (0, 1, 517, 2048)
            assert [got[attr](x) for x in points] == [value(x) for x in points]
        else:
            assert got[attr] == value, attr
            assert type(got[attr]) is type(value), attr
            if isinstance(value, TTFNameBytes):
                assert got[attr].ustr == value.ustr, attr
    # What TTFont.__init__ sets besides the face.
    others = {k: v for k, v in vars(fresh).items() if k not in {"face", "state", "encoding"}}
    assert {k: vars(cached)[k] for k in others} == others
    assert vars(cached).keys() == vars(fresh).keys()
    assert cached.encoding.name == fresh.encoding.name
    assert type(cached.state) is type(fresh.state) and not cached.state


def test_a_face_from_the_cache_equals_a_fresh_parse(
    font_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    fresh = TTFont(NAME, str(font_file))
    first = load_ttfont(NAME, font_file, folder)  # parses and stores
    assert (folder / f"{NAME}.face").read_bytes().startswith(MAGIC)
    _same_face(first, fresh)
    monkeypatch.setattr(TTFontFile, "extractInfo", lambda *_a, **_k: pytest.fail("parsed"))
    cached = load_ttfont(NAME, font_file, folder)
    _same_face(cached, fresh)
    assert cached.stringWidth("Geachte ouder, € ĳ č", 10) == fresh.stringWidth(
        "Geachte ouder, € ĳ č", 10
    )


def _flip(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="cut-off"),
        pytest.param(lambda b: b[:-100] + bytes(100), id="zeroed-end"),
        pytest.param(lambda b: _flip(b, 90), id="byte-flipped-at-the-start"),
        pytest.param(lambda b: _flip(b, len(b) // 2), id="one-bit-flipped-in-the-data"),
        pytest.param(lambda b: b"", id="empty"),
        pytest.param(lambda b: b"not a face at all" * 50, id="garbage"),
        pytest.param(lambda b: MAGIC + b[len(MAGIC) :][::-1], id="scrambled"),
    ],
)
def test_a_damaged_cache_is_parsed_afresh_and_repaired(
    font_file: Path, tmp_path: Path, damage: Any
) -> None:
    folder = tmp_path / "cache"
    fresh = TTFont(NAME, str(font_file))
    load_ttfont(NAME, font_file, folder)
    stored = folder / f"{NAME}.face"
    good = stored.read_bytes()
    stored.write_bytes(damage(good))
    _same_face(load_ttfont(NAME, font_file, folder), fresh)
    assert stored.read_bytes() == good  # written again after the fresh parse


def test_a_changed_font_file_is_parsed_afresh(font_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    load_ttfont(NAME, font_file, folder)
    with resources.as_file(FONTS / "DejaVuSans.ttf") as other:  # same name, other face
        shutil.copyfile(other, font_file)
    font = load_ttfont(NAME, font_file, folder)
    _same_face(font, TTFont(NAME, str(font_file)))
    assert font.face.name == b"DejaVuSans"


def test_a_cache_from_another_reportlab_version_is_not_used(
    font_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    load_ttfont(NAME, font_file, folder)
    before = (folder / f"{NAME}.face").read_bytes()
    monkeypatch.setattr(font_cache.reportlab, "Version", "0.0.0-other")
    load_ttfont(NAME, font_file, folder)
    assert (folder / f"{NAME}.face").read_bytes() != before  # parsed and stored anew


def test_without_a_writable_cache_folder_the_font_is_parsed(
    font_file: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    font = load_ttfont(NAME, font_file, blocker / "cache")
    _same_face(font, TTFont(NAME, str(font_file)))
    _same_face(load_ttfont(NAME, font_file, None), TTFont(NAME, str(font_file)))


LETTER = """
    import hashlib, sys
    from reportlab.pdfbase.ttfonts import TTFontFile
    parses = []
    real = TTFontFile.extractInfo
    def counted(self, *args, **kwargs):
        parses.append(self.filename)
        return real(self, *args, **kwargs)
    TTFontFile.extractInfo = counted
    from kluppluz_desk.documents.letters import logo_cache
    real_scale = logo_cache.scaled_logo
    def scaled(*args, **kwargs):
        parses.append("logo")
        return real_scale(*args, **kwargs)
    logo_cache.scaled_logo = scaled
    from kluppluz_desk.documents.letters.pdf import build_letter_pdf
    from tests.documents.letter_samples import letter
    pdf = build_letter_pdf(letter("judgment"))
    open(sys.argv[1], "wb").write(pdf)
    print(len(parses))
"""  # prints how many faces were parsed and logos scaled


def _letter_in_fresh_process(home: Path, out: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(LETTER), str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "KLUPPLUZ_DESK_HOME": str(home)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return int(done.stdout.strip().splitlines()[-1])


def _fonts_and_text(pdf: bytes) -> tuple[set[str], str]:
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    return fonts, "\n".join(page.extract_text() for page in reader.pages)


def test_a_letter_with_cached_faces_is_the_same_pdf(tmp_path: Path) -> None:
    home = tmp_path / "home"
    parsed, cached, repaired = (tmp_path / f"{n}.pdf" for n in ("parsed", "cached", "repaired"))
    # First start: both upright faces parsed, the logo scaled; later starts: none of it.
    assert _letter_in_fresh_process(home, parsed) == 3
    assert _letter_in_fresh_process(home, cached) == 0
    assert cached.read_bytes() == parsed.read_bytes()
    fonts, text = _fonts_and_text(cached.read_bytes())
    assert {f.split("+")[-1] for f in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert (fonts, text) == _fonts_and_text(parsed.read_bytes())
    assert "Geachte" in text
    stored = [*(home / "cache" / "fonts").glob("*.face"), *(home / "cache" / "logos").iterdir()]
    assert len(stored) == 3
    for path in stored:  # damage everything stored
        path.write_bytes(path.read_bytes()[:1000])
    assert _letter_in_fresh_process(home, repaired) == 3
    assert repaired.read_bytes() == parsed.read_bytes()


def test_a_well_formed_but_unusable_stored_face_is_parsed_afresh(
    font_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    key = key_of(
        font_file.read_bytes(), f"reportlab {reportlab.Version} font format {FORMAT}".encode()
    )
    # Intact on disk (right key and digest), but not a face: no unitsPerEm, no names.
    write_blob(folder / f"{NAME}.face", key, marshal.dumps({"__ttf_names__": {}, "x": 1}))
    _same_face(load_ttfont(NAME, font_file, folder), TTFont(NAME, str(font_file)))
