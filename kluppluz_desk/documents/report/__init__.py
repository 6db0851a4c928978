"""The yearly public report as a document: its plain data (`data`), the page styles
(`layout`), the charts (`charts`), one function per section (`sections`) and the whole PDF
(`annual`).

Import the module you need: this package deliberately imports nothing, so the report's data
classes do not load ReportLab."""
