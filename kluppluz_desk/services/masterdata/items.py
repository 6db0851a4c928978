"""Master data: regions (with their GGD), locations, staff, categories, services and the
external bodies. Small lists, edited in dialogs; every change leaves an audit entry."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import EscalationBody, Funding, StaffRole
from ...domain.errors import NotFoundError, ValidationError
from ...domain.text_limits import MASTER_DATA_TEXT
from ...domain.values import check_id, check_int, describe, text_problem
from ...store.models import Case, Category, ExternalBody, Location, Region, Service, Staff
from .. import audit
from ..database import Database
from ..identity import actor


@dataclass(frozen=True)
class RegionView:
    id: int
    name: str
    ggd_name: str
    ggd_email: str
    ggd_address: str


@dataclass(frozen=True)
class LocationView:
    id: int
    name: str
    region_id: int
    region_name: str
    cluster: str
    address: str
    location_manager_id: int | None
    cluster_manager_id: int | None
    regional_manager_id: int | None
    active: bool


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: StaffRole
    email: str
    login: str
    active: bool
    is_administrator: bool = False  # manages users and their database logins


@dataclass(frozen=True)
class CategoryView:
    id: int
    name: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class ServiceView:
    id: int
    name: str
    default_funding: Funding
    active: bool


@dataclass(frozen=True)
class ExternalBodyView:
    id: int
    code: EscalationBody
    name: str
    website: str
    email: str
    phone: str
    address: str
    description: str


@dataclass(frozen=True)
class _Entity:
    model: Any
    view: Any
    label: str
    required: tuple[str, ...]
    unique: str | None = "name"


ENTITIES: dict[str, _Entity] = {
    "region": _Entity(Region, RegionView, "Regio", ("name",)),
    "location": _Entity(Location, LocationView, "Locatie", ("name", "region_id")),
    "staff": _Entity(Staff, StaffView, "Medewerker", ("name", "role"), unique=None),
    "category": _Entity(Category, CategoryView, "Categorie", ("name",)),
    "service": _Entity(Service, ServiceView, "Dienst", ("name",)),
    "external_body": _Entity(
        ExternalBody, ExternalBodyView, "Externe instantie", ("code", "name"), unique="code"
    ),
}

_ENUMS = {"role": StaffRole, "default_funding": Funding, "code": EscalationBody}


def _to_view(entity: _Entity, row: Any) -> Any:
    values = {}
    for f in fields(entity.view):
        if f.name == "region_name":
            values[f.name] = row.region.name
        else:
            values[f.name] = getattr(row, f.name)
    return entity.view(**values)


def _entity(kind: Any) -> _Entity:
    entity = ENTITIES.get(kind) if isinstance(kind, str) else None
    if entity is None:
        raise ValidationError(f"Onbekende soort stamgegevens {describe(kind)}.", field="kind")
    return entity


def list_items(db: Database, kind: str, *, active_only: bool = False) -> list[Any]:
    entity = _entity(kind)
    with db.unit() as session:
        query = select(entity.model)
        if active_only and hasattr(entity.model, "active"):
            query = query.where(entity.model.active)
        order = [entity.model.sort_order] if kind == "category" else []
        name_col = entity.model.name
        rows = session.scalars(query.order_by(*order, func.lower(name_col))).all()
        return [_to_view(entity, r) for r in rows]


def _limit(entity: _Entity, key: str) -> int:
    """The column's own length where it has one (SQLite does not enforce it, and an export
    holding a longer name would not import again), else the master-data limit."""
    length = getattr(entity.model.__table__.columns[key].type, "length", None)
    return min(length or MASTER_DATA_TEXT, MASTER_DATA_TEXT)


def _clean(entity: _Entity, values: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(values, dict):
        raise ValidationError(f"{entity.label}: de gegevens zijn onleesbaar.")
    allowed = {f.name for f in fields(entity.view)} - {"id", "region_name"}
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key not in allowed:
            raise ValidationError(f"Onbekend veld {describe(key)}.", field=str(key))
        if isinstance(value, str):
            value = value.strip()
            problem = text_problem(value, _limit(entity, key))
            if problem:
                raise ValidationError(f"{entity.label}, veld '{key}' {problem}.", field=key)
        if key in _ENUMS and value is not None:
            try:
                value = _ENUMS[key](value)
            except (ValueError, TypeError):
                raise ValidationError(f"Onbekende waarde {describe(value)}.", field=key) from None
        elif key.endswith("_id") or key == "sort_order":
            if value is not None:
                value = check_int(value, f"{entity.label}, veld '{key}'", field=key)
        elif key in ("active", "is_administrator"):
            if not isinstance(value, bool):
                what = "actief" if key == "active" else "beheerder"
                raise ValidationError(f"{entity.label}: {what} moet ja of nee zijn.", field=key)
        elif key != "default_funding" and not isinstance(value, str):
            raise ValidationError(f"{entity.label}, veld '{key}': tekst verwacht.", field=key)
        cleaned[key] = value
    return cleaned


def save_item(db: Database, kind: str, values: dict[str, Any], item_id: int | None = None) -> Any:
    """Create (item_id None) or update one master-data record; returns its view."""
    entity = _entity(kind)
    cleaned = _clean(entity, values)
    with db.unit() as session:
        who = actor(session, db.user)
        if item_id is None:
            row = entity.model()
            for name in entity.required:
                if cleaned.get(name) in (None, ""):
                    raise ValidationError(f"{entity.label}: vul '{name}' in.", field=name)
        else:
            row = session.get(entity.model, check_id(item_id))
            if row is None:
                raise NotFoundError(f"{entity.label} bestaat niet (meer).")
            for name in entity.required:
                if name in cleaned and cleaned[name] in (None, ""):
                    raise ValidationError(f"{entity.label}: vul '{name}' in.", field=name)
        _check_unique(session, entity, cleaned, item_id)
        _check_refs(session, cleaned)
        for key, value in cleaned.items():
            old = getattr(row, key, None)
            if old != value:
                audit.record(
                    session, who=who, entity=kind, entity_id=item_id, field=key, old=old, new=value
                )
                setattr(row, key, value)
        if item_id is None:
            session.add(row)
        session.flush()
        return _to_view(entity, row)


def _check_unique(
    session: Session, entity: _Entity, values: dict[str, Any], item_id: int | None
) -> None:
    key = entity.unique
    if key is None or key not in values:
        return
    column = getattr(entity.model, key)
    value = values[key]
    query = select(entity.model.id).where(
        func.lower(column) == value.lower() if isinstance(value, str) else column == value
    )
    existing = session.scalar(query)
    if existing is not None and existing != item_id:
        raise ValidationError(f"{entity.label} '{value}' bestaat al.", field=key)


def _check_refs(session: Session, values: dict[str, Any]) -> None:
    if values.get("region_id") is not None and session.get(Region, values["region_id"]) is None:
        raise ValidationError("De gekozen regio bestaat niet.", field="region_id")
    for key in ("location_manager_id", "cluster_manager_id", "regional_manager_id"):
        if values.get(key) is not None and session.get(Staff, values[key]) is None:
            raise ValidationError("De gekozen manager bestaat niet.", field=key)


def delete_item(db: Database, kind: str, item_id: int) -> None:
    """Delete a record nobody refers to; otherwise ask to make it inactive instead."""
    entity = _entity(kind)
    with db.unit() as session:
        row = session.get(entity.model, check_id(item_id))
        if row is None:
            raise NotFoundError(f"{entity.label} bestaat niet (meer).")
        ref = {
            "location": Case.location_id,
            "category": Case.category_id,
            "service": Case.service_id,
            "staff": Case.handler_id,
        }.get(kind)
        in_use = ref is not None and session.scalar(
            select(func.count()).select_from(Case).where(ref == item_id)
        )
        if kind == "region":
            in_use = bool(
                session.scalar(
                    select(func.count()).select_from(Location).where(Location.region_id == item_id)
                )
            )
        if in_use:
            raise ValidationError(
                f"{entity.label} '{getattr(row, 'name', item_id)}' wordt nog gebruikt en kan "
                "niet worden verwijderd. Zet het op inactief."
            )
        audit.record(
            session,
            who=actor(session, db.user),
            entity=kind,
            entity_id=item_id,
            field="verwijderd",
            old=getattr(row, "name", ""),
            new=None,
        )
        session.delete(row)


def is_empty(db: Database) -> bool:
    """True on a fresh database: no locations and no cases yet (first-run screen)."""
    with db.unit() as session:
        return not session.scalar(select(func.count()).select_from(Location)) and not (
            session.scalar(select(func.count()).select_from(Case))
        )
