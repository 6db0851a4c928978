"""Intake: every reaction in, however it arrives. An e-mail (`.eml`, Outlook `.msg`), a
website form e-mail or a scanned letter (PDF, image) becomes a draft case (`read_intake`),
which the user confirms and `register_intake` stores with the original kept as attachment.
The form's label → field mapping is a setting (`load_form_labels`, `save_form_labels`)."""

from .build import SUFFIXES, IntakeDraft, LocationGuess, check_size, read_intake
from .form import DEFAULT_FORM_LABELS, FORM_TARGETS, load_form_labels, save_form_labels
from .messages import IntakeFile
from .register import DuplicateMessage, register_intake

__all__ = [
    "DEFAULT_FORM_LABELS",
    "FORM_TARGETS",
    "SUFFIXES",
    "DuplicateMessage",
    "IntakeDraft",
    "IntakeFile",
    "LocationGuess",
    "check_size",
    "load_form_labels",
    "read_intake",
    "register_intake",
    "save_form_labels",
]
