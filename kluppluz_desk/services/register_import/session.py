"""The import as the wizard and the command line run it: read the file, find the header,
guess or apply the mapping, check every row, then write (or, for a dry run, only report).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from ...store.models import Category, Location, Service, Staff
from ..database import Database
from .existing import mark_present
from .fields import fold, norm
from .guessing import guess_columns, guess_header_row, header_names
from .importing import Cancelled, ImportResult, Progress, import_preview
from .mapping import RegisterMapping, check_mapping, load_mapping, save_mapping
from .reading import SheetRows, read_register
from .validating import MasterNames, Preview, build_preview


def master_names(db: Database) -> MasterNames:
    with db.unit() as session:
        locations = {
            norm(n): (i, n) for i, n in session.execute(select(Location.id, Location.name))
        }
        categories = {
            norm(n): (i, n) for i, n in session.execute(select(Category.id, Category.name))
        }
        staff: dict[str, tuple[int, str]] = {}
        # Active staff first, so a name shared with someone who left finds the current one.
        query = select(Staff.id, Staff.name, Staff.login).order_by(Staff.active.desc(), Staff.id)
        for staff_id, name, login in session.execute(query):
            for key in (fold(name), fold(login or "")):
                if key:
                    staff.setdefault(key, (staff_id, name))
        services: dict[str, tuple[int, str]] = {}
        funding: dict[int, str] = {}
        query_services = select(Service.id, Service.name, Service.default_funding)
        for service_id, name, default in session.execute(query_services):
            services[fold(name)] = (service_id, name)
            funding[service_id] = default.value
    return MasterNames(locations, categories, staff, services, funding)


def open_register(
    db: Database,
    path: str | Path,
    mapping: RegisterMapping | None = None,
    *,
    sheet: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[SheetRows, RegisterMapping]:
    """Read the file and complete the mapping: the given one, else the remembered one, with
    the header row and any column it does not name guessed from this file. `cancelled`
    True stops the reading (`ReadingCancelled`)."""
    if mapping is not None:
        mapping = check_mapping(mapping)
    base = mapping or load_mapping(db) or RegisterMapping()
    chosen = sheet if sheet is not None else base.sheet
    rows = read_register(path, chosen, progress, cancelled)
    if chosen is not None and rows.sheets and chosen not in rows.sheets:
        rows = read_register(path, None, progress, cancelled)
    return rows, complete_mapping(rows, replace(base, sheet=rows.sheet or None))


def complete_mapping(
    rows: SheetRows, mapping: RegisterMapping, header_row: int | None = None
) -> RegisterMapping:
    """The mapping for this sheet: its header row (given, remembered when it still names
    the mapped columns, else guessed) and its columns (remembered ones that exist here,
    the rest guessed)."""
    row = header_row if header_row is not None else mapping.header_row
    if row is None or row >= len(rows.rows) or not _names_mapped(rows, row, mapping):
        row = guess_header_row(rows.rows) if header_row is None else header_row
    headers = header_names(rows.rows[row]) if rows.rows else []
    columns = {f: h for f, h in mapping.columns.items() if h in headers}
    for field, header in guess_columns(headers).items():
        if field not in columns and header not in columns.values():
            columns[field] = header
    return replace(mapping, header_row=row, columns=columns)


def _names_mapped(rows: SheetRows, row: int, mapping: RegisterMapping) -> bool:
    headers = set(header_names(rows.rows[row]))
    return bool(mapping.columns) and all(h in headers for h in mapping.columns.values())


def preview_register(
    db: Database, rows: SheetRows, mapping: RegisterMapping, *, include_present: bool = False
) -> Preview:
    """Every row checked; rows that are a case already are skipped unless
    `include_present` (see existing.py for what "the same reaction" means)."""
    check_mapping(mapping)
    preview = build_preview(rows, mapping, mapping.header_row or 0, master_names(db))
    with db.unit() as session:
        mark_present(session, preview, include_present)
    return preview


def import_register(
    db: Database,
    rows: SheetRows,
    mapping: RegisterMapping,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    include_present: bool = False,
) -> ImportResult:
    """Check and write the register in one transaction; remember the mapping afterwards.
    Rows already in the database are left out unless `include_present`."""
    preview = preview_register(db, rows, mapping, include_present=include_present)
    result = import_preview(db, preview, mapping, progress=progress, cancelled=cancelled)
    save_mapping(db, mapping)
    return result
