"""Every page and the main dialogs fit the office laptops (issue 15): 1280×720 and
1366×768 at 100 %, 1920×1080 at 125 % (1536×864 logical). At each size the window takes
that size (nothing forces it wider), no button, combo box, tab, column header or
single-line label is cut, the list's key columns are visible without scrolling sideways,
and the editor beside it is at least as wide as its own minimum."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo.load import load_demo
from kluppluz_desk.ui.case_list.columns import KEY_COLUMNS
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.i18n import install_translators
from kluppluz_desk.ui.main_window import MainWindow

from .fit_check import clipped_texts

SIZES = [(1280, 720), (1366, 768), (1536, 864)]


@pytest.fixture(params=["en", "nl"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    """English source texts, and Dutch loaded as the program loads it (Dutch is longer)."""
    locale = QLocale()
    translators = install_translators(qapp, "nl") if request.param == "nl" else []
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)  # the next test starts as it would without this one


def settle(qtbot: Any, ms: int = 50) -> None:
    QApplication.processEvents()
    qtbot.wait(ms)


def _dialogs(ctx: AppContext, window: QWidget) -> list[QDialog]:
    from kluppluz_desk.ui.dialogs.about import AboutDialog
    from kluppluz_desk.ui.dialogs.masterdata import MasterDataDialog
    from kluppluz_desk.ui.dialogs.settings import SettingsDialog
    from kluppluz_desk.ui.letters import TemplateEditorDialog
    from kluppluz_desk.ui.register_import import RegisterImportWizard

    return [
        SettingsDialog(ctx, window),
        MasterDataDialog(ctx, window),
        AboutDialog(ctx.db, window),
        TemplateEditorDialog(ctx, window),
        RegisterImportWizard(ctx, window),
    ]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_and_dialog_fits(
    qtbot: Any,
    sqlite_db: Database,
    language: str,
    app_context: AppContext,
    width: int,
    height: int,
) -> None:
    load_demo(sqlite_db)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.tabs.setCurrentIndex(1)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    assert (window.width(), window.height()) == (width, height), window.minimumSizeHint()

    problems: list[str] = []
    cases = window.cases
    cases.table.selectRow(2)
    settle(qtbot)
    editor = cases.editor
    assert editor.detail is not None
    # The key columns are in view, without scrolling sideways.
    header = cases.table.horizontalHeader()
    viewport = cases.table.viewport().width()
    for column in KEY_COLUMNS:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= viewport, (column, right, viewport)
    assert editor.width() >= editor.minimumSizeHint().width()
    problems += [f"editor/this step: {p}" for p in clipped_texts(window)]
    editor.views.show_all()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        settle(qtbot)
        problems += [f"editor/{editor.tabs.tabText(index)}: {p}" for p in clipped_texts(window)]
    for page in (0, 2):
        window.tabs.setCurrentIndex(page)
        qtbot.waitUntil(
            lambda: bool(window.tabs.currentWidget().findChildren(QWidget)), timeout=5000
        )
        settle(qtbot, 200)
        problems += [f"page {page}: {p}" for p in clipped_texts(window)]

    for dialog in _dialogs(app_context, window):
        name = type(dialog).__name__
        minimum = dialog.minimumSizeHint()
        assert minimum.width() <= width and minimum.height() <= height, (name, minimum)
        hint = dialog.sizeHint()
        dialog.resize(min(max(hint.width(), minimum.width()), width),
                      min(max(hint.height(), minimum.height()), height))  # fmt: skip
        dialog.show()
        settle(qtbot)
        problems += [f"{name}: {p}" for p in clipped_texts(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)
