"""Website form e-mails: "Naam: …", "Locatie: …", "Soort: …" lines mapped to case fields.

The mapping (label → field) is a department setting with Dutch defaults, kept in the
`setting` table under its own key. A line whose label maps and whose value fits is taken
out of the description; everything else stays in it, so nothing the parent wrote is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ...domain.case_fields import CASE_FIELDS
from ...domain.enums import ReactionKind
from ...domain.errors import ValidationError
from ...domain.salutation import form_of_address_from_text
from ...domain.values import check_text, describe
from ...store.models import Setting
from ..database import Database

SETTING_KEY = "intake_form_labels"

# Fields a form line may fill; the location is only ever suggested (see build.py).
FORM_TARGETS: tuple[str, ...] = (
    "submitter_name",
    "submitter_form_of_address",
    "submitter_email",
    "submitter_phone",
    "submitter_address",
    "submitter_postcode",
    "submitter_city",
    "child_name",
    "kind",
    "location_id",
    "category_id",
)

DEFAULT_FORM_LABELS: dict[str, str] = {
    "naam": "submitter_name",
    "naam ouder": "submitter_name",
    "uw naam": "submitter_name",
    "aanhef": "submitter_form_of_address",
    "aanspreekvorm": "submitter_form_of_address",
    "dhr/mevr": "submitter_form_of_address",
    "mevrouw/meneer": "submitter_form_of_address",
    "e-mail": "submitter_email",
    "e-mailadres": "submitter_email",
    "email": "submitter_email",
    "telefoon": "submitter_phone",
    "telefoonnummer": "submitter_phone",
    "adres": "submitter_address",
    "postcode": "submitter_postcode",
    "woonplaats": "submitter_city",
    "naam kind": "child_name",
    "naam van uw kind": "child_name",
    "soort": "kind",
    "soort melding": "kind",
    "locatie": "location_id",
    "categorie": "category_id",
}

_LINE = re.compile(r"^\s*([^\W\d_][\w .()/-]{0,39}?)\s*:\s*(\S.*?)\s*$")


def normalise_label(label: str) -> str:
    return " ".join(label.replace("*", " ").split()).casefold().rstrip(":").strip()


def load_form_labels_in(session: Session) -> dict[str, str]:
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        return dict(DEFAULT_FORM_LABELS)
    try:
        raw = json.loads(row.value)
    except ValueError:
        return dict(DEFAULT_FORM_LABELS)
    if not isinstance(raw, dict):
        return dict(DEFAULT_FORM_LABELS)
    return {
        normalise_label(str(k)): str(v)
        for k, v in raw.items()
        if str(v) in FORM_TARGETS and normalise_label(str(k))
    }


def load_form_labels(db: Database) -> dict[str, str]:
    with db.unit() as session:
        return load_form_labels_in(session)


def save_form_labels(db: Database, labels: dict[str, str]) -> dict[str, str]:
    """Store the mapping (labels normalised); returns what was stored."""
    if not isinstance(labels, dict):
        raise ValidationError("De formulierregels zijn onleesbaar.", field="labels")
    clean: dict[str, str] = {}
    for label, target in labels.items():
        # the shared text rules first: a label is one short line, never 10 MB
        key = normalise_label(check_text(label, "Een formulierregel", field="labels", limit=1_000))
        if not key:
            continue
        shown = describe(label)
        if not isinstance(target, str) or target not in FORM_TARGETS:
            raise ValidationError(
                f"Formulierregel {shown}: onbekend veld {describe(target)}.", field="labels"
            )
        if len(key) > 40:
            raise ValidationError(
                f"Formulierregel {shown} is te lang (ten hoogste 40 tekens).", field="labels"
            )
        clean[key] = target
    with db.unit() as session:
        session.merge(Setting(key=SETTING_KEY, value=json.dumps(clean, sort_keys=True)))
    return clean


@dataclass
class FormResult:
    values: dict[str, object] = field(default_factory=dict)
    location_name: str | None = None  # what the form said; build.py looks it up
    remaining: str = ""
    matched: int = 0


def kind_from_text(text: str) -> ReactionKind | None:
    wanted = text.strip().casefold()
    for kind in ReactionKind:
        if wanted in (kind.label.casefold(), kind.value):
            return kind
    return None


def apply_form(
    body: str,
    labels: dict[str, str],
    names: dict[str, dict[str, int]],
) -> FormResult:
    """Take mapped lines out of `body`. `names` gives per ref field (category_id) the ids by
    case-folded name; a value that cannot be used leaves its line in the description."""
    result = FormResult()
    kept: list[str] = []
    for line in body.split("\n"):
        match = _LINE.match(line)
        target = labels.get(normalise_label(match.group(1))) if match else None
        if match is None or target is None or target in result.values:
            kept.append(line)
            continue
        value = match.group(2).strip()
        if target == "location_id":
            if result.location_name is None:
                result.location_name = value
                result.matched += 1
                continue  # the suggestion carries it; the original message keeps it too
            kept.append(line)
            continue
        used: object | None = None
        if target == "kind":
            used = kind_from_text(value)
        elif target == "submitter_form_of_address":
            used = form_of_address_from_text(value)  # unknown: the line stays for a person
        elif target in names:
            used = names[target].get(value.casefold())
        elif len(value) <= CASE_FIELDS[target].max_length:
            used = value
        if used is None:
            kept.append(line)
            continue
        result.values[target] = used
        result.matched += 1
    result.remaining = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return result
