"""Logging to a rotating file in the user's log folder (and to stderr when asked)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .crashguard import write_faults_to
from .paths import log_dir

_configured = False


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file, which also receives faulthandler's dump of a fatal error
    (a crash inside Qt never reaches Python's logging); follows the file when it rotates."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        write_faults_to(stream)
        return stream


def log_file() -> Path:
    return log_dir() / "kluppluz-desk.log"


def configure_logging(*, verbose: bool = False) -> Path:
    global _configured
    path = log_file()
    if _configured:
        return path
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        handler: logging.Handler = _LogFile(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        write_faults_to(handler.stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _configured = True
    return path
