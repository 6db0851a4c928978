"""Plain data of a letter to a parent: letterhead, addressee, signatory, the rendered body.

Everything here is frozen and free of ReportLab, the database and Qt, so services can build a
`LetterDocument` from a case and tests can build one by hand. The body is already rendered
from a template (see `letter_templates.render_letter`): a tuple of blocks whose text is
ReportLab paragraph markup with every user value escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Letterhead:
    """The organisation as it appears at the top of every letter and dossier."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    # The place in "Eindhoven, 3 maart 2021".
    place: str = ""
    logo_png: bytes | None = None
    footer: str = ""


@dataclass(frozen=True)
class Recipient:
    """The addressee as it must show through the envelope window."""

    name: str
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signatory:
    """Who signs the letter (a K&V officer or the handler)."""

    name: str
    role: str = ""


@dataclass(frozen=True)
class ExternalBodyInfo:
    """An external body a parent may turn to (master data `ExternalBody`, as plain data).

    `code` is an `EscalationBody` value: "complaints_desk", "disputes_committee" or "akj".
    """

    code: str
    name: str
    website: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    description: str = ""


@dataclass(frozen=True)
class ParagraphBlock:
    """One paragraph; `markup` is ReportLab paragraph markup (escaped, <b> and <br/> only).
    `heading` marks a paragraph that is bold as a whole: it stays with what follows."""

    markup: str
    heading: bool = False


@dataclass(frozen=True)
class BulletBlock:
    """A bullet list; each item is ReportLab paragraph markup like `ParagraphBlock.markup`."""

    items: tuple[str, ...]


Block = ParagraphBlock | BulletBlock


@dataclass(frozen=True)
class RenderedLetter:
    """A template filled in: the subject as plain text and the body as blocks."""

    subject: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class LetterDocument:
    """Everything `build_letter_pdf` needs for one letter."""

    letterhead: Letterhead
    recipient: Recipient
    letter_date: date
    reference: str
    # Plain text; the PDF builder escapes it.
    subject: str
    body: tuple[Block, ...]
    signatory: Signatory
    # e.g. "Bijlage: kopie van uw e-mail van 1 maart 2021"; empty for none.
    attachments_note: str = ""
    closing: str = "Met vriendelijke groet,"
    keywords: tuple[str, ...] = field(default=())
