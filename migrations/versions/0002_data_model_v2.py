# SPDX-License-Identifier: GPL-3.0-or-later
"""Data model v2 (issue #8): requests and answers, links, sources, parties, residences,
relatives" status history, pressure reports with several kinds and targets, people"s
occupation, civil status, age at a date and what they lack, manual order of timeline items.

Every v1 value keeps its place or moves to its v2 one:
- ``relatives.status`` becomes one ``relative_statuses`` row (dates unknown) when it was set;
- ``pressure_reports.kind`` becomes ``kinds = [kind]``, ``relative_id`` becomes
  ``target_ids = [relative_id]`` (or ``[]``), and reliability moves to the six-step scale
  (high → B, medium → C, low → D, unknown → F);
- date columns widen to 32 characters (ranges such as ``[2016..2023-03]``).

A row made here gets a revision like any other, with the author and clock reading of the
row it comes from and an id derived from that row"s, so two offices upgrading the same
records make the same rows and revisions.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import hashlib
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DATE = sa.String(length=32)
OLD_DATE = sa.String(length=16)
V1_RELIABILITY = {"high": "B", "medium": "C", "low": "D", "unknown": "F"}
#: Names the rows this migration makes: uuid5(namespace, "<table>/<source row id>").
NAMESPACE = uuid.UUID("4f0a3c51-62a4-4b1e-9b55-9d0f2b0c0002")


def upgrade() -> None:
    op.create_table(
        "parties",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parties")),
    )
    op.create_table(
        "residences",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        sa.Column("since", DATE, nullable=False),
        sa.Column("until", DATE, nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_residences_person_id_persons"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residences")),
    )
    with op.batch_alter_table("residences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_residences_person_id"), ["person_id"], unique=False)

    op.create_table(
        "links",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("source_table", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("target_table", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("target_case_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("preferred", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_links_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_target_case_id"), ["target_case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_target_id"), ["target_id"], unique=False)

    op.create_table(
        "sources",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("publisher", sa.String(length=300), nullable=False),
        sa.Column("published_on", DATE, nullable=False),
        sa.Column("information_on", DATE, nullable=False),
        sa.Column("language", sa.String(length=40), nullable=False),
        sa.Column("connection", sa.String(length=30), nullable=False),
        sa.Column("reliability", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_sources_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_sources_person_id_persons"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_person_id"), ["person_id"], unique=False)

    op.create_table(
        "relative_statuses",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("relative_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("started_on", DATE, nullable=False),
        sa.Column("ended_on", DATE, nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_relative_statuses_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["relatives.id"],
            name=op.f("fk_relative_statuses_relative_id_relatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relative_statuses")),
    )
    with op.batch_alter_table("relative_statuses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relative_statuses_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_relative_statuses_relative_id"), ["relative_id"], unique=False)

    op.create_table(
        "requests",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.Column("filed_on", DATE, nullable=False),
        sa.Column("reference_number", sa.String(length=100), nullable=False),
        sa.Column("asked", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answered_on", DATE, nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("answer_basis", sa.String(length=300), nullable=False),
        sa.Column("answer_reference", sa.String(length=100), nullable=False),
        sa.Column("answer_attachment_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_requests_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_requests_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_status"), ["status"], unique=False)

    _widen_dates()
    _people()
    _timeline_order()
    _relatives()
    _pressure_reports()


def _widen_dates() -> None:
    for table, columns in {
        "cases": ("opened_on", "closed_on"),
        "identity_documents": ("issued_on", "valid_until"),
    }.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(column, existing_type=OLD_DATE, type_=DATE, existing_nullable=False)


def _timeline_order() -> None:
    for table, columns in {
        "detentions": ("started_on", "ended_on"),
        "interviews": ("held_on",),
        "legal_events": ("date", "valid_until"),
    }.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"))
            for column in columns:
                batch.alter_column(column, existing_type=OLD_DATE, type_=DATE, existing_nullable=False)


def _people() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("occupation", sa.String(length=200), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("civil_status", sa.String(length=30), nullable=False, server_default="unknown")
        )
        batch.add_column(sa.Column("age", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("age_on", DATE, nullable=False, server_default=""))
        batch.add_column(sa.Column("lacks", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("blocked", sa.JSON(), nullable=False, server_default="[]"))
        batch.alter_column("birth_date", existing_type=OLD_DATE, type_=DATE, existing_nullable=False)


def _relatives() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT r.id, r.case_id, r.status, r.rev, r.updated_at, v.hlc, v.author_user_id,"
            " v.author_device_id, v.author_office_id FROM relatives r"
            " LEFT JOIN revisions v ON v.id = r.rev WHERE r.status != 'unknown'"
        )
    ).all()
    for row in rows:
        values = {
            "case_id": row.case_id,
            "relative_id": row.id,
            "status": row.status,
            "started_on": "",
            "ended_on": "",
            "notes": "",
            "sort_order": 0,
        }
        _insert_with_revision(
            connection, "relative_statuses", _derived_id("relative_statuses", row.id), values, row
        )
    with op.batch_alter_table("relatives") as batch:
        batch.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("minor", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.alter_column("last_contact", existing_type=OLD_DATE, type_=DATE, existing_nullable=False)
        batch.drop_column("status")


def _pressure_reports() -> None:
    with op.batch_alter_table("pressure_reports") as batch:
        batch.add_column(sa.Column("kinds", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("target_ids", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("frequency", sa.String(length=16), nullable=False, server_default="unknown")
        )
        batch.add_column(sa.Column("reported_on", DATE, nullable=False, server_default=""))
        batch.add_column(sa.Column("relayed_by_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("words", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, kind, relative_id, reliability FROM pressure_reports")
    ).all()
    if rows:
        connection.execute(
            sa.text(
                "UPDATE pressure_reports SET kinds = :kinds, target_ids = :targets,"
                " reliability = :reliability WHERE id = :id"
            ),
            [
                {
                    "id": row.id,
                    "kinds": json.dumps([row.kind]),
                    "targets": json.dumps([row.relative_id] if row.relative_id else []),
                    "reliability": V1_RELIABILITY.get(row.reliability, row.reliability),
                }
                for row in rows
            ],
        )
    with op.batch_alter_table("pressure_reports") as batch:
        batch.alter_column("occurred_on", existing_type=OLD_DATE, type_=DATE, existing_nullable=False)
        batch.drop_index(batch.f("ix_pressure_reports_relative_id"))
        batch.drop_constraint(batch.f("fk_pressure_reports_relative_id_relatives"), type_="foreignkey")
        batch.drop_column("relative_id")
        batch.drop_column("kind")
        batch.create_index(batch.f("ix_pressure_reports_relayed_by_id"), ["relayed_by_id"], unique=False)
        batch.create_foreign_key(
            batch.f("fk_pressure_reports_relayed_by_id_persons"),
            "persons",
            ["relayed_by_id"],
            ["id"],
            ondelete="SET NULL",
        )


def _derived_id(table: str, source_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{table}/{source_id}"))


def _insert_with_revision(
    connection: sa.Connection, table: str, record_id: str, values: dict[str, object], origin: sa.Row
) -> None:
    """A new row and its first revision, authored and timed as the row it was derived from."""
    author = [origin.author_user_id or "", origin.author_device_id or "", origin.author_office_id or ""]
    hlc = origin.hlc or ""
    body = {
        "table": table,
        "record": record_id,
        "parents": [],
        "values": values,
        "deleted": False,
        "author": author,
        "hlc": hlc,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    rev = hashlib.sha256(canonical).hexdigest()
    connection.execute(
        sa.text(
            'INSERT INTO revisions (id, record_table, record_id, parents, "values", deleted, author_user_id,'
            " author_device_id, author_office_id, hlc, created_at)"
            " VALUES (:id, :table, :record, '[]', :values, 0, :user, :device, :office, :hlc, :at)"
        ),
        {
            "id": rev,
            "table": table,
            "record": record_id,
            "values": json.dumps(values, ensure_ascii=False),
            "user": author[0],
            "device": author[1],
            "office": author[2],
            "hlc": hlc,
            "at": origin.updated_at,
        },
    )
    columns = ", ".join(values)
    connection.execute(
        sa.text(
            f"INSERT INTO {table} (id, rev, updated_at, {columns})"  # noqa: S608 (names from this module)
            f" VALUES (:id_, :rev_, :at_, {', '.join(':' + name for name in values)})"
        ),
        {**values, "id_": record_id, "rev_": rev, "at_": origin.updated_at},
    )


def downgrade() -> None:
    raise NotImplementedError("a v2 vault is not turned back into v1; restore the pre-upgrade backup instead")
