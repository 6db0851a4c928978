"""Warm-up of the letter machinery, run once in the background after the window is shown.

The first letter of a process pays for reading the fonts, building the paragraph styles and
ReportLab's first document, and for scaling the logo; a sample letter (nothing stored) under
the organisation's own letterhead pays that before anyone asks for a preview. The newest
case's letter is filled in too (not laid out, not recorded), so SQLAlchemy has compiled the
statements that read a case with its collections, the template and the context: 15
statements, about half of what the first preview after the sample letter still cost.
Thread-safe: the fonts are registered under a lock (`documents.fonts`), the settings are
read in a session of this thread.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.letters.data import (
    BulletBlock,
    LetterDocument,
    Letterhead,
    ParagraphBlock,
    Recipient,
    Signatory,
)
from ...documents.letters.pdf import build_letter_pdf
from ...documents.letters.templates import render_letter
from ...domain.enums import LetterKind
from ...domain.today import today
from ...store.models import Case
from ..cases.view import load_case
from ..database import Database
from ..settings import AppSettings, load_settings_in
from .context import build_context, letterhead_of
from .templates import template_in

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
                settings = load_settings_in(session)
                _fill_in_newest(session, settings, db.user)
            sample = replace(sample, letterhead=letterhead_of(settings.organisation))
        build_letter_pdf(sample)
    except Exception:  # a warm-up never bothers the person; the preview shows real errors
        log.warning("letter warm-up failed", exc_info=True)
        return False
    return True


def _fill_in_newest(session: Session, settings: AppSettings, login: str) -> None:
    """The judgment letter of the newest case the user may see, filled in and dropped: the
    reads of a real letter (compose_in without its audit record of a confidential case)."""
    case_id = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
    if case_id is None:
        return
    case = load_case(session, case_id)
    kind = LetterKind.JUDGMENT
    template = template_in(session, kind)
    context = build_context(session, case, kind, settings, login=login, letter_date=today())
    render_letter(template.subject, template.body, context.values)
