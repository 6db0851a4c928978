"""Fictional letters for tests, the timing script and the sample pictures in docs/letters."""

from __future__ import annotations

from datetime import date
from importlib import resources

from kluppluz_desk.documents.letters.data import (
    ExternalBodyInfo,
    LetterDocument,
    Letterhead,
    Recipient,
    Signatory,
)
from kluppluz_desk.documents.letters.templates import (
    DEFAULT_TEMPLATES,
    dutch_date,
    next_steps_text,
    render_letter,
)

KINDS = ("acknowledgement", "extension", "judgment", "satisfaction")

BODIES = [
    ExternalBodyInfo(
        code="complaints_desk",
        name="Klachtenloket Kinderopvang",
        website="https://www.klachtenloket-kinderopvang.nl/ouders/",
        description="Gratis informatie, advies en bemiddeling voor ouders bij onvrede over "
        "de kinderopvang.",
    ),
    ExternalBodyInfo(
        code="disputes_committee",
        name="De Geschillencommissie Kinderopvang",
        website="https://www.degeschillencommissie.nl/consumenten/",
        description="Onafhankelijke commissie die een bindende uitspraak doet. Een geschil "
        "kan worden aangemeld tot twaalf maanden na het indienen van de klacht.",
    ),
    ExternalBodyInfo(
        code="akj",
        name="AKJ (Advies- en Klachtenbureau Jeugdzorg)",
        website="https://www.akj.nl/",
        email="info@akj.nl",
        phone="088-5551011",
        description="Onafhankelijke vertrouwenspersonen voor ouders en jongeren bij zorg die "
        "vanuit de Jeugdwet wordt betaald.",
    ),
]


def logo() -> bytes:
    return (resources.files("kluppluz_desk.resources") / "images" / "logo.png").read_bytes()


LETTERHEAD = Letterhead(
    name="KluppluZ",
    address_lines=("Postbus 1234", "5600 AB  Eindhoven"),
    phone="040-1234567",
    email="kwaliteit@kluppluz.example",
    website="www.kluppluz.example",
    place="Eindhoven",
    logo_png=logo(),
    footer="KluppluZ · Afdeling Kwaliteit & Veiligheid · KvK 00000000",
)
RECIPIENT = Recipient(
    name="Mevrouw Ë. Brouwer-Çelik",
    address_lines=("Kastanjelaan 12", "5611 XY  EINDHOVEN"),
)
SIGNATORY = Signatory(name="Ïris van Dĳk", role="Medewerker Kwaliteit & Veiligheid")


def values(funding: str = "childcare", **overrides: str) -> dict[str, str]:
    base = {
        "organisatie": "KluppluZ",
        "indiener": "Ëlla Brouwer-Çelik",
        "aanhef": "Geachte mevrouw Brouwer-Çelik",
        "kind": "Noë",
        "locatie": "De Vlinderboom",
        "dienst": "Dagopvang",
        "soort_reactie": "klacht",
        "referentie": "KR-2021-014",
        "datum_ontvangst": dutch_date(date(2021, 3, 1)),
        "datum_vandaag": dutch_date(date(2021, 3, 3)),
        "behandelaar": "Fenna Kuĳpers",
        "behandelaar_functie": "locatieverantwoordelijke",
        "uiterlijk_oplossing": dutch_date(date(2021, 3, 22)),
        "termijn_verstreken": "",
        "wettelijke_termijn": "zes weken",
        "wettelijke_termijn_zin": "Daarmee blijven wij binnen de wettelijke termijn van zes weken.",
        "nieuwe_datum": dutch_date(date(2021, 4, 9)),
        "reden_verlenging": "Een collega die bij het voorval aanwezig was, is met verlof. "
        "Wij willen ook haar verhaal horen voordat wij een oordeel geven.",
        "oordeel": "Wij vinden uw klacht **gegrond**. De overdracht aan het einde van de dag "
        "was te kort, waardoor u niet hoorde dat Noë was gevallen.\n\n"
        "De kosten van € 12,50 voor het extra uur opvang betalen wij u terug.",
        "maatregelen": "- Bij elke overdracht vertelt de pedagogisch medewerker over "
        "bijzonderheden van de dag.\n- Een val wordt altijd dezelfde dag aan de ouder gemeld.",
        "termijn_maatregelen": dutch_date(date(2021, 5, 1)),
        "termijn_maatregelen_zin": "Deze maatregelen zijn uiterlijk **1 mei 2021** uitgevoerd.",
        "reageren_voor": dutch_date(date(2021, 6, 1)),
        "verder_na_klacht": next_steps_text(funding, BODIES),
        "afzender": SIGNATORY.name,
        "afzender_functie": SIGNATORY.role,
        "email_organisatie": "kwaliteit@kluppluz.example",
        "telefoon_organisatie": "040-1234567",
    }
    base.update(overrides)
    return base


def letter(
    letter_kind: str = "acknowledgement",
    *,
    funding: str = "childcare",
    recipient: Recipient = RECIPIENT,
    letter_date: date = date(2021, 3, 3),
    **overrides: str,
) -> LetterDocument:
    template = DEFAULT_TEMPLATES[letter_kind]
    rendered = render_letter(template.subject, template.body, values(funding, **overrides))
    return LetterDocument(
        letterhead=LETTERHEAD,
        recipient=recipient,
        letter_date=letter_date,
        reference="KR-2021-014",
        subject=rendered.subject,
        body=rendered.body,
        signatory=SIGNATORY,
    )
