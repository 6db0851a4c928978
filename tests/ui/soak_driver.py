"""A working day in a minute: drives the real main window the way a person works, in a
process of its own (run by tests/ui/test_soak.py), and reports what it did as JSON.

It fills a database with cases, starts the program through `run_gui` (the same path as the
desktop entry), then, one small step per event-loop turn: opens cases from the list, types
Dutch text (names like "Özil" included) into the editor's free-text fields, switches the
editor's tabs and the window's pages, opens and closes dialogs, saves, and finally quits
through the File menu. Every call from Python into Qt is counted with a profile hook, and
`sys.getrefcount(None)` is read before and after: PySide6 6.12.0 on Python 3.11 lost one
reference to None per call that returns nothing and aborted after ~5,200 calls.

Usage: python soak_driver.py DB_PATH REPORT_JSON MIN_QT_CALLS
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXTS = (
    "Moeder van Noah (groep Zonnetje) belde: de overdracht bij het ophalen was te kort. ",
    "Gesprek gevoerd met de pedagogisch medewerker en Özil Çelik; afspraken gemaakt. ",
    "Ouder is tevreden met de oplossing, wel graag een terugkoppeling over twee weken. ",
    "Éva en Ümit hebben de nieuwe werkwijze voor de BSO-bus besproken met de locatie. ",
)


class QtCallCounter:
    """Counts calls from Python into Qt objects (PySide6 methods and functions): those the
    program makes in `calls`, the driver's own (finding fields, typing) in `driver_calls`."""

    def __init__(self) -> None:
        self.calls = 0
        self.driver_calls = 0

    def __call__(self, frame: Any, event: str, arg: object) -> None:
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            module = type(owner).__module__ if owner is not None else getattr(arg, "__module__", "")
            if module and module.startswith(("PySide6", "shiboken6")):
                if frame.f_code.co_filename == __file__:
                    self.driver_calls += 1
                else:
                    self.calls += 1


def fill_database(path: str) -> None:
    from kluppluz_desk.services.database import open_database
    from tests.factories import days_ago, make_case, seed

    db = open_database(f"sqlite:///{path}")
    seeded = seed(db)
    for i in range(12):
        make_case(db, seeded, received_on=days_ago(2 + i), submitter_name=f"Ouder {i} Özil")
    db.dispose()


def editable_texts(root: QWidget) -> list[QWidget]:
    """The visible free-text fields a person can type in (no dates, numbers, combo boxes)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if (
            isinstance(widget, QPlainTextEdit | QTextEdit)
            and not widget.isReadOnly()
            or (
                isinstance(widget, QLineEdit)
                and not widget.isReadOnly()
                and type(widget.parent()).__name__ not in ("QComboBox", "QDateEdit", "QSpinBox")
                and widget.validator() is None
                and widget.maxLength() >= 100
                and not any(k in widget.objectName() for k in ("mail", "phone", "postcode"))
            )
        ):
            found.append(widget)
    return found


class Driver:
    def __init__(self, report_path: str, min_calls: int) -> None:
        self.report_path = report_path
        self.min_calls = min_calls
        self.counter = QtCallCounter()
        self.rng = random.Random(20261201)
        self.busy = False
        self.steps = 0
        self.saves = 0
        self.dialogs = 0
        self.refused: list[str] = []
        self.none_by_round: list[int] = []
        self.none_before = 0
        self.started = time.monotonic()
        self.window: QMainWindow | None = None
        self.plan: Iterator[None] | None = None
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.tick)
        # Qt does not fire a timer again while its own handler runs, so a dialog opened by a
        # step (its event loop running inside that step) is closed by a second timer.
        self.closer = QTimer()
        self.closer.setInterval(30)
        self.closer.timeout.connect(self.close_dialog)

    def start(self) -> None:
        self.timer.start()
        self.closer.start()

    def close_dialog(self) -> None:
        modal = QApplication.activeModalWidget()
        if self.busy and modal is not None:
            # A person looks at the dialog, then closes it.
            self.dialogs += 1
            modal.reject() if hasattr(modal, "reject") else modal.close()

    def tick(self) -> None:
        app = QApplication.instance()
        if self.busy:
            return
        if self.window is None:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
            if not windows or not windows[0].isVisible():
                return
            self.window = windows[0]
            self.plan = self.work()
            sys.setprofile(self.counter)
        assert self.plan is not None and app is not None
        self.busy = True
        try:
            next(self.plan)
            self.steps += 1
        except StopIteration:
            self.timer.stop()
            self.closer.stop()
        finally:
            self.busy = False

    def work(self) -> Iterator[None]:
        window = self.window
        assert window is not None
        cases = window.cases  # type: ignore[attr-defined]
        actions = window.actions_  # type: ignore[attr-defined]
        tabs = window.tabs  # type: ignore[attr-defined]
        round_no = 0
        warm_up_calls = 0
        while round_no < 4 or self.counter.calls - warm_up_calls < self.min_calls:
            round_no += 1
            self.none_by_round.append(sys.getrefcount(None))
            if round_no == 2:
                # Round 1 imported the lazy pages and dialogs (new modules hold new references
                # to None); from here on the count must stay level.
                self.none_before = sys.getrefcount(None)
                warm_up_calls = self.counter.calls
            tabs.setCurrentIndex(1)
            yield
            rows = cases.model.rowCount()
            cases.table.selectRow(self.rng.randrange(rows))
            yield
            editor = cases.editor
            editor.views.show_all()
            for tab in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(tab)
                yield
                fields = editable_texts(editor.tabs.currentWidget())
                for field in self.rng.sample(fields, min(2, len(fields))):
                    field.setFocus()
                    QTest.keyClicks(field, self.rng.choice(TEXTS))
                    yield
            if editor.has_unsaved_changes():
                actions.save.trigger()
                self.saves += 1
                yield
                if editor.has_unsaved_changes():
                    # Refused (a person reads the message, then undoes the edit).
                    self.refused.append(editor.message.text())
                    editor.discard()
                    yield
            if round_no % 3 == 1:
                for page in (0, 2, 1):
                    tabs.setCurrentIndex(page)
                    yield
            if round_no % 4 == 1:
                for action in (actions.settings, actions.masterdata, actions.about):
                    action.trigger()  # modal: tick() closes it from the dialog's loop
                    yield
        none_after = sys.getrefcount(None)
        sys.setprofile(None)
        Path(self.report_path).write_text(
            json.dumps(
                {
                    "qt_calls": self.counter.calls - warm_up_calls,
                    "warm_up_qt_calls": warm_up_calls,
                    "driver_qt_calls": self.counter.driver_calls,
                    "rounds": round_no,
                    "none_before": self.none_before,
                    "none_after": none_after,
                    "steps": self.steps,
                    "saves": self.saves,
                    "dialogs": self.dialogs,
                    "refused_saves": self.refused[:5],
                    "none_by_round": self.none_by_round,
                    "seconds": round(time.monotonic() - self.started, 1),
                    "python": sys.version.split()[0],
                    "pyside6": __import__("PySide6").__version__,
                }
            ),
            encoding="utf-8",
        )
        # Quit the way a person does: File > Quit (the menu's own action).
        actions.quit.trigger()
        yield


def main() -> int:
    db_path, report_path, min_calls = sys.argv[1], sys.argv[2], int(sys.argv[3])
    fill_database(db_path)
    app = QApplication(sys.argv[:1])
    driver = Driver(report_path, min_calls)
    QTimer.singleShot(0, driver.start)
    from kluppluz_desk.ui.app import run_gui

    code = run_gui(f"sqlite:///{db_path}")
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
