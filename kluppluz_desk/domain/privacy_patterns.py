"""Regular expressions for personal data that looks the same whoever it belongs to: e-mail
addresses, Dutch phone numbers, postcodes, BSNs (elfproef) and dates of birth.

Used by `privacy.scan_public_texts`; kept apart so the patterns can be read and tested on
their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

KIND_SUBMITTER = "naam indiener"
KIND_CHILD = "naam kind"
KIND_STAFF = "naam medewerker"
KIND_ADDRESS = "adres"
KIND_POSTCODE = "postcode"
KIND_EMAIL = "e-mailadres"
KIND_PHONE = "telefoonnummer"
KIND_BSN = "BSN"
KIND_BIRTH_DATE = "geboortedatum"

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")

# A Dutch number is 0 + nine digits (+31 / 0031 replace the 0, "(0)" may follow them);
# separators are spaces, dots, dashes and the bracket around an area code.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[ .-]*(?:\(0\)[ .-]*)?|\(?0)[1-9](?:[ .\-)]{0,3}\d){8}(?![\d])"
)

# Capitals only when spaced: "2021 is" must not read as a postcode; SA, SD and SS are
# never issued.
POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?!\w)")

BSN = re.compile(r"(?<![\w.-])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}\.\d{2}\.\d{3})(?![\w-])")

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{_MONTH_NAMES})\.?\s+(?P<ty>\d{{4}})"
    r")(?![\w-])",
    re.IGNORECASE,
)
BIRTH_CUE = re.compile(
    r"\b(?:geboren|geb\.|geboortedatum|geboortedag|d\.?o\.?b\.?)\s*(?:op|:)?\s*$", re.IGNORECASE
)
_CUE_WINDOW = 30


def national_phone_digits(text: str) -> str | None:
    """The ten-digit national form (0612345678) of a Dutch phone number, else None."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.strip().startswith("+31") or digits.startswith("0031"):
        digits = "0" + digits.removeprefix("00").removeprefix("31")
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0":
        return digits
    return None


def passes_elfproef(digits: str) -> bool:
    """The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def _dates(match: re.Match[str]) -> list[date]:
    """The calendar date(s) a date match can mean; a two-digit year may be 19xx or 20xx."""
    g = match.groupdict()
    if g["d"]:
        day, month, years = int(g["d"]), int(g["m"]), [g["y"]]
        if len(g["y"]) == 2:
            years = ["19" + g["y"], "20" + g["y"]]
    elif g["iy"]:
        day, month, years = int(g["id"]), int(g["im"]), [g["iy"]]
    else:
        day, month, years = int(g["td"]), _MONTHS[g["tm"].lower()], [g["ty"]]
    result = []
    for year in years:
        try:
            result.append(date(int(year), month, day))
        except ValueError:
            continue
    return result


def generic_matches(text: str, birth_dates: Collection[date]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every pattern hit in `text`."""
    found: list[tuple[int, int, str]] = []
    found += [(m.start(), m.end(), KIND_EMAIL) for m in EMAIL.finditer(text)]
    found += [(m.start(), m.end(), KIND_PHONE) for m in PHONE.finditer(text)]
    found += [(m.start(), m.end(), KIND_POSTCODE) for m in POSTCODE.finditer(text)]
    found += [
        (m.start(), m.end(), KIND_BSN)
        for m in BSN.finditer(text)
        if passes_elfproef(re.sub(r"\D", "", m.group()))
    ]
    for m in DATE.finditer(text):
        dates = _dates(m)
        if not dates:
            continue
        # "$" in the cue pattern anchors at endpos: the cue must end right before the date.
        cue = BIRTH_CUE.search(text, max(0, m.start() - _CUE_WINDOW), m.start())
        if cue or any(d in birth_dates for d in dates):
            found.append((cue.start() if cue else m.start(), m.end(), KIND_BIRTH_DATE))
    return found
