"""UI test fixtures: scripted answers to every dialog, and an AppContext on a fresh database.

`ScriptedDialogs` stands in for `UserDialogs`: messages are recorded in `messages`
(kind, title, text) and questions take the next queued answer (`queue(...)`); a question
with no answer queued fails the test, so an unexpected dialog never goes unnoticed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from kluppluz_desk.services.database import Database
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.user_dialogs import UserDialogs


class ScriptedDialogs(UserDialogs):
    """Records what the program says and answers its questions from a queue."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.asked: list[tuple[str, str, str]] = []
        self.answers: deque[Any] = deque()
        self.crash_details: list[str] = []
        self.recovered: list[list[tuple[str, str, str]]] = []  # rows offered per question

    def queue(self, *answers: Any) -> None:
        self.answers.extend(answers)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.messages if kind is None or k == kind]

    def _answer(self, kind: str, title: str, text: str) -> Any:
        self.asked.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"unexpected question ({kind}): {title}: {text}")
        return self.answers.popleft()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("warning", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._answer("confirm", title, text))

    def save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> str:
        answer = self._answer("save_discard_cancel", title, text)
        assert answer in ("save", "discard", "cancel"), answer
        return str(answer)

    def open_file(
        self, parent: QWidget | None, title: str, filters: str, *, kind: str
    ) -> str | None:
        answer = self._answer("open_file", title, filters)
        return None if answer is None else str(answer)

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, *, kind: str
    ) -> str | None:
        answer = self._answer("save_file", title, suggested)
        return None if answer is None else str(answer)

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: list[tuple[str, str]]
    ) -> str | None:
        answer = self._answer("choose", title, text)
        assert answer is None or answer in [key for key, _ in options], (answer, options)
        return None if answer is None else str(answer)

    def recover(
        self, parent: QWidget | None, title: str, text: str, rows: list[tuple[str, str, str]]
    ) -> str:
        self.recovered.append(rows)
        answer = self._answer("recover", title, text)
        assert answer in ("restore", "discard"), answer
        return str(answer)

    def crash(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        self.messages.append(("crash", title, text))
        self.crash_details.append(details)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """A private settings file, so remembered window/filter state never leaks between tests."""
    return QSettings(str(tmp_path / "kluppluz-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_context(
    qapp: Any, sqlite_db: Database, dialogs: ScriptedDialogs, qsettings: QSettings
) -> Iterator[AppContext]:
    ctx = AppContext(sqlite_db, dialogs=dialogs, settings=qsettings)
    yield ctx
    ctx.deleteLater()
