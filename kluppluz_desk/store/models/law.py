"""The reasoned judgment of a complaint, stored per part (domain.judgment)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.judgment import Verdict
from ..types import str_enum
from .base import Base

if TYPE_CHECKING:
    from .case import Case


class JudgmentPart(Base):
    """One part of a complaint: what it is about, the verdict and its reasoning."""

    __tablename__ = "judgment_part"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case_record.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300))
    verdict: Mapped[Verdict] = mapped_column(str_enum(Verdict))
    reasoning: Mapped[str] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="judgment_parts")
