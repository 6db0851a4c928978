"""The benchmark runs end to end on a small data set (it broke unnoticed once when the import
rules grew stricter than its generated data). Figures are not judged here: machines are
noisy; docs/benchmark.md holds the targets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXPECTED_KEYS = {
    "import_ms",
    "page_200_sorted_ms",
    "search_keystroke_ms",
    "letter_one_ms",
    "letter_batch_100_ms",
    "report_pdf_100_ms",
    "dossier_max_text_ms",
    "excel_import_10k_ms",
    "dashboard_refresh_ui_ms",
    "quick_search_broad_ui_ms",
    "intake_msg_ms",
    "demo_load_ms",
    "letter_first_ms",
    "letter_first_warm_ms",
    "first_paint_ms",
    "bare_window_first_paint_ms",
    "insight_year_ms",
    "import_file_ms",
    "import_file_peak_mb",
    "first_paint_peak_mb",
    "window_peak_memory_mb",
    "letter_first_no_cache_ms",
    "letter_one_bare_reportlab_ms",
    "letter_batch_100_bare_reportlab_ms",
}


def test_the_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    env = {**os.environ, "KLUPPLUZ_DESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KLUPPLUZ_BENCH_PRINTER", None)
    done = subprocess.run(
        [sys.executable, "-m", "kluppluz_desk.bench", "--cases", "300"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout)
    missing = EXPECTED_KEYS - figures.keys()
    assert not missing, f"the benchmark no longer reports {sorted(missing)}"
    for key in EXPECTED_KEYS:
        assert isinstance(figures[key], int | float) and figures[key] > 0, (key, figures[key])
