"""A fatal error is never silent: faulthandler writes into the log file, and a session
marker tells the next start that the program did not end normally.

Every running program holds an operating-system lock on a marker file of its own in the data
folder. The lock dies with the process — also on a crash, `kill -9` or a power cut — so at
the next start a marker whose lock can be taken belongs to a session that never ended; a
marker whose lock is held belongs to a program still running (a second window), and is left
alone. A normal end removes its own marker.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

SUFFIX = ".session"

# Set once native stderr (fd 2) was sent into the log file: the log handler then re-points
# fd 2 at the new file after every roll-over, so it never keeps writing into a renamed one.
_native_stderr_in_log = False


def write_faults_to(stream: IO[Any]) -> None:
    """Let faulthandler dump the tracebacks of a fatal error (segfault, abort, a Python
    fatal error) into `stream`, a file that stays open for the life of the process."""
    try:
        faulthandler.enable(file=stream, all_threads=True)
    except (OSError, ValueError, AttributeError):  # no real file descriptor behind it
        faulthandler.enable(file=sys.__stderr__ or sys.stderr, all_threads=True)


def follow_rotated_log(stream: IO[Any]) -> None:
    """After the log file rolled over: when native stderr was sent into the log, point it
    at the new file `stream` too (otherwise Qt's warnings and a fatal-error report would go
    into the renamed `.1` file until the next start)."""
    if not _native_stderr_in_log:
        return
    try:
        os.dup2(stream.fileno(), 2)
    except (OSError, ValueError, AttributeError) as error:
        log.warning("native error output stays in the previous log file: %s", error)


def send_native_stderr_to(log_path: Path) -> None:
    """When nobody watches stderr (started from the desktop, `pythonw`, a pipe), send what
    native code writes there — Qt's warnings, and Python's own report of a fatal error, which
    switches faulthandler off before it aborts — into the log file. Python's `sys.stderr`
    keeps writing where it did. On a terminal the person at it reads it there."""
    stream = sys.stderr
    try:
        if stream is not None and stream.isatty():
            return
    except (OSError, ValueError):
        pass
    try:
        saved = os.dup(2)
    except OSError:  # no stderr at all (pythonw)
        saved = -1
    global _native_stderr_in_log
    try:
        with open(log_path, "ab") as log_file:
            os.dup2(log_file.fileno(), 2)
    except OSError as error:
        log.warning("native error output stays where it was: %s", error)
        return
    _native_stderr_in_log = True
    if saved >= 0:
        sys.stderr = open(  # noqa: SIM115 - the process's stderr from now on
            saved, "w", buffering=1, encoding="utf-8", errors="backslashreplace"
        )


@dataclass(frozen=True)
class EndedSession:
    """A session that ended without saying goodbye."""

    started: datetime
    pid: int
    version: str


def _try_lock(handle: IO[Any]) -> bool:
    """Take an exclusive, non-blocking lock on an open file; False when another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class SessionMarker:
    """This process's marker; `begin()` also reports the sessions that ended unexpectedly."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / f"{uuid.uuid4().hex}{SUFFIX}"
        self._handle: IO[Any] | None = None

    def begin(self, version: str, *, now: datetime | None = None) -> list[EndedSession]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            ended = self._collect_ended()
            handle = open(self.path, "w+", encoding="utf-8")  # noqa: SIM115 - held open
            os.chmod(self.path, 0o600)
            if not _try_lock(handle):  # pragma: no cover - a fresh random name
                handle.close()
                return ended
            # Windows locks byte 0 only; the details start after it.
            handle.write(
                " "
                + json.dumps(
                    {
                        "started": (now or datetime.now()).isoformat(timespec="seconds"),
                        "pid": os.getpid(),
                        "version": version,
                    }
                )
            )
            handle.flush()
            self._handle = handle
        except OSError as error:  # a marker is a help, never a reason not to start
            log.warning("session marker not available: %s", error)
            return []
        return ended

    def end(self) -> None:
        """A normal end: remove this session's marker."""
        if self._handle is None:
            return
        self._handle.close()
        self._handle = None
        try:
            self.path.unlink()
        except OSError as error:
            log.warning("session marker not removed: %s", error)

    def _collect_ended(self) -> list[EndedSession]:
        ended = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                with open(path, "r+", encoding="utf-8") as handle:
                    if not _try_lock(handle):
                        continue  # another window of the program is running
                    details = _read_details(handle.read())
                path.unlink()
            except OSError:
                continue
            if details is not None:
                ended.append(details)
                log.warning(
                    "the session started %s (pid %s, version %s) did not end normally",
                    details.started.isoformat(),
                    details.pid,
                    details.version,
                )
        return ended


def _read_details(text: str) -> EndedSession | None:
    try:
        data = json.loads(text.strip())
        return EndedSession(
            datetime.fromisoformat(data["started"]), int(data["pid"]), str(data["version"])
        )
    except (ValueError, KeyError, TypeError):  # killed while writing its own marker
        return None
