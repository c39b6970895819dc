"""reminder consent and outbox

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 13:50:16.585015

- ``client.reminder_email_since`` / ``reminder_sms_since``: the day the client agreed to
  appointment reminders by that kind of message (NULL: not agreed; existing clients have not).
- ``reminder_message``: the outbox, one row per appointment and kind (unique), with its
  state (queued, sent, failed), the reason it failed, attempts and when it was sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_reminder_message_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_reminder_message_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_message")),
    )
    with op.batch_alter_table("reminder_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_message_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reminder_message_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index("ix_reminder_message_status", ["status", "queued_at"], unique=False)
        batch_op.create_index(
            "uq_reminder_message_appointment_kind", ["appointment_id", "kind"], unique=True
        )

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_email_since", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("reminder_sms_since", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("reminder_sms_since")
        batch_op.drop_column("reminder_email_since")

    with op.batch_alter_table("reminder_message", schema=None) as batch_op:
        batch_op.drop_index("uq_reminder_message_appointment_kind")
        batch_op.drop_index("ix_reminder_message_status")
        batch_op.drop_index(batch_op.f("ix_reminder_message_client_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_message_appointment_id"))

    op.drop_table("reminder_message")
