"""How a Dutch letter addresses its reader: "Geachte mevrouw De Vries", "Geachte heer
Van der Berg", "Beste Sanne", or the neutral "Geachte Sanne de Vries" when the form of
address is not known.

Dutch surnames keep their prefix ("tussenvoegsel"): "Sanne de Vries" has the surname
"de Vries". Written after mevrouw/heer, without the first name, the prefix takes a capital:
"mevrouw De Vries", "heer Van der Berg" (Taalunie, "Hoofdletters in Nederlandse
achternamen").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .enums import FormOfAddress


class SalutationStyle(StrEnum):
    """The department's choice for letters to parents (a setting)."""

    FORMAL = "formal"  # "Geachte mevrouw De Vries"
    INFORMAL = "informal"  # "Beste Sanne"


# Words that start a Dutch surname ("tussenvoegsels"), lower case as written after a
# first name. "van der", "van den", "in 't" and the like are sequences of these.
SURNAME_PREFIXES = frozenset(
    {"van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "d'", "la", "le",
     "du", "des", "von", "vander", "uit", "aan", "bij", "onder", "over", "voor"}
)  # fmt: skip
_TITLES: dict[str, FormOfAddress] = {
    "mevrouw": FormOfAddress.MRS,
    "mevr": FormOfAddress.MRS,
    "mw": FormOfAddress.MRS,
    "heer": FormOfAddress.MR,
    "dhr": FormOfAddress.MR,
    "meneer": FormOfAddress.MR,
}


@dataclass(frozen=True)
class PersonName:
    """A name as typed, taken apart: the form of address a typed title gave, the first
    name(s) or initials, and the surname with its prefix."""

    given: str
    surname: str
    form: FormOfAddress | None = None

    @property
    def first_name(self) -> str:
        """The first given name, unless it is only an initial ("J." or "J.P.")."""
        first = self.given.split()[0] if self.given.split() else ""
        if not first or "." in first or len(first) == 1:
            return ""
        return first


def _strip_title(words: list[str]) -> tuple[list[str], FormOfAddress | None]:
    if len(words) > 2 and words[0].lower() == "de" and words[1].lower() == "heer":
        return words[2:], FormOfAddress.MR
    title = words[0].lower().rstrip(".") if words else ""
    if title in _TITLES and len(words) > 1:
        return words[1:], _TITLES[title]
    return words, None


def form_of_address_from_text(text: str) -> FormOfAddress | None:
    """ "Mevr.", "mevrouw", "MW", "Dhr.", "de heer", "Heer" → the form; anything else (also
    "Dhr/Mevr" or "Fam.") → None, so a caller can keep the word where a person sees it."""
    words = text.casefold().replace(".", " ").split()
    if words == ["de", "heer"]:
        return FormOfAddress.MR
    return _TITLES.get(words[0]) if len(words) == 1 else None


def split_name(name: str) -> PersonName:
    """ "Sanne de Vries" → given "Sanne", surname "de Vries"; "Mevrouw Jansen" → the form
    MRS and surname "Jansen"; a single word is a surname."""
    words, form = _strip_title(name.split())
    if not words:
        return PersonName("", "", form)
    if len(words) == 1:
        return PersonName("", words[0], form)
    # The surname starts at the first prefix after the given names, else it is the last word.
    start = len(words) - 1
    for index in range(1, len(words) - 1):
        if words[index].lower() in SURNAME_PREFIXES:
            start = index
            break
    return PersonName(" ".join(words[:start]), " ".join(words[start:]), form)


def surname_after_title(surname: str) -> str:
    """The surname as written after "mevrouw" or "heer": its first letter a capital
    ("de Vries" → "De Vries", "van der Berg" → "Van der Berg", "d'Ancona" → "D'Ancona")."""
    return surname[:1].upper() + surname[1:]


def salutation(
    name: str,
    form: FormOfAddress | None = None,
    style: SalutationStyle = SalutationStyle.FORMAL,
) -> str:
    """The salutation without its comma.

    `form` is the form of address recorded with the submitter; a title typed in the name
    ("Mevrouw Jansen", "Dhr. Jansen") counts when none is recorded. Informal letters use the
    first name ("Beste Sanne"); with only initials known they address the person formally.
    """
    person = split_name(name)
    form = form or person.form
    if style is SalutationStyle.INFORMAL and person.first_name:
        return f"Beste {person.first_name}"
    opening = "Beste" if style is SalutationStyle.INFORMAL else "Geachte"
    if not person.surname:
        if form is FormOfAddress.MRS:
            return f"{opening} mevrouw"
        if form is FormOfAddress.MR:
            return f"{opening} heer" if opening == "Geachte" else "Beste meneer"
        return "Geachte heer, mevrouw"
    if form is FormOfAddress.MRS:
        return f"{opening} mevrouw {surname_after_title(person.surname)}"
    if form is FormOfAddress.MR:
        title = "heer" if opening == "Geachte" else "meneer"
        return f"{opening} {title} {surname_after_title(person.surname)}"
    # Unknown form: the whole name as typed (the usual neutral form), without a typed title.
    return f"Geachte {' '.join(p for p in (person.given, person.surname) if p)}"
