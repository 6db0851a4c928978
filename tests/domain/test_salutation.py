"""Dutch salutations: mevrouw/heer with the surname and its capitalised prefix, the neutral
full name when the form of address is unknown, and the informal "Beste <voornaam>"."""

from __future__ import annotations

import pytest

from kluppluz_desk.domain.enums import FormOfAddress
from kluppluz_desk.domain.salutation import SalutationStyle, salutation, split_name

MRS, MR = FormOfAddress.MRS, FormOfAddress.MR
INFORMAL = SalutationStyle.INFORMAL


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Sanne de Vries", MRS, "Geachte mevrouw De Vries"),
        ("Piet Jansen", MR, "Geachte heer Jansen"),
        ("Karel van der Berg", MR, "Geachte heer Van der Berg"),
        ("Jan Peter van 't Hof", MR, "Geachte heer Van 't Hof"),
        ("S. de Vries-Bakker", MRS, "Geachte mevrouw De Vries-Bakker"),
        ("Ëlla Brouwer-Çelik", MRS, "Geachte mevrouw Brouwer-Çelik"),
        ("Sanne de Vries", None, "Geachte Sanne de Vries"),  # unknown form: neutral
        ("Mevrouw Jansen", None, "Geachte mevrouw Jansen"),  # a typed title counts
        ("de heer K. van Dam", None, "Geachte heer Van Dam"),
        ("", None, "Geachte heer, mevrouw"),
        ("", MRS, "Geachte mevrouw"),
    ],
)
def test_formal_salutation(name: str, form: FormOfAddress | None, expected: str) -> None:
    assert salutation(name, form) == expected


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Sanne de Vries", MRS, "Beste Sanne"),
        ("Sanne de Vries", None, "Beste Sanne"),
        ("Mevrouw Sanne Jansen", None, "Beste Sanne"),
        # Only initials: no first name to use, so the surname with the form of address.
        ("S. de Vries", MRS, "Beste mevrouw De Vries"),
        ("P. van Leeuwen", MR, "Beste meneer Van Leeuwen"),
        ("J.P. Bakker", None, "Geachte J.P. Bakker"),
    ],
)
def test_informal_salutation(name: str, form: FormOfAddress | None, expected: str) -> None:
    assert salutation(name, form, INFORMAL) == expected


def test_split_name_finds_the_surname_prefix() -> None:
    assert split_name("Anna Maria van den Heuvel").surname == "van den Heuvel"
    assert split_name("Anna Maria van den Heuvel").given == "Anna Maria"
    assert split_name("Anna Maria Jansen").surname == "Jansen"
    assert split_name("Jansen").surname == "Jansen" and split_name("Jansen").given == ""
    assert split_name("Dhr. Jansen").form is FormOfAddress.MR
