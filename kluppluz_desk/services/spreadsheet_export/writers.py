"""Writing tables as `.xlsx` (openpyxl write-only mode: 100,000 rows stream without the
whole workbook in memory) and as CSV for Dutch Excel (`;`, UTF-8 with BOM, dd-mm-jjjj).

The `.xlsx` has real dates and numbers, a bold frozen header row, an autofilter and column
widths from the header and the first rows. Both are written to a temporary file beside the
target and then renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from copy import copy
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ...domain.errors import StorageError, ValidationError, describe_os_error
from ...domain.path_values import check_path
from ..dashboard import dutch_date  # dd-mm-jjjj, as the dashboard's CSV writes dates
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


def write_xlsx(path: str | Path, tables: Sequence[Table], progress: Progress | None = None) -> int:
    """Write one sheet per table; returns the number of data rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    tmp = _temporary(target)
    book = Workbook(write_only=True)
    taken: set[str] = set()
    written = 0
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(safe_sheet_title(table.title, taken))
        rows: Iterator[Sequence[Any]] = iter(table.rows)
        sample = list(itertools.islice(rows, _SAMPLE))
        for index, column in enumerate(table.columns):
            letter = get_column_letter(index + 1)
            sheet.column_dimensions[letter].width = _width(column, sample, index)
        sheet.freeze_panes = "A2"
        if table.columns:
            last = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A1:{last}1"
        header = []
        for column in table.columns:
            cell = WriteOnlyCell(sheet, value=column.header)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        formats = [_number_format(c.kind) for c in table.columns]
        styles = {fmt: _style_of(sheet, fmt, WriteOnlyCell) for fmt in formats if fmt}
        for row in itertools.chain(sample, rows):
            sheet.append(_cells(sheet, row, formats, styles, WriteOnlyCell))
            written += 1
            if progress is not None and written % 5000 == 0:
                progress(written)
    if not tables:
        book.create_sheet("Leeg")
    try:
        book.save(tmp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"'{target}' kan niet worden geschreven: {describe_os_error(exc)}."
        ) from None
    _finish(tmp, target)
    return written


def _number_format(kind: str) -> str | None:
    return {"date": "DD-MM-YYYY", "percent": "0%", "int": "0"}.get(kind)


def _style_of(sheet: Any, fmt: str, cell_type: Any) -> Any:
    # Looked up once per column format: setting number_format on every one of 400,000
    # date cells costs more than a tenth of a 100,000-case export.
    cell = cell_type(sheet, value=None)
    cell.number_format = fmt
    return cell._style


def _cells(
    sheet: Any,
    row: Sequence[Any],
    formats: list[str | None],
    styles: dict[str, Any],
    cell_type: Any,
) -> list[Any]:
    out: list[Any] = []
    for value, fmt in zip(row, formats, strict=False):
        if isinstance(value, str) and value.startswith("="):
            # Text from a case that starts like a formula stays text (no formula injection).
            cell = cell_type(sheet, value=value)
            cell.data_type = "s"
            out.append(cell)
            continue
        if fmt is None or value is None or value == "":
            out.append(value)
            continue
        # Only formatted cells need a cell object; plain values stream much faster.
        cell = cell_type(sheet, value=value)
        cell._style = copy(styles[fmt])
        out.append(cell)
    return out


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
