"""Letters printed through the program's own print path into a real CUPS queue (the
CUPS-PDF printer of installer/testcups.sh), the print dialog answered by the test as a
person would fill it in. The PDFs the queue wrote are read back: pages, the reference, the
parent's name and the Dutch date as text (type, not a picture), the size per page, and the
address still where the envelope window is. The options the dialog set are read from the
print server's log. A stopped or refusing printer gives a Dutch message and records nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kluppluz_desk.cli import main
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database, open_database
from kluppluz_desk.services.letters import acknowledgements_due
from kluppluz_desk.services.printing import PrintJob, page_count
from kluppluz_desk.ui import printing
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.letters import LettersPanel, print_due_acknowledgements
from tests.factories import make_case, seed
from tests.printing_queue import CupsQueue, cups_queue, pdf_pages, pdf_text, word_position

from .conftest import ScriptedDialogs

__all__ = ["cups_queue"]  # the fixture, imported for pytest
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PARENTS = ("Sanne Bakker", "Yusuf Demir", "Ilse de Graaf")
ADDRESS = {
    "submitter_address": "Kastanjelaan 12",
    "submitter_postcode": "5611 XY",
    "submitter_city": "Eindhoven",
}
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def dutch(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def answer_dialog(queue: CupsQueue, **choices: Any) -> Callable[[Any, int], QPrinter]:
    """The print dialog, filled in by the test: printer, copies, pages, sides, tray."""

    def choose(_parent: Any, _pages: int) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(queue.printer)
        assert printer.printerName() == queue.printer, "Qt does not see the test queue"
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setCopyCount(choices.get("copies", 1))
        if "duplex" in choices:
            printer.setDuplex(choices["duplex"])
        if "source" in choices:
            printer.setPaperSource(choices["source"])
        if "pages" in choices:
            ranges = QPageRanges()
            ranges.addRange(*choices["pages"])
            printer.setPageRanges(ranges)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return printer

    return choose


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> list[PrintJob]:
    """Every job the program's print path sent (the real sender, observed)."""
    sent: list[PrintJob] = []
    real = printing.send_pdf

    def observed(pdf: bytes, options: Any, title: str) -> PrintJob:
        job = real(pdf, options, title)
        sent.append(job)
        return job

    monkeypatch.setattr(printing, "send_pdf", observed)
    return sent


def check_letter(queue: CupsQueue, job: PrintJob, pdf: bytes, reference: str, parent: str,
                 pages: int) -> Path:  # fmt: skip
    out = queue.output_of(job.job_id)
    assert pdf_pages(out) == pages
    text = pdf_text(out)
    assert reference in text and parent in text and dutch(today()) in text, text[:400]
    assert out.stat().st_size / pages <= 1024 * 1024
    assert job.kb_per_page <= 1024
    return out


def test_three_letters_print_as_the_dialog_says_then_count_as_sent(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, cups_queue: CupsQueue,
    jobs: list[PrintJob], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db = app_context.db
    seeded = seed(db)
    made = [make_case(db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name=name, **ADDRESS)
            for name in PARENTS]  # fmt: skip
    choices: list[dict[str, Any]] = [
        {},
        {"copies": 2, "duplex": QPrinter.DuplexMode.DuplexLongSide,
         "source": QPrinter.PaperSource.Lower},
        {"pages": (1, 1), "duplex": QPrinter.DuplexMode.DuplexNone},
    ]  # fmt: skip
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.show()
    for case, parent, choice in zip(made, PARENTS, choices, strict=True):
        panel.set_case(case)
        qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
        dialog = panel.preview
        assert dialog is not None and not dialog.letter.warnings  # type: ignore[union-attr]
        monkeypatch.setattr(printing.dialog, "choose_printer", answer_dialog(cups_queue, **choice))
        # How fast it reaches the queue is the benchmark's print_letter_ms, not a test.
        with qtbot.waitSignal(panel.detail_changed):
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        job = jobs[-1]
        assert job.printer == cups_queue.printer and job.path == "cups"
        letter_pages = page_count(dialog.pdf)
        # The queue makes the copies (CUPS-PDF writes them one after the other). Printed on
        # both sides, each copy starts on a new sheet: an odd page count gets a blank back.
        per_copy = 1 if "pages" in choice else letter_pages
        if choice.get("duplex", QPrinter.DuplexMode.DuplexNone) != QPrinter.DuplexMode.DuplexNone:
            per_copy += per_copy % 2 if choice.get("copies", 1) > 1 else 0
        wanted = per_copy * choice.get("copies", 1)
        out = check_letter(cups_queue, job, dialog.pdf, case.reference, parent, wanted)
        # The address stays in the envelope window: the same spot to within 1 pt (0.35 mm;
        # the re-embedded font's box differs slightly). Fit-to-page would move it by mm.
        original = Path(str(out) + ".orig.pdf")
        original.write_bytes(dialog.pdf)
        for a, b in zip(word_position(original, "Kastanjelaan"), word_position(out, "Kastanjelaan"),
                        strict=True):  # fmt: skip
            assert abs(a - b) <= 1.0
        copies, options = cups_queue.job_argv(job.job_id)
        assert copies == choice.get("copies", 1)
        assert "print-scaling=none" in options and "media=A4" in options
        if "source" in choice:
            assert "sides=two-sided-long-edge" in options and "InputSlot=Lower" in options
        if "pages" in choice:
            assert "page-ranges=1" in options and "sides=one-sided" in options
        # Counted as sent only now, with exactly the PDF that was printed.
        stored = cases.get_case(db, case.id)
        assert stored.acknowledged_on == today() and len(stored.letters) == 1
        assert "recorded as sent" in dialogs.texts("info")[-1]
        assert cups_queue.printer in dialogs.texts("info")[-1]
    assert len(jobs) == 3 and acknowledgements_due(db) == []


def test_the_batch_prints_as_one_job_and_is_recorded(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, cups_queue: CupsQueue,
    jobs: list[PrintJob], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db = app_context.db
    seeded = seed(db)
    made = [make_case(db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name=name, **ADDRESS)
            for name in PARENTS]  # fmt: skip
    monkeypatch.setattr(printing.dialog, "choose_printer", answer_dialog(cups_queue))
    batch = print_due_acknowledgements(app_context, None)
    assert batch is not None
    qtbot.addWidget(batch)
    qtbot.mouseClick(batch.print_button, Qt.MouseButton.LeftButton)
    assert len(jobs) == 1, dialogs.messages
    out = cups_queue.output_of(jobs[0].job_id)
    assert pdf_pages(out) == page_count(batch.pdf) == jobs[0].pages
    text = pdf_text(out)
    for case, parent in zip(made, PARENTS, strict=True):
        assert case.reference in text and parent in text
    assert dutch(today()) in text
    assert out.stat().st_size / pdf_pages(out) <= 1024 * 1024
    assert acknowledgements_due(db) == [] and not batch.record_button.isEnabled()
    assert "3 acknowledgements recorded as sent" in dialogs.texts("info")[-1]


@pytest.mark.parametrize("state", ["stopped", "refusing"])
def test_an_offline_or_refusing_printer_records_nothing(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs, cups_queue: CupsQueue,
    monkeypatch: pytest.MonkeyPatch, state: str,
) -> None:  # fmt: skip
    db = app_context.db
    case = make_case(db, seed(db), upto=Step.ASSIGN_HANDLER, **ADDRESS)
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.make_letter()
    assert panel.preview is not None
    monkeypatch.setattr(printing.dialog, "choose_printer", answer_dialog(cups_queue))
    toggle = cups_queue.set_enabled if state == "stopped" else cups_queue.set_accepting
    toggle(False)
    try:
        qtbot.mouseClick(panel.preview.print_button, Qt.MouseButton.LeftButton)
    finally:
        toggle(True)
    warning = dialogs.texts("warning")[-1]
    expected = "staat uit of is gepauzeerd" if state == "stopped" else "neemt geen opdrachten aan"
    assert expected in warning and cups_queue.printer in warning
    assert cases.get_case(db, case.id).letters == [] and panel.preview.isVisible()


def test_headless_letter_and_batch(
    tmp_path: Path, cups_queue: CupsQueue, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.sqlite3"
    db: Database = open_database(f"sqlite:///{path}", user="kv-tester")
    seeded = seed(db)
    made = [make_case(db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name=name, **ADDRESS)
            for name in PARENTS]  # fmt: skip
    db.dispose()
    printer = cups_queue.printer
    code = main(["--db", str(path), "letter", "--case", made[0].reference,
                 "--kind", "acknowledgement", "--print", "--printer", printer])  # fmt: skip
    said = capsys.readouterr().out
    assert code == 0 and "vastgelegd als verstuurd" in said, said
    job_id = said.split("opdracht ")[1].split()[0]
    check_letter(cups_queue, PrintJob(job_id, "", 1, 0, "cups"), b"", made[0].reference,
                 PARENTS[0], pdf_pages(cups_queue.output_of(job_id)))  # fmt: skip
    code = main(["--db", str(path), "acknowledgements", "--print", "--printer", cups_queue.printer])
    said = capsys.readouterr().out
    assert code == 0 and "2 ontvangstbevestigingen afgedrukt" in said, said
    text = pdf_text(cups_queue.output_of(said.split("opdracht ")[1].split()[0]))
    assert made[1].reference in text and made[2].reference in text
    assert made[0].reference not in text  # already sent above
    db = open_database(f"sqlite:///{path}", user="kv-tester")
    assert acknowledgements_due(db) == []
    db.dispose()
    cups_queue.set_enabled(False)
    try:
        code = main(["--db", str(path), "acknowledgements", "--print", "--printer",
                     cups_queue.printer])  # fmt: skip
    finally:
        cups_queue.set_enabled(True)
    assert code == 1
