"""treatment sessions, amendments and protocols

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "protocol",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("chart", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protocol")),
        sa.UniqueConstraint("name", name=op.f("uq_protocol_name")),
    )
    op.create_table(
        "treatment_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("practitioner_id", sa.Integer(), nullable=True),
        sa.Column("practitioner", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("course_number", sa.Integer(), nullable=False),
        sa.Column("course_length", sa.Integer(), nullable=False),
        sa.Column("retention_minutes", sa.Integer(), nullable=False),
        sa.Column("timer_started_at", sa.DateTime(), nullable=True),
        sa.Column("needles_in", sa.Integer(), nullable=True),
        sa.Column("needles_out", sa.Integer(), nullable=True),
        sa.Column("gua_sha", sa.Boolean(), nullable=False),
        sa.Column("chart", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_treatment_session_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["practitioner_id"],
            ["app_user.id"],
            name=op.f("fk_treatment_session_practitioner_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_session")),
    )
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_treatment_session_client", ["client_id", "started_at"], unique=False
        )

    op.create_table(
        "session_amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("amended_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_session.id"],
            name=op.f("fk_session_amendment_session_id_treatment_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_session_amendment_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_amendment")),
    )
    with op.batch_alter_table("session_amendment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_amendment_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_amendment_session_id"))

    op.drop_table("session_amendment")
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.drop_index("ix_treatment_session_client")

    op.drop_table("treatment_session")
    op.drop_table("protocol")
