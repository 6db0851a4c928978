"""The annual report's draft per year: texts, figures entered by hand, the generated PDF,
and the distribution checklist."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ..types import UTCDateTime, utcnow
from .base import Base


class ReportDraft(Base):
    """One year's annual report in the making; `content` is JSON (see services.report)."""

    __tablename__ = "report_draft"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[str] = mapped_column(Text, default="{}")
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
