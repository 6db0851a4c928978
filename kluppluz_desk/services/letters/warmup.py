"""Warm-up of the letter machinery, run once in the background after the window is shown.

The first letter of a process pays for reading the fonts, building the paragraph styles and
ReportLab's first document, and for scaling the logo; a sample letter (no case read, nothing
stored) under the organisation's own letterhead pays that before anyone asks for a preview.
Thread-safe: the fonts are registered under a lock (`documents.fonts`), the settings are
read in a session of this thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace
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
from ..database import Database
from ..settings import load_settings_in
from .context import letterhead_of

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


def warm_up_letters(db: Database | None = None) -> bool:
    """Build one sample letter so the first real one is quick (with `db`: under its
    letterhead, so the logo is scaled too); True when it worked. A failure is only logged:
    the real preview will report its own problem."""
    try:
        sample = _SAMPLE
        if db is not None:
            with db.unit() as session:
                organisation = load_settings_in(session).organisation
            sample = replace(sample, letterhead=letterhead_of(organisation))
        build_letter_pdf(sample)
    except Exception:  # a warm-up never bothers the person; the preview shows real errors
        log.warning("letter warm-up failed", exc_info=True)
        return False
    return True
