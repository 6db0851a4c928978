"""The value rule for a file or folder a user picked or typed (a file dialog, a setting, a
command-line argument), shared by every service that reads or writes one.

A path must be text (or a `Path`), not empty, without NUL (the OS refuses it with
`ValueError: embedded null byte`) or lone surrogates (no file system can encode them), at
most 4,096 characters with no name part over 255 bytes (the OS answered `File name too
long`, which the services did not expect from a name they were handed).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final

from .errors import ValidationError
from .values import describe, text_problem

MAX_PATH: Final = 4_096
MAX_NAME_BYTES: Final = 255


def check_path(value: Any, label: str = "Het bestand", *, field: str = "path") -> Path:
    """`value` as a `Path`, or a ValidationError naming what is wrong with it."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str):
        raise ValidationError(f"{label} moet een pad zijn, maar is {describe(value)}.", field=field)
    if not value.strip():
        raise ValidationError(f"{label}: kies een bestand of map.", field=field)
    problem = text_problem(value, MAX_PATH, allow_nul=False)
    if problem:
        raise ValidationError(f"{label}: het pad {problem}.", field=field)
    path = Path(value)
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in path.parts):
        raise ValidationError(
            f"{label}: een naam in het pad is langer dan {MAX_NAME_BYTES} tekens.", field=field
        )
    return path
