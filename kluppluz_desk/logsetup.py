"""Logging to a rotating file in the user's log folder (and to stderr when asked).

The log is the user's alone (files 0600 in a 0700 folder) and never holds a password: every
line, tracebacks included, passes `credentials.redact` before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from .crashguard import follow_rotated_log, write_faults_to
from .credentials import redact
from .paths import log_dir
from .private_files import FILE_MODE, tighten_file

_configured = False


def log_file() -> Path:
    return log_dir() / "kluppluz-desk.log"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then hides every password the program knows of."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file, created owner-only (also after a roll-over), which also
    receives faulthandler's dump of a fatal error (a crash inside Qt never reaches Python's
    logging); follows the file when it rotates."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        write_faults_to(stream)
        follow_rotated_log(stream)
        return stream


def configure_logging(*, verbose: bool = False) -> Path:
    global _configured
    path = log_file()
    if _configured:
        return path
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Logs written by an older version (0644) become owner-only too.
    for old in path.parent.glob(path.name + "*"):
        tighten_file(old)
    try:
        handler: logging.Handler = _LogFile(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        write_faults_to(handler.stream)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _configured = True
    return path
