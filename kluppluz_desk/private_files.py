"""Writing files that hold personal data: owner-only and all-or-nothing.

Every export, letter (PDF/EML), dossier, report, CSV and the program's own settings file is
written through `write_private`/`private_writer`: the bytes go to a temporary file in the
same folder (created 0600), are flushed to disk (fsync) and only then renamed over the
target. A full disk or a crash therefore leaves the old file or no file, never a
half-written or empty one, and nobody else on the PC can read the result.

The program's own folders (data, logs, backups) are made 0700 with `private_dir`. On
Windows the modes are not used: these files live in the user's profile, whose access list
already keeps other users out (docs/installing.md).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
DIR_MODE = stat.S_IRWXU  # 0700
POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create the program's own folder owner-only, and tighten one made by an older version.

    Only for folders the program owns (never a folder the user picked for an export)."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX and stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        with contextlib.suppress(OSError):  # not ours (a shared mount): leave it as it is
            path.chmod(DIR_MODE)
    return path


def tighten_file(path: Path) -> None:
    """Make one of the program's own existing files (e.g. an old log) owner-only."""
    if POSIX:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
                path.chmod(FILE_MODE)


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk too, or a power cut can undo it.
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def private_writer(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary handle to write `path` with; the file appears (0600) only when the block
    ends without an error. Raises OSError like `open` would."""
    with _temporary(Path(path)) as fd, open(fd, "wb") as handle:
        yield handle
        _flush(handle)


@contextlib.contextmanager
def private_text_writer(path: str | Path) -> Iterator[IO[str]]:
    """As `private_writer`, for UTF-8 text."""
    with _temporary(Path(path)) as fd, open(fd, "w", encoding="utf-8", newline="") as handle:
        yield handle
        _flush(handle)


def _flush(handle: IO[bytes] | IO[str]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[int]:
    # The caller's `with` closes the handle (and so the descriptor) before we rename.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        yield fd
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)


def write_private(path: str | Path, data: bytes | str) -> None:
    """Write `data` to `path` atomically and owner-only (see the module docstring)."""
    if isinstance(data, str):
        with private_text_writer(path) as text_handle:
            text_handle.write(data)
    else:
        with private_writer(path) as handle:
            handle.write(data)
