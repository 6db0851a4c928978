"""A page built the first time it is shown: built once, under the wait cursor, and the
cursor is back afterwards even when building fails."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kluppluz_desk.ui.lazy_page import LazyPage


def _cursor() -> Any:
    cursor = QApplication.overrideCursor()
    return cursor.shape() if cursor is not None else None


def test_the_page_is_built_once_under_the_wait_cursor(qtbot: Any) -> None:
    seen: list[Any] = []

    def build(parent: QWidget) -> QWidget:
        seen.append(_cursor())
        return QLabel("gebouwd", parent)

    lazy = LazyPage(build)
    qtbot.addWidget(lazy)
    assert not lazy.is_created and seen == []
    lazy.show()
    lazy.hide()
    lazy.show()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert lazy.is_created and _cursor() is None


def test_the_cursor_comes_back_when_building_fails(qtbot: Any) -> None:
    def build(parent: QWidget) -> QWidget:
        raise RuntimeError("kapot")

    lazy = LazyPage(build)
    qtbot.addWidget(lazy)
    with pytest.raises(RuntimeError):
        lazy.page()
    assert _cursor() is None and not lazy.is_created
