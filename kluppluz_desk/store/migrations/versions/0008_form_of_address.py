"""The submitter's form of address (mevrouw / de heer) for the letters' salutation:
case_record.submitter_form_of_address, NULL when unknown.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "submitter_form_of_address",
                sa.Enum("mrs", "mr", name="formofaddress", native_enum=False, length=32),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_column("submitter_form_of_address")
