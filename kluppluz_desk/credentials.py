"""Database passwords: kept in the OS credential store, never in a file or a log line.

A PostgreSQL address is saved for this PC without its password (`paths.save_database_url`);
the password goes to the OS credential store through `keyring` (Windows Credential Manager,
macOS Keychain, the Secret Service of a Linux desktop). A PC without such a store (a Linux
machine without a desktop keyring) keeps the password in memory for this run only and the
program asks for it at the next start: a plain-text fallback (keyrings.alt) is refused.

Every password the program meets is remembered here, so `redact` can blank it out of any
text (the log formatter runs every line through it, tracebacks included).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote, quote_plus

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "KluppluZ Desk"
HIDDEN = "***"
# Shorter strings would blank out ordinary words in the log; such a password protects nothing.
_MIN_REDACT = 3
_PASSWORD_IN_TEXT = re.compile(r"(://[^:/@\s]*:)\S*(@)")

_session: dict[str, str] = {}  # typed this run, when there is no credential store
_known: set[str] = set()


def remember_secret(secret: str | None) -> None:
    """From now on `redact` hides `secret` (and its URL-encoded forms)."""
    if secret and len(secret) >= _MIN_REDACT:
        _known.update({secret, quote(secret, safe=""), quote_plus(secret)})


def redact(text: str) -> str:
    """`text` with every known password and any `user:password@` in a URL hidden."""
    for secret in sorted(_known, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    return _PASSWORD_IN_TEXT.sub(rf"\1{HIDDEN}\2", text)


def _parse(url: str) -> URL | None:
    try:
        return make_url(url)
    except Exception:  # not an address at all (ArgumentError, ValueError): nothing to find
        return None


def remember_url_secret(url: str | None) -> None:
    """Note the password inside `url` (if any) so it never reaches the log."""
    parsed = _parse(url) if url else None
    if parsed is not None and parsed.password is not None:
        remember_secret(str(parsed.password))


def hide_password(url: str) -> str:
    """The address to show or log: the password (if any) replaced by ***."""
    parsed = _parse(url)
    if parsed is None:
        return redact(url)
    return redact(parsed.render_as_string(hide_password=True))


def split_password(url: str) -> tuple[str, str | None]:
    """`url` without its password, and the password (None when it has none)."""
    parsed = _parse(url)
    if parsed is None or parsed.password is None:
        return url, None
    password = str(parsed.password)
    remember_secret(password)
    # `URL.set(password=None)` means "leave unchanged"; `_replace` really removes it.
    return parsed._replace(password=None).render_as_string(hide_password=False), password


def credential_key(url: str) -> str | None:
    """The name the password is filed under: user@host:port/database (None when the
    address is not a PostgreSQL address with a user name)."""
    parsed = _parse(url)
    if parsed is None or parsed.get_backend_name() != "postgresql" or not parsed.username:
        return None
    host: object = parsed.host or parsed.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    return f"{parsed.username}@{host}:{parsed.port or ''}/{parsed.database or ''}"


def store_available() -> bool:
    """Whether this PC has a credential store that keeps secrets safely."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation is the same as none
        log.warning("credential store unavailable", exc_info=True)
        return False
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    # keyrings.alt keeps secrets in a plain or weakly protected file: not good enough.
    return not type(backend).__module__.startswith("keyrings.alt")


def save_password(url: str, password: str) -> bool:
    """Keep the password for `url`: True when it is in the credential store, False when it
    is only kept for this run (no store on this PC)."""
    key = credential_key(url)
    remember_secret(password)
    if key is None:
        return False
    _session[key] = password
    if not store_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, key, password)
    except Exception as exc:  # KeyringError, a locked store, a D-Bus failure
        log.warning("could not save the password for %s: %s", key, type(exc).__name__)
        return False
    return True


def forget_password(url: str) -> None:
    """Drop a password that turned out to be wrong."""
    key = credential_key(url)
    if key is None:
        return
    _session.pop(key, None)
    if store_available():
        try:
            import keyring

            keyring.delete_password(SERVICE, key)
        except Exception as exc:  # nothing stored, or the store refused
            log.info("no stored password removed for %s: %s", key, type(exc).__name__)


def stored_password(url: str) -> str | None:
    """The password kept for `url` (this run's, else the credential store's), or None."""
    key = credential_key(url)
    if key is None:
        return None
    password = _session.get(key)
    if password is None and store_available():
        try:
            import keyring

            password = keyring.get_password(SERVICE, key)
        except Exception as exc:
            log.warning("could not read the password for %s: %s", key, type(exc).__name__)
    remember_secret(password)
    return password


def needs_password(url: str) -> bool:
    """A PostgreSQL address with a user but no password given or kept for it."""
    parsed = _parse(url)
    if parsed is None or credential_key(url) is None or parsed.password is not None:
        return False
    return stored_password(url) is None


def with_password(url: str) -> str:
    """The address to connect with: the kept password added when `url` has none."""
    parsed = _parse(url)
    if parsed is None or parsed.password is not None:
        remember_url_secret(url)
        return url
    password = stored_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
