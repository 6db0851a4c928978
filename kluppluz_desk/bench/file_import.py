"""Importing an export FILE, as a person does (Bestand > Database importeren), in a fresh
process: `import_file_ms` and `import_file_peak_mb`, the process's peak resident memory
(issue 16: ≤ 250 MB for 100,000 cases). The benchmark exports its database to a file and
runs `python -m kluppluz_desk.bench.file_import --file F --db NEW.sqlite3` as a child
process, so the memory of the rest of the benchmark does not count."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ..process_memory import peak_memory_mb
from ..services.database import Database, open_database
from ..services.transfer.json_io import export_json

TIMEOUT_S = 600


def file_import_figures(db: Database, folder: Path) -> dict[str, Any]:
    """Export `db` to a file in `folder` and import it into a new SQLite file there."""
    source = folder / "export.json"
    start = time.perf_counter()
    export_json(db, source)
    out: dict[str, Any] = {"export_file_ms": round((time.perf_counter() - start) * 1000, 1)}
    done = subprocess.run(
        [sys.executable, "-m", "kluppluz_desk.bench.file_import", "--file", str(source),
         "--db", str(folder / "file_import.sqlite3")],
        capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip
    source.unlink(missing_ok=True)
    if done.returncode == 0 and done.stdout.strip():
        out.update(json.loads(done.stdout.strip().splitlines()[-1]))
    else:
        out["import_file_error"] = (done.stderr.strip().splitlines() or ["?"])[-1]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.file_import")
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--db", type=Path, required=True, help="a NEW SQLite file")
    args = parser.parse_args(argv)
    from ..services.transfer.json_io import import_json

    db = open_database(f"sqlite:///{args.db}", user="bench")
    start, cpu = time.perf_counter(), time.process_time()
    import_json(db, args.file)
    figures = {
        "import_file_ms": round((time.perf_counter() - start) * 1000, 1),
        "import_file_cpu_ms": round((time.process_time() - cpu) * 1000, 1),
        "import_file_peak_mb": peak_memory_mb(),
    }
    db.dispose()
    json.dump(figures, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
