"""A real CUPS print queue for the tests: the private cupsd with a CUPS-PDF queue that
`installer/testcups.sh` starts (CUPS_SERVER, KLUPPLUZ_TEST_PRINTER, KLUPPLUZ_TEST_PRINT_OUT,
KLUPPLUZ_TEST_CUPS_LOG). Without it the tests skip with the reason; with CI=true they fail.

`CupsQueue` finds the PDF the queue wrote for a job, reads it with `pdftotext` (type, not a
picture, or no text comes out) and reads the options the server passed to the job from its
log (argv[4] copies, argv[5] the job's options).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

IN_CI = os.environ.get("CI", "").lower() == "true"


@dataclass
class CupsQueue:
    printer: str
    out: Path
    log: Path

    def output_of(self, job_id: str, timeout: float = 60) -> Path:
        """The PDF the queue wrote for `job_id` ("queue-12"), once the job completed."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(self.out.glob(f"*-job_{number}.pdf"))
            if found and self.completed(job_id):
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"the queue wrote no PDF for job {job_id}: {self.log_tail()}")

    def completed(self, job_id: str) -> bool:
        listing = run("lpstat", "-W", "completed", "-o", self.printer).stdout
        return any(line.split()[:1] == [job_id] for line in listing.splitlines())

    def job_argv(self, job_id: str) -> tuple[int, str]:
        """(copies, options) that cupsd handed the job's filters."""
        number = job_id.rsplit("-", 1)[1]
        text = self.log.read_text(errors="replace")
        copies = re.search(rf"\[Job {number}\] argv\[4\]=\"(\d+)\"", text)
        options = re.search(rf"\[Job {number}\] argv\[5\]=\"([^\"]*)\"", text)
        assert copies and options, f"job {job_id} not in the server log"
        return int(copies.group(1)), options.group(1)

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-15:])

    def set_accepting(self, accepting: bool) -> None:
        run("cupsaccept" if accepting else "cupsreject", self.printer)

    def set_enabled(self, enabled: bool) -> None:
        run("cupsenable" if enabled else "cupsdisable", self.printer)


def run(*command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LC_ALL="C", LANG="C")
    return subprocess.run(list(command), capture_output=True, text=True, env=env, timeout=30)


def pdf_text(path: Path) -> str:
    """What `pdftotext` reads from the page: only type comes out, never a picture."""
    result = run("pdftotext", "-layout", str(path), "-")
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


def pdf_pages(path: Path) -> int:
    return len(PdfReader(BytesIO(path.read_bytes())).pages)


def word_position(path: Path, word: str, page: int = 1) -> tuple[float, float]:
    """Where `word` stands on `page` (x, y of its box in points, from the top left)."""
    result = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    match = re.search(rf'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>{re.escape(word)}</word>',
                      result.stdout)  # fmt: skip
    assert match, f"{word!r} not on page {page} of {path.name}"
    return float(match.group(1)), float(match.group(2))


@pytest.fixture(scope="session")
def cups_queue() -> CupsQueue:
    printer = os.environ.get("KLUPPLUZ_TEST_PRINTER", "")
    out = os.environ.get("KLUPPLUZ_TEST_PRINT_OUT", "")
    log = os.environ.get("KLUPPLUZ_TEST_CUPS_LOG", "")
    problem = ""
    if not (printer and out and log and os.environ.get("CUPS_SERVER")):
        problem = "no print server: start one with installer/testcups.sh (quickstart.sh test)"
    elif shutil.which("pdftotext") is None:
        problem = "pdftotext (poppler-utils) is missing"
    elif run("lpstat", "-p", printer).returncode != 0:
        problem = f"the test print queue {printer} does not answer"
    if problem:
        if IN_CI:
            pytest.fail(problem)
        pytest.skip(problem)
    return CupsQueue(printer, Path(out), Path(log))
