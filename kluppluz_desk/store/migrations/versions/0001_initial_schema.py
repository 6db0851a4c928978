"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 21:18:10.855337
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("case_version", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=150), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_case_id"), ["case_id"], unique=False)

    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("name", name=op.f("uq_category_name")),
    )
    op.create_table(
        "external_body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "code",
            sa.Enum(
                "complaints_desk",
                "disputes_committee",
                "akj",
                name="escalationbody",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_body")),
        sa.UniqueConstraint("code", name=op.f("uq_external_body_code")),
    )
    op.create_table(
        "letter_template",
        sa.Column(
            "kind",
            sa.Enum(
                "acknowledgement",
                "extension",
                "judgment",
                "satisfaction",
                name="letterkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=150), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_letter_template")),
    )
    op.create_table(
        "region",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("ggd_name", sa.String(length=200), nullable=False),
        sa.Column("ggd_email", sa.String(length=200), nullable=False),
        sa.Column("ggd_address", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region")),
        sa.UniqueConstraint("name", name=op.f("uq_region_name")),
    )
    op.create_table(
        "report_draft",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("generated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_report_draft")),
    )
    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "default_funding",
            sa.Enum("childcare", "youth_care", name="funding", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
        sa.UniqueConstraint("name", name=op.f("uq_service_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "quality_officer",
                "location_manager",
                "cluster_manager",
                "regional_manager",
                "director",
                "support",
                name="staffrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("login", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_login"), ["login"], unique=False)

    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=False),
        sa.Column("cluster", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("location_manager_id", sa.Integer(), nullable=True),
        sa.Column("cluster_manager_id", sa.Integer(), nullable=True),
        sa.Column("regional_manager_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_manager_id"], ["staff.id"], name=op.f("fk_location_cluster_manager_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["location_manager_id"],
            ["staff.id"],
            name=op.f("fk_location_location_manager_id_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["region.id"], name=op.f("fk_location_region_id_region")
        ),
        sa.ForeignKeyConstraint(
            ["regional_manager_id"],
            ["staff.id"],
            name=op.f("fk_location_regional_manager_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("name", name=op.f("uq_location_name")),
    )
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_location_region_id"), ["region_id"], unique=False)

    op.create_table(
        "case_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "letter",
                "email",
                "website",
                "phone",
                "in_person",
                "location",
                "employee",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "complaint",
                "dissatisfaction",
                "improvement",
                "suggestion",
                "signal",
                name="reactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "severity",
            sa.Enum("normal", "serious", name="severity", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "awaiting_director",
                "assigned",
                "acknowledged",
                "solution_proposed",
                "closed",
                "satisfaction_checked",
                "withdrawn",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "funding",
            sa.Enum("childcare", "youth_care", name="funding", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column(
            "submitter_kind",
            sa.Enum(
                "parent", "relation", "employee", name="submitterkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("submitter_name", sa.String(length=200), nullable=False),
        sa.Column("submitter_address", sa.String(length=300), nullable=False),
        sa.Column("submitter_postcode", sa.String(length=20), nullable=False),
        sa.Column("submitter_city", sa.String(length=100), nullable=False),
        sa.Column("submitter_email", sa.String(length=200), nullable=False),
        sa.Column("submitter_phone", sa.String(length=50), nullable=False),
        sa.Column("child_name", sa.String(length=200), nullable=False),
        sa.Column("child_birth_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("public_summary", sa.Text(), nullable=False),
        sa.Column("public_measure", sa.Text(), nullable=False),
        sa.Column("director_decision", sa.Text(), nullable=False),
        sa.Column("director_decided_on", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("solution_text", sa.Text(), nullable=False),
        sa.Column("solution_proposed_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_text", sa.Text(), nullable=False),
        sa.Column(
            "satisfaction_outcome",
            sa.Enum(
                "satisfied",
                "partly",
                "dissatisfied",
                "no_response",
                name="satisfactionoutcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("satisfaction_note", sa.Text(), nullable=False),
        sa.Column("satisfaction_checked_on", sa.Date(), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column(
            "next_due_clock",
            sa.Enum(
                "acknowledgement",
                "solution",
                "legal",
                "satisfaction",
                "dispute_window",
                name="clock",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=150), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_case_record_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["staff.id"], name=op.f("fk_case_record_handler_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_case_record_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["service_id"], ["service.id"], name=op.f("fk_case_record_service_id_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_record")),
        sa.UniqueConstraint("reference", name=op.f("uq_case_record_reference")),
        sa.UniqueConstraint("year", "number", name="uq_case_year_number"),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_record_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_record_handler_id"), ["handler_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_record_location_id"), ["location_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_record_next_due_on"), ["next_due_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_record_received_on"), ["received_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_record_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_record_year"), ["year"], unique=False)
        batch_op.create_index("ix_case_status_next_due", ["status", "next_due_on"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=150), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_attachment_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_case_id"), ["case_id"], unique=False)

    op.create_table(
        "escalation",
        sa.Column(
            "body",
            sa.Enum(
                "complaints_desk",
                "disputes_committee",
                "akj",
                name="escalationbody",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "pending",
                "resolved",
                "upheld",
                "partly_upheld",
                "rejected",
                "withdrawn",
                name="escalationoutcome",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_escalation_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_escalation")),
    )
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_escalation_case_id"), ["case_id"], unique=False)

    op.create_table(
        "extension",
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("author", sa.String(length=150), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_extension_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_extension")),
    )
    with op.batch_alter_table("extension", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_extension_case_id"), ["case_id"], unique=False)

    op.create_table(
        "improvement_action",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "cancelled",
                name="improvementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("parent_committee_involved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_improvement_action_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_improvement_action_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_action")),
    )
    with op.batch_alter_table("improvement_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_improvement_action_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "informed",
        sa.Column(
            "role",
            sa.Enum(
                "director",
                "cluster_manager",
                "regional_manager",
                "location_manager",
                name="informedrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("informed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_informed_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_informed_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_informed")),
    )
    with op.batch_alter_table("informed", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_informed_case_id"), ["case_id"], unique=False)

    op.create_table(
        "letter",
        sa.Column(
            "kind",
            sa.Enum(
                "acknowledgement",
                "extension",
                "judgment",
                "satisfaction",
                name="letterkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=150), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_letter_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_case_id"), ["case_id"], unique=False)

    op.create_table(
        "pause",
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=150), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_pause_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pause")),
    )
    with op.batch_alter_table("pause", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pause_case_id"), ["case_id"], unique=False)

    op.create_table(
        "timeline_note",
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=150), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_agreement", sa.Boolean(), nullable=False),
        sa.Column("is_system", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_timeline_note_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_note")),
    )
    with op.batch_alter_table("timeline_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timeline_note_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("timeline_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_note_case_id"))

    op.drop_table("timeline_note")
    with op.batch_alter_table("pause", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pause_case_id"))

    op.drop_table("pause")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_case_id"))

    op.drop_table("letter")
    with op.batch_alter_table("informed", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_informed_case_id"))

    op.drop_table("informed")
    with op.batch_alter_table("improvement_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_improvement_action_case_id"))

    op.drop_table("improvement_action")
    with op.batch_alter_table("extension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extension_case_id"))

    op.drop_table("extension")
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_escalation_case_id"))

    op.drop_table("escalation")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_case_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.drop_index("ix_case_status_next_due")
        batch_op.drop_index(batch_op.f("ix_case_record_year"))
        batch_op.drop_index(batch_op.f("ix_case_record_status"))
        batch_op.drop_index(batch_op.f("ix_case_record_received_on"))
        batch_op.drop_index(batch_op.f("ix_case_record_next_due_on"))
        batch_op.drop_index(batch_op.f("ix_case_record_location_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_kind"))
        batch_op.drop_index(batch_op.f("ix_case_record_handler_id"))
        batch_op.drop_index(batch_op.f("ix_case_record_category_id"))

    op.drop_table("case_record")
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_location_region_id"))

    op.drop_table("location")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_login"))

    op.drop_table("staff")
    op.drop_table("setting")
    op.drop_table("service")
    op.drop_table("report_draft")
    op.drop_table("region")
    op.drop_table("letter_template")
    op.drop_table("external_body")
    op.drop_table("category")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_case_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
