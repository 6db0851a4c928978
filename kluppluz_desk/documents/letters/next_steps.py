"""The "Niet tevreden?" block of a letter: where a parent can go next, by the case's
funding (Klachtenloket Kinderopvang and Geschillencommissie, AKJ, or the Wkkgz disputes
body), with contact details from the master data.

The acknowledgement names the bodies briefly (`compact`), so it fits on one page; the
judgment letter, where the next step matters most, describes each one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...domain.enums import EscalationBody, Funding
from ...domain.errors import ValidationError
from ...domain.plural import enumeration
from .data import ExternalBodyInfo


def _display_website(url: str) -> str:
    return re.sub(r"^https?://", "", url.strip()).rstrip("/")


def _body_paragraph(body: ExternalBodyInfo) -> str:
    """One body as one flowing paragraph: its name in bold, what it does, how to reach it
    (a line per item made the acknowledgement spill onto a second page)."""
    text = f"**{body.name.strip()}**"
    description = " ".join(body.description.split()).rstrip(".")
    if description:
        text += f": {description[:1].lower()}{description[1:]}."
    contact = [
        ("website", _display_website(body.website)),
        ("e-mail", body.email.strip()),
        ("telefoon", body.phone.strip()),
        ("adres", " ".join(body.address.split())),
    ]
    reach = ", ".join(f"{label} {value}" for label, value in contact if value)
    if reach:
        text += f" {reach[:1].upper()}{reach[1:]}."
    return text


def _short_reference(body: ExternalBodyInfo) -> str:
    """ "het Klachtenloket Kinderopvang (www…)": the name and one way to reach it."""
    reach = _display_website(body.website) or body.email.strip() or body.phone.strip()
    return f"{body.name.strip()} ({reach})" if reach else body.name.strip()


_CHILDCARE_INTRO = (
    "**Niet tevreden?**\n"
    "Bent u niet tevreden over de afhandeling van uw klacht, dan kunt u terecht bij een "
    "onafhankelijke instantie. Dat mag ook zonder dat u eerst onze eigen klachtenregeling "
    "doorloopt."
)
_YOUTH_CARE_INTRO = (
    "**Niet tevreden?**\n"
    "Wordt de zorg voor uw kind betaald vanuit de Jeugdwet, dan kunt u voor gratis en "
    "onafhankelijk advies en steun terecht bij het AKJ. Een vertrouwenspersoon denkt met u "
    "mee, helpt u bij een gesprek met ons of bij het indienen van een klacht."
)
_WKKGZ_INTRO = (
    "**Niet tevreden?**\n"
    "Bent u het niet eens met ons oordeel over uw klacht, dan kunt u de klacht als geschil "
    "voorleggen aan de geschilleninstantie waarbij wij zijn aangesloten (Wet kwaliteit, "
    "klachten en geschillen zorg). Voor gratis informatie en advies over de volgende stap kunt "
    "u ook terecht bij het Landelijk Meldpunt Zorg."
)
# The acknowledgement's short form; {0} lists the bodies with one way to reach each.
_COMPACT: dict[str, str] = {
    Funding.CHILDCARE.value: "Bent u niet tevreden over de afhandeling, dan kunt u terecht bij "
    "{0}, ook zonder eerst onze eigen klachtenregeling te doorlopen.",
    Funding.YOUTH_CARE.value: "Voor gratis en onafhankelijk advies en steun kunt u terecht bij "
    "{0}.",
    Funding.WKKGZ_CARE.value: "Bent u het niet eens met ons oordeel, dan kunt u de klacht als "
    "geschil voorleggen aan {0}.",
}
_BODIES_FOR: dict[str, tuple[tuple[str, ...], str]] = {
    Funding.CHILDCARE.value: (
        (EscalationBody.COMPLAINTS_DESK.value, EscalationBody.DISPUTES_COMMITTEE.value),
        _CHILDCARE_INTRO,
    ),
    Funding.YOUTH_CARE.value: ((EscalationBody.AKJ.value,), _YOUTH_CARE_INTRO),
    Funding.WKKGZ_CARE.value: ((EscalationBody.DISPUTES_COMMITTEE.value,), _WKKGZ_INTRO),
}


def next_steps_text(
    funding: str, bodies: Sequence[ExternalBodyInfo], *, compact: bool = False
) -> str:
    """The "where to go next" block (markup) for a case funded by `funding`.

    Child care ("childcare") names the Klachtenloket Kinderopvang and the Geschillencommissie;
    youth care ("youth_care") names the AKJ; care under the Wkkgz the disputes body. Contact
    details come from `bodies` (the master data); a body that is missing there raises
    `ValidationError`. `compact`: one short paragraph naming each body and its website.
    """
    if funding not in _BODIES_FOR:
        raise ValidationError(f"Onbekende financiering '{funding}'.", field="funding")
    codes, intro = _BODIES_FOR[funding]
    by_code = {str(b.code): b for b in bodies}
    missing = [EscalationBody(c).label for c in codes if c not in by_code]
    if missing:
        raise ValidationError(
            "De contactgegevens van " + " en ".join(missing) + " ontbreken in de stamgegevens "
            "(Externe instanties).",
            field="external_body",
        )
    if compact:
        names = [_short_reference(by_code[c]) for c in codes]
        return "**Niet tevreden?**\n" + _COMPACT[funding].format(enumeration(names))
    return "\n\n".join([intro, *(_body_paragraph(by_code[c]) for c in codes)])
