"""Who may see a case beyond its handler, and which database login is which staff member.

Both tables are read by the row-level security policies (migration 0006): a confidential
case is seen by the staff named on it, and the server knows who is connected from
`db_login` (keyed on PostgreSQL's `session_user`, which a client cannot change).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CaseNamedStaff(Base):
    """A staff member K&V named on a (confidential) case: they may see it."""

    __tablename__ = "case_named_staff"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True, index=True)


class DbLogin(Base):
    """A PostgreSQL login role and the staff member who uses it. Only the database's
    owner writes this table: whoever could, could make themselves K&V."""

    __tablename__ = "db_login"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
