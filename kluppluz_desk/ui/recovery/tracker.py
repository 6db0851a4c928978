"""The debounced writer between one editor and the recovery store.

An editor connects its *user* edit signals to `touched()`; programmatic loads run inside
`paused()`, so loading a case or a draft never creates an entry. One second after the last
keystroke (at the latest five seconds into continuous typing) the tracker asks the editor
what is unsaved (`collect`) and makes that the stored state of its target. The store is a
safety net: when it fails, the user is told once, and editing carries on.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ... import paths
from ...services.recovery import FOLDER_NAME, Entry, Pending, RecoveryStore, Scope, scope_for
from ..context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")

DEBOUNCE_MS = 1000  # written this long after the last keystroke (the promise is 2 s)
MAX_WAIT_S = 5.0  # someone who never pauses still gets their text kept every few seconds

Collected = tuple[str | None, Mapping[str, Pending]]
_stores: dict[Path, RecoveryStore] = {}
_warned = False


def recovery_store() -> RecoveryStore:
    """The recovery file of this OS account (one per data folder, shared by all editors)."""
    folder = paths.data_dir() / FOLDER_NAME
    if folder not in _stores:
        _stores[folder] = RecoveryStore(folder)
    return _stores[folder]


def recovery_scope(ctx: AppContext) -> Scope:
    return scope_for(ctx.db.url, ctx.db.user)


class RecoveryTracker(QObject):
    def __init__(self, ctx: AppContext, collect: Callable[[], Collected], parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.collect = collect
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self._paused = 0
        self._pending_since: float | None = None

    @property
    def scope(self) -> Scope:
        return recovery_scope(self.ctx)

    # --- edits ---------------------------------------------------------------------------
    def touched(self, *_args: object) -> None:
        """The user changed something: write it soon."""
        if self._paused:
            return
        if self._pending_since is None:
            self._pending_since = time.monotonic()
        if time.monotonic() - self._pending_since >= MAX_WAIT_S:
            self.flush()
        else:
            self.timer.start()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Programmatic changes inside this block are not the user's: they are not kept."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1
            if not self._paused and self._pending_since is not None:
                self.timer.start()

    def flush(self) -> None:
        """Write now what is waiting (nothing when no user edit is pending)."""
        if self._pending_since is None or self._paused:
            return
        self.sync()

    def sync(self) -> None:
        """Make the store hold exactly what is unsaved on screen now (after a save: nothing)."""
        self.timer.stop()
        self._pending_since = None
        target, items = self.collect()
        if target is not None:
            self.safely(self.store.replace, self.scope, target, items)

    # --- reading back --------------------------------------------------------------------
    @property
    def store(self) -> RecoveryStore:
        return recovery_store()

    def entries(self, target: str) -> list[Entry]:
        return self.safely(self.store.entries, self.scope, target) or []

    def clear(self, target: str | None) -> None:
        if target is not None:
            self.safely(self.store.clear, self.scope, target)

    def drop(self, target: str, item: str) -> None:
        self.safely(self.store.drop, self.scope, target, item)

    def safely(self, func: Callable[..., T], *args: object) -> T | None:
        global _warned
        try:
            return func(*args)
        except (sqlite3.Error, OSError) as problem:
            log.warning("recovery store %s: %s", self.store.path, problem)
            if not _warned:
                _warned = True
                self.ctx.dialogs.warning(
                    None,
                    QCoreApplication.translate("Recovery", "AutoRecover does not work"),
                    QCoreApplication.translate(
                        "Recovery",
                        "Unsaved text cannot be kept for recovery ({0}: {1}). Your work is "
                        "not at risk as long as the program runs, but save regularly.",
                    ).format(self.store.path, problem),
                )
            return None
