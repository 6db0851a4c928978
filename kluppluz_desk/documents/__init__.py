"""Documents layer: ReportLab letters and the annual report, built from plain data (no Qt,
no database)."""
