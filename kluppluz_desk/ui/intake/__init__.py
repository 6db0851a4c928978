"""Intake in the window: open, drop or paste an e-mail (.eml, .msg, Outlook's virtual
files) or a scanned letter; it opens as a new, unsaved case in the editor."""

from .controller import IntakeController
from .mime import files_from_mime, has_intake_files, virtual_file_names

__all__ = ["IntakeController", "files_from_mime", "has_intake_files", "virtual_file_names"]
