"""The annual report as a person makes it at the command line (issue 16):
`kluppluz-desk --db FILE report --year Y --out F.pdf` as a child process, from process
start to the PDF written (imports, opening the database, figures, privacy guard, PDF).

Keys:
- "report_command_10000_ms" on the benchmark's database for its busiest year (10,000
  reactions at 100,000 cases; "report_command_10000_reactions" says how many there were,
  so a small run measures what it has); one run.
- "report_command_100_ms" on a small database of its own (1,000 cases from
  `bench.dashboard.fill_database`, ten years of about 100 reactions) for its busiest
  year ("report_command_100_reactions"); the median of three runs.
- "_cpu_ms" beside each: the child's processor time (user + system), which a busy machine
  disturbs far less than the wall-clock figure.
- "report_pdf_10000_bare_reportlab_ms": the floor of the report's PDF, the same appendix
  text (the first 10,000 entries, "report_pdf_10000_bare_entries") as plain Paragraphs
  in a `SimpleDocTemplate` with the report's fonts and entry style, one build pass.

The command runs as KLUPPLUZ_DESK_USER=bench, the benchmark's own user (no staff member,
so unrestricted, as in the in-process figures), with a scratch KLUPPLUZ_DESK_HOME. Only on
SQLite: the command opens the benchmark's file.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from sqlalchemy import func, select

from ..services.database import Database, open_database
from ..store.engine import sqlite_path
from ..store.models import Case
from .years import busiest_year

Timer = Callable[..., tuple[float, Any]]

TIMEOUT_S = 300
SMALL_CASES = 1_000


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_report(path: Path, year: int, home: str) -> tuple[float, float] | None:
    """(wall ms, processor ms) of one `kluppluz-desk report` child, None when it failed."""
    env = {**os.environ, "KLUPPLUZ_DESK_HOME": home, "XDG_CONFIG_HOME": home,
           "KLUPPLUZ_DESK_USER": "bench"}  # fmt: skip
    env.pop("KLUPPLUZ_DESK_DB", None)
    out = Path(home) / "jaarverslag.pdf"
    command = [sys.executable, "-m", "kluppluz_desk", "--db", str(path), "report",
               "--year", str(year), "--out", str(out)]  # fmt: skip
    cpu, start = _children_cpu_s(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env,
                          timeout=TIMEOUT_S, check=False)  # fmt: skip
    wall = (time.perf_counter() - start) * 1000
    used = (_children_cpu_s() - cpu) * 1000
    if done.returncode != 0 or not out.exists():
        return None
    out.unlink()
    return round(wall, 1), round(used, 1)


def _reactions(db: Database, year: int) -> int:
    with db.unit() as session:
        return int(session.scalar(select(func.count(Case.id)).where(Case.year == year)) or 0)


def _measure(db: Database, key: str, runs: int, home: str) -> dict[str, Any]:
    path = sqlite_path(db.url)
    year = busiest_year(db)
    if path is None or year is None:
        return {}
    out: dict[str, Any] = {f"{key}_reactions": _reactions(db, year)}
    done = [r for r in (_run_report(Path(path), year, home) for _ in range(runs)) if r]
    if not done:
        out[f"{key}_error"] = "the report command failed"
        return out
    out[f"{key}_ms"] = statistics.median(r[0] for r in done)
    out[f"{key}_cpu_ms"] = statistics.median(r[1] for r in done)
    return out


def small_database(folder: Path, cases: int = SMALL_CASES) -> Database:
    """A new SQLite file with `cases` generated cases over ten years (`bench.dashboard`'s
    generator)."""
    from ..store.models import Staff
    from .dashboard import fill_database

    db = open_database(f"sqlite:///{folder / 'small.sqlite3'}", user="bench")
    fill_database(db, cases)
    # Its staff are called "Behandelaar N", a word of the report's default texts: the
    # privacy guard would rightly stop the report. People's names, as in real data.
    with db.unit() as session:
        for staff in session.scalars(select(Staff)):
            staff.name = f"Jet Kuiper {staff.id}"
    return db


def bare_reportlab_ms(db: Database, timed: Timer, entries: int = 10_000) -> dict[str, Any]:
    """The report's appendix as bare ReportLab sets it, one pass: the same lines the
    report's entry blocks hold (category, summary lines, "Maatregel:" and the measure),
    each a plain Paragraph in a SimpleDocTemplate. What no layer above ReportLab beats."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ..documents.fonts import register_fonts
    from ..documents.report.entry_block import MEASURE_LABEL, line_styles
    from ..documents.report.layout import styles
    from ..documents.report.sections import entry_lines
    from ..services.report.annual import build_report_data

    year = busiest_year(db)
    if year is None:
        return {}
    data = build_report_data(db, year)
    register_fonts()
    category_style, line_style, measure_style = line_styles(styles().entry)
    chosen = [entry_lines(e) for group in data.appendix for e in group.entries][:entries]

    def build() -> bytes:
        story = []
        for category, summary, measure in chosen:
            story.append(Paragraph(category, category_style))
            story += [Paragraph(line, line_style) for line in summary]
            story.append(Paragraph(measure[0], measure_style, bulletText=MEASURE_LABEL))
            story += [Paragraph(line, line_style) for line in measure[1:]]
        buffer = BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
        return buffer.getvalue()

    ms, _ = timed(build, 1)
    return {"report_pdf_10000_bare_reportlab_ms": ms, "report_pdf_10000_bare_entries": len(chosen)}


def report_command_figures(db: Database, timed: Timer) -> dict[str, Any]:
    if sqlite_path(db.url) is None:
        return {}
    with TemporaryDirectory(prefix="kluppluz-report-") as home:
        out = _measure(db, "report_command_10000", 1, home)
        small = small_database(Path(home))
        try:
            out.update(_measure(small, "report_command_100", 3, home))
        finally:
            small.dispose()
    out.update(bare_reportlab_ms(db, timed))
    return out
