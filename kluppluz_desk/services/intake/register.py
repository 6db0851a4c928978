"""Storing a confirmed draft: the case, the original message and its attachments (with the
Message-ID), all in one transaction, so a refused attachment leaves no case behind."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.errors import ConflictError, DomainError, ValidationError
from ...domain.values import check_text
from ...store.models import Attachment, Case
from .. import audit
from ..cases import MAX_ATTACHMENT_BYTES
from ..cases.editing import register_in
from ..cases.view import to_detail
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from ..settings import load_settings_in
from .build import IntakeDraft, check_size, find_message
from .messages import IntakeFile

log = logging.getLogger(__name__)


class DuplicateMessage(DomainError):
    """The same e-mail (Message-ID) is already a case."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            f"Dit e-mailbericht is al geregistreerd als {reference}. Open die klantreactie, of "
            "bevestig dat u het bericht nogmaals wilt registreren."
        )
        self.reference = reference


def _attach(
    session: Session, case: Case, who: str, item: IntakeFile, message_id: str | None
) -> None:
    check_size(item.filename, len(item.data))
    assert len(item.data) <= MAX_ATTACHMENT_BYTES
    name = item.filename.replace("\\", "/").rsplit("/", 1)[-1][:255] or "bijlage"
    row = Attachment(
        filename=name,
        mime_type=(item.mime_type or "application/octet-stream")[:100],
        size=len(item.data),
        data=item.data,
        added_by=who,
        message_id=message_id,
    )
    case.attachments.append(row)
    session.flush()
    audit.record(
        session,
        who=who,
        entity="attachment",
        field="bijlage",
        old=None,
        new=name,
        case_id=case.id,
        entity_id=row.id,
        case_version=case.version,
    )


def _register(
    session: Session, login: str, draft: IntakeDraft, values: dict[str, Any], allow_duplicate: bool
) -> CaseDetail:
    if not allow_duplicate:
        existing = find_message(session, draft.message_id)
        if existing is not None:
            raise DuplicateMessage(existing)
    detail = register_in(session, login, values)
    case = session.get(Case, detail.id)
    assert case is not None
    who = actor(session, login)
    for number, item in enumerate(draft.files):
        # The Message-ID sits on the original message, the first file of a mail draft.
        _attach(session, case, who, item, draft.message_id if number == 0 else None)
    session.flush()
    return to_detail(session, case, load_settings_in(session))


def _check_draft(draft: Any) -> None:
    """The draft's files and Message-ID, checked with the shared value rules."""
    if not isinstance(draft, IntakeDraft) or not isinstance(draft.files, list):
        raise ValidationError("Het concept van de klantreactie is onleesbaar.")
    if not draft.files:
        raise ValidationError("Er is geen bericht of scan om te bewaren.")
    for item in draft.files:
        if not isinstance(item, IntakeFile) or not isinstance(item.data, bytes):
            raise ValidationError("Een bestand van het bericht is onleesbaar.", field="files")
        check_text(item.filename, "De bestandsnaam", field="files", limit=10_000, required=True)
        check_text(item.mime_type, "Het bestandstype", field="files", limit=10_000)
    if draft.message_id is not None:
        check_text(draft.message_id, "De Message-ID", field="message_id", limit=10_000)


def register_intake(
    db: Database, *, draft: IntakeDraft, values: dict[str, Any], allow_duplicate: bool = False
) -> CaseDetail:
    """Register the draft's case with `values` (the fields as confirmed) and keep its files.

    Raises DuplicateMessage when the Message-ID is already a case (unless allowed)."""
    _check_draft(draft)
    for attempt in range(3):
        try:
            with db.unit() as session:
                return _register(session, db.user, draft, values, allow_duplicate)
        except (ConflictError, DomainError):
            raise
        except Exception as exc:  # a parallel registration took our number: try again
            if attempt == 2 or not isinstance(exc.__cause__, IntegrityError):
                raise
            log.info("reference taken by a parallel registration; retrying")
    raise AssertionError("unreachable")
