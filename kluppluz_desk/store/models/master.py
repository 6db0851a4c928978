"""Master data: regions with their GGD, locations, staff, categories, services, external
bodies, letter templates and key/value settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import EscalationBody, Funding, LetterKind, StaffRole
from ..types import UTCDateTime, str_enum, utcnow
from .base import Base


class Region(Base):
    """A region of the organisation, with the GGD that inspects it."""

    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    ggd_name: Mapped[str] = mapped_column(String(200), default="")
    ggd_email: Mapped[str] = mapped_column(String(200), default="")
    ggd_address: Mapped[str] = mapped_column(String(300), default="")

    locations: Mapped[list[Location]] = relationship(back_populates="region")


class Staff(Base):
    """A member of staff who can handle, decide or register."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole))
    email: Mapped[str] = mapped_column(String(200), default="")
    login: Mapped[str] = mapped_column(String(100), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Manages master data, settings and users (domain/access.py); migration 0006.
    is_administrator: Mapped[bool] = mapped_column(Boolean, default=False)


class Location(Base):
    """A location (e.g. 'KluppluZ Ulvenhout') with its cluster and responsible managers."""

    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    cluster: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    location_manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cluster_manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    regional_manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    region: Mapped[Region] = relationship(back_populates="locations")
    location_manager: Mapped[Staff | None] = relationship(foreign_keys=[location_manager_id])
    cluster_manager: Mapped[Staff | None] = relationship(foreign_keys=[cluster_manager_id])
    regional_manager: Mapped[Staff | None] = relationship(foreign_keys=[regional_manager_id])


class Category(Base):
    """A category of reactions (Veiligheid, Informatie/communicatie, ...): editable list."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Service(Base):
    """A service covered by the complaint rules (dagopvang, BSO, ...)."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    default_funding: Mapped[Funding] = mapped_column(str_enum(Funding), default=Funding.CHILDCARE)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ExternalBody(Base):
    """An external body a parent may turn to, with its contact details."""

    __tablename__ = "external_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[EscalationBody] = mapped_column(str_enum(EscalationBody), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    website: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class LetterTemplate(Base):
    """The department's own wording of a letter kind (overrides the built-in default)."""

    __tablename__ = "letter_template"

    kind: Mapped[LetterKind] = mapped_column(str_enum(LetterKind), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(150), default="")


class Setting(Base):
    """One setting, stored as JSON text under a dotted key (see services.settings)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
