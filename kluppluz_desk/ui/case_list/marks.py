"""The mark of a confidential case in the list: a small padlock before its reference, with
"Vertrouwelijk" in the tooltip and for screen readers. Qt's standard icons have no
padlock, so it is drawn once (in the palette's text colour, so it reads in dark mode too)
and kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

_icon: QIcon | None = None


def confidential_text() -> str:
    return QCoreApplication.translate("CaseListModel", "Confidential")


def confidential_icon() -> QIcon:
    global _icon
    if _icon is None:
        _icon = QIcon()
        for size in (16, 32):  # sharp on a 200 % screen as well
            _icon.addPixmap(_padlock(size))
    return _icon


def _padlock(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = QApplication.palette().color(QPalette.ColorRole.Text)
    unit = size / 16
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.6 * unit)
    painter.setPen(pen)
    # The shackle: an arch over the body, its two legs down into it.
    painter.drawArc(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 8 * unit), 0, 180 * 16)
    for x in (4.5 * unit, 11.5 * unit):
        painter.drawLine(QPointF(x, 5.5 * unit), QPointF(x, 7.5 * unit))
    # The body: a filled block.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7.5 * unit), unit, unit)
    painter.end()
    return pixmap
