"""Benchmark figures of the spreadsheet features, called by `bench.parts`.

"excel_import_10k_ms": a 10,000-row register (`.xlsx` written by openpyxl beforehand, real
and text dates mixed) read, checked and imported in one transaction into a fresh database
with the default lists (target ≤ 20 s). "xlsx_export_100k_ms": the benchmark database's
whole case list (all its cases, newest first) written to `.xlsx` (target ≤ 15 s for
100,000 cases); "xlsx_export_cases" says how many that was.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..services.cases import CaseFilter, CaseSort
from ..services.database import Database, open_database
from ..services.masterdata import list_items, save_item
from ..services.masterdata.defaults import seed_defaults
from ..services.register_import import import_register, open_register
from ..services.spreadsheet_export import export_case_list

Timer = Callable[..., tuple[float, Any]]
IMPORT_ROWS = 10_000


def write_register(path: Path, rows: int, locations: list[str]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(["Klachtenregister"])
    sheet.append(["Nr.", "Datum ontvangst", "Locatie", "Soort", "Naam ouder", "Omschrijving",
                  "Afgehandeld"])  # fmt: skip
    for n in range(rows):
        received = date(2016 + n % 9, 1 + n % 12, 1 + n % 28)
        sheet.append([
            n + 1, received if n % 2 else received.strftime("%-d-%-m-%Y"),
            locations[n % len(locations)], "Klacht" if n % 3 else "Suggestie",
            f"Ouder {n}", f"Reactie {n} over het ophalen en de communicatie",
            received.replace(day=min(received.day + 1, 28)) if n % 4 else None,
        ])  # fmt: skip
    book.save(path)


def _import_once(folder: Path, register: Path, run: int) -> float:
    db = open_database(f"sqlite:///{folder / f'import{run}.sqlite3'}", user="bench")
    try:
        with db.unit() as session:
            seed_defaults(session)
        region = list_items(db, "region")[0].id
        for name in ("Venetiëstraat", "Ulvenhout", "Arnhem Centrum"):
            save_item(db, "location", {"name": name, "region_id": region})
        start = time.perf_counter()
        rows, mapping = open_register(db, register)
        result = import_register(db, rows, mapping)
        elapsed = (time.perf_counter() - start) * 1000
        assert result.imported == IMPORT_ROWS, result
        return elapsed
    finally:
        db.dispose()


def figures(db: Database, timed: Timer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kluppluz-bench-xlsx-") as name:
        folder = Path(name)
        register = folder / "register.xlsx"
        write_register(register, IMPORT_ROWS, ["Venetiëstraat", "Ulvenhout", "Arnhem Centrum"])
        runs = sorted(_import_once(folder, register, run) for run in range(3))
        out["excel_import_10k_ms"] = round(runs[1], 1)
        target = folder / "lijst.xlsx"
        newest = CaseSort("received_on", descending=True)
        ms, count = timed(lambda: export_case_list(db, target, CaseFilter(), newest), 1)
        out["xlsx_export_100k_ms"] = ms
        out["xlsx_export_cases"] = count
    return out
