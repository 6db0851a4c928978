"""Bad-value calls, part 2: reading a register file and importing it, reading a mail or
scan, the form labels, everything the annual report computes per year, the case list's
pages, the law fields (regime, judgment), attachments, confidentiality, dossiers and
letters by kind, deleting master data, the spreadsheet export, the check and the printer's
page list.

Each entry names the public service functions it calls ("package.function / ..."), the
call, and good arguments; the test replaces one argument with a hostile value.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict
from kluppluz_desk.domain.regimes import Regime
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import (
    access,
    cases,
    intake,
    letters,
    maintenance,
    masterdata,
    printing,
    register_import,
    report,
    spreadsheet_export,
)
from kluppluz_desk.services.database import Database
from tests.factories import days_ago
from tests.services.bad_values_harness import Call, Ctx

MAIL = b"From: Sanne <s@voorbeeld.nl>\r\nSubject: Klacht\r\n\r\nZorgen over het ophalen.\r\n"


def register_file(folder: Path, cell: Any) -> str:
    """A small register as CSV whose third cell holds `cell` (written as it would be
    typed: text as it is, anything else as its printed form)."""
    text = cell if isinstance(cell, str) else repr(cell)[:1000]
    path = folder / f"register-{time.monotonic_ns()}.csv"
    path.write_bytes(
        f"Datum;Locatie;Omschrijving\n01-02-2024;Venetiëstraat;{text}\n".encode(
            "utf-8", "surrogatepass"
        )
    )
    return str(path)


def _open_and_import(db: Database, path: Any, sheet: Any, mapping: Any) -> None:
    rows, completed = register_import.open_register(db, path, mapping, sheet=sheet)
    register_import.import_register(db, rows, completed)


def _key(value: Any) -> Any:
    """An unhashable value cannot be a dict key: a caller's dict could never hold it."""
    return value if isinstance(value, Hashable) else str(value)


def _report_year(db: Database, year: Any) -> None:
    for function in (
        report.year_overview,
        report.compute_figures,
        report.build_report_data,
        report.appendix_cases,
        report.previous_organisation,
        report.privacy_hits,
        report.privacy_review,
        report.report_pdf,
        report.small_numbers,
    ):
        function(db, year)


def _new_region(c: Ctx) -> int:
    item = masterdata.save_item(c.db, "region", {"name": f"Regio {time.monotonic_ns()}"})
    return int(item.id)


CALLS_2: dict[str, Call] = {
    "register_import.open_register / register_import.import_register": (
        lambda db, path, sheet, mapping, folder, cell: _open_and_import(
            db, path if cell == "ophalen" else register_file(folder, cell), sheet, mapping
        ),
        lambda c: {
            "path": register_file(c.folder, "ophalen"),
            "sheet": None,
            "mapping": None,
            "folder": c.folder,
            "cell": "ophalen",
        },
    ),
    "intake.read_intake / intake.check_size": (
        lambda db, filename, data: (
            intake.check_size(filename, len(data) if isinstance(data, bytes) else data),
            intake.read_intake(db, filename=filename, data=data),
        ),
        lambda c: {"filename": "klacht.eml", "data": MAIL},
    ),
    "intake.save_form_labels / intake.load_form_labels": (
        lambda db, label, target: (
            # an unhashable label cannot be a key: the settings table could never hold it
            intake.save_form_labels(
                db, {label if isinstance(label, Hashable) else str(label): target}
            ),
            intake.load_form_labels(db),
        ),
        lambda c: {"label": "Naam ouder", "target": "submitter_name"},
    ),
    "intake.save_form_labels (the whole table)": (
        lambda db, labels: intake.save_form_labels(db, labels),
        lambda c: {"labels": {"Naam ouder": "submitter_name", "Locatie": "location_id"}},
    ),
    "report.generate_report / report.render_report": (
        lambda db, year: (report.generate_report(db, year), report.render_report(db, year)),
        lambda c: {"year": today().year - 1},
    ),
    "report.year_overview / report.compute_figures / report.build_report_data / "
    "report.appendix_cases / report.previous_organisation / report.privacy_hits / "
    "report.privacy_review / report.report_pdf / report.small_numbers": (
        _report_year,
        lambda c: {"year": today().year},
    ),
    "report.report_years": (
        lambda db, current: report.report_years(db, current),
        lambda c: {"current": today()},
    ),
    "cases.rows_for_ids": (
        lambda db, ids: cases.rows_for_ids(db, ids),
        lambda c: {"ids": [c.open.id, c.closed.id]},
    ),
    "cases.search_start": (
        lambda db, text, page, key: cases.search_start(
            db, cases.CaseFilter(text=text), cases.CaseSort(key), page
        ),
        lambda c: {"text": "ophalen", "page": 1, "key": "reference"},
    ),
    "cases.sorted_start": (
        lambda db, text, page, key: cases.sorted_start(
            db, cases.CaseFilter(text=text), cases.CaseSort(key), page
        ),
        lambda c: {"text": "", "page": 1, "key": "location"},
    ),
    "cases.ids_with_first_rows": (
        lambda db, text, page, key: cases.ids_with_first_rows(
            db, cases.CaseFilter(text=text), cases.CaseSort(key), page
        ),
        lambda c: {"text": "ophalen", "page": 200, "key": "received_on"},
    ),
    "cases.change_regime": (
        lambda db, **kw: cases.change_regime(db, **kw),
        lambda c: {
            "case_id": c.open.id,
            "version": c.version(c.open.id),
            "regime": Regime.WKKGZ,
            "reason": "Zorgaanbieder.",
        },
    ),
    "cases.save_judgment": (
        lambda db, case_id, version, subject, verdict, reasoning, measures_due_on: (
            cases.save_judgment(
                db,
                case_id=case_id,
                version=version,
                parts=[JudgmentPartData(subject, verdict, reasoning)],
                measures_due_on=measures_due_on,
            )
        ),
        lambda c: {
            "case_id": c.closed.id,
            "version": c.version(c.closed.id),
            "subject": "Ophalen",
            "verdict": Verdict.UPHELD,
            "reasoning": "Afspraak niet nagekomen.",
            "measures_due_on": None,
        },
    ),
    "cases.attachment_data / cases.remove_attachment": (
        lambda db, attachment_id, remove: (
            cases.attachment_data(db, attachment_id),
            cases.remove_attachment(db, attachment_id=attachment_id) if remove else None,
        ),
        lambda c: {"attachment_id": c.attachment, "remove": False},
    ),
    "access.set_confidential / access.confidentiality": (
        lambda db, case_id, reason, named: (
            access.set_confidential(db, case_id, reason, named),
            access.confidentiality(db, case_id),
        ),
        lambda c: {
            "case_id": c.open.id,
            "reason": ConfidentialReason.SAFETY,
            "named": (c.s.staff["Johan Smits"],),
        },
    ),
    "letters.case_dossier_pdf": (
        lambda db, case_id, purpose: letters.case_dossier_pdf(db, case_id, purpose),
        lambda c: {"case_id": c.closed.id, "purpose": "Op verzoek van de indiener"},
    ),
    "letters.render_letter_pdf / letters.letter_eml / letters.get_template / "
    "letters.letter_kind / letters.letter_pdf": (
        lambda db, case_id, kind, letter_date, letter_id: (
            letters.render_letter_pdf(db, case_id, kind, letter_date=letter_date),
            letters.letter_eml(db, case_id, kind),
            letters.get_template(db, kind),
            letters.letter_kind(kind),
            letters.letter_pdf(db, letter_id),
        ),
        lambda c: {
            "case_id": c.open.id,
            "kind": LetterKind.ACKNOWLEDGEMENT,
            "letter_date": days_ago(1),
            "letter_id": c.letter,
        },
    ),
    "letters.preview_template / letters.template_problems / letters.reset_template": (
        lambda db, kind, subject, body, case_id: (
            letters.template_problems(subject, body),
            letters.preview_template(db, kind, subject, body, case_id=case_id),
            letters.reset_template(db, kind),
        ),
        lambda c: {
            "kind": LetterKind.EXTENSION,
            "subject": "Verlenging {{referentie}}",
            "body": "{{aanhef}},\n\nWe hebben meer tijd nodig.",
            "case_id": c.open.id,
        },
    ),
    "letters.record_letters / letters.render_letters_pdf": (
        lambda db, case_ids, kind: (
            letters.render_letters_pdf(db, case_ids, kind),
            letters.record_letters(db, case_ids, kind),
        ),
        lambda c: {"case_ids": [c.open.id], "kind": LetterKind.EXTENSION},
    ),
    "masterdata.delete_item": (
        lambda db, kind, item_id: masterdata.delete_item(db, kind, item_id),
        lambda c: {"kind": "region", "item_id": _new_region(c)},
    ),
    "spreadsheet_export.export_case_list / spreadsheet_export.case_list_table": (
        lambda db, path, text, key: (
            spreadsheet_export.case_list_table(
                db, cases.CaseFilter(text=text), cases.CaseSort(key)
            ),
            spreadsheet_export.export_case_list(
                db, path, cases.CaseFilter(text=text), cases.CaseSort(key)
            ),
        ),
        lambda c: {"path": str(c.folder / "lijst.xlsx"), "text": "ophalen", "key": "reference"},
    ),
    "spreadsheet_export.export_report_figures": (
        lambda db, year, path: spreadsheet_export.export_report_figures(db, year, path),
        lambda c: {"year": today().year, "path": str(c.folder / "cijfers.xlsx")},
    ),
    "maintenance.run_check": (
        lambda db, limit: maintenance.run_check(db, limit=limit),
        lambda c: {"limit": 50},
    ),
    "printing.parse_page_ranges": (
        lambda db, text: printing.parse_page_ranges(text),
        lambda c: {"text": "1-2, 4"},
    ),
}
