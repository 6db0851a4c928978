"""The letterhead logo scaled for print, kept in the program's cache folder.

Decoding the organisation's PNG and scaling it down with Lanczos costs the first letter of a
process about 12 ms of processor time (`layout._logo` keeps the result for the rest of the
process). The scaled pixels are stored (`cache_files`, keyed by a digest of the PNG, the
size and this format's number; one file, so a new logo replaces the old) and a fresh
process builds the image from them without decoding or scaling anything; the PDF is the
same byte for byte (`tests/documents/test_font_cache.py`). Only plain pixel images are
stored (grey, RGB, CMYK without a transparent colour): the rare rest is scaled every time.
"""

from __future__ import annotations

import marshal
from io import BytesIO

from PIL import Image as PILImage

from ..cache_files import cache_folder, key_of, read_blob, write_blob

FORMAT = 1
_STORED_MODES = ("L", "RGB", "CMYK")


def prepared_logo(png: bytes, pixels: int) -> PILImage.Image:
    """The logo at most `pixels` square, transparency flattened onto white."""
    folder = cache_folder("logos")
    key = key_of(png, f"{pixels} px, logo format {FORMAT}".encode())
    # One file: another logo (a new one in the settings) overwrites it instead of piling up.
    target = folder / f"logo-{pixels}px.logo" if folder is not None else None
    if target is not None:
        stored = _from_cache(read_blob(target, key))
        if stored is not None:
            return stored
    image = scaled_logo(png, pixels)
    if target is not None and image.mode in _STORED_MODES and "transparency" not in image.info:
        write_blob(target, key, marshal.dumps((image.mode, image.size, image.tobytes())))
    return image


def _from_cache(content: bytes | None) -> PILImage.Image | None:
    if content is None:
        return None
    try:
        mode, (width, height), raw = marshal.loads(content)
        return PILImage.frombytes(mode, (width, height), raw)
    except (EOFError, ValueError, TypeError):  # not what this format stores
        return None


def scaled_logo(png: bytes, pixels: int) -> PILImage.Image:
    """Transparency is flattened onto white (letters are printed on white paper): a page
    with a transparent image is turned into one big picture by the PDF-to-PostScript step of
    many print queues, text included, so the whole first page would print blurred."""
    image: PILImage.Image = PILImage.open(BytesIO(png))
    image.load()
    image.thumbnail((pixels, pixels), PILImage.Resampling.LANCZOS)
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        flat = PILImage.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    return image
