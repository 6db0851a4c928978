"""Reading a register file into plain rows: `.xlsx` through openpyxl (read-only mode, so a
big sheet streams), `.csv` with `;` or `,` in UTF-8 (with or without BOM) or Windows-1252.

A file that is not a spreadsheet, an encrypted (password-protected) workbook, an old `.xls`
and a sheet beyond MAX_ROWS are refused with a Dutch message before anything is imported.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain.errors import KnownProblem, ValidationError, describe_os_error
from ...domain.path_values import check_path
from ...domain.values import check_text

# A department's register has hundreds of rows a year; beyond this it is not a register
# (or it is several years of something else) and one transaction would take minutes.
MAX_ROWS = 50_000
MAX_CSV_BYTES = 100 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Cell = Any


class ReadingCancelled(KnownProblem):
    """The user stopped reading the file; nothing was read or imported."""

    def __init__(self, name: str) -> None:
        super().__init__(f"Het inlezen van '{name}' is afgebroken. Er is niets geïmporteerd.")


@dataclass(frozen=True)
class SheetRows:
    """One sheet's cells, row by row, as read (values of any type, None for empty)."""

    file_name: str
    sheet: str
    sheets: tuple[str, ...]
    rows: list[list[Cell]]


def _kind_of(path: Path, head: bytes) -> str:
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if path.suffix.lower() in (".csv", ".txt"):
        return "csv"
    if b"\x00" in head[:4096]:
        return "binary"
    return "csv"


def read_register(
    path: str | Path,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SheetRows:
    """The rows of `sheet` (the first sheet when None) of the file at `path`. `cancelled`
    is asked every 1,000 rows: True stops with `ReadingCancelled`."""
    source = check_path(path, "Het register")
    if sheet is not None:
        check_text(sheet, "Het tabblad", field="sheet", limit=1_000)
    try:
        with source.open("rb") as handle:
            head = handle.read(1 << 16)
    except OSError as exc:
        raise ValidationError(
            f"'{source}' kan niet worden gelezen: {describe_os_error(exc)}."
        ) from None
    kind = _kind_of(source, head)
    if kind == "ole":
        if _is_encrypted(source):
            raise ValidationError(
                f"'{source.name}' is met een wachtwoord beveiligd. Open het in Excel, haal het "
                "wachtwoord weg (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
            )
        raise ValidationError(
            f"'{source.name}' is een oud Excel-bestand (.xls). Open het in Excel en sla het op "
            "als Excel-werkmap (.xlsx) of als CSV."
        )
    if kind == "xlsx":
        return _read_xlsx(source, sheet, progress, cancelled)
    if kind == "binary":
        raise ValidationError(
            f"'{source.name}' is geen spreadsheet. Kies een Excel-werkmap (.xlsx) of een "
            "CSV-bestand."
        )
    return _read_csv(source, progress, cancelled)


def _is_encrypted(source: Path) -> bool:
    """An encrypted OOXML workbook is a compound file with the streams "EncryptionInfo"
    and "EncryptedPackage" (MS-OFFCRYPTO). The directory is read through olefile, since it
    may sit anywhere in the file; a container too damaged for olefile is searched for the
    stream name in its first 4 MB instead."""
    import olefile  # comes with extract-msg; imported here, only for compound files

    try:
        with olefile.OleFileIO(str(source)) as container:
            return bool(container.exists("EncryptionInfo") or container.exists("EncryptedPackage"))
    except (OSError, ValueError, IndexError, struct.error):
        with source.open("rb") as handle:
            return _ENCRYPTED_STREAM in handle.read(4 * 1024 * 1024)


def _check_cancel(cancelled: Cancelled | None, name: str) -> None:
    if cancelled is not None and cancelled():
        raise ReadingCancelled(name)


def _too_many(name: str, count: int) -> ValidationError:
    return ValidationError(
        f"'{name}' heeft meer dan {MAX_ROWS:,} regels ({count:,}). Dat is meer dan een "
        "register; splits het bestand per jaar en importeer de delen apart. Er is niets "
        "geïmporteerd.".replace(",", ".")
    )


def _read_xlsx(
    source: Path, sheet: str | None, progress: Progress | None, cancelled: Cancelled | None
) -> SheetRows:
    import openpyxl  # imported here: the rest of the program starts without it

    try:
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError(
            f"'{source.name}' is geen leesbare Excel-werkmap ({exc.__class__.__name__}). "
            "Open het in Excel en sla het opnieuw op als .xlsx."
        ) from None
    try:
        names = tuple(book.sheetnames)
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise ValidationError(f"Het werkblad '{chosen}' staat niet in '{source.name}'.")
        ws = book[chosen]
        declared = ws.max_row or 0
        if declared > MAX_ROWS + 50:
            raise _too_many(source.name, declared)
        rows: list[list[Cell]] = []
        for values in ws.iter_rows(values_only=True):
            rows.append(list(values))
            if len(rows) > MAX_ROWS + 50:
                raise _too_many(source.name, len(rows))
            if len(rows) % 1000 == 0:
                _check_cancel(cancelled, source.name)
                if progress is not None:
                    progress(len(rows), max(declared, len(rows)))
        return SheetRows(source.name, chosen, names, rows)
    finally:
        book.close()


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252: what Excel writes for "CSV"."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """`;` (Dutch Excel) or `,`: whichever splits the first lines more consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ";", -1
    for delimiter in (";", ",", "\t"):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        score = max(counts, default=0) if counts else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(source: Path, progress: Progress | None, cancelled: Cancelled | None) -> SheetRows:
    try:
        if source.stat().st_size > MAX_CSV_BYTES:
            raise ValidationError(f"'{source.name}' is te groot voor een register (> 100 MB).")
        raw = source.read_bytes()
    except OSError as exc:
        raise ValidationError(
            f"'{source}' kan niet worden gelezen: {describe_os_error(exc)}."
        ) from None
    text = decode_text(raw)
    rows: list[list[Cell]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
        for values in reader:
            rows.append([v if v.strip() else None for v in values])
            if len(rows) > MAX_ROWS + 50:
                raise _too_many(source.name, len(rows))
            if len(rows) % 1000 == 0:
                _check_cancel(cancelled, source.name)
                if progress is not None:
                    progress(len(rows), 0)
    except csv.Error as exc:  # e.g. one cell over 128 KB: no register has that
        raise ValidationError(
            f"'{source.name}' kan niet als register worden gelezen (regel {len(rows) + 1}: {exc})."
        ) from None
    return SheetRows(source.name, "", (), rows)
