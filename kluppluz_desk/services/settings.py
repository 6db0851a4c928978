"""The department's settings, typed, stored as JSON rows in the `setting` table.

Per-PC choices (window layout, language, which database) are not here: they live in
QSettings or in `paths.connection_file()`.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..domain import text_limits
from ..domain.deadlines import DeadlineSettings
from ..domain.errors import ValidationError
from ..domain.salutation import SalutationStyle
from ..domain.values import check_field_types as check_section_types
from ..domain.values import check_text
from ..store.models import Setting
from .clocks import refresh_all
from .database import Database

MAX_LOGO_BYTES = 1_000_000
ORGANISATION_TEXT_LIMITS = {"footer": text_limits.ORGANISATION_FOOTER}


@dataclass(frozen=True)
class Organisation:
    """The letterhead: who the letters and the annual report come from."""

    name: str = "KluppluZ"
    department: str = "Afdeling Kwaliteit & Veiligheid"
    address: str = "Postbus 1234"
    postcode_city: str = "5600 AA Eindhoven"
    place: str = "Eindhoven"
    phone: str = "040-123 45 67"
    email: str = "kwaliteit@kluppluz.example"
    website: str = "www.kluppluz.nl"
    complaint_form_url: str = "https://www.kluppluz.nl/klantreactie-melden"
    footer: str = "KluppluZ · onderzoek, behandeling en begeleiding voor kinderen van 0 tot 18 jaar"
    logo_png: bytes | None = None
    # "formal" ("Geachte mevrouw De Vries") or "informal" ("Beste Sanne"): domain.salutation.
    salutation_style: str = SalutationStyle.FORMAL.value

    def validate(self) -> None:
        check_section_types(self, "Organisatie")
        for f in fields(self):
            if f.name != "logo_png":
                check_text(
                    getattr(self, f.name),
                    f"Organisatie, veld '{f.name}',",
                    field=f.name,
                    limit=ORGANISATION_TEXT_LIMITS.get(f.name, text_limits.ORGANISATION_TEXT),
                )
        if not self.name.strip():
            raise ValidationError("Vul de naam van de organisatie in.", field="name")
        if self.salutation_style not in {s.value for s in SalutationStyle}:
            raise ValidationError(
                "Kies voor de aanhef 'formal' (Geachte …) of 'informal' (Beste …).",
                field="salutation_style",
            )
        if not self.place.strip():
            raise ValidationError("Vul de plaatsnaam voor brieven in.", field="place")
        if self.logo_png is not None:
            if not isinstance(self.logo_png, bytes):
                raise ValidationError("Het logo is geen afbeelding.", field="logo_png")
            if len(self.logo_png) > MAX_LOGO_BYTES:
                raise ValidationError("Het logo is groter dan 1 MB.", field="logo_png")
            if not self.logo_png.startswith(b"\x89PNG") and not self.logo_png.startswith(
                b"\xff\xd8"
            ):
                raise ValidationError(
                    "Het logo moet een PNG- of JPEG-afbeelding zijn.", field="logo_png"
                )


@cache
def default_logo() -> bytes:
    """The shipped logo: what letters and the annual report carry when none is set."""
    return (resources.files("kluppluz_desk.resources") / "images" / "logo.png").read_bytes()


def logo_in_use(organisation: Organisation) -> bytes:
    """The logo on letters and on the annual report's cover: the organisation's own, else
    the shipped one (the two documents never differ)."""
    return organisation.logo_png or default_logo()


@dataclass(frozen=True)
class Retention:
    """AVG: how long personal data of a closed case is kept before it is erased."""

    personal_data_years: int = 2
    attachments_years: int = 2

    def validate(self) -> None:
        check_section_types(self, "Bewaartermijn")
        if not 1 <= self.personal_data_years <= 20:
            raise ValidationError(
                "De bewaartermijn moet tussen 1 en 20 jaar liggen.", field="personal_data_years"
            )
        if not 1 <= self.attachments_years <= 20:
            raise ValidationError(
                "De bewaartermijn moet tussen 1 en 20 jaar liggen.", field="attachments_years"
            )


@dataclass(frozen=True)
class AppSettings:
    deadlines: DeadlineSettings = field(default_factory=DeadlineSettings)
    organisation: Organisation = field(default_factory=Organisation)
    retention: Retention = field(default_factory=Retention)
    reference_prefix: str = "KR"

    def validate(self) -> None:
        check_section_types(self.deadlines, "Termijnen")
        self.deadlines.validate()
        self.organisation.validate()
        self.retention.validate()
        prefix = self.reference_prefix
        if not isinstance(prefix, str) or not (
            1 <= len(prefix) <= 6 and prefix.isalnum() and prefix.isascii()
        ):
            raise ValidationError(
                "Het voorvoegsel van het kenmerk moet 1 tot 6 letters of cijfers zijn.",
                field="reference_prefix",
            )


T = TypeVar("T")


def _to_json(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"}:
        return base64.b64decode(value["base64"])
    return value


def _load_section(cls: type[T], raw: str | None) -> T:
    """Read a section leniently: unknown keys are ignored, missing ones keep defaults."""
    if not raw:
        return cls()
    try:
        data = json.loads(raw)
    except ValueError:
        return cls()
    if not isinstance(data, dict):
        return cls()
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    values = {k: _from_json(v) for k, v in data.items() if k in known}
    return replace(cls(), **values)  # type: ignore[type-var]


_SECTIONS = ("deadlines", "organisation", "retention")


def load_settings_in(session: Session) -> AppSettings:
    rows = {s.key: s.value for s in session.query(Setting).all()}
    prefix = json.loads(rows["reference_prefix"]) if "reference_prefix" in rows else "KR"
    return AppSettings(
        deadlines=_load_section(DeadlineSettings, rows.get("deadlines")),
        organisation=_load_section(Organisation, rows.get("organisation")),
        retention=_load_section(Retention, rows.get("retention")),
        reference_prefix=prefix if isinstance(prefix, str) else "KR",
    )


def _strict_section(cls: type[T], key: str, raw: str) -> T:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise ValidationError(f"Instelling '{key}' is geen geldige JSON.", field=key) from None
    if not isinstance(data, dict):
        raise ValidationError(f"Instelling '{key}' moet een object zijn.", field=key)
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise ValidationError(
            f"Instelling '{key}' heeft een onbekend veld: {', '.join(unknown)}.", field=key
        )
    try:
        values = {k: _from_json(v) for k, v in data.items()}
    except (ValueError, TypeError):
        raise ValidationError(f"Instelling '{key}': het logo is onleesbaar.", field=key) from None
    return replace(cls(), **values)  # type: ignore[type-var]


def settings_from_rows(rows: dict[str, str]) -> AppSettings:
    """The settings stored as `rows` (key -> JSON text), read strictly and checked with
    the same rules as `save_settings`: what an import may bring in. Raises a
    ValidationError naming the setting and field."""
    sections: dict[str, Any] = {}
    for name, cls in (
        ("deadlines", DeadlineSettings),
        ("organisation", Organisation),
        ("retention", Retention),
    ):
        if name in rows:
            sections[name] = _strict_section(cls, name, rows[name])
    if "reference_prefix" in rows:
        try:
            sections["reference_prefix"] = json.loads(rows["reference_prefix"])
        except (ValueError, RecursionError):
            raise ValidationError(
                "Instelling 'reference_prefix' is geen geldige JSON.", field="reference_prefix"
            ) from None
    settings = AppSettings(**sections)
    settings.validate()
    return settings


def load_settings(db: Database) -> AppSettings:
    with db.unit() as session:
        return load_settings_in(session)


def save_settings_in(session: Session, settings: AppSettings) -> None:
    settings.validate()
    for name in _SECTIONS:
        section = getattr(settings, name)
        payload = {k: _to_json(v) for k, v in asdict(section).items()}
        session.merge(Setting(key=name, value=json.dumps(payload, sort_keys=True)))
    session.merge(Setting(key="reference_prefix", value=json.dumps(settings.reference_prefix)))


def save_settings(db: Database, settings: AppSettings) -> int:
    """Validate and store the settings; recompute every running clock. Returns how many
    cases had their deadlines recomputed."""
    settings.validate()
    with db.unit() as session:
        before = load_settings_in(session)
        save_settings_in(session, settings)
        if before.deadlines != settings.deadlines:
            return refresh_all(session, settings.deadlines)
        return 0
