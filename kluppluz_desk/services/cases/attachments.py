"""Attachments of a case: the original e-mail or a scanned letter, stored with the case
(size-limited), read back, removed. Each call is one transaction and leaves an audit entry."""

from __future__ import annotations

import mimetypes

from sqlalchemy import select

from ...domain.errors import NotFoundError, ValidationError
from ...domain.values import check_id, check_text
from ...store.models import Attachment
from ..database import Database
from ..dto import CaseDetail
from ..identity import actor
from .recording import finish as _finish
from .recording import log_change as _log
from .view import load_case

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def add_attachment(
    db: Database, *, case_id: int, filename: str, data: bytes, mime_type: str | None = None
) -> CaseDetail:
    """Store an original e-mail or scanned letter with the case (size-limited)."""
    filename = check_text(filename, "De bestandsnaam", field="filename", limit=1000, strip=True)
    if not isinstance(data, bytes):
        raise ValidationError("De bijlage is geen bestand.", field="attachment")
    if mime_type is not None:
        mime_type = check_text(mime_type, "Het bestandstype", field="mime_type", limit=100)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"'{filename}' is {len(data) / 1_048_576:.1f} MB; een bijlage mag ten hoogste "
            f"{MAX_ATTACHMENT_BYTES // 1_048_576} MB zijn. Verklein het bestand of bewaar "
            "alleen de relevante pagina's.",
            field="attachment",
        )
    if not data:
        raise ValidationError(f"'{filename}' is leeg.", field="attachment")
    name = (filename or "bijlage").replace("\\", "/").rsplit("/", 1)[-1][:255]
    with db.unit() as session:
        case = load_case(session, case_id)
        who = actor(session, db.user)
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        item = Attachment(filename=name, mime_type=mime, size=len(data), data=data, added_by=who)
        case.attachments.append(item)
        session.flush()
        _log(session, case, who, "attachment", item.id, "bijlage", None, name)
        return _finish(session, case)


def attachment_data(db: Database, attachment_id: int) -> tuple[str, bytes]:
    with db.unit() as session:
        row = session.execute(
            select(Attachment.filename, Attachment.data).where(
                Attachment.id == check_id(attachment_id)
            )
        ).first()
    if row is None:
        raise NotFoundError("Deze bijlage bestaat niet (meer).")
    return row[0], row[1]


def remove_attachment(db: Database, *, attachment_id: int) -> CaseDetail:
    with db.unit() as session:
        item = session.get(Attachment, check_id(attachment_id))
        if item is None:
            raise NotFoundError("Deze bijlage bestaat niet (meer).")
        case = load_case(session, item.case_id)
        who = actor(session, db.user)
        _log(session, case, who, "attachment", item.id, "bijlage", item.filename, None)
        case.attachments.remove(item)
        return _finish(session, case)
