"""Letters to parents as documents: the plain letter data (`data`), the built-in Dutch
texts (`defaults`), filling a template in (`templates`), the page layout (`layout`), the PDF
(`pdf`) and the e-mail draft with the letter attached (`eml`).

Import the module you need: this package deliberately imports nothing, so reading a letter's
data or texts does not load ReportLab."""
