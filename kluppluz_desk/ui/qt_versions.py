"""Qt for Python releases known to break the program, checked at start and by the tests.

PySide6 / shiboken6 6.12.0 on Python 3.11 drops one reference to `None` on every Qt call that
returns nothing, so the program aborts ("Fatal Python error: none_dealloc") after a few
thousand calls — minutes of typing. pyproject.toml excludes the same versions; keep the two
in step (tests/ui/test_qt_versions.py checks that they are).
"""

from __future__ import annotations

import sys

import PySide6
import shiboken6

# version -> the Python versions it breaks (None: all)
KNOWN_BAD_QT: dict[str, tuple[int, int] | None] = {
    "6.12.0": (3, 11),
}


def is_bad(version: str, python: tuple[int, int] | None = None) -> bool:
    python = python or (sys.version_info.major, sys.version_info.minor)
    if version not in KNOWN_BAD_QT:
        return False
    breaks_up_to = KNOWN_BAD_QT[version]
    return breaks_up_to is None or python <= breaks_up_to


def installed_problem() -> str | None:
    """A one-line description when the installed PySide6 or shiboken6 is known to be bad."""
    for name, version in (("PySide6", PySide6.__version__), ("shiboken6", shiboken6.__version__)):
        if is_bad(version):
            return f"{name} {version} is known to crash on Python {sys.version.split()[0]}"
    return None
