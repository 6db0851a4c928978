"""The department's own wording of each letter kind (master data `LetterTemplate`), with
the built-in Dutch texts of `documents.letters.defaults` as fallback. A template with
mistakes is refused before it is stored, naming every problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ...documents.letters.templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    TemplateText,
    template_problems,
    validate_template,
)
from ...domain.enums import LetterKind
from ...domain.text_limits import TEMPLATE_BODY
from ...domain.values import check_text
from ...store.models import LetterTemplate
from ...store.types import utcnow
from .. import audit
from ..database import Database
from ..identity import actor
from .context import letter_kind

__all__ = [
    "PLACEHOLDERS",
    "TemplateInfo",
    "default_template",
    "get_template",
    "reset_template",
    "save_template",
    "template_in",
    "template_problems",
]


@dataclass(frozen=True)
class TemplateInfo:
    """A letter template as the editor shows it; `is_default` when K&V has not changed it."""

    kind: LetterKind
    subject: str
    body: str
    is_default: bool
    updated_at: datetime | None = None
    updated_by: str = ""


def template_in(session: Session, kind: LetterKind) -> TemplateInfo:
    row = session.get(LetterTemplate, kind)
    if row is not None:
        return TemplateInfo(kind, row.subject, row.body, False, row.updated_at, row.updated_by)
    default = DEFAULT_TEMPLATES[kind.value]
    return TemplateInfo(kind, default.subject, default.body, True)


def get_template(db: Database, kind: LetterKind | str) -> TemplateInfo:
    """The department's wording of `kind`, or the built-in default."""
    with db.unit() as session:
        return template_in(session, letter_kind(kind))


def default_template(kind: LetterKind | str) -> TemplateText:
    return DEFAULT_TEMPLATES[letter_kind(kind).value]


def save_template(db: Database, kind: LetterKind | str, subject: str, body: str) -> TemplateInfo:
    """Store K&V's own wording; a template with mistakes (an unknown or misspelled
    placeholder, a stray brace, unbalanced bold) is refused with every problem named."""
    kind = letter_kind(kind)
    subject = " ".join(check_text(subject, "Het onderwerp", field="subject", limit=200).split())
    body = check_text(body, "De brieftekst", field="body", limit=TEMPLATE_BODY)
    validate_template(subject, body)
    with db.unit() as session:
        who = actor(session, db.user)
        before = template_in(session, kind)
        if (before.subject, before.body) == (subject, body):
            return before
        row = session.get(LetterTemplate, kind)
        if row is None:
            row = LetterTemplate(kind=kind, subject=subject, body=body)
            session.add(row)
        row.subject, row.body, row.updated_at, row.updated_by = subject, body, utcnow(), who
        audit.record(
            session,
            who=who,
            entity="letter_template",
            field=kind.value,
            old=f"{before.subject}\n\n{before.body}",
            new=f"{subject}\n\n{body}",
        )
        session.flush()
        return template_in(session, kind)


def reset_template(db: Database, kind: LetterKind | str) -> TemplateInfo:
    """Go back to the built-in wording of `kind`."""
    kind = letter_kind(kind)
    with db.unit() as session:
        row = session.get(LetterTemplate, kind)
        if row is not None:
            audit.record(
                session,
                who=actor(session, db.user),
                entity="letter_template",
                field=kind.value,
                old=f"{row.subject}\n\n{row.body}",
                new="(standaardtekst)",
            )
            session.delete(row)
            session.flush()
        return template_in(session, kind)
