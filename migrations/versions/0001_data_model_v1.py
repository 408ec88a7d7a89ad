# SPDX-License-Identifier: GPL-3.0-or-later
"""Data model v1: persons, cases, legal history, relatives, attachments, revisions, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 17:48:12.730903
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
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
    )
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drafts_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "offices",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    op.create_table(
        "persons",
        sa.Column("birth_date", sa.String(length=16), nullable=False),
        sa.Column("birth_place", sa.String(length=300), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=False),
        sa.Column("ethnicity", sa.String(length=100), nullable=False),
        sa.Column("citizenship", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    op.create_table(
        "revisions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("parents", sa.JSON(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("author_user_id", sa.String(length=36), nullable=False),
        sa.Column("author_device_id", sa.String(length=36), nullable=False),
        sa.Column("author_office_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
    )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index("ix_revisions_hlc", ["hlc"], unique=False)
        batch_op.create_index("ix_revisions_record", ["record_id", "hlc"], unique=False)

    op.create_table(
        "cases",
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("confidentiality", sa.String(length=16), nullable=False),
        sa.Column("opened_on", sa.String(length=16), nullable=False),
        sa.Column("closed_on", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_cases_office_id_offices")),
        sa.ForeignKeyConstraint(["subject_id"], ["persons.id"], name=op.f("fk_cases_subject_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_office_id"), ["office_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_reference"), ["reference"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_devices_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "identity_documents",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("issued_on", sa.String(length=16), nullable=False),
        sa.Column("valid_until", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_identity_documents_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_documents")),
    )
    with op.batch_alter_table("identity_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identity_documents_person_id"), ["person_id"], unique=False)

    op.create_table(
        "not_same_person",
        sa.Column("person_a", sa.String(length=36), nullable=False),
        sa.Column("person_b", sa.String(length=36), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_a"], ["persons.id"], name=op.f("fk_not_same_person_person_a_persons"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_b"], ["persons.id"], name=op.f("fk_not_same_person_person_b_persons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_a", "person_b", name=op.f("pk_not_same_person")),
    )
    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("script", sa.String(length=8), nullable=False),
        sa.Column("scheme", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_names_person_id_persons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
    )
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_names_person_id"), ["person_id"], unique=False)

    op.create_table(
        "users",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["offices.id"], name=op.f("fk_users_office_id_offices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "attachments",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_listing",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("subject_name", sa.String(length=300), nullable=False),
        sa.Column("sort_name", sa.String(length=600), nullable=False),
        sa.Column("next_deadline", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_listing_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_listing")),
    )
    with op.batch_alter_table("case_listing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_listing_next_deadline"), ["next_deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_listing_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_listing_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "interviews",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("interviewer", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=40), nullable=False),
        sa.Column("interpreter", sa.String(length=200), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_scope", sa.String(length=200), nullable=False),
        sa.Column("consent_recording", sa.String(length=40), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_interviews_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interviews_case_id"), ["case_id"], unique=False)

    op.create_table(
        "legal_events",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("date", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.Column("reference_number", sa.String(length=100), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("detention_credit_days", sa.Integer(), nullable=True),
        sa.Column("valid_until", sa.String(length=16), nullable=False),
        sa.Column("legal_basis", sa.String(length=300), nullable=False),
        sa.Column("outcome", sa.String(length=300), nullable=False),
        sa.Column("destination_country", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_legal_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_events")),
    )
    with op.batch_alter_table("legal_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_events_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_legal_events_valid_until"), ["valid_until"], unique=False)

    op.create_table(
        "name_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["name_id"],
            ["person_names.id"],
            name=op.f("fk_name_keys_name_id_person_names"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "name_id", name=op.f("pk_name_keys")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_name_keys_name_id"), ["name_id"], unique=False)

    op.create_table(
        "petitions",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("filed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_petitions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petitions")),
    )
    with op.batch_alter_table("petitions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_petitions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "relatives",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("relationship", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("prefecture", sa.String(length=200), nullable=False),
        sa.Column("county", sa.String(length=200), nullable=False),
        sa.Column("township", sa.String(length=200), nullable=False),
        sa.Column("village", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("last_contact", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_relatives_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_relatives_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relatives")),
    )
    with op.batch_alter_table("relatives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relatives_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_relatives_person_id"), ["person_id"], unique=False)

    op.create_table(
        "attachment_chunks",
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_attachment_chunks_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", "seq", name=op.f("pk_attachment_chunks")),
    )
    op.create_table(
        "detentions",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("relative_id", sa.String(length=36), nullable=True),
        sa.Column("facility", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("started_on", sa.String(length=16), nullable=False),
        sa.Column("ended_on", sa.String(length=16), nullable=False),
        sa.Column("stated_reason", sa.Text(), nullable=False),
        sa.Column("treatment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_detentions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["relatives.id"],
            name=op.f("fk_detentions_relative_id_relatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detentions")),
    )
    with op.batch_alter_table("detentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_detentions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_detentions_relative_id"), ["relative_id"], unique=False)

    op.create_table(
        "pressure_reports",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("relative_id", sa.String(length=36), nullable=True),
        sa.Column("occurred_on", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("reliability", sa.String(length=16), nullable=False),
        sa.Column("source_connection", sa.String(length=30), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_pressure_reports_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["relatives.id"],
            name=op.f("fk_pressure_reports_relative_id_relatives"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pressure_reports")),
    )
    with op.batch_alter_table("pressure_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pressure_reports_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pressure_reports_relative_id"), ["relative_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pressure_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pressure_reports_relative_id"))
        batch_op.drop_index(batch_op.f("ix_pressure_reports_case_id"))

    op.drop_table("pressure_reports")
    with op.batch_alter_table("detentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_detentions_relative_id"))
        batch_op.drop_index(batch_op.f("ix_detentions_case_id"))

    op.drop_table("detentions")
    op.drop_table("attachment_chunks")
    with op.batch_alter_table("relatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relatives_person_id"))
        batch_op.drop_index(batch_op.f("ix_relatives_case_id"))

    op.drop_table("relatives")
    with op.batch_alter_table("petitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_petitions_case_id"))

    op.drop_table("petitions")
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_name_keys_name_id"))

    op.drop_table("name_keys")
    with op.batch_alter_table("legal_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_events_valid_until"))
        batch_op.drop_index(batch_op.f("ix_legal_events_case_id"))

    op.drop_table("legal_events")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_case_id"))

    op.drop_table("interviews")
    with op.batch_alter_table("case_listing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_listing_updated_at"))
        batch_op.drop_index(batch_op.f("ix_case_listing_sort_name"))
        batch_op.drop_index(batch_op.f("ix_case_listing_next_deadline"))

    op.drop_table("case_listing")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    op.drop_table("users")
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_names_person_id"))

    op.drop_table("person_names")
    op.drop_table("not_same_person")
    with op.batch_alter_table("identity_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identity_documents_person_id"))

    op.drop_table("identity_documents")
    op.drop_table("devices")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_subject_id"))
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_reference"))
        batch_op.drop_index(batch_op.f("ix_cases_office_id"))

    op.drop_table("cases")
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_revisions_record")
        batch_op.drop_index("ix_revisions_hlc")

    op.drop_table("revisions")
    op.drop_table("persons")
    op.drop_table("offices")
    op.drop_table("meta")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drafts_case_id"))

    op.drop_table("drafts")
    op.drop_table("audit_log")
