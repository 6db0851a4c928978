"""The fields a register column can fill, with the Dutch headers old registers use for
them, and the vocabularies whose values are translated ("Klacht" → complaint)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ...domain.case_fields import CASE_FIELDS
from ...domain.enums import Channel, FormOfAddress, Funding, LabelledEnum, ReactionKind, Severity


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str
    kind: str  # "date", "text", "enum", "location", "category", "staff", "service", "reference"
    headers: tuple[str, ...]  # lower-case header texts that suggest this field
    max_length: int = 0


def _limit(name: str) -> int:
    return CASE_FIELDS[name].max_length


IMPORT_FIELDS: tuple[ImportField, ...] = (
    ImportField("received_on", "Datum ontvangst", "date",
                ("datum ontvangst", "datum", "ontvangen", "datum binnenkomst",
                 "binnengekomen op", "ontvangstdatum", "datum melding")),
    ImportField("location", "Locatie", "location", ("locatie", "vestiging", "kindcentrum")),
    ImportField("kind", "Soort", "enum", ("soort", "soort reactie", "type", "aard")),
    ImportField("category", "Categorie", "category", ("categorie", "onderwerp", "thema")),
    ImportField("channel", "Binnengekomen via", "enum",
                ("binnengekomen via", "via", "kanaal", "wijze van melden")),
    ImportField("severity", "Ernst", "enum", ("ernst", "ernstig")),
    # "Aanhef" or a "Dhr/Mevr" column: the form of address of the letters' salutation.
    ImportField("submitter_form_of_address", "Aanspreekvorm indiener", "enum",
                ("aanhef", "aanhef indiener", "aanhef ouder", "aanspreekvorm",
                 "dhr/mevr", "dhr./mevr.", "mevr/dhr", "mevr./dhr.", "dhr/mw", "mw/dhr",
                 "mevrouw/meneer", "meneer/mevrouw", "mevrouw/de heer", "de heer/mevrouw")),
    ImportField("submitter_name", "Naam indiener", "text",
                ("naam ouder", "naam indiener", "ouder", "indiener", "naam", "melder"),
                _limit("submitter_name")),
    ImportField("submitter_email", "E-mail indiener", "text",
                ("e-mail", "email", "e-mailadres", "mail"), _limit("submitter_email")),
    ImportField("submitter_phone", "Telefoon indiener", "text",
                ("telefoon", "telefoonnummer", "tel"), _limit("submitter_phone")),
    ImportField("child_name", "Naam kind", "text", ("naam kind", "kind"), _limit("child_name")),
    ImportField("description", "Interne omschrijving", "text",
                ("omschrijving", "klacht", "toelichting", "beschrijving", "inhoud"),
                _limit("description")),
    ImportField("public_summary", "Openbare samenvatting", "text",
                ("samenvatting", "openbare samenvatting"), _limit("public_summary")),
    ImportField("public_measure", "Openbare maatregel", "text",
                ("maatregel", "maatregelen", "genomen maatregel"), _limit("public_measure")),
    ImportField("acknowledged_on", "Ontvangst bevestigd op", "date",
                ("ontvangst bevestigd", "bevestigd", "datum bevestiging")),
    ImportField("closed_on", "Afgesloten op", "date",
                ("afgehandeld", "datum afgehandeld", "afgesloten", "datum afsluiting",
                 "afgehandeld op", "gesloten")),
    ImportField("handler", "Behandelaar", "staff",
                ("behandelaar", "behandeld door", "in behandeling bij", "medewerker k&v",
                 "contactpersoon k&v", "klachtbehandelaar")),
    ImportField("service", "Dienst", "service",
                ("dienst", "product", "opvangvorm", "soort opvang", "dienstverlening")),
    ImportField("funding", "Financiering", "enum",
                ("financiering", "bekostiging", "wettelijk kader", "wet", "financieringsvorm")),
    ImportField("old_reference", "Oud nummer", "reference",
                ("nr", "nr.", "nummer", "kenmerk", "volgnummer", "registratienummer"), 100),
)  # fmt: skip

FIELDS_BY_NAME = {f.name: f for f in IMPORT_FIELDS}

ENUMS: dict[str, type[LabelledEnum]] = {
    "kind": ReactionKind,
    "channel": Channel,
    "severity": Severity,
    "funding": Funding,
    "submitter_form_of_address": FormOfAddress,
}

# Register words that say plainly that there is no single form of address ("Fam. Jansen",
# "Dhr/Mevr"): the field stays empty (a neutral salutation), no problem on the row.
NO_VALUE: dict[str, frozenset[str]] = {
    "submitter_form_of_address": frozenset(
        {
            "fam",
            "fam.",
            "familie",
            "ouders",
            "dhr/mevr",
            "dhr./mevr.",
            "mevr/dhr",
            "mevr./dhr.",
            "heer/mevrouw",
            "-",
            "onbekend",
            "?",
        }
    ),
}

# Words registers use beside the program's own labels.
SYNONYMS: dict[str, dict[str, str]] = {
    "kind": {
        "klacht": "complaint",
        "klachten": "complaint",
        "ongenoegen": "dissatisfaction",
        "uiting van ongenoegen": "dissatisfaction",
        "verbeterpunt": "improvement",
        "verbetering": "improvement",
        "suggestie": "suggestion",
        "tip": "suggestion",
        "idee": "suggestion",
        "signaal": "signal",
        "melding": "signal",
    },
    "channel": {
        "mail": "email",
        "e-mail": "email",
        "email": "email",
        "brief": "letter",
        "post": "letter",
        "website": "website",
        "webformulier": "website",
        "formulier": "website",
        "telefoon": "phone",
        "telefonisch": "phone",
        "gesprek": "in_person",
        "persoonlijk": "in_person",
        "locatie": "location",
        "medewerker": "employee",
    },
    "severity": {"ja": "serious", "ernstig": "serious", "nee": "normal", "normaal": "normal"},
    "submitter_form_of_address": {
        "mevr": "mrs",
        "mevr.": "mrs",
        "mw": "mrs",
        "mw.": "mrs",
        "mevrouw": "mrs",
        "mrs": "mrs",
        "mrs.": "mrs",
        "ms": "mrs",
        "ms.": "mrs",
        "dhr": "mr",
        "dhr.": "mr",
        "de heer": "mr",
        "heer": "mr",
        "meneer": "mr",
        "mr": "mr",
        "mr.": "mr",
    },
    "funding": {
        "kinderopvang": "childcare",
        "wko": "childcare",
        "wet kinderopvang": "childcare",
        "jeugdhulp": "youth_care",
        "jeugdwet": "youth_care",
        "jeugd": "youth_care",
        "zorg": "wkkgz_care",
        "wkkgz": "wkkgz_care",
    },
}


def norm(value: object) -> str:
    """How two spellings are compared: trimmed, lower case, inner spaces collapsed."""
    return " ".join(str(value).split()).lower() if value is not None else ""


# Letters that are no accented letter to Unicode, so NFKD leaves them; typed without them
# on a Dutch keyboard ("Yıldız" as "Yildiz", "Søren" as "Soren").
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"})


def fold(value: object) -> str:
    """`norm` without accents, for names typed by hand: "Özil", "Ozil " and "OZIL" are one."""
    decomposed = unicodedata.normalize("NFKD", norm(value))
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().translate(_PLAIN)
    )


def guess_enum(field: str, raw: object) -> str | None:
    """The enum value a register's word stands for, or None when unknown."""
    key = fold(raw)
    if not key:
        return None
    enum = ENUMS[field]
    for member in enum:
        if key in (member.value, fold(member.label)):
            return member.value
    return SYNONYMS.get(field, {}).get(key)
