"""Writing tables as `.xlsx` (streamed: 100,000 rows without the whole workbook in memory)
and as CSV for Dutch Excel (`;`, UTF-8 with BOM, dd-mm-jjjj).

The `.xlsx` is written by XlsxWriter in its constant-memory mode (row by row; a row is
flushed when the next begins). It was chosen over openpyxl's write-only mode for speed:
openpyxl builds and serialises one cell object per value, about 10 s of CPU for the
100,000-case list (1.1 million cells), over the 15 s target of the whole export on a busy
machine. The file has real dates and numbers, a bold frozen header row, an autofilter and
column widths from the header and the first rows. Text is always text: a value that
starts with "=" is never a formula, a number-like text never a number, a web address
never a link. Both kinds of file are written to a temporary file beside the target and
then renamed, so a failed or cancelled export never leaves half a file.
"""

from __future__ import annotations

import csv
import itertools
import os
import re
from collections.abc import Callable, Iterator, Sequence
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
_MAX_TEXT = 32_767  # characters Excel keeps in one cell
# Control characters a cell cannot show (XlsxWriter would write them as _xHHHH_ escapes);
# a pasted e-mail can contain them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NUMBER_FORMATS = {"date": "DD-MM-YYYY", "percent": "0%", "int": "0"}
_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


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


def _text(value: str) -> str:
    return _CONTROL.sub("", value[:_MAX_TEXT])


def _write_cell(sheet: Any, row: int, col: int, value: Any, fmt: Any) -> None:
    """One cell by its Python type; None and "" stay empty. A date in a column without a
    date format is Excel's day number, as Excel itself shows it."""
    if value is None or value == "":
        return
    if isinstance(value, str):
        sheet.write_string(row, col, _text(value), fmt)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            sheet.write_string(row, col, str(value))
        else:
            sheet.write_number(row, col, value, fmt)
    elif isinstance(value, datetime | date):
        sheet.write_datetime(row, col, value, fmt)
    else:
        sheet.write_string(row, col, _text(str(value)), fmt)


def write_xlsx(path: str | Path, tables: Sequence[Table], progress: Progress | None = None) -> int:
    """Write one sheet per table; returns the number of data rows written."""
    import xlsxwriter  # only when someone exports

    target = Path(path)
    tmp = _temporary(target)
    taken: set[str] = set()
    tables = list(tables) or [Table("Leeg", [], [])]
    written = 0
    try:
        book = xlsxwriter.Workbook(str(tmp), _OPTIONS)
        try:
            bold = book.add_format({"bold": True})
            formats = {k: book.add_format({"num_format": f}) for k, f in _NUMBER_FORMATS.items()}
            for table in tables:
                sheet = book.add_worksheet(safe_sheet_title(table.title, taken))
                rows: Iterator[Sequence[Any]] = iter(table.rows)
                sample = list(itertools.islice(rows, _SAMPLE))
                for index, column in enumerate(table.columns):
                    sheet.set_column(index, index, _width(column, sample, index))
                    sheet.write_string(0, index, column.header, bold)
                sheet.freeze_panes(1, 0)
                kinds = [formats.get(column.kind) for column in table.columns]
                count = 0
                for count, row in enumerate(itertools.chain(sample, rows), start=1):
                    for index, value in enumerate(row[: len(kinds)]):
                        _write_cell(sheet, count, index, value, kinds[index])
                    written += 1
                    if progress is not None and written % 5000 == 0:
                        progress(written)
                if table.columns:
                    sheet.autofilter(0, 0, count, len(table.columns) - 1)
        finally:
            book.close()
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
