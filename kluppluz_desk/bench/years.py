"""The year the report and Inzicht figures are measured on: the busiest one (the latest of
a tie). One place, so every part measures the same year; its own module, so the parts can
import it without importing each other."""

from __future__ import annotations

from sqlalchemy import func, select

from ..services.database import Database
from ..store.models import Case


def busiest_year(db: Database) -> int | None:
    with db.unit() as session:
        row = session.execute(
            select(Case.year, func.count(Case.id))
            .group_by(Case.year)
            .order_by(func.count(Case.id).desc(), Case.year.desc())
            .limit(1)
        ).first()
    return int(row[0]) if row else None
