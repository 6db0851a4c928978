"""The program's own images from the packaged resources."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def window_icon() -> QIcon:
    return QIcon(str(files("kluppluz_desk.resources") / "images" / "logo.png"))
