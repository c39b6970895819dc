"""treatment sessions linked to the appointment they treat

Revision ID: 0012
Revises: 0011

- ``treatment_session.appointment_id``: the appointment whose arrival started the session
  (NULL for a session started from the client's page, and for every existing session);
  unique, so an appointment is treated by one session at most. Deleting an appointment
  leaves its session, unlinked.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("appointment_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_treatment_session_appointment_id"), ["appointment_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_treatment_session_appointment_id_appointment"),
            "appointment",
            ["appointment_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_treatment_session_appointment_id_appointment"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_treatment_session_appointment_id"), type_="unique")
        batch_op.drop_column("appointment_id")
