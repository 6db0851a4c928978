"""The editable fields of a case: Dutch label, kind and limits.

One table serves validation (services), the audit trail's readable history, the import
format and the editor's labels, so a new field is added in one place first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .enums import (
    Channel,
    FormOfAddress,
    Funding,
    ReactionKind,
    SatisfactionOutcome,
    Severity,
    SubmitterKind,
)
from .errors import ValidationError
from .text_limits import CASE_TEXT_LIMITS, HANDLING_TEXT
from .values import check_text, date_problem, describe, int_problem

MAX_SHORT_TEXT = 300
# Free texts default to this; most have their own limit in text_limits (one table).
MAX_LONG_TEXT = HANDLING_TEXT


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str  # "text", "longtext", "date", "enum", "ref"
    enum: type[StrEnum] | None = None
    ref: str | None = None  # "location", "category", "service", "staff"
    required: bool = False
    max_length: int = MAX_SHORT_TEXT
    personal: bool = False


def _f(name: str, label: str, kind: str = "text", **kw: Any) -> FieldSpec:
    if name in CASE_TEXT_LIMITS:
        kw["max_length"] = CASE_TEXT_LIMITS[name]
    elif kind == "longtext":
        kw.setdefault("max_length", MAX_LONG_TEXT)
    return FieldSpec(name, label, kind, **kw)


CASE_FIELDS: dict[str, FieldSpec] = {
    f.name: f
    for f in (
        _f("received_on", "Datum ontvangst", "date", required=True),
        _f("channel", "Binnengekomen via", "enum", enum=Channel, required=True),
        _f("kind", "Soort", "enum", enum=ReactionKind, required=True),
        _f("severity", "Ernst", "enum", enum=Severity, required=True),
        _f("funding", "Financiering", "enum", enum=Funding, required=True),
        _f("location_id", "Locatie", "ref", ref="location", required=True),
        _f("service_id", "Dienst", "ref", ref="service"),
        _f("category_id", "Categorie", "ref", ref="category"),
        _f("handler_id", "Behandelaar", "ref", ref="staff"),
        _f("submitter_kind", "Soort indiener", "enum", enum=SubmitterKind, required=True),
        _f("submitter_name", "Naam indiener", personal=True, max_length=200),
        _f(
            "submitter_form_of_address",
            "Aanspreekvorm indiener",
            "enum",
            enum=FormOfAddress,
            personal=True,
        ),  # fmt: skip
        _f("submitter_address", "Adres indiener", personal=True),
        _f("submitter_postcode", "Postcode indiener", personal=True, max_length=20),
        _f("submitter_city", "Woonplaats indiener", personal=True, max_length=100),
        _f("submitter_email", "E-mail indiener", personal=True, max_length=200),
        _f("submitter_phone", "Telefoon indiener", personal=True, max_length=50),
        _f("child_name", "Naam kind", personal=True, max_length=200),
        _f("child_birth_date", "Geboortedatum kind", "date", personal=True),
        _f("description", "Interne omschrijving", "longtext"),
        _f("public_summary", "Openbare samenvatting", "longtext"),
        _f("public_measure", "Openbare maatregel", "longtext"),
        _f("director_decision", "Besluit directeur", "longtext"),
        _f("director_decided_on", "Datum besluit directeur", "date"),
        _f("solution_text", "Voorgestelde oplossing", "longtext"),
        _f("closure_text", "Afspraken bij afsluiting", "longtext"),
        _f("satisfaction_outcome", "Uitkomst tevredenheid", "enum", enum=SatisfactionOutcome),
        _f("satisfaction_note", "Toelichting tevredenheid", "longtext"),
        _f("withdraw_reason", "Reden intrekking", "longtext"),
    )
}

# Fields set by procedure steps (not typed in freely) but shown in the history.
STEP_FIELDS: dict[str, str] = {
    "status": "Status",
    "acknowledged_on": "Ontvangst bevestigd op",
    "solution_proposed_on": "Oplossing voorgesteld op",
    "closed_on": "Afgesloten op",
    "satisfaction_checked_on": "Tevredenheid geverifieerd op",
    "reference": "Kenmerk",
}


# Free texts a step records in the history that are no field of the case. Kept apart from
# STEP_FIELDS on purpose: the retention rule keeps STEP_FIELDS' audit values and erases these.
STEP_TEXTS: dict[str, str] = {
    "reopen_reason": "Reden van heropenen",
}


def field_label(name: str) -> str:
    spec = CASE_FIELDS.get(name)
    if spec is not None:
        return spec.label
    return STEP_FIELDS.get(name) or STEP_TEXTS.get(name, name)


def clean_value(spec: FieldSpec, value: Any) -> Any:
    """Check and normalise one value; raises ValidationError with a Dutch message."""
    if spec.kind in ("text", "longtext"):
        value = check_text(
            value, spec.label, field=spec.name, limit=spec.max_length, strip=spec.kind == "text"
        )
        if spec.required and not value.strip():
            raise ValidationError(f"{spec.label} is verplicht.", field=spec.name)
        return value
    if value is None or value == "":
        if spec.required:
            raise ValidationError(f"{spec.label} is verplicht.", field=spec.name)
        return None
    if spec.kind == "date":
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    f"{spec.label}: {describe(value)} is geen geldige datum.", field=spec.name
                ) from None
        problem = date_problem(value)
        if problem:
            raise ValidationError(f"{spec.label} {problem}.", field=spec.name)
        return value
    if spec.kind == "enum":
        enum_cls = spec.enum
        assert enum_cls is not None
        try:
            return enum_cls(value)
        except (ValueError, TypeError):
            raise ValidationError(
                f"{spec.label}: onbekende waarde {describe(value)}.", field=spec.name
            ) from None
    if spec.kind == "ref":
        if int_problem(value) is not None:
            raise ValidationError(f"{spec.label}: ongeldige keuze.", field=spec.name)
        return value
    raise AssertionError(spec.kind)
