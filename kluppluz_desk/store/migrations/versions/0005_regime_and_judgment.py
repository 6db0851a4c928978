"""The law per case: case_record.regime (+ reason) and measures_due_on, extension.consent,
and the judgment_part table (the reasoned judgment per complaint part).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "regime",
                sa.Enum("childcare", "wkkgz", "youth", name="regime", native_enum=False, length=32),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("regime_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("measures_due_on", sa.Date(), nullable=True))
    with op.batch_alter_table("extension", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "judgment_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "upheld",
                "partly_upheld",
                "rejected",
                "no_judgment",
                "inadmissible",
                name="verdict",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_record.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("judgment_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_judgment_part_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("judgment_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judgment_part_case_id"))
    op.drop_table("judgment_part")
    with op.batch_alter_table("extension", schema=None) as batch_op:
        batch_op.drop_column("consent")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_column("measures_due_on")
        batch_op.drop_column("regime_reason")
        batch_op.drop_column("regime")
