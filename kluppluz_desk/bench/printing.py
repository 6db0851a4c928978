"""Benchmark figures of printing letters, called by `kluppluz_desk.bench`.

Keys: "print_letter_ms" (one rendered acknowledgement handed to the print queue until the
queue accepted the job), "print_batch_100_ms" (100 acknowledgements rendered, merged and
sent as ONE job, not recorded) and "print_job_kb_per_page" (what that job sends to the
queue per page).

They need a print queue: the printer named in KLUPPLUZ_BENCH_PRINTER, else the tests'
private CUPS-PDF queue (KLUPPLUZ_TEST_PRINTER, installer/testcups.sh). Without one the keys
are left out and "print_skipped" says why. Never point this at an office printer: it
prints 100 letters.
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import select

from ..services.database import Database
from ..services.letters import render_letter_pdf
from ..services.printing import PrintError, PrintOptions, print_letters, print_pdf, vector_path
from ..store.models import Case

Timer = Any


def print_figures(db: Database, timed: Timer) -> dict[str, Any]:
    printer = os.environ.get("KLUPPLUZ_BENCH_PRINTER") or os.environ.get("KLUPPLUZ_TEST_PRINTER")
    if not printer or vector_path() is None:
        return {"print_skipped": "no print queue (KLUPPLUZ_BENCH_PRINTER or testcups.sh)"}
    with db.unit() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id.desc()).limit(100)))
    if not ids:
        return {}
    options = PrintOptions(printer=printer)
    letter = render_letter_pdf(db, ids[0], "acknowledgement")
    out: dict[str, Any] = {}
    try:
        out["print_letter_ms"], _ = timed(
            lambda: print_pdf(letter.pdf, options, title=letter.filename), 3
        )
        out["print_batch_100_ms"], batch = timed(
            lambda: print_letters(db, ids, "acknowledgement", options, record=False), 1
        )
    except PrintError as problem:
        return {"print_skipped": problem.message}
    out["print_job_kb_per_page"] = round(batch.job.kb_per_page, 1)
    out["print_batch_100_pages"] = batch.job.pages
    return out
