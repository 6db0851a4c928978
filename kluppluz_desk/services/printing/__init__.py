"""Letters on paper: print a PDF as type (CUPS `lp` on Linux/macOS, PDFium on Windows),
print a letter and record it as sent once the print queue accepted it, and print every
acknowledgement that is due as one job."""

from .letters import (
    PrintedBatch,
    PrintedLetter,
    Progress,
    print_acknowledgements_due,
    print_letter,
    print_letters,
    print_rendered_letter,
)
from .options import PrintError, PrintJob, PrintOptions, Sides, parse_page_ranges
from .submit import Sender, page_count, print_pdf, send_pdf, vector_path

__all__ = [
    "PrintError",
    "PrintJob",
    "PrintOptions",
    "PrintedBatch",
    "PrintedLetter",
    "Progress",
    "Sender",
    "Sides",
    "page_count",
    "parse_page_ranges",
    "print_acknowledgements_due",
    "print_letter",
    "print_letters",
    "print_pdf",
    "print_rendered_letter",
    "send_pdf",
    "vector_path",
]
