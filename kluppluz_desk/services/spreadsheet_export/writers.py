"""Writing tables as `.xlsx` (streamed: 100,000 rows without the whole workbook in memory)
and as CSV for Dutch Excel (`;`, UTF-8 with BOM, dd-mm-jjjj).

The `.xlsx` (written by `xlsx_stream`, row by row) has real dates and numbers, a bold
frozen header row, an autofilter and column widths from the header and the first rows.
Both are written to a temporary file beside the target and then renamed, so a failed or
cancelled export never leaves half a file.
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ...domain.errors import StorageError, ValidationError, describe_os_error
from ...domain.path_values import check_path
from ..dashboard import dutch_date  # dd-mm-jjjj, as the dashboard's CSV writes dates
from . import xlsx_stream
from .table import Column, Table, safe_sheet_title

Progress = Callable[[int], None]
_SAMPLE = 200  # rows looked at for the column widths
_MAX_WIDTH = 60


def _width(column: Column, sample: Sequence[Sequence[Any]], index: int) -> float:
    if column.width:
        return column.width
    longest = len(column.header)
    for row in sample:
        value = row[index] if index < len(row) else None
        text = dutch_date(value) if isinstance(value, date) else str(value or "")
        longest = max(longest, len(text))
    return min(longest + 2, _MAX_WIDTH)


def _temporary(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def _finish(tmp: Path, target: Path) -> None:
    try:
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"'{target}' kan niet worden geschreven: {describe_os_error(exc)}. Is het bestand "
            "nog open in Excel?"
        ) from None


def write_xlsx(
    path: str | Path, tables: Sequence[Table], progress: Progress | None = None
) -> int:
    """Write one sheet per table; returns the number of data rows written."""
    target = Path(path)
    tmp = _temporary(target)
    taken: set[str] = set()
    tables = list(tables) or [Table("Leeg", [], [])]
    titles = [safe_sheet_title(table.title, taken) for table in tables]
    written = 0

    def write_sheets(open_part: Callable[[int], BinaryIO]) -> list[str]:
        nonlocal written
        filters = []
        for number, table in enumerate(tables, start=1):
            rows: Iterator[Sequence[Any]] = iter(table.rows)
            sample = list(itertools.islice(rows, _SAMPLE))
            widths = [_width(column, sample, i) for i, column in enumerate(table.columns)]
            with open_part(number) as part:
                count = xlsx_stream.write_sheet(
                    part, [c.header for c in table.columns], [c.kind for c in table.columns],
                    widths, itertools.chain(sample, rows), progress, written)  # fmt: skip
            written += count
            last = xlsx_stream.column_letter(len(table.columns))
            filters.append(f"A1:{last}{count + 1}" if table.columns else "")
        return filters

    try:
        xlsx_stream.write_package(tmp, titles, write_sheets)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"'{target}' kan niet worden geschreven: {describe_os_error(exc)}."
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)  # cancelled or failed: never half a file left behind
        raise
    _finish(tmp, target)
    return written


def csv_bytes(table: Table) -> bytes:
    """One table as CSV for Dutch Excel."""
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        writer.writerow([_csv_value(v, k) for v, k in zip(row, kinds, strict=False)])
    return out.getvalue().encode("utf-8-sig")


def _csv_value(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return dutch_date(value)
    if kind == "percent" and isinstance(value, int | float):
        return str(round(value * 100))  # whole percentages: no decimal sign to misread
    if isinstance(value, str) and value[:1] in ("=", "+", "@"):
        return "'" + value
    return value


def write_csv(path: str | Path, table: Table) -> int:
    target = Path(path)
    tmp = _temporary(target)
    rows = list(table.rows)
    data = csv_bytes(Table(table.title, table.columns, rows))
    try:
        tmp.write_bytes(data)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"'{target}' kan niet worden geschreven: {describe_os_error(exc)}."
        ) from None
    _finish(tmp, target)
    return len(rows)


def write_tables(
    path: str | Path, tables: Sequence[Table], progress: Progress | None = None
) -> int:
    """`.xlsx` with a sheet per table, or `.csv` (one table only) by the file's extension."""
    path = check_path(path, "Het bestand")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, tables, progress)
    if suffix == ".csv":
        if len(tables) != 1:
            raise ValidationError("Een CSV-bestand kan maar één lijst bevatten; kies .xlsx.")
        return write_csv(path, tables[0])
    raise ValidationError(
        f"Kies een bestandsnaam die eindigt op .xlsx of .csv (niet '{Path(path).name}')."
    )
