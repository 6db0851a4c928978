"""The start-up look at the database file, begun early in a thread.

`inspect_sqlite_file` runs `PRAGMA quick_check`, which reads the whole file: a tenth of a
second of processor time for 100,000 cases. SQLite does that without holding Python's
global lock, so the program starts it in a thread as soon as it knows the file
(`start_inspection`, before it imports its window modules) and takes the answer when it
opens the database (`take_inspection`). The answer is used only when the file and its
write-ahead log are unchanged (size and modification time) since the look began; otherwise,
or when the look failed, the caller looks again itself.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .engine import sqlite_path
from .sqlite_file import FileInspection, inspect_sqlite_file

Stamp = tuple[tuple[int, int] | None, ...]


@dataclass
class _Look:
    stamp: Stamp
    thread: threading.Thread | None = None
    result: FileInspection | None = None
    done: threading.Event = field(default_factory=threading.Event)


_looks: dict[Path, _Look] = {}
_lock = threading.Lock()


def _key(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _stamp(path: Path) -> Stamp:
    out: list[tuple[int, int] | None] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            st = file.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def start_inspection(url: str) -> bool:
    """Begin looking at the SQLite file of `url` in a daemon thread; False when there is
    nothing to look at (not SQLite, or no file yet)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return False
    key = _key(path)
    look = _Look(_stamp(key))

    def run() -> None:
        try:
            look.result = inspect_sqlite_file(key)
        except Exception:  # the caller's own look will meet the problem and report it
            look.result = None
        finally:
            look.done.set()

    look.thread = threading.Thread(target=run, name="kluppluz-file-check", daemon=True)
    with _lock:
        _looks[key] = look
    look.thread.start()
    return True


def take_inspection(path: Path) -> FileInspection | None:
    """The early look at `path` (waiting for it to finish), or None when there was none,
    it failed, or the file changed since it began. Each look is handed out once."""
    key = _key(path)
    with _lock:
        look = _looks.pop(key, None)
    if look is None:
        return None
    look.done.wait()
    if look.result is None or _stamp(key) != look.stamp:
        return None
    return look.result
