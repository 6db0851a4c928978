"""The first letter of a fresh process ("letter_first_ms"): what someone waits for when
they open a letter preview for the first time after starting the program (fonts to read,
styles to build, the first queries). The modules are imported before the clock starts, as
the running program has them already. Run as a child process by the benchmark:
`python -m kluppluz_desk.bench.first_letter --db FILE` prints the milliseconds (the processor
time on stderr; `--profile`: cProfile's top 30 instead).

"letter_first_ms" is the cold case (nothing warmed: someone who opens a preview the instant
the window stands). "letter_first_warm_ms" (`--warm`) runs the warm-up the program starts in
the background after its first paint (`services.letters.warm_up_letters`) before the clock
starts: what a person waits for on their first preview a moment after start.

Both find ReportLab's parsed fonts and the scaled logo in the program's cache folder
(`documents.font_cache`, `documents.letters.logo_cache`), as every start after the first
does: the benchmark builds a sample letter in its own process first, which fills that folder
when it is empty. "letter_first_no_cache_ms" is the cold case with an empty cache folder (a
fresh `KLUPPLUZ_DESK_HOME`): the very first start on a PC."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..services.database import Database
from ..store.engine import sqlite_path

TIMEOUT_S = 120


def first_letter_ms(db: Database) -> dict[str, float]:
    path = sqlite_path(db.url)
    if path is None:
        return {}
    from ..services.letters import warm_up_letters

    warm_up_letters(db)  # fills the cache folder (fonts, logo) if this is its first use
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kluppluz-first-letter-") as empty_home:
        runs: tuple[tuple[str, list[str], dict[str, str]], ...] = (
            ("letter_first_ms", [], {}),
            ("letter_first_warm_ms", ["--warm"], {}),
            ("letter_first_no_cache_ms", [], {"KLUPPLUZ_DESK_HOME": empty_home}),
        )
        for key, extra, env in runs:
            done = subprocess.run(
                [sys.executable, "-m", "kluppluz_desk.bench.first_letter", "--db", str(path),
                 *extra],
                capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
                env={**os.environ, **env},
            )  # fmt: skip
            if done.returncode == 0 and done.stdout.strip():
                out[key] = float(done.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kluppluz_desk.bench.first_letter")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--warm", action="store_true", help="run the start-up warm-up first")
    parser.add_argument(
        "--profile", action="store_true", help="also print cProfile's top 30 (cumulative)"
    )
    args = parser.parse_args(argv)
    from sqlalchemy import select

    from ..services.database import open_database
    from ..services.letters import render_letter_pdf, warm_up_letters
    from ..store.models import Case

    db = open_database(f"sqlite:///{args.db}", user="bench")
    with db.unit() as session:
        case_id = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
    if case_id is None:
        return 1
    if args.warm and not warm_up_letters(db):
        return 1
    if args.profile:  # docs/profiles/letter_first_ms-*.txt
        import cProfile
        import pstats

        with cProfile.Profile() as profile:
            render_letter_pdf(db, case_id, "judgment")
        pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
        return 0
    start = time.perf_counter()
    cpu = time.process_time()
    render_letter_pdf(db, case_id, "judgment")
    wall_ms = (time.perf_counter() - start) * 1000
    print(f"processor time {(time.process_time() - cpu) * 1000:.1f} ms", file=sys.stderr)
    print(round(wall_ms, 1))
    db.dispose()
    return 0


if __name__ == "__main__":  # not when a test imports every module
    sys.exit(main())
