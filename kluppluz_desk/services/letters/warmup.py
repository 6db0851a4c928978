"""Warm-up of the letter machinery, run once in the background after the window is shown.

The first letter of a process pays for reading the fonts, building the paragraph styles and
ReportLab's first document; a sample letter built from plain data (no database, nothing
stored) pays that before anyone asks for a preview. Thread-safe: the fonts are registered
under a lock (`documents.fonts`), and nothing here touches the database.
"""

from __future__ import annotations

import logging
from datetime import date

from ...documents.letters.data import (
    BulletBlock,
    LetterDocument,
    Letterhead,
    ParagraphBlock,
    Recipient,
    Signatory,
)
from ...documents.letters.pdf import build_letter_pdf

log = logging.getLogger(__name__)

_SAMPLE = LetterDocument(
    letterhead=Letterhead(name="KluppluZ", address_lines=("Straat 1", "1234 AB Plaats")),
    recipient=Recipient(name="Ouder", address_lines=("Straat 2", "1234 AB Plaats")),
    letter_date=date(2026, 1, 1),
    reference="KR-0000-00000",
    subject="Voorbeeld",
    body=(
        ParagraphBlock("Geachte ouder,"),
        ParagraphBlock("<b>Kop</b>", heading=True),
        BulletBlock(("een", "twee")),
    ),
    signatory=Signatory(name="Medewerker", role="Kwaliteit en Veiligheid"),
)


def warm_up_letters() -> bool:
    """Build one sample letter so the first real one is quick; True when it worked.
    A failure is only logged: the real preview will report its own problem."""
    try:
        build_letter_pdf(_SAMPLE)
    except Exception:  # a warm-up never bothers the person; the preview shows real errors
        log.warning("letter warm-up failed", exc_info=True)
        return False
    return True
