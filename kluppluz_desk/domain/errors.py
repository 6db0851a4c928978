"""Errors that carry a message a user can read (Dutch).

Two families (see docs/architecture.md): `KnownProblem` subclasses are expected and shown
as a clear message; anything else is a bug and goes to the crash dialog / log.
"""

from __future__ import annotations


class KnownProblem(Exception):
    """An expected problem with a Dutch message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DomainError(KnownProblem):
    """A procedure rule forbids this step; the message says why."""


class ValidationError(KnownProblem):
    """Input does not meet a rule; `field` names the offending field when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(KnownProblem):
    """The record asked for does not exist (any more)."""


class ConflictError(KnownProblem):
    """Someone else saved the record first; `changes` lists what they changed."""

    def __init__(self, message: str, *, changes: list[str] | None = None) -> None:
        super().__init__(message)
        self.changes = changes or []


class StorageError(KnownProblem):
    """The database cannot be used right now (locked, unreachable, full, corrupt, too new)."""


def describe_os_error(exc: OSError) -> str:
    """Dutch reason for a failed file operation (the OS gives it in English)."""
    import errno

    reasons = {
        errno.ENOENT: "het bestand of de map bestaat niet",
        errno.EACCES: "geen toegang (rechten)",
        errno.EPERM: "geen toegang (rechten)",
        errno.ENOSPC: "de schijf is vol",
        errno.EROFS: "de schijf is alleen-lezen",
        errno.EISDIR: "dit is een map, geen bestand",
        errno.ENOTDIR: "een deel van het pad is geen map",
    }
    return reasons.get(exc.errno or 0, exc.strerror or "onbekende fout")
