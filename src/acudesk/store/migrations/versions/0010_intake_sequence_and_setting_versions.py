"""intake.seq (unique per client) and setting.version: no lost intake review or setting

Revision ID: 0010
Revises: 0009

``intake.seq`` numbers a client's intakes 1, 2, 3... in the order they were saved (existing
rows numbered by id); a unique index on (client_id, seq) makes "save the next intake" atomic.
``setting.version`` lets each key be saved compare-and-set (existing rows start at 1).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.alter_column("version", server_default=None)
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE intake SET seq = (SELECT COUNT(*) FROM intake AS earlier "
        "WHERE earlier.client_id = intake.client_id AND earlier.id <= intake.id)"
    )
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index("uq_intake_client_seq", ["client_id", "seq"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.drop_index("uq_intake_client_seq")
        batch_op.drop_column("seq")
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.drop_column("version")
