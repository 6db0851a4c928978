"""Cases: register a complaint, edit it, take it through the procedure's steps, keep its
records (notes, informed, extensions, pauses, improvements, escalations, attachments) and
list cases for the case list. Everything the UI and CLI call about one case is named here."""

from .attachments import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    attachment_data,
    remove_attachment,
)
from .editing import find_case_id, get_case, perform_step, register_case, update_case
from .first_page import FirstPage, ids_with_first_rows
from .law import change_regime, save_judgment
from .listing import CaseFilter, CaseRow, CaseSort, case_ids, rows_for_ids, years
from .paging import SearchStart, search_start, sorted_start
from .records import (
    add_escalation,
    add_extension,
    add_improvement,
    add_note,
    add_pause,
    record_escalation_outcome,
    record_informed,
    update_improvement,
)

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "CaseFilter",
    "CaseRow",
    "CaseSort",
    "FirstPage",
    "SearchStart",
    "add_attachment",
    "add_escalation",
    "add_extension",
    "add_improvement",
    "add_note",
    "add_pause",
    "attachment_data",
    "case_ids",
    "change_regime",
    "find_case_id",
    "get_case",
    "ids_with_first_rows",
    "perform_step",
    "record_escalation_outcome",
    "record_informed",
    "register_case",
    "remove_attachment",
    "rows_for_ids",
    "save_judgment",
    "search_start",
    "sorted_start",
    "update_case",
    "update_improvement",
    "years",
]
