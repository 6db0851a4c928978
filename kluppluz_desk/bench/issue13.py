"""`python -m kluppluz_desk.bench.issue13 [--cases N]`: only the three figures of the intake
and spreadsheet work ("intake_msg_ms", "excel_import_10k_ms", "xlsx_export_100k_ms"), on
the same generated database as the full benchmark, without its other minutes of work.

Prints JSON with the load average before and after, since the figures are wall times on a
shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..services.database import open_database
from ..services.masterdata.defaults import seed_defaults
from ..services.transfer.json_io import export_document, import_document
from .core import build_document
from .timing import timed as _timed


def run(count: int) -> dict[str, Any]:
    from .intake import intake_figures
    from .spreadsheets import figures as spreadsheet_figures

    out: dict[str, Any] = {"cases": count, "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="kluppluz-bench13-") as name:
        db = open_database(f"sqlite:///{Path(name) / 'bench.sqlite3'}", user="bench")
        try:
            with db.unit() as session:
                seed_defaults(session)
            start = time.perf_counter()
            import_document(db, build_document(export_document(db), count))
            out["setup_import_ms"] = round((time.perf_counter() - start) * 1000, 1)
            out.update(spreadsheet_figures(db, _timed))
            out.update(intake_figures(db, _timed))  # last: it adds cases
        finally:
            db.dispose()
    out["load_after"] = os.getloadavg()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.issue13")
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args(argv)
    json.dump(run(args.cases), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
