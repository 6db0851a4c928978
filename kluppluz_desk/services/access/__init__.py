"""Who may see and do what (issue 12): the current person as a `Viewer`, the rights table
applied to every unit of work (scope.py), confidential cases, and personal PostgreSQL
logins whose rows the server itself limits (migration 0006)."""

from .confidential import Confidentiality, confidentiality, set_confidential
from .grants import grant_access, group_sql, login_sql
from .scope import visible_cases
from .viewer import apply_access, require, viewer_in

__all__ = [
    "Confidentiality",
    "apply_access",
    "confidentiality",
    "grant_access",
    "group_sql",
    "login_sql",
    "require",
    "set_confidential",
    "viewer_in",
    "visible_cases",
]
