"""ReportLab's parsed TrueType faces, kept on disk so a fresh process need not parse them.

`TTFont(name, path)` reads the whole file and walks its tables in pure Python (the
character map and the metrics of some 6,000 glyphs): 30-40 ms of processor time a face,
the largest part of the first letter after the program starts. What the parse produces is
plain data (numbers, lists, dicts, byte strings) in the face's attributes, so it is stored
with `marshal` (data only: loading it runs no code, unlike pickle) in the program's cache
folder, one file a face (`cache_files`), and given back to ReportLab as a face built
without the parse: 3 ms instead of 35.

A stored face is used only when its key matches: a digest of the font file's bytes,
ReportLab's version and this format's number (a new font file or a ReportLab upgrade
parses afresh); a damaged file is parsed afresh (see `cache_files`). Anything wrong means a
fresh parse, never a failed document: the cache can only save time.
`tests/documents/test_font_cache.py` compares a face from the cache with a fresh parse.
"""

from __future__ import annotations

import logging
import marshal
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ..collector import collector_paused
from .cache_files import key_of, read_blob, write_blob

log = logging.getLogger(__name__)

FORMAT = 1
# Attributes not stored: the file's bytes (read again, they are the subset's source), the
# scale function (a lambda; made again from unitsPerEm as ReportLab makes it) and the path.
_NOT_STORED = frozenset({"_ttf_data", "_pdfScale", "filename"})
_NAMES = "__ttf_names__"  # TTFNameBytes attributes, stored as their text


def load_ttfont(name: str, path: Path, folder: Path | None) -> TTFont:
    """The face in `path` as ReportLab's `TTFont(name, path)` would build it: from the
    cache in `folder` when it holds this very file's parse, else parsed (and stored)."""
    data = path.read_bytes()
    key = key_of(data, f"reportlab {reportlab.Version} font format {FORMAT}".encode())
    target = folder / f"{name}.face" if folder is not None else None
    if target is not None:
        state = _read(target, key)
        if state is not None:
            try:
                return _font_from_state(name, path, data, state)
            except Exception:  # a stored state this ReportLab cannot use: parse afresh
                log.warning("Opgeslagen lettertype %s onbruikbaar", name, exc_info=True)
    font = TTFont(name, str(path))
    if target is not None:
        try:
            payload = marshal.dumps(face_state(font.face))
        except ValueError:  # an attribute marshal cannot store (another ReportLab)
            log.info("Lettertype %s niet opgeslagen: onbekende gegevens", name)
        else:
            write_blob(target, key, payload)
    return font


def face_state(face: TTFontFace) -> dict[str, Any]:
    """The parsed face's attributes as marshal-able data."""
    state: dict[str, Any] = {}
    names: dict[str, str] = {}
    for attr, value in vars(face).items():
        if attr in _NOT_STORED:
            continue
        if isinstance(value, TTFNameBytes):
            names[attr] = value.ustr
        else:
            state[attr] = value
    state[_NAMES] = names
    return state


def _read(target: Path, key: bytes) -> dict[str, Any] | None:
    payload = read_blob(target, key)
    if payload is None:
        return None
    # Some 12,000 lists and tuples a face at once would set off the collector's passes up to
    # a full one over the whole program's objects (30-40 ms); marshal makes no cycles.
    try:
        with collector_paused():
            state = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get(_NAMES), dict) else None


def _font_from_state(name: str, path: Path, data: bytes, state: dict[str, Any]) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    names: dict[str, str] = state[_NAMES]
    attrs = {k: v for k, v in state.items() if k != _NAMES}
    attrs.update({k: TTFNameBytes(v.encode("utf8")) for k, v in names.items()})
    attrs["filename"] = str(path)
    attrs["_ttf_data"] = data
    attrs["_pdfScale"] = _scale(int(attrs["unitsPerEm"]))
    vars(face).update(attrs)
    # What TTFont.__init__ does besides the parse (tests compare it with a real TTFont).
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _scale(units_per_em: int) -> Any:
    # As TTFontFile.extractInfo builds it, so the figures come out the same to the bit.
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
