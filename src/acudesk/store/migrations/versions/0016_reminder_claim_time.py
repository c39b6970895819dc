"""reminder claim time

Revision ID: 0016
Revises: 0015

- ``reminder_message.claimed_at``: when a workstation took the message to send it (its status
  then "sending"). Until now a message being sent was marked failed, "interrupted", so that a
  crash never sent it twice; a second workstation's retry could then send it again while the
  first was still waiting for the server. A claim older than a few minutes is the crash case.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminder_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminder_message", schema=None) as batch_op:
        batch_op.drop_column("claimed_at")
