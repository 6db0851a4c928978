"""What every command-line module shares: the exit codes, opening the database named by
`--db`, and the list that document and other commands register their subcommands in.

Its own module, below `cli.py`, so a module with more commands (`cli_documents.py`)
imports this one and `cli.py` imports those modules, without an import circle."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .paths import backup_dir, resolve_database_url

EXIT_PROBLEM = 1
EXIT_BUG = 2

# Other modules add subcommands here (letters, annual report), keeping cli.py small.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []  # type: ignore[type-arg]


def open_from_args(args: argparse.Namespace) -> Any:
    """The database of `--db` (or the default), opened and upgraded; a `services.database.
    Database`. Imported when a command runs, so `--help` stays quick."""
    from .services.database import open_database

    return open_database(resolve_database_url(args.db), backup_folder=backup_dir())
