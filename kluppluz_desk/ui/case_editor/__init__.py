"""The case editor widget (one customer reaction, all its tabs); see editor.py."""

from .editor import CaseEditor

__all__ = ["CaseEditor"]
