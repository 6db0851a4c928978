"""Find text that does not fit its widget: buttons, tool buttons, combo boxes, tab titles,
header sections and single-line labels, measured with the widget's own font metrics.

Widgets that elide by design (a property `elides` set to True, with the whole text in the
tooltip) and word-wrapping or rich-text labels (they wrap) are not measured.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # rounding of font metrics


def _plain(text: str) -> str:
    # "&Bestand" shows as "Bestand"; "&&" as "&".
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and not widget.visibleRegion().isEmpty()


def _button(widget: QAbstractButton) -> str | None:
    text = _plain(widget.text())
    if not text:
        return None
    fm = widget.fontMetrics()
    style = widget.style()
    need = fm.horizontalAdvance(text)
    if not widget.icon().isNull():
        need += widget.iconSize().width() + 4
    if isinstance(widget, (QCheckBox, QRadioButton)):
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
        room = widget.width()
    elif isinstance(widget, QToolButton):
        room = widget.width() - 6
        if (
            widget.menu() is not None
            or widget.popupMode() != QToolButton.ToolButtonPopupMode.DelayedPopup
        ):
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    else:
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        room = widget.width() - margin - 2 * frame
        if isinstance(widget, QPushButton) and widget.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    if need > room + SLACK:
        return f"{type(widget).__name__} {text!r}: needs {need} px, has {room}"
    return None


def _combo(widget: QComboBox) -> str | None:
    text = widget.currentText()
    if not text or widget.isEditable():
        return None
    fm = widget.fontMetrics()
    arrow = widget.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    room = widget.width() - arrow - 2 * widget.style().pixelMetric(
        QStyle.PixelMetric.PM_ComboBoxFrameWidth) - 8  # fmt: skip
    need = fm.horizontalAdvance(text)
    if need > room + SLACK:
        return f"QComboBox {text!r}: needs {need} px, has {room}"
    return None


def _tabs(widget: QTabBar) -> list[str]:
    found = []
    fm = widget.fontMetrics()
    for index in range(widget.count()):
        if not widget.isTabVisible(index):
            continue
        text = _plain(widget.tabText(index))
        room = widget.tabRect(index).width() - 8
        if text and fm.horizontalAdvance(text) > room + SLACK:
            found.append(f"tab {text!r}: needs {fm.horizontalAdvance(text)} px, has {room}")
    return found


def _header(widget: QHeaderView) -> list[str]:
    found = []
    model = widget.model()
    if model is None or widget.orientation() != Qt.Orientation.Horizontal:
        return found
    fm = widget.fontMetrics()
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    for logical in range(widget.count()):
        if widget.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        room = widget.sectionSize(logical) - 2 * margin
        if widget.isSortIndicatorShown() and widget.sortIndicatorSection() == logical:
            room -= widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        if text and fm.horizontalAdvance(text) > room + SLACK:
            found.append(f"header {text!r}: needs {fm.horizontalAdvance(text)} px, has {room}")
    return found


def _label(widget: QLabel) -> str | None:
    text = widget.text()
    if not text or widget.wordWrap() or "\n" in text:
        return None
    if widget.textFormat() == Qt.TextFormat.RichText or (
        widget.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setHtml(text)
        text = doc.toPlainText()
        if "\n" in text:
            return None
    text = _plain(text) if widget.buddy() is not None else text
    need = widget.fontMetrics().horizontalAdvance(text)
    room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent() * 0
    if need > room + SLACK:
        return f"QLabel {text!r}: needs {need} px, has {room}"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every shown text under `root` (itself included) wider than the room it has."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or widget.property("elides") is True:
            continue
        if isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QTabBar):
            found += [f"{p} ({widget.objectName()})" for p in _tabs(widget)]
            continue
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
            continue
        else:
            continue
        if problem:
            found.append(problem)
    return found
