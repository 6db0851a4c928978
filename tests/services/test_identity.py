"""Who works here is a person: the login → staff mapping, letters signed with name and
role, and the history written with names (never an OS login)."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from kluppluz_desk.domain.enums import LetterKind, StaffRole
from kluppluz_desk.domain.errors import ValidationError
from kluppluz_desk.services import cases, identity
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import render_letter_pdf
from tests.factories import Seeded, make_case, seed


def _text(pdf: bytes) -> str:
    pages = PdfReader(BytesIO(pdf)).pages
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)


def test_unknown_login_matches_nobody_and_letters_show_a_gap_not_the_login(
    db: Database, seeded: Seeded
) -> None:
    case = make_case(db, seeded)
    db.user = "root"
    assert identity.who_am_i(db) is None
    letter = render_letter_pdf(db, case.id, LetterKind.ACKNOWLEDGEMENT)
    text = _text(letter.pdf)
    assert "[ondertekenaar]" in text
    assert "root" not in text
    assert any("welke medewerker u bent" in w for w in letter.warnings)


def test_adding_myself_signs_letters_and_the_history_with_my_name(
    db: Database, seeded: Seeded
) -> None:
    case = make_case(db, seeded)
    db.user = "jan.de.vries"
    me = identity.add_me(db, name="  Jan   de Vries ", role=StaffRole.QUALITY_OFFICER)
    assert (me.name, me.login) == ("Jan de Vries", "jan.de.vries")
    assert identity.who_am_i(db) == me
    text = _text(render_letter_pdf(db, case.id, LetterKind.ACKNOWLEDGEMENT).pdf)
    assert "Jan de Vries Medewerker Kwaliteit & Veiligheid" in text
    assert "jan.de.vries" not in text
    detail = cases.update_case(
        db, case_id=case.id, version=case.version, values={"child_name": "Pim"}
    )
    assert detail.history[-1].who == "Jan de Vries"
    assert all(line.who != "jan.de.vries" for line in detail.history)


def test_claiming_a_staff_member_with_a_unicode_login_any_case(
    db: Database, seeded: Seeded
) -> None:
    db.user = "Özil"
    chosen = next(p for p in identity.staff_to_choose(db) if p.name == "Johan Smits")
    assert identity.claim(db, chosen.staff_id).login == "Özil"
    db.user = "özil"  # Windows logins are case-insensitive
    assert (found := identity.who_am_i(db)) is not None and found.name == "Johan Smits"
    # The login moves with the person who claims it last: one login, one person.
    other = next(p for p in identity.staff_to_choose(db) if p.name == "Marloes van Dijk")
    identity.claim(db, other.staff_id)
    logins = {p.name: p.login for p in identity.staff_to_choose(db)}
    assert logins["Marloes van Dijk"] == "özil"
    assert logins["Johan Smits"] == ""


def test_adding_myself_needs_a_name(db: Database) -> None:
    db.user = "root"
    with pytest.raises(ValidationError, match="naam"):
        identity.add_me(db, name="   ", role=StaffRole.SUPPORT)
    assert identity.staff_to_choose(db) == []
