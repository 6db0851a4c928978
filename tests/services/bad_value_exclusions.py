"""Public service functions the bad-value test does not call, each with the reason.

A function whose parameters are all in PARAMETERS_WITHOUT_USER_VALUES (the open database,
a progress callback, a cancel flag) takes nothing a user typed and is left out without
being named here. Everything else is either called by the test or named below: a new
public function that is neither makes the coverage test fail.
"""

from __future__ import annotations

PARAMETERS_WITHOUT_USER_VALUES = frozenset({"db", "progress", "cancelled"})

_INSIDE = "takes an open Session/ORM object: called only inside services, after their checks"
_BUILT = "takes an object the program built itself (no field of it was typed)"
_HOOK = "a test/benchmark hook: the program always calls it without this argument"

NO_USER_VALUES: dict[str, str] = {
    # -- inside a transaction, with values the calling service checked already
    "access.viewer_in": _INSIDE,
    "access.visible_cases": _INSIDE,
    "audit.changes_since": _INSIDE,
    "audit.describe": _INSIDE,
    "audit.history_in": _INSIDE,
    "audit.record": _INSIDE,
    "audit.record_read": _INSIDE,
    "audit.record_confidential_reads": _INSIDE,
    "audit.to_text": "renders an audit value the services already stored",
    "clocks.case_deadlines": _INSIDE,
    "clocks.case_regime": _INSIDE,
    "clocks.next_due": _INSIDE,
    "clocks.refresh_all": _INSIDE,
    "clocks.refresh_next_due": _INSIDE,
    "identity.actor": _INSIDE,
    "identity.staff_for_login": _INSIDE,
    "settings.load_settings_in": _INSIDE,
    "settings.save_settings_in": _INSIDE + " (save_settings, which is called, validates)",
    "sqlite_open.check_read_only_revision": _INSIDE,
    "sqlite_open.plan_sqlite_open": "open_database's own step; its path comes from the "
    "database address, which the test gives open_database",
    # -- values the program made, not a person
    "access.require": "the right is a constant in the calling code",
    "dashboard.dashboard_csv": _BUILT,
    "dashboard.export_dashboard_csv": _BUILT,
    "dashboard.record_export_reads": _BUILT,
    "spreadsheet_export.insight_rows": _BUILT,
    "spreadsheet_export.insight_tables": _BUILT,
    "settings.logo_in_use": "the organisation as loaded from the settings (its logo is "
    "checked when saved, by save_settings)",
    "backup.require_restore_right": "its path is the open database's own file and the "
    "login the operating system's",
    "dashboard.dutch_date": "formats a date the dashboard computed",
    "dashboard.reminder_text": _BUILT,
    "letters.suggested_kind": _BUILT,
    "maintenance.format_check": _BUILT,
    "register_import.complete_mapping": "open_register's own step (called with the test's "
    "bad files, sheets and mappings through open_register)",
    "register_import.describe_problems": _BUILT,
    "register_import.guess_enum": "reads cells of a register file: reached with bad cells "
    "through open_register / import_register",
    "register_import.header_names": "reads a header row of a register file (as above)",
    "register_import.implied_status": "the import's own step, on values it checked",
    "register_import.parse_date": "reads a date cell of a register file (as above)",
    "report.describe_hit": _BUILT,
    "report.field_label": "the field name comes from a privacy hit the report found",
    "spreadsheet_export.csv_bytes": _BUILT,
    "spreadsheet_export.dashboard_tables": _BUILT,
    "spreadsheet_export.report_tables": "figures the report computed; the year is checked "
    "by export_report_figures, which the test calls",
    "spreadsheet_export.export_dashboard": "the dashboard is built by compute_dashboard; the "
    "path goes through write_tables, which the test calls with bad paths",
    "recovery.database_identity": "the address of the database already open",
    "database.open_read_only": "reopens the database already open, read-only, with a "
    "reason the program wrote",
    "recovery.scope_for": "the address and login of the database already open",
    "recovery.encode": "encodes an unsaved form the program built, for crash recovery",
    "settings.settings_from_rows": "reads the settings table; a bad row from a file is the "
    "import's matter (tests/services/transfer/test_import_fuzz.py)",
    "printing.page_count": "counts the pages of a PDF the program rendered",
    # -- test hooks and bounded widgets
    "dashboard.compute_dashboard": _HOOK + " (today)",
    "demo.load_demo": _HOOK + " (cases_this_year)",
    "backup.daily_backup": _HOOK + " (made_at); the folder is the one make_backup takes",
    "letters.batch_acknowledgements": "a true/false choice of the batch screen",
    "maintenance.apply_retention": "dry_run is a true/false choice; the backup folder is "
    "the setting make_backup is tested with",
    # -- covered elsewhere, by a test made for them
    "transfer.import_document": "documents: tests/services/transfer/test_import_fuzz.py "
    "(a corpus of mutated exports)",
    "transfer.validate_document": "as import_document",
    "transfer.import_json": "read_document (called here with bad paths) + import_document",
    "backup.restore_sqlite": "its paths are the chosen backup from list_copies and the open "
    "database's own; tests/services/backup test a damaged or foreign backup",
    # -- need a printer or a database server role
    "printing.print_pdf": "needs a printer; options come from the print dialog's bounded "
    "widgets and the page list from parse_page_ranges, which the test calls",
    "printing.send_pdf": "as print_pdf",
    "printing.print_letter": "as print_pdf; the case and kind are render_letter_pdf's",
    "printing.print_letters": "as print_letter",
    "printing.print_rendered_letter": "as print_letter",
    "printing.print_acknowledgements_due": "as print_letter",
    "access.grant_access": "creates server-wide PostgreSQL roles; its login, password and "
    "staff number go through login_sql, which the test calls",
    "access.login_script": "PostgreSQL only (refused on SQLite); its staff number is checked "
    "with check_id, its login and password go through login_sql, which the test calls",
}
