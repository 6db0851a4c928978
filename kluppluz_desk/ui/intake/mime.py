"""Files out of a drop or the clipboard: local files (a saved .eml/.msg, a scan), a raw
message (`message/rfc822`), and Outlook's virtual files. A message dragged straight out
of Outlook on Windows is no file on disk: Qt sees the shell formats `FileGroupDescriptorW`
(the names) and `FileContents` (the bytes of the first file)."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QMimeData

from ...services import intake

# FILEDESCRIPTORW: flags, clsid, sizel, pointl, attributes, three FILETIMEs, size high/low,
# then the name as 260 UTF-16 code units.
_DESCRIPTOR_SIZE = 592
_NAME_OFFSET = 72
_SIZE_OFFSET = 64


def _format(mime: QMimeData, name: str) -> str | None:
    """Qt names a Windows clipboard format `application/x-qt-windows-mime;value="NAME"`."""
    for fmt in mime.formats():
        if fmt == name or fmt.endswith(f'value="{name}"'):
            return fmt
    return None


def virtual_file_names(descriptor: bytes) -> list[tuple[str, int]]:
    """(name, size) of each file in a FileGroupDescriptorW block."""
    if len(descriptor) < 4:
        return []
    (count,) = struct.unpack_from("<I", descriptor, 0)
    found: list[tuple[str, int]] = []
    for n in range(min(count, (len(descriptor) - 4) // _DESCRIPTOR_SIZE)):
        start = 4 + n * _DESCRIPTOR_SIZE
        high, low = struct.unpack_from("<II", descriptor, start + _SIZE_OFFSET)
        raw = descriptor[start + _NAME_OFFSET : start + _DESCRIPTOR_SIZE]
        name = raw.decode("utf-16-le", "replace").split("\0", 1)[0]
        found.append((name, (high << 32) | low))
    return found


def has_intake_files(mime: QMimeData) -> bool:
    if _format(mime, "FileGroupDescriptorW") or mime.hasFormat("message/rfc822"):
        return True
    return any(
        u.isLocalFile() and Path(u.toLocalFile()).suffix.casefold() in intake.SUFFIXES
        for u in mime.urls()
    )


def virtual_files_left_out(mime: QMimeData) -> list[str]:
    """The names of the virtual files after the first: Qt gives no contents for those, so
    several messages dragged straight out of Outlook arrive as one (the rest are named in
    the summary, to be saved or dragged one at a time)."""
    descriptor_format = _format(mime, "FileGroupDescriptorW")
    if not descriptor_format or not _format(mime, "FileContents"):
        return []
    return [name for name, _size in virtual_file_names(bytes(mime.data(descriptor_format).data()))][
        1:
    ]


def files_from_mime(mime: QMimeData) -> list[tuple[str, bytes | Path]]:
    """What to take in: (name, bytes) for data carried along, (name, path) for a file on
    disk (read later, after its size is checked)."""
    descriptor_format = _format(mime, "FileGroupDescriptorW")
    contents_format = _format(mime, "FileContents")
    if descriptor_format and contents_format:
        names = virtual_file_names(bytes(mime.data(descriptor_format).data()))
        data = bytes(mime.data(contents_format).data())
        if names and data:
            # Qt hands over the contents of the first virtual file only.
            return [(names[0][0], data)]
    if mime.hasFormat("message/rfc822"):
        return [("bericht.eml", bytes(mime.data("message/rfc822").data()))]
    return [
        (Path(u.toLocalFile()).name, Path(u.toLocalFile()))
        for u in mime.urls()
        if u.isLocalFile() and Path(u.toLocalFile()).suffix.casefold() in intake.SUFFIXES
    ]
