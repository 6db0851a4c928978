"""The first start on an empty database: the standard lists, the organisation, a first
location and its staff — all in one transaction, so a failure leaves nothing half-made."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select

from ...domain.enums import StaffRole
from ...domain.errors import ValidationError
from ...domain.text_limits import MASTER_DATA_TEXT, NAME, ORGANISATION_TEXT
from ...domain.values import check_text, describe
from ...store.models import Location, Region, Staff
from ..database import Database
from ..settings import load_settings_in, save_settings_in
from .defaults import seed_defaults


def ensure_defaults(db: Database) -> None:
    """Add whatever of the standard lists is missing (categories, services, bodies)."""
    with db.unit() as session:
        seed_defaults(session)


def _checked_staff(staff: Any) -> list[tuple[str, str, str]]:
    """The wizard's staff rows: (name, role value, e-mail), each checked."""
    if not isinstance(staff, list | tuple) or len(staff) > 1_000:
        raise ValidationError("De lijst met medewerkers is onleesbaar.", field="staff")
    rows = []
    for row in staff:
        if not isinstance(row, list | tuple) or len(row) != 3:
            raise ValidationError("Een medewerker is onleesbaar.", field="staff")
        name = check_text(row[0], "De naam van een medewerker", limit=NAME, strip=True)
        email = check_text(row[2], "Het e-mailadres van een medewerker", limit=MASTER_DATA_TEXT,
                           strip=True)  # fmt: skip
        if name:
            try:
                role = StaffRole(row[1]).value
            except (ValueError, TypeError):
                raise ValidationError(
                    f"Onbekende rol voor {name}: {describe(row[1])}.", field="staff"
                ) from None
            rows.append((name, role, email))
    return rows


def start_empty(
    db: Database,
    *,
    organisation_name: str,
    place: str,
    location_name: str,
    region_name: str,
    staff: list[tuple[str, str, str]],
) -> None:
    """Set up an empty database. `staff` holds (name, role value, e-mail) tuples."""
    organisation_name, place, location_name, region_name = (
        check_text(value, label, limit=limit, strip=True)
        for value, label, limit in (
            (organisation_name, "De naam van de organisatie", ORGANISATION_TEXT),
            (place, "De plaats", ORGANISATION_TEXT),
            (location_name, "De naam van de locatie", MASTER_DATA_TEXT),
            (region_name, "De naam van de regio", MASTER_DATA_TEXT),
        )
    )
    staff = _checked_staff(staff)
    fields = {
        "naam van de organisatie": organisation_name,
        "plaats": place,
        "eerste locatie": location_name,
        "regio": region_name,
    }
    missing = [label for label, value in fields.items() if not value.strip()]
    if not any(name.strip() for name, _, _ in staff):
        missing.append("ten minste één medewerker")
    if missing:
        raise ValidationError(f"Vul nog in: {', '.join(missing)}.")
    with db.unit() as session:
        seed_defaults(session)
        settings = load_settings_in(session)
        organisation = replace(
            settings.organisation, name=organisation_name.strip(), place=place.strip()
        )
        save_settings_in(session, replace(settings, organisation=organisation))
        region = session.scalar(
            select(Region).where(func.lower(Region.name) == region_name.strip().lower())
        )
        if region is None:
            region = Region(name=region_name.strip())
            session.add(region)
        by_role: dict[str, Staff] = {}
        for name, role, email in staff:
            if not name.strip():
                continue
            member = Staff(name=name.strip(), role=StaffRole(role), email=email.strip())
            session.add(member)
            by_role.setdefault(role, member)
        if (
            session.scalar(
                select(Location.id).where(
                    func.lower(Location.name) == location_name.strip().lower()
                )
            )
            is not None
        ):
            raise ValidationError(f"Locatie '{location_name.strip()}' bestaat al.")
        session.flush()

        def manager(role: StaffRole) -> int | None:
            member = by_role.get(role.value)
            return member.id if member else None

        session.add(
            Location(
                name=location_name.strip(),
                region_id=region.id,
                location_manager_id=manager(StaffRole.LOCATION_MANAGER),
                cluster_manager_id=manager(StaffRole.CLUSTER_MANAGER),
                regional_manager_id=manager(StaffRole.REGIONAL_MANAGER),
            )
        )
