"""The Windows path up to the platform: PDFium pages drawn into a fake device context at
the sheet's physical size, the chosen pages only, settings in the DEVMODE, and a failing
printer aborting the job with a Dutch message."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from kluppluz_desk.services.printing import PrintError, PrintOptions, Sides, windows

PDF = (Path(__file__).parent / "two_pages.pdf").read_bytes()
DEVMODE = bytes(220)


class FakeGdi:
    """Records every call; `fail_on` makes that call fail as a printer would."""

    def __init__(self, fail_on: str = "") -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.fail_on = fail_on
        self.devmodes: list[bytes] = []

    def default_printer(self) -> str | None:
        return "Kantoor"

    def devmode(self, printer: str) -> bytes:
        return DEVMODE

    def create_dc(self, printer: str, devmode: bytes) -> int:
        self.devmodes.append(devmode)
        self.calls.append(("create_dc", printer))
        return 0 if self.fail_on == "create_dc" else 77

    def page_geometry(self, hdc: int) -> tuple[int, int, int, int]:
        return 50, 60, 4960, 7016  # A4 at 600 dpi, a 50 × 60 dot unprintable margin

    def start_doc(self, hdc: int, title: str) -> int:
        self.calls.append(("start_doc", title))
        return -1 if self.fail_on == "start_doc" else 12

    def start_page(self, hdc: int) -> bool:
        self.calls.append(("start_page",))
        return True

    def draw_page(self, hdc: int, page: Any, x: int, y: int, width: int, height: int) -> None:
        text = page.get_textpage().get_text_range().strip()
        self.calls.append(("draw", text, x, y, width, height))

    def end_page(self, hdc: int) -> bool:
        self.calls.append(("end_page",))
        return self.fail_on != "end_page"

    def end_doc(self, hdc: int) -> bool:
        self.calls.append(("end_doc",))
        return True

    def abort_doc(self, hdc: int) -> None:
        self.calls.append(("abort_doc",))

    def delete_dc(self, hdc: int) -> None:
        self.calls.append(("delete_dc",))


def test_pages_are_drawn_as_pdf_into_the_device_context() -> None:
    gdi = FakeGdi()
    options = PrintOptions(pages=((2, 2),), copies=2)
    job = windows.print_pdf(PDF, options, "brief", gdi)
    assert (job.job_id, job.printer, job.pages, job.path) == ("12", "Kantoor", 1, "windows")
    draws = [c for c in gdi.calls if c[0] == "draw"]
    # Only page 2; the whole sheet from minus the margin, so nothing shifts on paper.
    assert draws == [("draw", "Pagina twee", -50, -60, 4960, 7016)]
    assert gdi.calls[-2:] == [("end_doc",), ("delete_dc",)]
    assert ("abort_doc",) not in gdi.calls


def test_the_printer_settings_go_into_the_devmode() -> None:
    options = PrintOptions(copies=3, sides=Sides.LONG_EDGE, media="A4", paper_source="Lower")
    data = windows.patch_devmode(DEVMODE, options)
    (fields,) = struct.unpack_from("<I", data, windows.DM_FIELDS)
    assert fields == (
        windows.DM_COPIES | windows.DM_COLLATE | windows.DM_DUPLEX | windows.DM_PAPERSIZE
        | windows.DM_DEFAULTSOURCE
    )  # fmt: skip
    assert struct.unpack_from("<h", data, windows.DM_COPIES_OFF) == (3,)
    assert struct.unpack_from("<h", data, windows.DM_DUPLEX_OFF) == (2,)  # DMDUP_VERTICAL
    assert struct.unpack_from("<h", data, windows.DM_PAPERSIZE_OFF) == (9,)  # DMPAPER_A4
    assert struct.unpack_from("<h", data, windows.DM_SOURCE_OFF) == (2,)  # DMBIN_LOWER
    plain = windows.patch_devmode(DEVMODE, PrintOptions())
    assert struct.unpack_from("<I", plain, windows.DM_FIELDS) == (
        windows.DM_COPIES | windows.DM_COLLATE,
    )


@pytest.mark.parametrize(
    ("fail_on", "message"),
    [
        ("create_dc", "niet beschikbaar of staat uit"),
        ("start_doc", "weigert de opdracht"),
        ("end_page", "breekt de opdracht af"),
    ],
)
def test_a_failing_printer_is_a_dutch_error_and_the_job_is_aborted(
    fail_on: str, message: str
) -> None:
    gdi = FakeGdi(fail_on)
    with pytest.raises(PrintError, match=message):
        windows.print_pdf(PDF, PrintOptions(printer="Kantoor"), "brief", gdi)
    if fail_on == "end_page":
        assert ("abort_doc",) in gdi.calls and ("end_doc",) not in gdi.calls
    if fail_on != "create_dc":
        assert gdi.calls[-1] == ("delete_dc",)


def test_the_real_platform_refuses_outside_windows() -> None:
    assert not windows.available()
    with pytest.raises(PrintError, match="alleen op Windows"):
        windows.Win32Gdi()
