"""Real mail and scan files for intake tests: e-mails by the standard library, Outlook
.msg files by a small compound-file writer, PDFs by ReportLab, images by Pillow."""
