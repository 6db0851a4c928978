"""Fixture files written the way the real programs write them."""

from __future__ import annotations

import io
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from kluppluz_desk.bench.msg_builder import MsgAttachment, MsgSpec, build_msg


def png(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, "PNG")
    return out.getvalue()


def pdf_with_text(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for n, line in enumerate(lines):
        page.drawString(72, 760 - 16 * n, line)
    page.showPage()
    page.save()
    return out.getvalue()


def eml(
    *,
    subject: str = "Ophalen ging mis",
    sender: str = "Anna de Vries <anna.devries@example.nl>",
    sent: datetime,
    body: str | None = None,
    html: str | None = None,
    message_id: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
) -> bytes:
    """An .eml as the standard library writes it (the way Thunderbird and Outlook save)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Kwaliteit <kwaliteit@kluppluz.example>"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id or make_msgid(domain="example.nl")
    if body is not None:
        message.set_content(body)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    for name, data, mime in attachments:
        main, sub = mime.split("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message.as_bytes()


def msg(
    *,
    subject: str = "Ophalen ging mis",
    sender_name: str = "Anna de Vries",
    sender_email: str = "anna.devries@example.nl",
    sent: datetime,
    body: str | None = None,
    html: str | None = None,
    message_id: str = "<outlook-1@example.nl>",
    attachments: list[MsgAttachment] = (),  # type: ignore[assignment]
) -> bytes:
    """An Outlook .msg with transport headers, as a received message is saved."""
    headers = (
        f"From: {sender_name} <{sender_email}>\r\n"
        f"To: Kwaliteit <kwaliteit@kluppluz.example>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n\r\n"
    )
    return build_msg(
        MsgSpec(
            subject=subject,
            body=body,
            html=html,
            sender_name=sender_name,
            sender_email=sender_email,
            headers=headers,
            message_id=message_id,
            sent_at=sent,
            attachments=list(attachments),
        )
    )
