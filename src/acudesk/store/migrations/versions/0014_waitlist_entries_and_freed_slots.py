"""waitlist entries and freed slots

Revision ID: 0014
Revises: 0013

- ``waitlist_entry``: a client waiting for a service (a practitioner, days of the week and
  time windows preferred) until a last day; status active, booked (with the appointment it
  became) or removed. Expired is read from ``until``, never stored.
- ``freed_slot``: the time an appointment gave up when it was cancelled or moved, with its
  location, room and practitioner, for the book to offer to the waitlist.

Both are new tables: no existing data changes. The same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "freed_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("freed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_freed_slot_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_freed_slot_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["app_user.id"],
            name=op.f("fk_freed_slot_practitioner_id_app_user"),
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_freed_slot_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freed_slot")),
    )
    with op.batch_alter_table("freed_slot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_freed_slot_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index("ix_freed_slot_when", ["location_id", "starts_at"], unique=False)

    op.create_table(
        "waitlist_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("service_type_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("windows", sa.JSON(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by"], ["app_user.id"], name=op.f("fk_waitlist_entry_added_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_waitlist_entry_appointment_id_appointment"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_waitlist_entry_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["app_user.id"],
            name=op.f("fk_waitlist_entry_practitioner_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["service_type_id"],
            ["service_type.id"],
            name=op.f("fk_waitlist_entry_service_type_id_service_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist_entry")),
    )
    with op.batch_alter_table("waitlist_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_waitlist_entry_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index("ix_waitlist_entry_waiting", ["status", "until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("waitlist_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_waitlist_entry_waiting")
        batch_op.drop_index(batch_op.f("ix_waitlist_entry_client_id"))

    op.drop_table("waitlist_entry")
    with op.batch_alter_table("freed_slot", schema=None) as batch_op:
        batch_op.drop_index("ix_freed_slot_when")
        batch_op.drop_index(batch_op.f("ix_freed_slot_appointment_id"))

    op.drop_table("freed_slot")
