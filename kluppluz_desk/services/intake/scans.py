"""Scanned letters: a PDF (its text layer, when there is one, through pypdf) or an image.
The file itself is checked before anything is registered: a PDF that is not a PDF or an
image that is not an image is refused with a Dutch message."""

from __future__ import annotations

import io
import logging

from ...domain.errors import ValidationError

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"}
MAX_PDF_PAGES_READ = 50  # the text of a long scan: enough for the description


def pdf_text(data: bytes, filename: str) -> str:
    """The text layer of a PDF ('' for a pure scan); ValidationError when it is no PDF."""
    from pypdf import PdfReader  # noqa: PLC0415 - only needed for PDFs
    from pypdf.errors import PyPdfError  # noqa: PLC0415

    if b"%PDF-" not in data[:1024]:
        raise ValidationError(f"'{filename}' is geen PDF-bestand (de inhoud is iets anders).")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                f"'{filename}' is met een wachtwoord beveiligd; sla hem onbeveiligd op en "
                "probeer het opnieuw."
            )
        texts = [(page.extract_text() or "").strip() for page in reader.pages[:MAX_PDF_PAGES_READ]]
    except ValidationError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        log.info("unreadable PDF %s: %r", filename, exc)
        raise ValidationError(
            f"'{filename}' is een beschadigde PDF en kan niet worden gelezen."
        ) from None
    return "\n\n".join(t for t in texts if t)


def check_image(data: bytes, filename: str) -> str:
    """The image's MIME type; ValidationError when the file is not an image."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            kind = (image.format or "").lower()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        log.info("unreadable image %s: %r", filename, exc)
        raise ValidationError(f"'{filename}' is geen leesbare afbeelding.") from None
    return {"jpeg": "image/jpeg", "tiff": "image/tiff"}.get(kind, f"image/{kind or 'octet-stream'}")
