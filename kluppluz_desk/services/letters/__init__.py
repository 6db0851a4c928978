"""Letters to the person who complained: render one or a batch as PDF (or e-mail), record a
letter as sent, edit the letter templates, and the whole case dossier as one PDF."""

from .context import letter_kind
from .dossier import DOSSIER_PURPOSES, case_dossier_pdf
from .render import RenderedLetterPdf, letter_eml, preview_template, render_letter_pdf
from .sending import (
    acknowledgements_due,
    batch_acknowledgements,
    letter_pdf,
    record_letter,
    record_letters,
    render_letters_pdf,
    suggested_kind,
)
from .templates import (
    PLACEHOLDERS,
    TemplateInfo,
    get_template,
    reset_template,
    save_template,
    template_problems,
)
from .warmup import warm_up_letters

__all__ = [
    "DOSSIER_PURPOSES",
    "PLACEHOLDERS",
    "RenderedLetterPdf",
    "TemplateInfo",
    "acknowledgements_due",
    "batch_acknowledgements",
    "case_dossier_pdf",
    "get_template",
    "letter_eml",
    "letter_kind",
    "letter_pdf",
    "preview_template",
    "record_letter",
    "record_letters",
    "render_letter_pdf",
    "render_letters_pdf",
    "reset_template",
    "save_template",
    "suggested_kind",
    "template_problems",
    "warm_up_letters",
]
