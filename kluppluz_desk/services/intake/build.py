"""From a file to a draft case: what kind of file it is, the fields it fills, the location
it suggests, the files to keep. Nothing is stored here; `register.py` stores the draft
once the user (or the command line) has confirmed it."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.case_fields import CASE_FIELDS
from ...domain.enums import Channel
from ...domain.errors import ValidationError
from ...domain.today import today
from ...domain.values import check_int, check_text, describe
from ...store.models import Attachment, Case, Category, Location
from ..cases import MAX_ATTACHMENT_BYTES
from ..database import Database
from ..settings import load_settings_in
from .form import apply_form, load_form_labels_in
from .messages import IntakeFile, ParsedMessage, parse_eml, parse_msg
from .scans import IMAGE_SUFFIXES, check_image, pdf_text

MAIL_SUFFIXES = {".eml", ".msg"}
SUFFIXES = MAIL_SUFFIXES | {".pdf"} | IMAGE_SUFFIXES
# A form e-mail is one with at least this many mapped lines.
FORM_MIN_LINES = 2


@dataclass(frozen=True)
class LocationGuess:
    location_id: int
    name: str
    found_as: str  # the words in the message that named it


@dataclass
class IntakeDraft:
    """A new case as the message describes it, not yet stored."""

    source: str  # file name shown to the user
    values: dict[str, Any]  # case fields (names of domain.case_fields)
    files: list[IntakeFile] = field(default_factory=list)
    location: LocationGuess | None = None
    message_id: str | None = None
    duplicate_of: str | None = None  # reference of a case with the same Message-ID
    is_form: bool = False


def base_name(filename: str) -> str:
    """The file's own name, also from a Windows path (a drop from Outlook gives one)."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1].strip()


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f}".replace(".", ",")


def check_size(filename: str, size: int) -> None:
    # the shared rules first: a name from a file dialog or a drop, a size in bytes
    filename = describe(check_text(filename, "De bestandsnaam", field="filename", limit=10_000))
    size = check_int(size, "De grootte van het bestand", field="size", low=0)
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            f"{filename} is {_mb(size)} MB; een bericht of scan mag ten hoogste "
            f"{MAX_ATTACHMENT_BYTES // 1_048_576} MB zijn, want het wordt als bijlage bij de "
            "klantreactie bewaard. Sla grote bijlagen apart op en registreer het bericht zonder."
        )
    if size == 0:
        raise ValidationError(f"{filename} is leeg.")


def kind_of_file(filename: str, data: bytes) -> str:
    """'eml', 'msg', 'pdf' or 'image' (by name, with the content deciding for e-mail)."""
    suffix = PurePath(base_name(filename)).suffix.casefold()
    if suffix == ".msg" or (suffix == ".eml" and data.startswith(bytes.fromhex("D0CF11E0"))):
        return "msg"
    if suffix == ".eml":
        return "eml"
    if suffix == ".pdf":
        return "pdf"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    raise ValidationError(
        f"'{filename}' kan niet als klantreactie worden ingelezen. Dat kan met een e-mail "
        "(.eml of .msg), een PDF of een afbeelding (.png, .jpg, .tif)."
    )


def local_date(message: ParsedMessage) -> date:
    """The day the message arrived, on this computer's clock; never in the future."""
    if message.sent_at is None:
        return today()
    return min(message.sent_at.astimezone().date(), today())


def _limit(text: str) -> str:
    limit = CASE_FIELDS["description"].max_length
    if len(text) <= limit:
        return text
    note = "\n\n[… ingekort; het volledige bericht is als bijlage bij deze klantreactie bewaard]"
    return text[: limit - len(note)].rstrip() + note


def _location_names(session: Session, organisation: str) -> list[tuple[str, int, str]]:
    """(words to look for, id, name): the full name and the name without the
    organisation's own name in front ("KluppluZ Ulvenhout" → "Ulvenhout")."""
    found: list[tuple[str, int, str]] = []
    rows = session.execute(select(Location.id, Location.name).where(Location.active)).all()
    prefix = organisation.casefold().strip()
    for location_id, name in rows:
        found.append((name, location_id, name))
        short = name.strip()
        if prefix and short.casefold().startswith(prefix + " "):
            short = short[len(prefix) :].strip()
            if len(short) >= 3:
                found.append((short, location_id, name))
    return sorted(found, key=lambda t: -len(t[0]))


def guess_location(
    session: Session, text: str, organisation: str, *, exact: bool = False
) -> LocationGuess | None:
    """The location named first in `text` (whole words, any case); None when none is."""
    best: tuple[int, LocationGuess] | None = None
    for words, location_id, name in _location_names(session, organisation):
        pattern = rf"(?<!\w){re.escape(words)}(?!\w)"
        if exact:
            pattern = rf"^\s*{re.escape(words)}\s*$"
        match = re.search(pattern, text, flags=re.IGNORECASE)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), LocationGuess(location_id, name, match.group(0).strip()))
    return None if best is None else best[1]


def find_message(session: Session, message_id: str | None) -> str | None:
    """Reference of the case that already holds this Message-ID, if any."""
    if not message_id:
        return None
    return session.scalar(
        select(Case.reference)
        .join(Attachment, Attachment.case_id == Case.id)
        .where(Attachment.message_id == message_id)
        .order_by(Case.id)
        .limit(1)
    )


def _mail_draft(session: Session, filename: str, data: bytes, kind: str) -> IntakeDraft:
    message = parse_msg(data) if kind == "msg" else parse_eml(data)
    settings = load_settings_in(session)
    categories = {
        n.casefold(): i
        for i, n in session.execute(select(Category.id, Category.name).where(Category.active))
    }
    form = apply_form(message.body, load_form_labels_in(session), {"category_id": categories})
    is_form = form.matched >= FORM_MIN_LINES
    values: dict[str, Any] = {
        "received_on": local_date(message),
        "channel": Channel.WEBSITE if is_form else Channel.EMAIL,
    }
    if message.sender_name:
        values["submitter_name"] = message.sender_name[: CASE_FIELDS["submitter_name"].max_length]
    if (
        message.sender_email
        and len(message.sender_email) <= CASE_FIELDS["submitter_email"].max_length
    ):
        values["submitter_email"] = message.sender_email
    values.update(form.values)
    body = form.remaining if is_form else message.body
    organisation = settings.organisation.name
    location = None
    if is_form and form.location_name:
        location = guess_location(session, form.location_name, organisation, exact=True)
        if location is None:
            body = f"Locatie: {form.location_name}\n{body}"
    if location is None:
        location = guess_location(session, f"{message.subject}\n{message.body}", organisation)
    description = f"{message.subject}\n\n{body}".strip() if message.subject else body
    values["description"] = _limit(description)
    original = IntakeFile(
        base_name(filename) or f"bericht.{kind}",
        data,
        "application/vnd.ms-outlook" if kind == "msg" else "message/rfc822",
    )
    return IntakeDraft(
        source=base_name(filename),
        values=values,
        files=[original, *message.attachments],
        location=location,
        message_id=message.message_id,
        duplicate_of=find_message(session, message.message_id),
        is_form=is_form,
    )


def _scan_draft(session: Session, filename: str, data: bytes, kind: str) -> IntakeDraft:
    name = base_name(filename)
    if kind == "pdf":
        text, mime = pdf_text(data, name), "application/pdf"
    else:
        text, mime = "", check_image(data, name)
    values: dict[str, Any] = {"received_on": today(), "channel": Channel.LETTER}
    if text:
        values["description"] = _limit(text)
    settings = load_settings_in(session)
    return IntakeDraft(
        source=name,
        values=values,
        files=[IntakeFile(name, data, mime or mimetypes.guess_type(name)[0] or "")],
        location=guess_location(session, text, settings.organisation.name) if text else None,
    )


def read_intake(db: Database, *, filename: str, data: bytes) -> IntakeDraft:
    """A draft case from an e-mail, form e-mail, scanned PDF or image (nothing stored)."""
    if not isinstance(data, bytes):
        raise ValidationError("Het bestand is onleesbaar (geen bytes).", field="data")
    filename = check_text(filename, "De bestandsnaam", field="filename", limit=10_000,
                          required=True)  # fmt: skip
    check_size(filename, len(data))
    kind = kind_of_file(filename, data)
    with db.unit() as session:
        if kind in ("eml", "msg"):
            draft = _mail_draft(session, filename, data, kind)
        else:
            draft = _scan_draft(session, filename, data, kind)
    for item in draft.files[1:]:
        check_size(item.filename, len(item.data))
    return draft
