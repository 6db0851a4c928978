"""Letters to parents from real cases: text of every kind, templates, recording, reopening,
the batch of acknowledgements, the e-mail draft and the dossier."""

from __future__ import annotations

import email
from datetime import date, timedelta
from email import policy
from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.documents.letters.templates import dutch_date
from kluppluz_desk.domain.enums import CaseStatus, LetterKind
from kluppluz_desk.domain.errors import DomainError, ValidationError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import (
    acknowledgements_due,
    batch_acknowledgements,
    case_dossier_pdf,
    get_template,
    letter_eml,
    letter_kind,
    letter_pdf,
    record_letter,
    render_letter_pdf,
    reset_template,
    save_template,
    suggested_kind,
)
from kluppluz_desk.services.letters.context import salutation, term_words
from kluppluz_desk.services.letters.render import letter_context
from tests.factories import Seeded, make_case, seed


def text_of(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def full_case(db: Database, seeded: Seeded, **values: object):  # type: ignore[no-untyped-def]
    base = {
        "submitter_name": "Ëlla Brouwer-Çelik",
        "submitter_address": "Kastanjelaan 12",
        "submitter_postcode": "5611 xy",
        "submitter_city": "Eindhoven",
        "child_name": "Noë",
        "closure_text": "Wij spreken een vast moment voor de overdracht af.",
    }
    base.update(values)
    return make_case(db, seeded, **base)


def test_every_kind_from_a_real_case(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.ACKNOWLEDGE)
    case = case_records.add_extension(
        db, case_id=case.id, days=14, reason="Een collega die erbij was, is met verlof."
    )
    received = case.fields["received_on"]
    texts = {kind: text_of(render_letter_pdf(db, case.id, kind).pdf) for kind in LetterKind}
    for kind, text in texts.items():
        assert "Geachte Ëlla Brouwer-Çelik" in text, kind
        assert "5611 XY EINDHOVEN" in text, kind
        assert case.reference in text, kind
        assert dutch_date(today()) in text, kind
        # Childcare: the Klachtenloket and the Geschillencommissie, never the AKJ.
        assert "Klachtenloket Kinderopvang" in text and "AKJ" not in text, kind
        # The signatory is the current user (login kv-tester → Kees Verhoeven).
        assert "Kees Verhoeven" in text, kind
    ack = texts[LetterKind.ACKNOWLEDGEMENT]
    assert f"Op {dutch_date(received)} hebben wij uw klacht ontvangen" in ack
    assert "zorg voor Noë op locatie Venetiëstraat" in ack
    assert "Marloes van Dijk, locatieverantwoordelijke, neemt uw klacht in behandeling" in ack
    ext = texts[LetterKind.EXTENSION]
    assert "Een collega die erbij was, is met verlof." in ext
    assert dutch_date(case.deadlines.solution) in ext
    assert dutch_date(case.deadlines.solution - timedelta(days=14)) in ext
    assert "wettelijke termijn van acht weken" in ext
    judgment = texts[LetterKind.JUDGMENT]
    assert "Gesprek met ouder en extra overdracht." not in judgment  # not proposed yet
    assert "Wij spreken een vast moment voor de overdracht af." in judgment
    assert "Hoe hebt u de afhandeling" in texts[LetterKind.SATISFACTION]


def test_youth_care_names_the_akj(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, funding="youth_care", upto=Step.PROPOSE_SOLUTION)
    text = text_of(render_letter_pdf(db, case.id, "judgment").pdf)
    assert "AKJ (Advies- en Klachtenbureau Jeugdzorg)" in text
    assert "Geschillencommissie" not in text and "Klachtenloket" not in text
    assert "Gesprek met ouder en extra overdracht." in text


def test_context_values_and_warnings(db: Database, seeded: Seeded) -> None:
    case = make_case(db, seeded, submitter_name="", child_name="")
    values = letter_context(db, case.id, "ontvangstbevestiging")
    assert values["aanhef"] == "Geachte heer, mevrouw"
    assert values["kind"] == "uw kind"
    assert values["behandelaar"] == "[behandelaar]"
    assert values["wettelijke_termijn"] == "zes weken"
    rendered = render_letter_pdf(db, case.id, LetterKind.ACKNOWLEDGEMENT)
    assert any("behandelaar" in w for w in rendered.warnings)
    assert any("naam van de indiener" in w for w in rendered.warnings)


def test_salutation_and_terms() -> None:
    assert salutation("Mevrouw Jansen") == "Geachte mevrouw Jansen"
    # After "heer" the surname alone, its prefix capitalised; no initials.
    assert salutation("dhr. P. de Vries") == "Geachte heer De Vries"
    assert salutation("Sanne Bakker") == "Geachte Sanne Bakker"
    assert term_words(42) == "zes weken" and term_words(10) == "10 dagen"


def test_kind_words() -> None:
    assert letter_kind("verlenging") is LetterKind.EXTENSION
    assert letter_kind("Oordeel") is LetterKind.JUDGMENT
    assert letter_kind("satisfaction") is LetterKind.SATISFACTION
    with pytest.raises(ValidationError, match="Onbekende soort brief 'brieven'"):
        letter_kind("brieven")


def test_unknown_placeholder_is_refused_by_name(db: Database, seeded: Seeded) -> None:
    default = get_template(db, "acknowledgement")
    with pytest.raises(ValidationError) as refused:
        save_template(db, "acknowledgement", default.subject, default.body + "\n{{kindnaam}}")
    assert "{{kindnaam}}" in refused.value.message
    assert "Bedoelt u {{kind}}?" in refused.value.message
    assert get_template(db, "acknowledgement").is_default


def test_sent_letter_reopens_as_sent_after_template_change(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.ASSIGN_HANDLER)
    preview = render_letter_pdf(db, case.id, "acknowledgement")
    detail = record_letter(db, case.id, "acknowledgement", preview.pdf)
    assert detail.status is CaseStatus.ACKNOWLEDGED
    assert detail.acknowledged_on == today()
    assert [letter.kind for letter in detail.letters] == [LetterKind.ACKNOWLEDGEMENT]
    assert detail.letters[0].subject == "Ontvangstbevestiging van uw klacht"
    assert any("Brief verstuurd: Ontvangstbevestiging" in n.text for n in detail.notes)
    assert any(h.entity == "letter" for h in detail.history)

    saved = save_template(db, "acknowledgement", "Wij hebben uw {{soort_reactie}} ontvangen",
                          "{{aanhef}},\n\nNieuwe tekst over {{kind}}.")  # fmt: skip
    assert not saved.is_default
    assert "Nieuwe tekst over Noë" in text_of(render_letter_pdf(db, case.id, "acknowledgement").pdf)
    stored = letter_pdf(db, detail.letters[0].id)
    assert stored == preview.pdf
    assert "Nieuwe tekst" not in text_of(stored)
    assert reset_template(db, "acknowledgement").is_default


def test_acknowledgement_when_the_step_is_not_possible(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded)  # registered, no handler yet
    detail = record_letter(db, case.id, "acknowledgement")
    assert detail.status is CaseStatus.REGISTERED and detail.acknowledged_on is None
    assert len(detail.letters) == 1
    assert any("niet gezet" in n.text for n in detail.notes)


def test_extension_letter_sets_notified_on(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.ACKNOWLEDGE)
    case = case_records.add_extension(db, case_id=case.id, days=7, reason="Wachten op verslag.")
    assert suggested_kind(case) is LetterKind.EXTENSION
    detail = record_letter(db, case.id, "extension")
    assert detail.extensions[-1].notified_on == today()
    assert detail.status is CaseStatus.ACKNOWLEDGED


def test_judgment_letter_does_not_close(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.PROPOSE_SOLUTION)
    assert suggested_kind(case) is LetterKind.JUDGMENT
    detail = record_letter(db, case.id, "judgment")
    assert detail.status is CaseStatus.SOLUTION_PROPOSED and detail.closed_on is None
    assert suggested_kind(detail) is LetterKind.JUDGMENT


def test_batch_records_each_due_acknowledgement(db: Database, seeded: Seeded) -> None:
    due = [full_case(db, seeded, upto=Step.ASSIGN_HANDLER, submitter_name=f"Ouder {n}")
           for n in range(3)]  # fmt: skip
    make_case(db, seeded)  # no handler: not due
    full_case(db, seeded, upto=Step.ACKNOWLEDGE)  # already acknowledged
    assert acknowledgements_due(db) == [c.id for c in due]
    preview = batch_acknowledgements(db, record=False)
    assert len(PdfReader(BytesIO(preview)).pages) >= 3
    assert acknowledgements_due(db) == [c.id for c in due]
    merged = batch_acknowledgements(db, record=True)
    text = text_of(merged)
    for n, c in enumerate(due):
        assert f"Geachte Ouder {n}" in text
        detail = cases.get_case(db, c.id)
        assert detail.status is CaseStatus.ACKNOWLEDGED
        assert [x.kind for x in detail.letters] == [LetterKind.ACKNOWLEDGEMENT]
    assert acknowledgements_due(db) == []
    with pytest.raises(DomainError, match="geen ontvangstbevestigingen"):
        batch_acknowledgements(db, record=True)


def test_eml_draft(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.ASSIGN_HANDLER)
    raw = letter_eml(db, case.id, "acknowledgement")
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "sanne.bakker@example.org"
    assert message["To"].addresses[0].display_name == "Ëlla Brouwer-Çelik"
    assert message["Subject"] == "Ontvangstbevestiging van uw klacht"
    body = message.get_body(("plain",)).get_content()
    assert "Geachte Ëlla Brouwer-Çelik" in body and case.reference in body
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == f"{case.reference}-ontvangstbevestiging.pdf"
    expected = render_letter_pdf(db, case.id, "acknowledgement").pdf
    assert attachment.get_content() == expected


def test_eml_refused_without_address(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, submitter_email="")
    with pytest.raises(DomainError, match="geen e-mailadres"):
        letter_eml(db, case.id, "acknowledgement")


def test_dossier_holds_timeline_letters_and_history(db: Database, seeded: Seeded) -> None:
    case = full_case(db, seeded, upto=Step.ASSIGN_HANDLER)
    record_letter(db, case.id, "acknowledgement")
    case_records.add_note(db, case_id=case.id, text="Telefoongesprek met moeder van Noë.")
    pdf = case_dossier_pdf(db, case.id, "Op verzoek van de indiener")
    text = text_of(pdf)
    assert f"Dossier klantreactie {case.reference}" in text
    assert "Op verzoek van de indiener" in text
    assert "Telefoongesprek met moeder van Noë." in text  # timeline
    assert "Brief verstuurd: Ontvangstbevestiging" in text
    assert "Behandelaar ingevuld: Marloes van Dijk" in text  # history
    assert "Ëlla Brouwer-Çelik" in text
    # The stored letter follows as an appendix.
    assert text.count("Ontvangstbevestiging van uw klacht") >= 2
    history = cases.get_case(db, case.id).history
    assert any(h.entity == "dossier" and "Op verzoek" in h.new_value for h in history)


def test_the_judgment_letter_gives_the_reasoned_judgment_per_part_and_its_term(
    db: Database, seeded: Seeded
) -> None:
    from kluppluz_desk.domain.judgment import JudgmentPartData, Verdict

    case = make_case(db, seeded, solution_text="Een vaste overdrachtstijd.")
    detail = cases.get_case(db, case.id)
    cases.save_judgment(
        db,
        case_id=case.id,
        version=detail.version,
        parts=[
            JudgmentPartData("Overdracht bij het ophalen", Verdict.UPHELD, "Te kort gebleken."),
            JudgmentPartData("Bejegening", Verdict.REJECTED, "Niet bevestigd door collega's."),
        ],
        measures_due_on=date(2026, 12, 15),
    )
    text = " ".join(text_of(render_letter_pdf(db, case.id, "judgment").pdf).split())
    assert "1. Overdracht bij het ophalen: gegrond. Te kort gebleken." in text
    assert "2. Bejegening: ongegrond. Niet bevestigd door collega's." in text
    assert "15 december 2026" in text
