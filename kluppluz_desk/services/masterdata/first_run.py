"""The first start on an empty database: the standard lists, the organisation, a first
location and its staff — all in one transaction, so a failure leaves nothing half-made."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from ...domain.enums import StaffRole
from ...domain.errors import ValidationError
from ...store.models import Location, Region, Staff
from ..database import Database
from ..settings import load_settings_in, save_settings_in
from .defaults import seed_defaults


def ensure_defaults(db: Database) -> None:
    """Add whatever of the standard lists is missing (categories, services, bodies)."""
    with db.unit() as session:
        seed_defaults(session)


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
