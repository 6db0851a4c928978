"""Printing on Linux and macOS: the PDF itself goes to CUPS with `lp`, so the printer gets
type and lines, not a picture (CUPS converts PDF for any printer it drives).

The options become `lp` options (`-d`, `-n`, `-o sides=…`, `-o page-ranges=…`, `-o media=…`,
`-o InputSlot=…`); `print-scaling=none` keeps the page at 100 %, so the address stays in
the envelope window. `lp`'s English answers are turned into Dutch messages here.
Every call goes through `Runner`, which tests replace to check the commands.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from .options import PrintError, PrintJob, PrintOptions

log = logging.getLogger(__name__)

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]
TIMEOUT_S = 60


def run_command(command: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Run a CUPS command with its answers in English (they are parsed, then said in Dutch)."""
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        return subprocess.run(
            list(command), capture_output=True, text=True, timeout=TIMEOUT_S, env=env
        )
    except FileNotFoundError as exc:
        raise PrintError(
            "Afdrukken kan niet: het afdrukprogramma van CUPS (lp) ontbreekt op deze computer."
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintError(
            "De printserver antwoordt niet binnen een minuut; de brief is niet afgedrukt."
        ) from exc


def available() -> bool:
    """True when CUPS' `lp` is there (Linux, macOS)."""
    return shutil.which("lp") is not None


def lp_command(options: PrintOptions, path: str, title: str) -> list[str]:
    """The `lp` command for one job."""
    command = ["lp"]
    if options.printer:
        command += ["-d", options.printer]
    command += ["-n", str(options.copies), "-t", title[:120]]
    # Never fit-to-page: the address must stay exactly in the envelope window.
    command += ["-o", "print-scaling=none"]
    if options.copies > 1:
        command += ["-o", "collate=true"]
    if options.pages:
        command += ["-o", f"page-ranges={options.page_ranges_text()}"]
    if options.sides is not None:
        command += ["-o", f"sides={options.sides.value}"]
    if options.media:
        command += ["-o", f"media={options.media}"]
    if options.paper_source and options.paper_source != "Auto":
        command += ["-o", f"InputSlot={options.paper_source}"]
    command += ["--", path]
    return command


_JOB_ID = re.compile(r"request id is (\S+)-(\d+)")


def parse_job_id(output: str) -> tuple[str, str]:
    """("queue-12", "queue") from lp's "request id is queue-12 (1 file(s))"."""
    match = _JOB_ID.search(output)
    if match is None:
        raise PrintError(
            "De printserver heeft de opdracht niet bevestigd; controleer de wachtrij "
            "voordat u opnieuw afdrukt."
        )
    return f"{match.group(1)}-{match.group(2)}", match.group(1)


def describe_lp_error(stderr: str, printer: str | None) -> str:
    """A Dutch message for what `lp` or `lpstat` said in English."""
    name = f"'{printer}'" if printer else "de standaardprinter"
    text = stderr.strip().lower()
    if "does not exist" in text or "unknown destination" in text:
        return f"De printer {name} bestaat niet (meer). Kies een andere printer."
    if "not accepting" in text:
        return (
            f"De printer {name} neemt geen opdrachten aan. Kies een andere printer of "
            "vraag de beheerder de wachtrij te openen."
        )
    if "no default destination" in text:
        return "Er is geen standaardprinter ingesteld. Kies een printer."
    if (
        "unable to connect" in text
        or "connection refused" in text
        or "not running" in text
        or "no such file" in text
        or "bad file descriptor" in text
    ):
        return "De printserver (CUPS) is niet bereikbaar; de brief is niet afgedrukt."
    first = stderr.strip().splitlines()[0] if stderr.strip() else "geen reden opgegeven"
    return f"De printer {name} weigert de opdracht ({first})."


def check_ready(printer: str | None, run: Runner = run_command) -> str:
    """The printer's name when it takes jobs now; a PrintError when it is unknown, stopped
    (offline, paused) or there is no default printer. A stopped queue would accept the job
    and hold it, so the letter would wrongly count as sent."""
    if not printer:
        result = run(["lpstat", "-d"])
        match = re.search(r"system default destination:\s*(\S+)", result.stdout)
        if match is None:
            raise PrintError("Er is geen standaardprinter ingesteld. Kies een printer.")
        printer = match.group(1)
    result = run(["lpstat", "-p", printer])
    if result.returncode != 0:
        raise PrintError(describe_lp_error(result.stderr or result.stdout, printer))
    status = result.stdout.lower()
    if "disabled" in status:
        reason = result.stdout.strip().splitlines()[1:2]
        why = f" ({reason[0].strip()})" if reason and reason[0].strip() else ""
        raise PrintError(
            f"De printer '{printer}' staat uit of is gepauzeerd{why}; de brief is niet "
            "afgedrukt en niet als verstuurd vastgelegd."
        )
    return printer


def print_pdf(
    pdf: bytes, options: PrintOptions, title: str, pages: int, run: Runner = run_command
) -> PrintJob:
    """Hand `pdf` to CUPS as one job; returns the job once the queue accepted it."""
    printer = check_ready(options.printer, run)
    with tempfile.TemporaryDirectory(prefix="kluppluz-print-") as folder:
        path = Path(folder) / "brief.pdf"
        path.write_bytes(pdf)
        result = run(lp_command(options, str(path), title))
    if result.returncode != 0:
        log.warning("lp refused the job: %s", result.stderr.strip())
        raise PrintError(describe_lp_error(result.stderr, printer))
    job_id, queue = parse_job_id(result.stdout)
    sent = len(options.selected_pages(pages)) or pages
    log.info("print job %s on %s: %d pages, %d bytes", job_id, queue, sent, len(pdf))
    return PrintJob(job_id=job_id, printer=queue, pages=sent, size_bytes=len(pdf), path="cups")
