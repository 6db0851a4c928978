"""Where the program keeps its files (platformdirs), and which database it opens.

The program's folders are owner-only (0700) and `connection.json` is written owner-only
(`private_files`); a database password never goes into it (`credentials`).
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

from platformdirs import PlatformDirs

from . import APP_NAME, credentials
from .private_files import private_dir, write_private

ENV_DB = "KLUPPLUZ_DESK_DB"
ENV_HOME = "KLUPPLUZ_DESK_HOME"
ENV_USER = "KLUPPLUZ_DESK_USER"  # tests and portable installs: one folder for everything

_dirs = PlatformDirs(appname=APP_NAME.replace(" ", ""), appauthor=False)


def _home_override() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value) if value else None


def data_dir() -> Path:
    return private_dir(_home_override() or Path(_dirs.user_data_dir))


def log_dir() -> Path:
    home = _home_override()
    return private_dir(home / "logs" if home else Path(_dirs.user_log_dir))


def cache_dir() -> Path:
    """Files the program can make again whenever they are missing (the parsed fonts)."""
    home = _home_override()
    return private_dir(home / "cache" if home else Path(_dirs.user_cache_dir))


def backup_dir() -> Path:
    return private_dir(data_dir() / "backups")


def default_database_path() -> Path:
    return data_dir() / "kluppluz-desk.sqlite3"


def connection_file() -> Path:
    """The PC's own choice of database (set in the settings dialog), kept outside the DB."""
    return data_dir() / "connection.json"


def _local_choices() -> dict[str, str]:
    try:
        data = json.loads(connection_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    choices = {k: v for k, v in data.items() if isinstance(v, str)}
    url = choices.get("database_url", "")
    bare, password = credentials.split_password(url)
    if password is not None:
        # Written by an older version, password and all: move it out of the file now.
        credentials.save_password(bare, password)
        choices["database_url"] = bare
        _write_choices(choices)
    return choices


def _write_choices(data: dict[str, str]) -> None:
    write_private(connection_file(), json.dumps(data, indent=1))


def _save_local_choice(key: str, value: str) -> None:
    data = _local_choices()
    data[key] = value
    _write_choices(data)


def saved_database_url() -> str:
    return _local_choices().get("database_url", "")


def save_database_url(url: str) -> bool:
    """Remember this PC's database. A password in `url` goes to the credential store, never
    into the file; returns False when it could only be kept for this run (no store)."""
    bare, password = credentials.split_password(url)
    kept = credentials.save_password(bare, password) if password is not None else True
    _save_local_choice("database_url", bare)
    return kept


def save_login(login: str) -> None:
    """Work as another staff login on this PC (e.g. a shared office account)."""
    _save_local_choice("login", login)


def current_login() -> str:
    """Who the program runs as: KLUPPLUZ_DESK_USER, this PC's saved choice, or the OS login.
    Services show the staff member whose `login` matches, else the login itself."""
    return os.environ.get(ENV_USER) or _local_choices().get("login") or getpass.getuser()


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--db` wins, then the environment variable, then this PC's saved choice, then the
    SQLite file in the data folder. A plain file path is turned into an SQLite URL.
    """
    value = cli_value or os.environ.get(ENV_DB) or saved_database_url()
    credentials.remember_url_secret(value)  # from here on, the log never shows it
    if not value:
        return f"sqlite:///{default_database_path()}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def saved_backup_folder() -> str:
    return _local_choices().get("backup_folder", "")


def save_backup_folder(folder: str) -> None:
    """This PC's backup folder (a network share is the usual choice); "" = the default."""
    _save_local_choice("backup_folder", folder)


def backup_folder_for(url: str) -> Path:
    """Where backups of `url` go: this PC's setting, else `backups` beside the SQLite file,
    else `backups` in the data folder (a server database)."""
    chosen = saved_backup_folder()
    if chosen:
        return Path(chosen).expanduser()
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # not a URL: the caller reports that when it opens it
        return data_dir() / "backups"
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return Path(str(parsed.database)).expanduser().resolve().parent / "backups"
    return data_dir() / "backups"
