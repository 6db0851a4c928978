"""Printing from the window without a print server: the dialog's choices read from the
QPrinter, the picture fallback capped at 600 dpi printing only the chosen pages, a refused
job (nothing recorded), and the batch's progress dialog with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.services import cases
from kluppluz_desk.services.letters import acknowledgements_due
from kluppluz_desk.services.printing import PrintError, PrintJob, PrintOptions, Sides, page_count
from kluppluz_desk.ui import printing
from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.letters import LettersPanel, print_due_acknowledgements
from kluppluz_desk.ui.printing.raster import print_raster
from tests.factories import make_case, seed

from .conftest import ScriptedDialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TWO_PAGES = (Path(__file__).parents[1] / "services" / "printing" / "two_pages.pdf").read_bytes()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_dialog_choices_become_print_options(qapp: Any, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "x.pdf")
    assert printing.dialog.options_from_printer(printer).pages == ()
    printer.setCopyCount(3)
    printer.setPaperSource(QPrinter.PaperSource.Manual)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranges.addRange(5, 5)
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    options = printing.dialog.options_from_printer(printer)
    # (A PDF printer has no duplex; the two-sided choices are checked on the real queue.)
    assert options == PrintOptions(
        printer=None, copies=3, pages=((2, 3), (5, 5)), sides=Sides.ONE_SIDED,
        media="A5", paper_source="Manual",
    )  # fmt: skip


def test_the_picture_fallback_is_capped_at_600_dpi_and_prints_the_chosen_pages(
    qapp: Any, tmp_path: Path
) -> None:
    out = tmp_path / "raster.pdf"
    printer = pdf_printer(out)
    printer.setResolution(1200)
    job = print_raster(TWO_PAGES, printer, PrintOptions(pages=((2, 2),)), "brief")
    assert printer.resolution() == 600 and job.pages == 1 and job.path == "raster"
    assert len(PdfReader(str(out)).pages) == 1
    # One page at 600 dpi instead of the 4 MB a page took at 1,200 dpi.
    assert out.stat().st_size < 2.5 * 1024 * 1024


def test_a_refused_job_leaves_the_letter_unrecorded(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    db = app_context.db
    case = make_case(db, seed(db), upto=Step.ASSIGN_HANDLER)
    panel = LettersPanel(app_context)
    qtbot.addWidget(panel)
    panel.set_case(case)
    panel.make_letter()
    assert panel.preview is not None

    def refuse(pdf: bytes, options: PrintOptions, title: str) -> PrintJob:
        raise PrintError("De printer 'Kantoor' staat uit of is gepauzeerd.")

    monkeypatch.setattr(printing, "vector_path", lambda: "cups")
    monkeypatch.setattr(printing, "send_pdf", refuse)
    monkeypatch.setattr(printing.dialog, "choose_printer", lambda *_: pdf_printer(tmp_path / "x"))
    dialogs.queue(True)  # the letter lacks the address: print anyway
    qtbot.mouseClick(panel.preview.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[-1] == "De printer 'Kantoor' staat uit of is gepauzeerd."
    assert cases.get_case(db, case.id).letters == [] and panel.preview.isVisible()


def test_the_batch_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, app_context: AppContext, dialogs: ScriptedDialogs,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    db = app_context.db
    seeded = seed(db)
    due = [make_case(db, seeded, upto=Step.ASSIGN_HANDLER).id for _ in range(12)]
    sent: list[bytes] = []

    def queue(pdf: bytes, options: PrintOptions, title: str) -> PrintJob:
        sent.append(pdf)
        return PrintJob("Kantoor-1", "Kantoor", page_count(pdf), len(pdf), "cups")

    monkeypatch.setattr(printing, "vector_path", lambda: "cups")
    monkeypatch.setattr(printing, "send_pdf", queue)
    monkeypatch.setattr(printing.dialog, "choose_printer", lambda *_: pdf_printer(tmp_path / "x"))
    seen: list[tuple[int, str]] = []
    real_report = printing.PrintProgress.report

    def cancel_at_second_chunk(
        self: printing.PrintProgress, done: int, total: int, what: str
    ) -> bool:
        seen.append((done, what))
        if done == 10:
            self.dialog.cancel()
        return real_report(self, done, total, what)

    monkeypatch.setattr(printing.PrintProgress, "report", cancel_at_second_chunk)
    batch = print_due_acknowledgements(app_context, None)
    assert batch is not None
    qtbot.addWidget(batch)
    qtbot.mouseClick(batch.print_button, Qt.MouseButton.LeftButton)
    assert seen == [(0, "render"), (10, "render")] and sent == []
    assert dialogs.texts("info")[-1] == "Nothing was printed or recorded."
    assert acknowledgements_due(db) == due

    monkeypatch.setattr(printing.PrintProgress, "report", real_report)
    qtbot.mouseClick(batch.print_button, Qt.MouseButton.LeftButton)
    assert len(sent) == 1 and acknowledgements_due(db) == []
    assert "12 acknowledgements recorded as sent" in dialogs.texts("info")[-1]
    assert "Kantoor-1" in dialogs.texts("info")[-1]
