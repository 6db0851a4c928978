"""What a letter to a parent says about a case: every placeholder value, the addressee, the
signatory and the letterhead, built from the stored case and the settings.

A value the case does not (yet) hold is shown as a bracketed note such as
"[vul de voorgestelde oplossing in]" and listed in `LetterContext.warnings`, so the preview
shows at once what is missing instead of a letter with a silent gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...documents.letters.data import ExternalBodyInfo, Letterhead, Recipient, Signatory
from ...documents.letters.templates import dutch_date, next_steps_text
from ...domain.deadlines import compute_deadlines
from ...domain.enums import COMPLAINT_KINDS, ImprovementStatus, LetterKind
from ...domain.errors import ValidationError
from ...domain.judgment import judgment_text
from ...domain.salutation import SalutationStyle, salutation
from ...domain.values import check_text
from ...store.models import Case, ExternalBody
from ..cases.law_view import judgment_of
from ..clocks import case_deadlines
from ..identity import staff_for_login
from ..settings import AppSettings, Organisation, logo_in_use
from .late_terms import Wording, legal_term_sentence, measures_sentence
from .promises import CATCH_UP_DAYS, Promise, solution_promise

# The satisfaction letter asks for an answer within this many days of the letter date.
REPLY_DAYS = 14

_NUMBER_WORDS = {
    1: "één",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
}

_KIND_WORDS: dict[str, LetterKind] = {
    "ontvangstbevestiging": LetterKind.ACKNOWLEDGEMENT,
    "ontvangst": LetterKind.ACKNOWLEDGEMENT,
    "verlenging": LetterKind.EXTENSION,
    "oordeel": LetterKind.JUDGMENT,
    "afsluiting": LetterKind.JUDGMENT,
    "tevredenheid": LetterKind.SATISFACTION,
    "tevredenheidsvraag": LetterKind.SATISFACTION,
}


def letter_kind(value: str | LetterKind) -> LetterKind:
    """A letter kind from its English value, its Dutch word or its Dutch label."""
    if isinstance(value, LetterKind):
        return value
    text = check_text(value, "De soort brief", field="kind", limit=100).strip().lower()
    for kind in LetterKind:
        if text in (kind.value, kind.label.lower()):
            return kind
    if text in _KIND_WORDS:
        return _KIND_WORDS[text]
    known = ", ".join(["ontvangstbevestiging", "verlenging", "oordeel", "tevredenheid"])
    raise ValidationError(f"Onbekende soort brief '{value}'. Kies uit: {known}.", field="kind")


@dataclass(frozen=True)
class LetterContext:
    """Everything a letter needs besides its template."""

    values: dict[str, str]
    letterhead: Letterhead
    recipient: Recipient
    signatory: Signatory
    reference: str
    letter_date: date
    warnings: tuple[str, ...] = field(default=())


def letterhead_of(organisation: Organisation) -> Letterhead:
    """The organisation's letterhead from the settings (the shipped logo if none is set)."""
    return Letterhead(
        name=organisation.name,
        address_lines=tuple(
            line for line in (organisation.address, organisation.postcode_city) if line.strip()
        ),
        phone=organisation.phone,
        email=organisation.email,
        website=organisation.website,
        place=organisation.place,
        logo_png=logo_in_use(organisation),
        footer=organisation.footer,
    )


def external_bodies_in(session: Session) -> list[ExternalBodyInfo]:
    return [
        ExternalBodyInfo(
            code=b.code.value,
            name=b.name,
            website=b.website,
            email=b.email,
            phone=b.phone,
            address=b.address,
            description=b.description,
        )
        for b in session.scalars(select(ExternalBody).order_by(ExternalBody.id))
    ]


def recipient_of(case: Case) -> Recipient:
    lines = [case.submitter_address.strip()]
    postcode, city = case.submitter_postcode.strip().upper(), case.submitter_city.strip().upper()
    # PostNL: two spaces between postcode and place, the place in capitals.
    lines.append("  ".join(part for part in (postcode, city) if part))
    return Recipient(name=case.submitter_name.strip(), address_lines=tuple(x for x in lines if x))


def term_words(days: int) -> str:
    """A term as a letter says it: 42 → "zes weken", 10 → "10 dagen"."""
    if days % 7 == 0:
        weeks = days // 7
        return "één week" if weeks == 1 else f"{_NUMBER_WORDS.get(weeks, str(weeks))} weken"
    return "één dag" if days == 1 else f"{days} dagen"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _measures(case: Case) -> tuple[str, date | None, bool]:
    """The measures block (closure agreements, then open improvements as bullets), the
    latest due date of those improvements and whether any is still running."""
    parts = [case.closure_text.strip() or case.public_measure.strip()]
    running = [
        a
        for a in case.improvements
        if a.status in (ImprovementStatus.PLANNED, ImprovementStatus.IN_PROGRESS)
    ]
    if running:
        parts.append("\n".join(f"- {' '.join(a.title.split())}" for a in running))
    due = [a.due_on for a in running if a.due_on is not None]
    return "\n\n".join(p for p in parts if p), max(due) if due else None, bool(running)


def _promises(
    case: Case,
    kind: LetterKind,
    letter_date: date,
    before_extension: date,
    due: date,
    extended: bool,
) -> tuple[Promise, Promise]:
    """The solution date the letter names ("uiterlijk_oplossing") and the new date after an
    extension ("nieuwe_datum"): never a date already past when the letter goes out."""
    if kind is LetterKind.EXTENSION:
        # "Wij hadden u beloofd uiterlijk …" looks back: the old date stays as it was.
        new_date = solution_promise(due, letter_date) if extended else Promise("")
        return Promise(dutch_date(before_extension)), new_date
    settled = case.solution_proposed_on is not None or case.closed_on is not None
    if kind is LetterKind.ACKNOWLEDGEMENT and not settled:
        return solution_promise(due, letter_date), Promise(dutch_date(due))
    return Promise(dutch_date(due)), Promise(dutch_date(due))


def build_context(
    session: Session,
    case: Case,
    kind: LetterKind,
    settings: AppSettings,
    *,
    login: str,
    letter_date: date,
    bodies: list[ExternalBodyInfo] | None = None,
) -> LetterContext:
    """The placeholder values (see `documents.letters.templates.PLACEHOLDERS`) for this case."""
    warnings: list[str] = []

    def missing(marker: str, warning: str) -> str:
        warnings.append(warning)
        return f"[{marker}]"

    org = settings.organisation
    deadlines = case_deadlines(case, settings.deadlines)
    latest = case.extensions[-1] if case.extensions else None
    before_latest = compute_deadlines(
        case.received_on,
        settings.deadlines,
        pause_days=[p.days for p in case.pauses],
        extension_days=[e.days for e in case.extensions[:-1]],
        closed_on=case.closed_on,
    )
    handler = case.handler
    measures, measures_due, running = _measures(case)
    if kind is LetterKind.EXTENSION and latest is None:
        warnings.append("Er is nog geen verlenging vastgelegd bij deze klantreactie.")
    if kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION, LetterKind.JUDGMENT) and (
        handler is None
    ):
        warnings.append("Er is nog geen behandelaar gekozen.")
    name = case.submitter_name.strip()
    if not name:
        warnings.append("De naam van de indiener ontbreekt.")
    if not case.submitter_address.strip() or not case.submitter_city.strip():
        warnings.append("Het adres van de indiener is niet volledig.")
    # The reasoned judgment per complaint part when it is recorded (issue 14), else the text
    # of the proposed solution; the judgment's concrete term for the measures comes first.
    oordeel = judgment_text(judgment_of(case), None) or case.solution_text.strip()
    if case.measures_due_on is not None:
        measures_due = case.measures_due_on
    measures_term = measures_sentence(measures_due, letter_date, running=running)
    if kind is LetterKind.JUDGMENT:
        if not oordeel:
            oordeel = missing(
                "vul de voorgestelde oplossing in",
                "Het oordeel (voorgestelde oplossing) is nog niet ingevuld.",
            )
        if not measures:
            measures = missing(
                "vul de afspraken bij afsluiting in",
                "De maatregelen (afspraken bij afsluiting) ontbreken.",
            )
        if measures_due is None:
            warnings.append(
                "Geen verbeteractie met einddatum: de datum voor de maatregelen ontbreekt."
            )
        elif measures_term.warning:
            warnings.append(measures_term.warning)
    promise, new_date = _promises(case, kind, letter_date, before_latest.solution,
                                  deadlines.solution, latest is not None)  # fmt: skip
    warnings.extend(p.warning for p in (promise, new_date) if p.warning)
    legal_term = term_words(settings.deadlines.legal_days + sum(e.days for e in case.extensions))
    legal_sentence = Wording("")
    if kind is LetterKind.EXTENSION and latest is not None:
        legal_sentence = legal_term_sentence(
            promised=deadlines.solution
            if letter_date <= deadlines.solution
            else letter_date + timedelta(days=CATCH_UP_DAYS),
            extended_due=deadlines.solution,
            legal_due=deadlines.legal,
            letter_date=letter_date,
            term=legal_term,
        )
        warnings.extend([legal_sentence.warning] if legal_sentence.warning else [])
    if bodies is None:
        bodies = external_bodies_in(session)
    # The first letters name the bodies briefly (one page); the judgment describes them.
    compact = kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.EXTENSION)
    next_steps = (
        next_steps_text(case.funding.value, bodies, compact=compact)
        if case.kind in COMPLAINT_KINDS
        else ""
    )
    staff = staff_for_login(session, login)
    if staff is not None:
        signatory = Signatory(name=staff.name, role=staff.role.label)
    else:
        # Never sign with an OS login: the letter shows the gap like any missing value.
        signatory = Signatory(
            name=missing(
                "ondertekenaar",
                "Het programma weet niet welke medewerker u bent: kies dat bij het starten "
                "(of onder Extra > Stamgegevens, veld Inlognaam).",
            ),
            role=org.department,
        )
    values = {
        "organisatie": org.name,
        "indiener": name or "ouder of verzorger",
        "aanhef": salutation(
            name, case.submitter_form_of_address, SalutationStyle(org.salutation_style)
        ),
        "kind": case.child_name.strip() or "uw kind",
        "locatie": case.location.name if case.location else "",
        "dienst": case.service.name if case.service else "",
        "soort_reactie": case.kind.label.lower(),
        "referentie": case.reference,
        "datum_ontvangst": dutch_date(case.received_on),
        "datum_vandaag": dutch_date(letter_date),
        "behandelaar": handler.name if handler else "[behandelaar]",
        "behandelaar_functie": _lower_first(handler.role.label) if handler else "[functie]",
        "uiterlijk_oplossing": promise.date_text,
        "termijn_verstreken": promise.apology,
        # The legal term itself (pauses move the date, not the term).
        "wettelijke_termijn": legal_term,
        "wettelijke_termijn_zin": legal_sentence.text,
        "nieuwe_datum": new_date.date_text if latest else "[nieuwe datum]",
        "reden_verlenging": latest.reason.strip() if latest else "[reden van de verlenging]",
        "oordeel": oordeel,
        "maatregelen": measures,
        "termijn_maatregelen": measures_term.date_text
        if measures_due is not None or kind is LetterKind.JUDGMENT
        else "",
        "termijn_maatregelen_zin": measures_term.text,
        "reageren_voor": dutch_date(letter_date + timedelta(days=REPLY_DAYS)),
        "verder_na_klacht": next_steps,
        "afzender": signatory.name,
        "afzender_functie": signatory.role,
        "email_organisatie": org.email,
        "telefoon_organisatie": org.phone,
    }
    return LetterContext(
        values=values,
        letterhead=letterhead_of(org),
        recipient=recipient_of(case),
        signatory=signatory,
        reference=case.reference,
        letter_date=letter_date,
        warnings=tuple(warnings),
    )
