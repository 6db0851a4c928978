"""An e-mail draft (.eml) with the letter attached, for sending from the user's own mail
program.

`X-Unsent: 1` makes Outlook open the file as a new, unsent message the user can still edit
and send, so the program never needs mail server settings or passwords. The message is
UTF-8 (headers RFC 2047-encoded, the file name RFC 2231) with CRLF line ends, the wire
format mail programs expect in a .eml file.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import formatdate

from ...domain.errors import ValidationError


def _header(value: str) -> str:
    # A line break in a header would end it (or inject another): keep it on one line.
    return " ".join(value.split())


def build_eml(
    *,
    sender: str,
    to: str,
    subject: str,
    body_text: str,
    attachment: bytes,
    filename: str,
) -> bytes:
    """The draft message as .eml bytes; `attachment` is the letter's PDF.

    `to` may be empty: the user then fills in the addressee in the mail program.
    """
    if not filename.strip():
        raise ValidationError("De bijlage heeft geen bestandsnaam.", field="filename")
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    if sender.strip():
        message["From"] = _header(sender)
    if to.strip():
        message["To"] = _header(to)
    message["Subject"] = _header(subject)
    message["Date"] = formatdate(localtime=True)
    # Quoted-printable keeps the file 7-bit: safe for every mail program that opens it.
    message.set_content(body_text.replace("\r\n", "\n"), charset="utf-8", cte="quoted-printable")
    message.add_attachment(
        attachment, maintype="application", subtype="pdf", filename=_header(filename)
    )
    return message.as_bytes()
