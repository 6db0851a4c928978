"""The privacy guard says whose name it found: a staff member's first name is not labelled
"naam indiener" with the advice to write "ouder"."""

from __future__ import annotations

from kluppluz_desk.domain.privacy import KnownPersonalData, PublicText, scan_public_texts

KNOWN = KnownPersonalData(
    submitter_names=("Sanne Bakker", "Willemijn Terpstra"),
    child_names=("Noor Bakker", "Fenna Terpstra"),
    staff_names=("Marloes van Dijk", "Fenna Kuijpers"),
)


def hits(text: str) -> list[tuple[str, str, str]]:
    found = scan_public_texts([PublicText("KR-2026-001", "public_summary", text)], KNOWN)
    return [(h.snippet, h.kind, h.explanation) for h in found]


def test_staff_name_is_labelled_as_staff_with_fitting_advice() -> None:
    [(snippet, kind, advice)] = hits("Marloes heeft met de ouder gesproken.")
    assert (snippet, kind) == ("Marloes", "naam medewerker")
    assert "functie" in advice and "ouder" not in advice


def test_submitter_and_child_keep_their_own_labels() -> None:
    found = hits("Willemijn belde over haar dochter Noor.")
    assert [(s, k) for s, k, _ in found] == [
        ("Willemijn", "naam indiener"),
        ("Noor", "naam kind"),
    ]
    assert "'de ouder'" in found[0][2] and "'het kind'" in found[1][2]


def test_a_name_of_both_a_child_and_a_staff_member_names_both() -> None:
    [(snippet, kind, advice)] = hits("Fenna was er die middag bij.")
    assert (snippet, kind) == ("Fenna", "naam kind of medewerker")
    assert "een kind en van een medewerker" in advice
