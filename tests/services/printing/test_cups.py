"""The CUPS path without a print server: the `lp` command built from the options, lp's
answers read, its English errors said in Dutch, a stopped printer refused before sending."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from kluppluz_desk.services.printing import PrintError, PrintOptions, Sides, cups, parse_page_ranges

PDF = Path(__file__).parent / "two_pages.pdf"


def test_lp_command_carries_every_choice() -> None:
    options = PrintOptions(
        printer="Kantoor", copies=3, pages=((1, 1), (3, 4)), sides=Sides.LONG_EDGE,
        media="A4", paper_source="Lower",
    )  # fmt: skip
    command = cups.lp_command(options, "/tmp/x.pdf", "KR-2026-001 brief")
    assert command[:7] == ["lp", "-d", "Kantoor", "-n", "3", "-t", "KR-2026-001 brief"]
    pairs = {command[i + 1] for i, arg in enumerate(command) if arg == "-o"}
    assert pairs == {
        "print-scaling=none", "collate=true", "page-ranges=1,3-4",
        "sides=two-sided-long-edge", "media=A4", "InputSlot=Lower",
    }  # fmt: skip
    assert command[-2:] == ["--", "/tmp/x.pdf"]


def test_lp_command_defaults_leave_the_printer_settings_alone() -> None:
    command = cups.lp_command(PrintOptions(), "/tmp/x.pdf", "t")
    assert "-d" not in command and "collate=true" not in command
    assert not any(a.startswith(("sides=", "InputSlot=", "media=")) for a in command)
    # Always at 100 %: the address must stay in the envelope window.
    assert "print-scaling=none" in command


def test_page_ranges_parse_and_select() -> None:
    assert parse_page_ranges("1-2, 4") == ((1, 2), (4, 4))
    assert PrintOptions(pages=((2, 3),)).selected_pages(5) == [1, 2]
    assert PrintOptions(pages=((2, 9),)).selected_pages(3) == [1, 2]
    assert PrintOptions().selected_pages(2) == [0, 1]
    with pytest.raises(PrintError, match="geen paginabereik"):
        parse_page_ranges("een tot drie")
    with pytest.raises(PrintError, match="exemplaren"):
        PrintOptions(copies=0)


def test_job_id_is_read_from_lp() -> None:
    assert cups.parse_job_id("request id is Kantoor-42 (1 file(s))\n") == ("Kantoor-42", "Kantoor")
    with pytest.raises(PrintError, match="niet bevestigd"):
        cups.parse_job_id("")


@pytest.mark.parametrize(
    ("stderr", "dutch"),
    [
        ("lp: The printer or class does not exist.", "bestaat niet"),
        ('lp: Destination "Kantoor" is not accepting jobs.', "neemt geen opdrachten aan"),
        ("lp: Error - no default destination available.", "geen standaardprinter"),
        ("lp: Error - scheduler not responding. Unable to connect", "niet bereikbaar"),
        ("lp: something else entirely", "weigert de opdracht (lp: something else entirely)"),
    ],
)
def test_lp_errors_in_dutch(stderr: str, dutch: str) -> None:
    assert dutch in cups.describe_lp_error(stderr, "Kantoor")


class FakeCups:
    """Answers lpstat and lp as a CUPS server would; records the commands."""

    def __init__(self, status: str = "printer Kantoor is idle.  enabled since now\n") -> None:
        self.status = status
        self.commands: list[list[str]] = []
        self.lp_rc, self.lp_err = 0, ""

    def __call__(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        command = list(command)
        self.commands.append(command)
        if command[:2] == ["lpstat", "-d"]:
            return subprocess.CompletedProcess(
                command, 0, "system default destination: Kantoor\n", ""
            )
        if command[0] == "lpstat":
            return subprocess.CompletedProcess(command, 0, self.status, "")
        assert Path(command[-1]).read_bytes().startswith(b"%PDF")  # the PDF itself goes
        out = "" if self.lp_rc else "request id is Kantoor-7 (1 file(s))\n"
        return subprocess.CompletedProcess(command, self.lp_rc, out, self.lp_err)


def test_print_goes_to_the_default_printer_and_returns_the_job() -> None:
    fake = FakeCups()
    job = cups.print_pdf(PDF.read_bytes(), PrintOptions(), "brief", 2, run=fake)
    assert (job.job_id, job.printer, job.pages, job.path) == ("Kantoor-7", "Kantoor", 2, "cups")
    assert job.size_bytes == PDF.stat().st_size
    assert fake.commands[0] == ["lpstat", "-d"] and fake.commands[-1][0] == "lp"


def test_a_stopped_printer_is_refused_before_sending() -> None:
    fake = FakeCups("printer Kantoor disabled since now -\n\tPaper jam\n")
    with pytest.raises(PrintError, match="staat uit of is gepauzeerd \\(Paper jam\\)"):
        cups.print_pdf(PDF.read_bytes(), PrintOptions(printer="Kantoor"), "brief", 2, run=fake)
    assert all(c[0] != "lp" for c in fake.commands)


def test_a_refused_job_is_a_dutch_error() -> None:
    fake = FakeCups()
    fake.lp_rc, fake.lp_err = 1, 'lp: Destination "Kantoor" is not accepting jobs.'
    with pytest.raises(PrintError, match="neemt geen opdrachten aan"):
        cups.print_pdf(PDF.read_bytes(), PrintOptions(printer="Kantoor"), "brief", 2, run=fake)


def test_missing_lp_is_a_dutch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(PrintError, match="lp\\) ontbreekt"):
        cups.run_command(["lp", "x.pdf"])
