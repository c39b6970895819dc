"""time off gets a version column

Revision ID: 0015
Revises: 0014

- ``time_off.version``: the row's version (SQLAlchemy's version_id_col), like every other
  record two workstations may edit, so that a save over a change made elsewhere since the
  time off was loaded is refused in the UPDATE itself, not only by a check before it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.drop_column("version")
