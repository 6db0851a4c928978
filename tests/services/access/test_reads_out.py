"""A letter, a dossier or an export that carries a confidential case out of the program
writes a read entry in that case's history (who, what, when), as opening it does; an
ordinary case gets none, and an export only marks the confidential cases it held."""

from __future__ import annotations

from pathlib import Path

from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.services import cases, letters
from kluppluz_desk.services.cases import CaseFilter
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.spreadsheet_export import export_case_list
from kluppluz_desk.services.transfer import export_json
from tests.services.access.world import act_as, build_world

PREFIX = "Vertrouwelijke zaak ingezien ("


def _reads(db: Database, case_id: int) -> list[tuple[str, str]]:
    """(who, what) of the case's read entries, read as K&V."""
    act_as(db, "kv-tester")
    history = cases.get_case(db, case_id).history
    return [(h.who, h.text[len(PREFIX) : -1]) for h in history if h.text.startswith(PREFIX)]


def test_a_letter_and_a_dossier_are_recorded(db: Database) -> None:
    world = build_world(db)
    act_as(db, "kv-tester")
    letters.render_letter_pdf(db, world.secret, LetterKind.ACKNOWLEDGEMENT)
    letters.case_dossier_pdf(db, world.secret, "Op verzoek van de indiener")
    letters.render_letter_pdf(db, world.own, LetterKind.ACKNOWLEDGEMENT)
    letters.case_dossier_pdf(db, world.own, "")
    whats = [what for who, what in _reads(db, world.secret) if "Kees Verhoeven" in who]
    assert "dossier gemaakt" in whats
    assert "brief gemaakt: " + LetterKind.ACKNOWLEDGEMENT.label in whats
    assert _reads(db, world.own) == []


def test_exports_mark_only_the_confidential_cases_they_held(db: Database, tmp_path: Path) -> None:
    world = build_world(db)
    act_as(db, "mvandijk")  # sees secret_named (named on it), not secret
    assert export_case_list(db, tmp_path / "lijst.csv", CaseFilter()) >= 2
    act_as(db, "kv-tester")
    export_json(db, tmp_path / "alles.json")
    named = _reads(db, world.secret_named)
    assert any("Marloes van Dijk" in w and what == "geëxporteerd (Excel/CSV)"
               for w, what in named)  # fmt: skip
    assert any("Kees Verhoeven" in w and what == "geëxporteerd (JSON)" for w, what in named)
    secret = [(w, what) for w, what in _reads(db, world.secret) if what.startswith("geëxp")]
    assert [what for _w, what in secret] == ["geëxporteerd (JSON)"]  # not in Marloes's list
    assert _reads(db, world.own) == []
    assert _reads(db, world.other) == []
