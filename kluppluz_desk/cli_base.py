"""What every command-line module shares: the exit codes, opening the database named by
`--db`, and the list that document and other commands register their subcommands in.

Its own module, below `cli.py`, so a module with more commands (`cli_documents.py`,
`cli_backup.py`) imports this one and `cli.py` imports those modules, without an import
circle."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from .domain.errors import KnownProblem
from .paths import backup_folder_for, default_database_path, resolve_database_url

EXIT_PROBLEM = 1
EXIT_BUG = 2

# Other modules add subcommands here (letters, annual report, backup), keeping cli.py small.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]


def open_from_args(args: argparse.Namespace) -> Any:
    """The database of `--db` (or the default), opened and upgraded; a `services.database.
    Database`. Imported when a command runs, so `--help` stays quick."""
    from .services.database import Database, open_database
    from .store.migrate import LOGIN_FAILED

    url = resolve_database_url(args.db)
    # Only the program's own data file may get its folder made without asking.
    is_default = url == f"sqlite:///{default_database_path()}"

    def attempt() -> Database:
        return open_database(url, backup_folder=backup_folder_for(url), create_folder=is_default)

    try:
        db = attempt()
    except KnownProblem as problem:
        # The server wants a password we do not have: ask on a terminal (kept in the
        # credential store, or for this run only); scripts use PGPASSWORD instead.
        if problem.message != LOGIN_FAILED or not _ask_password(url):
            raise
        db = attempt()
    return _as_current_person(db)


def _as_current_person(db: Any) -> Any:
    """Work as the person behind the database login (PostgreSQL) or KLUPPLUZ_DESK_USER /
    this PC's login, with the same rights as in the program: a command sees only the cases
    that person may see and is refused, in Dutch, what their role may not do. Nobody known
    (an empty database, a single PC whose login is no staff member) works as before."""
    from .services.access import apply_access

    try:
        apply_access(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _ask_password(url: str) -> bool:
    import getpass

    from . import credentials

    bare, given = credentials.split_password(url)
    if given is not None or credentials.credential_key(url) is None or not sys.stdin.isatty():
        return False
    password = getpass.getpass(f"Wachtwoord voor {credentials.hide_password(bare)}: ")
    if not password:
        return False
    credentials.save_password(bare, password)
    return True
