"""The "unsaved changes" marker (•) on exactly the editor tabs that hold a change.

A tab is marked when one of its fields differs from the saved value, or, for the timeline,
when a note is typed but not yet added; the marker goes away as soon as the change is
saved or undone by hand (typing the old value back counts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtWidgets import QTabWidget, QWidget

from .fields import BoundField

MARK = " •"


def _holds(page: QWidget, widget: QWidget) -> bool:
    return page is widget or page.isAncestorOf(widget)


def changed_pages(
    tabs: QTabWidget,
    fields: Mapping[str, BoundField],
    pending: Iterable[QWidget],
    home: Callable[[QWidget], QWidget] = lambda widget: widget,
) -> set[int]:
    """Indexes of the tabs that hold an unsaved change; `pending` are widgets with one;
    `home` gives a widget's place on the tabs while the step panel borrows it."""
    dirty = [home(f.widget) for f in fields.values() if f.is_dirty()] + list(pending)
    marked = set()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and any(_holds(page, widget) for widget in dirty):
            marked.add(index)
    return marked


def mark_tabs(tabs: QTabWidget, titles: list[str], marked: set[int]) -> None:
    for index, title in enumerate(titles):
        tabs.setTabText(index, title + MARK if index in marked else title)
