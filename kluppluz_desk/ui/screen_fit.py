"""Keep a window on the screen it opens on: a size remembered on a larger monitor (the
docking station at the office) is shrunk to the laptop's available area, and a window
that would open off-screen is moved back."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def clamp_to_screen(window: QWidget) -> None:
    """Fit `window` (frame included) inside the available geometry of its screen."""
    screen = window.screen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = max(frame.width() - window.width(), 0)
    extra_h = max(frame.height() - window.height(), 0)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + max(area.width() - frame.width(), 0))
    y = min(max(frame.y(), area.y()), area.y() + max(area.height() - frame.height(), 0))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
