"""Backups a user never has to think about, and a restore a user can do.

- `copies`: making one checked copy (SQLite's online backup API, then `integrity_check`;
  a bad copy is deleted and logged, never kept) and listing the copies in a folder.
- `rotation`: which copies to keep (7 daily, 4 weekly, 12 monthly; safety copies a year).
- `restore`: putting a copy back (safety copy of the current file, atomic swap).
- `permission`: who may make and restore backups (K&V; an administrator of a local file).
- `daily`: what the program does by itself (first start of the day, close) and the
  *Back-up maken* command (SQLite copy; PostgreSQL: the lossless JSON export).
"""

from .copies import MANUAL_KIND, BackupFailed, BackupInfo, describe, list_copies
from .daily import BackupOutcome, daily_backup, make_backup
from .permission import require_backup_right, require_restore_right
from .restore import restore_sqlite

__all__ = [
    "MANUAL_KIND",
    "BackupFailed",
    "BackupInfo",
    "BackupOutcome",
    "daily_backup",
    "describe",
    "list_copies",
    "make_backup",
    "require_backup_right",
    "require_restore_right",
    "restore_sqlite",
]
