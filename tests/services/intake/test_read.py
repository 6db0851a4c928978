"""Reading real files into a draft case: .eml by the standard library, .msg built as the
compound file Outlook writes, form e-mails, PDFs and images; bad input refused in Dutch."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from kluppluz_desk.bench.msg_builder import MsgAttachment
from kluppluz_desk.domain.enums import Channel, ReactionKind
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import intake
from kluppluz_desk.services.database import Database
from tests.factories import Seeded, seed
from tests.mailfiles import files

# 23:30 UTC on 2 March is already 3 March in the Netherlands: the local date counts.
LATE_EVENING = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)


@pytest.fixture
def amsterdam() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def seeded(sqlite_db: Database) -> Seeded:
    return seed(sqlite_db)


def test_eml_becomes_a_draft_field_by_field(
    sqlite_db: Database, seeded: Seeded, amsterdam: None
) -> None:
    data = files.eml(
        sent=LATE_EVENING,
        message_id="<a1@example.nl>",
        body="Beste mensen,\n\nBij KluppluZ Ulvenhout ging mijn zoon mee met een onbekende.\n",
        attachments=[("foto.png", files.png(), "image/png")],
    )
    draft = intake.read_intake(sqlite_db, filename="C:\\Mail\\klacht.eml", data=data)
    assert draft.values["received_on"] == date(2026, 3, 3)
    assert draft.values["channel"] == Channel.EMAIL
    assert draft.values["submitter_name"] == "Anna de Vries"
    assert draft.values["submitter_email"] == "anna.devries@example.nl"
    assert draft.values["description"].startswith("Ophalen ging mis\n\nBeste mensen,")
    assert "mee met een onbekende" in draft.values["description"]
    # The location is a suggestion, never a value.
    assert "location_id" not in draft.values
    assert draft.location is not None
    assert draft.location.location_id == seeded.locations["KluppluZ Ulvenhout"]
    assert draft.location.found_as == "KluppluZ Ulvenhout"
    assert draft.message_id == "<a1@example.nl>"
    assert draft.duplicate_of is None
    assert [f.filename for f in draft.files] == ["klacht.eml", "foto.png"]
    assert draft.files[0].data == data and draft.files[0].mime_type == "message/rfc822"
    assert draft.files[1].data == files.png()


def test_html_only_eml_is_readable_text(sqlite_db: Database, seeded: Seeded) -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Geachte heer,</p>"
        "<p>Op locatie <b>Arnhem Centrum</b> ging het mis:</p><ul><li>te laat</li>"
        "<li>geen overdracht</li></ul><p>Groet,<br>Piet</p></body></html>"
    )
    data = files.eml(sent=LATE_EVENING, html=html, subject="Klacht")
    draft = intake.read_intake(sqlite_db, filename="k.eml", data=data)
    text = draft.values["description"]
    assert text == (
        "Klacht\n\nGeachte heer,\n\nOp locatie Arnhem Centrum ging het mis:\n\n- te laat\n"
        "- geen overdracht\n\nGroet,\nPiet"
    )
    assert "color" not in text and "<" not in text
    assert draft.location is not None and draft.location.name == "Arnhem Centrum"


def test_msg_from_outlook_field_by_field(
    sqlite_db: Database, seeded: Seeded, amsterdam: None
) -> None:
    data = files.msg(
        sent=LATE_EVENING,
        body="Beste,\r\nOp de Venetiëstraat is de poort open blijven staan.\r\nGroet, Anna",
        attachments=[
            MsgAttachment("brief.pdf", files.pdf_with_text(["Bijlage"]), "application/pdf")
        ],
    )
    draft = intake.read_intake(sqlite_db, filename="Ophalen ging mis.msg", data=data)
    assert draft.values["received_on"] == date(2026, 3, 3)
    assert draft.values["channel"] == Channel.EMAIL
    assert draft.values["submitter_name"] == "Anna de Vries"
    assert draft.values["submitter_email"] == "anna.devries@example.nl"
    assert draft.values["description"] == (
        "Ophalen ging mis\n\nBeste,\nOp de Venetiëstraat is de poort open blijven staan.\n"
        "Groet, Anna"
    )
    assert draft.location is not None
    assert draft.location.location_id == seeded.locations["Venetiëstraat"]
    assert draft.message_id == "<outlook-1@example.nl>"
    assert [f.filename for f in draft.files] == ["Ophalen ging mis.msg", "brief.pdf"]
    assert draft.files[1].data.startswith(b"%PDF")


def test_msg_with_only_an_html_body(sqlite_db: Database, seeded: Seeded) -> None:
    data = files.msg(sent=LATE_EVENING, html="<p>Eerste&nbsp;alinea</p><p>Tweede</p>")
    draft = intake.read_intake(sqlite_db, filename="x.msg", data=data)
    assert draft.values["description"] == "Ophalen ging mis\n\nEerste alinea\n\nTweede"
    assert draft.location is None


def test_website_form_lines_fill_fields(sqlite_db: Database, seeded: Seeded) -> None:
    body = (
        "Er is een klantreactie gemeld via de website.\n\n"
        "Naam: Sanne Bakker\n"
        "E-mail: sanne@example.org\n"
        "Telefoon: 06-12345678\n"
        "Locatie: Arnhem Centrum\n"
        "Soort: Klacht\n"
        "Leeftijd kind: 3 jaar\n"
        "Toelichting: de juf was onvriendelijk bij het brengen.\n"
    )
    data = files.eml(
        sent=LATE_EVENING,
        sender="Website <noreply@kluppluz.nl>",
        body=body,
        subject="Klantreactie melden",
    )
    draft = intake.read_intake(sqlite_db, filename="form.eml", data=data)
    assert draft.is_form
    assert draft.values["channel"] == Channel.WEBSITE
    assert draft.values["submitter_name"] == "Sanne Bakker"
    assert draft.values["submitter_email"] == "sanne@example.org"
    assert draft.values["submitter_phone"] == "06-12345678"
    assert draft.values["kind"] == ReactionKind.COMPLAINT
    assert draft.location is not None and draft.location.name == "Arnhem Centrum"
    assert "location_id" not in draft.values
    # Unmapped lines stay; mapped ones are taken out.
    description = draft.values["description"]
    assert "Leeftijd kind: 3 jaar" in description
    assert "Toelichting: de juf was onvriendelijk" in description
    assert "Naam:" not in description and "06-12345678" not in description


def test_form_mapping_is_a_setting(sqlite_db: Database, seeded: Seeded) -> None:
    assert intake.load_form_labels(sqlite_db)["naam"] == "submitter_name"
    stored = intake.save_form_labels(
        sqlite_db, {"Naam ouder/verzorger": "submitter_name", "Vestiging": "location_id"}
    )
    assert stored == {"naam ouder/verzorger": "submitter_name", "vestiging": "location_id"}
    body = "Naam ouder/verzorger: Kees\nVestiging: Venetiëstraat\nNaam: blijft staan\n"
    draft = intake.read_intake(
        sqlite_db, filename="f.eml", data=files.eml(sent=LATE_EVENING, body=body)
    )
    assert draft.values["submitter_name"] == "Kees"
    assert draft.location is not None and draft.location.name == "Venetiëstraat"
    assert "Naam: blijft staan" in draft.values["description"]
    with pytest.raises(ValidationError, match="onbekend veld"):
        intake.save_form_labels(sqlite_db, {"x": "status"})


def test_unknown_form_location_stays_in_the_description(
    sqlite_db: Database, seeded: Seeded
) -> None:
    body = "Naam: Kees\nLocatie: Nergenshuizen\nSoort: Compliment\n"
    draft = intake.read_intake(
        sqlite_db, filename="f.eml", data=files.eml(sent=LATE_EVENING, body=body)
    )
    assert draft.location is None
    assert "Locatie: Nergenshuizen" in draft.values["description"]
    assert "Soort: Compliment" in draft.values["description"]
    assert "kind" not in draft.values


def test_pdf_scan_with_text_layer(sqlite_db: Database, seeded: Seeded) -> None:
    pdf = files.pdf_with_text(["Geachte mevrouw,", "Op de Venetiëstraat gaat het mis."])
    draft = intake.read_intake(sqlite_db, filename="scan.pdf", data=pdf)
    assert draft.values["channel"] == Channel.LETTER
    assert "Geachte mevrouw," in draft.values["description"]
    assert draft.location is not None and draft.location.name == "Venetiëstraat"
    assert draft.files[0].data == pdf and draft.files[0].mime_type == "application/pdf"
    assert draft.message_id is None


def test_image_scan(sqlite_db: Database, seeded: Seeded) -> None:
    draft = intake.read_intake(sqlite_db, filename="brief.jpg", data=files.png())
    assert draft.values["channel"] == Channel.LETTER
    assert "description" not in draft.values
    assert draft.files[0].mime_type == "image/png"


def test_long_body_is_cut_to_the_description_limit(sqlite_db: Database, seeded: Seeded) -> None:
    from kluppluz_desk.domain.case_fields import CASE_FIELDS

    limit = CASE_FIELDS["description"].max_length
    data = files.eml(sent=LATE_EVENING, body="bla " * (limit // 2))
    draft = intake.read_intake(sqlite_db, filename="lang.eml", data=data)
    assert limit - 5 <= len(draft.values["description"]) <= limit
    assert draft.values["description"].endswith("als bijlage bij deze klantreactie bewaard]")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("kapot.msg", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600, "beschadigd"),
        ("kapot.msg", b"dit is geen outlookbericht", "geen Outlook-bericht"),
        ("nep.pdf", b"<html>dit is geen pdf</html>", "geen PDF-bestand"),
        ("kapot.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, "beschadigde PDF"),
        ("foto.png", b"\x89PNG\r\n\x1a\nniet echt", "geen leesbare afbeelding"),
        ("notitie.txt", b"hallo", "kan niet als klantreactie"),
        ("leeg.eml", b"", "is leeg"),
        ("geen.eml", b"zomaar wat tekst\nzonder kopregels", "geen e-mailbericht"),
    ],
)
def test_bad_input_is_refused_in_dutch(
    sqlite_db: Database, seeded: Seeded, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        intake.read_intake(sqlite_db, filename=name, data=data)


def test_an_e_mail_of_30_mb_is_refused(sqlite_db: Database, seeded: Seeded) -> None:
    big = os.urandom(30 * 1024 * 1024)
    data = files.eml(
        sent=LATE_EVENING,
        body="zie bijlage",
        attachments=[("film.bin", big, "application/octet-stream")],
    )
    with pytest.raises(
        ValidationError, match=r"is 4\d,\d MB; een bericht of scan mag ten hoogste 20 MB"
    ):
        intake.read_intake(sqlite_db, filename="groot.eml", data=data)
