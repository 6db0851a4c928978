"""Room for the Inzicht tab: it sits under the dashboard's lists, in the lower half of a
splitter; when it is chosen the lists above fold away so the figures get the page's height,
and choosing another tab gives the lists back the sizes the person had."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget


def give_room(splitter: QSplitter, tabs: QTabWidget, page: QWidget) -> None:
    saved: list[list[int]] = []

    def changed(index: int) -> None:
        if tabs.widget(index) is page:
            sizes = splitter.sizes()
            saved[:] = [sizes]
            splitter.setSizes([0] * (len(sizes) - 1) + [sum(sizes)])
        elif saved:
            splitter.setSizes(saved.pop())

    tabs.currentChanged.connect(changed)
