"""Who may see and do what (issue 12): the current person as a `Viewer`, the rights table
applied to every unit of work (scope.py), confidential cases, and personal PostgreSQL
logins whose rows the server itself limits (migration 0006)."""

from .confidential import Confidentiality, confidentiality, set_confidential
from .grants import RolesRefused, grant_access, group_sql, login_sql
from .login_admin import ONLY_POSTGRESQL, login_refusal, login_script
from .scope import visible_cases
from .viewer import apply_access, require, viewer_in

__all__ = [
    "ONLY_POSTGRESQL",
    "RolesRefused",
    "Confidentiality",
    "apply_access",
    "confidentiality",
    "grant_access",
    "group_sql",
    "login_refusal",
    "login_script",
    "login_sql",
    "require",
    "set_confidential",
    "viewer_in",
    "visible_cases",
]
