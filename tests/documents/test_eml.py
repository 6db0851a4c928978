"""The .eml draft, parsed back the way a mail program reads it."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from kluppluz_desk.documents.letters.eml import build_eml
from kluppluz_desk.documents.letters.pdf import build_letter_pdf
from kluppluz_desk.domain.errors import ValidationError

from .letter_samples import letter


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_draft_carries_addressee_subject_body_and_the_exact_pdf() -> None:
    pdf = build_letter_pdf(letter("judgment"))
    raw = build_eml(
        sender="Kwaliteit & Veiligheid <kwaliteit@kluppluz.example>",
        to="Ëlla Brouwer-Çelik <ella@voorbeeld.example>",
        subject="Ons oordeel over uw klacht – kenmerk KR-2021-014",
        body_text="Geachte mevrouw Brouwer-Çelik,\n\nIn de bijlage vindt u onze brief (€ 0).",
        attachment=pdf,
        filename="Oordeel Noë KR-2021-014.pdf",
    )
    message = parse(raw)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "ella@voorbeeld.example"
    assert message["To"].addresses[0].display_name == "Ëlla Brouwer-Çelik"
    assert message["From"].addresses[0].addr_spec == "kwaliteit@kluppluz.example"
    assert message["Subject"] == "Ons oordeel over uw klacht – kenmerk KR-2021-014"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "€ 0" in body.get_content() and "Brouwer-Çelik" in body.get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Oordeel Noë KR-2021-014.pdf"
    assert attachment.get_content() == pdf
    assert b"\r\n" in raw and raw.isascii()  # wire format: CRLF, everything encoded


def test_header_injection_is_flattened_and_empty_to_is_left_out() -> None:
    raw = build_eml(sender="a@b.example", to="", subject="Regel 1\nBcc: x@y.example",
                    body_text="x", attachment=b"%PDF-1.4", filename="brief.pdf")  # fmt: skip
    message = parse(raw)
    assert message["To"] is None
    assert message["Bcc"] is None
    assert message["Subject"] == "Regel 1 Bcc: x@y.example"


def test_missing_filename_is_refused() -> None:
    with pytest.raises(ValidationError):
        build_eml(sender="", to="", subject="", body_text="", attachment=b"", filename=" ")
