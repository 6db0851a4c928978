"""Letters to parents, rendered: a letter of a case as PDF (a preview, nothing recorded),
a not yet saved template filled in for the template editor, and an e-mail draft with the
letter attached. Recording a letter as sent is in `sending`; the placeholder values come
from `context`, the templates from `templates`, the case dossier from `dossier`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from email.utils import formataddr

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.letters.data import LetterDocument
from ...documents.letters.eml import build_eml
from ...documents.letters.pdf import build_letter_pdf
from ...documents.letters.templates import (
    plain_text,
    render_letter,
)
from ...domain.enums import LetterKind
from ...domain.errors import DomainError
from ...domain.text_limits import TEMPLATE_BODY
from ...domain.today import today
from ...domain.values import check_text, optional_date
from ...store.models import Case
from .. import audit
from ..cases.view import load_case
from ..database import Database
from ..identity import actor
from ..settings import AppSettings, load_settings_in
from .context import LetterContext, build_context, letter_kind
from .templates import (
    TemplateInfo,
    template_in,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RenderedLetterPdf:
    """A letter ready to preview, print, save or record."""

    pdf: bytes
    subject: str
    recipient: str
    filename: str
    kind: LetterKind
    letter_date: date
    # What the case does not hold yet (shown as "[...]" in the letter).
    warnings: tuple[str, ...] = ()


# --- rendering ---------------------------------------------------------------------------


def letter_context(
    session_or_db: Session | Database,
    case_id: int,
    kind: LetterKind | str,
    *,
    letter_date: date | None = None,
    login: str | None = None,
) -> dict[str, str]:
    """Every placeholder value of a letter of `kind` for the case (see PLACEHOLDERS)."""
    if isinstance(session_or_db, Database):
        with session_or_db.unit() as session:
            return letter_context(
                session, case_id, kind, letter_date=letter_date, login=login or session_or_db.user
            )
    session = session_or_db
    ctx = build_context(
        session,
        load_case(session, case_id),
        letter_kind(kind),
        load_settings_in(session),
        login=login or "",
        letter_date=letter_date or today(),
    )
    return ctx.values


def letter_filename(reference: str, kind: LetterKind) -> str:
    word = re.sub(r"[^a-z0-9]+", "-", kind.label.lower()).strip("-")
    return f"{reference}-{word}.pdf"


@dataclass(frozen=True)
class ComposedLetter:
    """A letter filled in and laid out as a document, not yet a PDF (a batch builds many
    into one PDF)."""

    document: LetterDocument
    subject: str
    recipient: str
    filename: str
    kind: LetterKind
    letter_date: date
    warnings: tuple[str, ...] = ()

    def with_pdf(self, pdf: bytes) -> RenderedLetterPdf:
        return RenderedLetterPdf(pdf, self.subject, self.recipient, self.filename, self.kind,
                                 self.letter_date, self.warnings)  # fmt: skip


def compose_in(
    session: Session,
    case: Case,
    kind: LetterKind,
    settings: AppSettings,
    *,
    login: str,
    letter_date: date,
    template: TemplateInfo | None = None,
    context: LetterContext | None = None,
) -> ComposedLetter:
    template = template or template_in(session, kind)
    if case.confidential:  # a letter carries the case out of the program (issue 12)
        audit.record_read(session, who=actor(session, login), case_id=case.id,
                          what=f"brief gemaakt: {kind.label}")  # fmt: skip
    ctx = context or build_context(
        session, case, kind, settings, login=login, letter_date=letter_date
    )
    rendered = render_letter(template.subject, template.body, ctx.values)
    document = LetterDocument(
        letterhead=ctx.letterhead,
        recipient=ctx.recipient,
        letter_date=letter_date,
        reference=case.reference,
        subject=rendered.subject,
        body=rendered.body,
        signatory=ctx.signatory,
        keywords=(case.reference, kind.label),
    )
    return ComposedLetter(
        document=document,
        subject=rendered.subject,
        recipient=ctx.recipient.name,
        filename=letter_filename(case.reference, kind),
        kind=kind,
        letter_date=letter_date,
        warnings=ctx.warnings,
    )


def render_in(
    session: Session,
    case: Case,
    kind: LetterKind,
    settings: AppSettings,
    *,
    login: str,
    letter_date: date,
    template: TemplateInfo | None = None,
    context: LetterContext | None = None,
) -> RenderedLetterPdf:
    composed = compose_in(session, case, kind, settings, login=login,
                          letter_date=letter_date, template=template, context=context)  # fmt: skip
    return composed.with_pdf(build_letter_pdf(composed.document))


def render_letter_pdf(
    db: Database, case_id: int, kind: LetterKind | str, *, letter_date: date | None = None
) -> RenderedLetterPdf:
    """The letter as it would be sent today (a preview: nothing is recorded)."""
    letter_date = optional_date(letter_date, "De briefdatum", field="letter_date")
    with db.unit() as session:
        return render_in(
            session,
            load_case(session, case_id),
            letter_kind(kind),
            load_settings_in(session),
            login=db.user,
            letter_date=letter_date or today(),
        )


def preview_template(
    db: Database,
    kind: LetterKind | str,
    subject: str,
    body: str,
    *,
    case_id: int | None = None,
) -> RenderedLetterPdf:
    """A not yet saved template filled in for a case (the newest case when none is
    given), for the template editor's "Voorbeeld"."""
    kind = letter_kind(kind)
    subject = check_text(subject, "Het onderwerp", field="subject", limit=200)
    body = check_text(body, "De brieftekst", field="body", limit=TEMPLATE_BODY)
    with db.unit() as session:
        if case_id is None:
            case_id = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
        if case_id is None:
            raise DomainError("Er is nog geen klantreactie om een voorbeeld mee te maken.")
        template = TemplateInfo(kind, subject, body, False)
        return render_in(session, load_case(session, case_id), kind, load_settings_in(session),
                       login=db.user, letter_date=today(), template=template)  # fmt: skip


def letter_eml(db: Database, case_id: int, kind: LetterKind | str) -> bytes:
    """An unsent e-mail (.eml, X-Unsent: 1) to the submitter with the letter attached."""
    kind = letter_kind(kind)
    with db.unit() as session:
        case = load_case(session, case_id)
        settings = load_settings_in(session)
        address = case.submitter_email.strip()
        if not address:
            raise DomainError(
                f"Bij {case.reference} is geen e-mailadres van de indiener bekend. Vul het in "
                "of verstuur de brief per post."
            )
        ctx = build_context(session, case, kind, settings, login=db.user, letter_date=today())
        letter = render_in(
            session, case, kind, settings, login=db.user, letter_date=today(), context=ctx
        )
    org = settings.organisation
    sender = f"{org.name} {org.department} <{org.email}>" if org.email.strip() else ""
    to = formataddr((letter.recipient, address))
    body = plain_text(render_letter("-", _COVER, ctx.values).body)
    return build_eml(
        sender=sender,
        to=to,
        subject=letter.subject,
        body_text=body,
        attachment=letter.pdf,
        filename=letter.filename,
    )


_COVER = """\
{{aanhef}},

In de bijlage vindt u onze brief over uw {{soort_reactie}} (ons kenmerk {{referentie}}).

Hebt u een vraag? Beantwoord dan deze e-mail of bel ons op {{telefoon_organisatie}}.

Met vriendelijke groet,
{{afzender}}
{{afzender_functie}}
{{organisatie}}
"""
