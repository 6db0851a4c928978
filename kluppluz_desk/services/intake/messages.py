"""Reading an e-mail: `.eml` with the standard library (policy=default), Outlook `.msg`
with extract-msg. Both become one plain `ParsedMessage`; anything unreadable becomes a
ValidationError with a Dutch message, never a traceback."""

from __future__ import annotations

import email
import logging
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from ...domain.errors import ValidationError
from .html_text import html_to_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntakeFile:
    """A file to keep with the case: the original message, an attachment, a scan."""

    filename: str
    data: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class ParsedMessage:
    subject: str = ""
    sender_name: str = ""
    sender_email: str = ""
    sent_at: datetime | None = None  # aware; None when the message gives no date
    body: str = ""
    message_id: str | None = None
    attachments: list[IntakeFile] = field(default_factory=list)


def _address(value: str) -> tuple[str, str]:
    pairs = getaddresses([value]) if value else []
    if not pairs:
        return "", ""
    name, address = pairs[0]
    return name.strip().strip('"'), address.strip()


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _clean_id(value: object) -> str | None:
    text = str(value or "").strip()
    return text[:500] or None


def parse_eml(data: bytes) -> ParsedMessage:
    """An RFC 5322 message as saved by a mail program (or pasted as source)."""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except Exception as exc:  # the parser is lenient; this is truly garbled input
        log.info("unreadable .eml: %s", exc)
        raise ValidationError("Dit e-mailbericht kan niet worden gelezen.") from None
    assert isinstance(message, EmailMessage)
    if not any(message.get(h) for h in ("From", "Subject", "Date", "Message-ID")):
        raise ValidationError(
            "Dit bestand is geen e-mailbericht: afzender, onderwerp en datum ontbreken."
        )
    name, address = _address(str(message.get("From", "")))
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        try:
            content = body_part.get_content()
        except (LookupError, ValueError, AssertionError):  # unknown charset, broken encoding
            payload = body_part.get_payload(decode=True)
            content = payload.decode("latin-1") if isinstance(payload, bytes) else ""
        body = html_to_text(content) if body_part.get_content_type() == "text/html" else content
    files: list[IntakeFile] = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            filename = part.get_filename() or f"bijlage-{len(files) + 1}"
            files.append(IntakeFile(filename, payload, part.get_content_type()))
    return ParsedMessage(
        subject=str(message.get("Subject", "")).strip(),
        sender_name=name,
        sender_email=address,
        sent_at=_date(message.get("Date")),
        body=body.replace("\r\n", "\n").strip(),
        message_id=_clean_id(message.get("Message-ID")),
        attachments=files,
    )


def parse_msg(data: bytes) -> ParsedMessage:
    """An Outlook `.msg` (a compound file of MAPI properties)."""
    import extract_msg  # noqa: PLC0415 - heavy, only needed for .msg files

    if not data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        raise ValidationError("Dit bestand is geen Outlook-bericht (.msg).")
    try:
        msg = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds for damaged files
        log.info("unreadable .msg: %r", exc)
        raise ValidationError(
            "Dit Outlook-bericht (.msg) is beschadigd en kan niet worden gelezen."
        ) from None
    try:
        return _from_msg(msg)
    except ValidationError:
        raise
    except Exception as exc:
        log.info("damaged .msg content: %r", exc)
        raise ValidationError(
            "Dit Outlook-bericht (.msg) is beschadigd en kan niet worden gelezen."
        ) from None
    finally:
        msg.close()


def _from_msg(msg: object) -> ParsedMessage:
    if not hasattr(msg, "subject") or not hasattr(msg, "body"):
        raise ValidationError("Dit Outlook-bestand is geen e-mailbericht.")
    header = getattr(msg, "header", None)
    header_get = header.get if header is not None else (lambda _k, _d=None: None)
    sender = str(header_get("From", "") or "")
    name, address = _address(sender) if sender else ("", "")
    name = name or str(getattr(msg, "senderName", None) or _prop(msg, "0C1A") or "")
    address = address or str(_prop(msg, "0C1F") or "")
    sent_at = _date(header_get("Date")) or getattr(msg, "date", None)
    body = str(getattr(msg, "body", None) or "")
    if not body.strip():
        html = getattr(msg, "htmlBody", None)
        if html:
            body = html_to_text(
                html.decode("utf-8", "replace") if isinstance(html, bytes) else html
            )
    files = [
        IntakeFile(
            str(a.longFilename or a.shortFilename or f"bijlage-{n + 1}"),
            a.data,
            str(getattr(a, "mimetype", None) or "application/octet-stream"),
        )
        for n, a in enumerate(getattr(msg, "attachments", []))
        if isinstance(getattr(a, "data", None), bytes) and a.data
    ]
    message_id = _clean_id(header_get("Message-ID")) or _clean_id(_prop(msg, "1035"))
    return ParsedMessage(
        subject=str(getattr(msg, "subject", None) or "").strip(),
        sender_name=name.strip(),
        sender_email=address.strip(),
        sent_at=sent_at if isinstance(sent_at, datetime) else None,
        body=body.replace("\r\n", "\n").strip(),
        message_id=message_id,
        attachments=files,
    )


def _prop(msg: object, prop_id: str) -> str | None:
    getter = getattr(msg, "getStringStream", None)
    if getter is None:
        return None
    value = getter(f"__substg1.0_{prop_id}")
    return str(value) if value else None
