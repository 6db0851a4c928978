"""Printing on Windows: PDFium (through `pypdfium2`) draws each page into the printer's
device context as vector graphics and type, the way a PDF reader prints.

The platform is reached through `Gdi` only; `Win32Gdi` is the real one (ctypes on
gdi32/winspool, no extra package) and runs on Windows only. Everything up to it (which
pages, how many copies, the printer settings written into the DEVMODE, the page placed at
its physical size so the address stays in the envelope window, aborting on an error) is
plain Python that the tests run with a fake `Gdi`.
"""

from __future__ import annotations

import ctypes
import logging
import struct
import sys
from typing import Any, Protocol

from .options import PrintError, PrintJob, PrintOptions, Sides

log = logging.getLogger(__name__)

# DEVMODEW: byte offsets of the fields set here (wingdi.h; the same on 32 and 64 bit).
DM_FIELDS, DM_PAPERSIZE_OFF, DM_COPIES_OFF, DM_SOURCE_OFF = 72, 78, 86, 88
DM_DUPLEX_OFF, DM_COLLATE_OFF = 94, 100
DM_PAPERSIZE, DM_COPIES, DM_DEFAULTSOURCE, DM_DUPLEX, DM_COLLATE = (
    0x2,
    0x100,
    0x200,
    0x1000,
    0x8000,
)
PAPER_SIZES = {"A4": 9, "A5": 11, "A3": 8, "Letter": 1, "Legal": 5}
DUPLEX = {Sides.ONE_SIDED: 1, Sides.LONG_EDGE: 2, Sides.SHORT_EDGE: 3}
BINS = {"Upper": 1, "Lower": 2, "Middle": 3, "Manual": 4, "Envelope": 5, "Auto": 7,
        "LargeCapacity": 11}  # fmt: skip


def patch_devmode(devmode: bytes, options: PrintOptions) -> bytes:
    """The printer's DEVMODEW with copies, sides, paper and tray of `options` set."""
    data = bytearray(devmode)
    (fields,) = struct.unpack_from("<I", data, DM_FIELDS)
    struct.pack_into("<h", data, DM_COPIES_OFF, options.copies)
    struct.pack_into("<h", data, DM_COLLATE_OFF, 1)
    fields |= DM_COPIES | DM_COLLATE
    if options.sides is not None:
        struct.pack_into("<h", data, DM_DUPLEX_OFF, DUPLEX[options.sides])
        fields |= DM_DUPLEX
    if options.media in PAPER_SIZES:
        struct.pack_into("<h", data, DM_PAPERSIZE_OFF, PAPER_SIZES[options.media])
        fields |= DM_PAPERSIZE
    if options.paper_source in BINS:
        struct.pack_into("<h", data, DM_SOURCE_OFF, BINS[options.paper_source])
        fields |= DM_DEFAULTSOURCE
    struct.pack_into("<I", data, DM_FIELDS, fields)
    return bytes(data)


class Gdi(Protocol):
    """The few Windows calls a print job needs (hdc: the printer's device context)."""

    def default_printer(self) -> str | None: ...
    def devmode(self, printer: str) -> bytes: ...
    def create_dc(self, printer: str, devmode: bytes) -> int: ...
    def page_geometry(self, hdc: int) -> tuple[int, int, int, int]: ...
    def start_doc(self, hdc: int, title: str) -> int: ...
    def start_page(self, hdc: int) -> bool: ...
    def draw_page(self, hdc: int, page: Any, x: int, y: int, width: int, height: int) -> None: ...
    def end_page(self, hdc: int) -> bool: ...
    def end_doc(self, hdc: int) -> bool: ...
    def abort_doc(self, hdc: int) -> None: ...
    def delete_dc(self, hdc: int) -> None: ...


def print_pdf(pdf: bytes, options: PrintOptions, title: str, gdi: Gdi | None = None) -> PrintJob:
    """Draw the chosen pages of `pdf` on the printer as one job; copies, sides, paper and
    tray go to the driver in the DEVMODE (so copies are made by the printer)."""
    import pypdfium2  # the Windows path's own dependency, loaded only when printing

    gdi = gdi or Win32Gdi()
    printer = options.printer or gdi.default_printer()
    if not printer:
        raise PrintError("Er is geen standaardprinter ingesteld. Kies een printer.")
    document = pypdfium2.PdfDocument(pdf)
    try:
        chosen = options.selected_pages(len(document))
        hdc = gdi.create_dc(printer, patch_devmode(gdi.devmode(printer), options))
        if not hdc:
            raise PrintError(f"De printer '{printer}' is niet beschikbaar of staat uit.")
        try:
            job = gdi.start_doc(hdc, title[:120])
            if job <= 0:
                raise PrintError(f"De printer '{printer}' weigert de opdracht.")
            try:
                # The device context starts at the printable area; drawing the whole sheet
                # from minus the margin keeps every position on paper as in the PDF.
                offset_x, offset_y, width, height = gdi.page_geometry(hdc)
                for number in chosen:
                    page = document[number]
                    if not gdi.start_page(hdc):
                        raise PrintError(f"De printer '{printer}' breekt de opdracht af.")
                    gdi.draw_page(hdc, page, -offset_x, -offset_y, width, height)
                    if not gdi.end_page(hdc):
                        raise PrintError(f"De printer '{printer}' breekt de opdracht af.")
                if not gdi.end_doc(hdc):
                    raise PrintError(f"De printer '{printer}' heeft de opdracht niet aangenomen.")
            except BaseException:
                gdi.abort_doc(hdc)
                raise
        finally:
            gdi.delete_dc(hdc)
    finally:
        document.close()
    return PrintJob(str(job), printer, len(chosen), len(pdf), "windows")


class Win32Gdi:  # pragma: no cover - runs on Windows only
    """The real calls, through ctypes (gdi32, winspool.drv)."""

    PHYSICALWIDTH, PHYSICALHEIGHT, PHYSICALOFFSETX, PHYSICALOFFSETY = 110, 111, 112, 113

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise PrintError("Deze manier van afdrukken werkt alleen op Windows.")
        from ctypes import wintypes

        self.w = wintypes
        self.gdi32: Any = ctypes.WinDLL("gdi32")
        self.spool: Any = ctypes.WinDLL("winspool.drv")

    def default_printer(self) -> str | None:
        size = self.w.DWORD(0)
        self.spool.GetDefaultPrinterW(None, ctypes.byref(size))
        if not size.value:
            return None
        name = ctypes.create_unicode_buffer(size.value)
        return name.value if self.spool.GetDefaultPrinterW(name, ctypes.byref(size)) else None

    def devmode(self, printer: str) -> bytes:
        handle = self.w.HANDLE()
        if not self.spool.OpenPrinterW(printer, ctypes.byref(handle), None):
            raise PrintError(f"De printer '{printer}' bestaat niet (meer). Kies een andere.")
        try:
            size = self.spool.DocumentPropertiesW(None, handle, printer, None, None, 0)
            buffer = ctypes.create_string_buffer(max(size, 220))
            if self.spool.DocumentPropertiesW(None, handle, printer, buffer, None, 2) < 0:
                raise PrintError(f"De instellingen van printer '{printer}' zijn niet te lezen.")
            return buffer.raw
        finally:
            self.spool.ClosePrinter(handle)

    def create_dc(self, printer: str, devmode: bytes) -> int:
        buffer = ctypes.create_string_buffer(devmode, len(devmode))
        return int(self.gdi32.CreateDCW("WINSPOOL", printer, None, buffer) or 0)

    def page_geometry(self, hdc: int) -> tuple[int, int, int, int]:
        caps = self.gdi32.GetDeviceCaps
        return (caps(hdc, self.PHYSICALOFFSETX), caps(hdc, self.PHYSICALOFFSETY),
                caps(hdc, self.PHYSICALWIDTH), caps(hdc, self.PHYSICALHEIGHT))  # fmt: skip

    def start_doc(self, hdc: int, title: str) -> int:
        class DocInfo(ctypes.Structure):
            _fields_ = [("cbSize", ctypes.c_int), ("lpszDocName", ctypes.c_wchar_p),
                        ("lpszOutput", ctypes.c_wchar_p), ("lpszDatatype", ctypes.c_wchar_p),
                        ("fwType", ctypes.c_uint32)]  # fmt: skip

        info = DocInfo(ctypes.sizeof(DocInfo), title, None, None, 0)
        return int(self.gdi32.StartDocW(hdc, ctypes.byref(info)))

    def start_page(self, hdc: int) -> bool:
        return bool(self.gdi32.StartPage(hdc) > 0)

    def draw_page(self, hdc: int, page: Any, x: int, y: int, width: int, height: int) -> None:
        import pypdfium2.raw as pdfium_c

        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING
        pdfium_c.FPDF_RenderPage(hdc, page.raw, x, y, width, height, 0, flags)

    def end_page(self, hdc: int) -> bool:
        return bool(self.gdi32.EndPage(hdc) > 0)

    def end_doc(self, hdc: int) -> bool:
        return bool(self.gdi32.EndDoc(hdc) > 0)

    def abort_doc(self, hdc: int) -> None:
        self.gdi32.AbortDoc(hdc)

    def delete_dc(self, hdc: int) -> None:
        self.gdi32.DeleteDC(hdc)


def available() -> bool:
    """True on Windows with pypdfium2 installed."""
    if sys.platform != "win32":
        return False
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True
