"""The program's own files from the packaged resources (images, translations).

Installed, `resources/` is the package `kluppluz_desk.resources`; in a source checkout
whose editable install does not map that package, the folder next to the package is used.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

import kluppluz_desk


def resource_path(*parts: str) -> Path:
    try:
        base = Path(str(files("kluppluz_desk.resources")))
    except ModuleNotFoundError:
        base = Path(kluppluz_desk.__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)


def window_icon() -> QIcon:
    return QIcon(str(resource_path("images", "logo.png")))
