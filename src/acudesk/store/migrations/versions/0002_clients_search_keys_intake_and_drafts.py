"""clients search keys, intake and drafts

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_draft_client_id_client"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_draft_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index("ix_draft_user_kind", ["user_id", "kind"], unique=False)

    op.create_table(
        "intake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.Column("health", sa.JSON(), nullable=False),
        sa.Column("skin", sa.JSON(), nullable=False),
        sa.Column("consent_treatment", sa.Boolean(), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signature_png", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_intake_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_intake_recorded_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake")),
    )
    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.create_index(
            "ix_intake_client_taken", ["client_id", "taken_on", "id"], unique=False
        )

    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=210), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("sort_key", sa.String(length=210), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=700), nullable=False, server_default="")
        )
        batch_op.drop_index(batch_op.f("ix_client_search_last"))
        batch_op.drop_index(batch_op.f("ix_client_search_name"))
        batch_op.drop_column("search_name")
        batch_op.drop_column("search_last")
    _fill_client_keys()
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(
            "ix_client_list", ["archived", "sort_key", "id", "search_key"], unique=False
        )
        batch_op.create_index("ix_client_name_dob", ["name_key", "date_of_birth"], unique=False)


def _fill_client_keys() -> None:
    """Compute the new keys for clients made before this revision (folding needs Python)."""
    from acudesk.domain.clients import ClientData, search_key, sort_key
    from acudesk.domain.text import fold

    bind = op.get_bind()
    region = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'phone_region'")).scalar()
    rows = bind.execute(
        sa.text(
            "SELECT id, first_name, last_name, preferred_name, date_of_birth, phone, email "
            "FROM client"
        )
    ).all()
    updates = []
    for row in rows:
        born = row.date_of_birth
        if isinstance(born, str):
            born = date.fromisoformat(born[:10])
        data = ClientData(
            row.first_name,
            row.last_name,
            row.preferred_name,
            born,
            phone=row.phone,
            email=row.email,
        )
        updates.append(
            {
                "id": row.id,
                "n": f"{fold(row.first_name)} {fold(row.last_name)}",
                "s": sort_key(data),
                "k": search_key(data, region or "GB"),
            }
        )
    if updates:
        bind.execute(
            sa.text(
                "UPDATE client SET name_key = :n, sort_key = :s, search_key = :k WHERE id = :id"
            ),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_last", sa.VARCHAR(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("search_name", sa.VARCHAR(length=320), nullable=False, server_default="")
        )
        batch_op.drop_index("ix_client_name_dob")
        batch_op.drop_index("ix_client_list")
        batch_op.create_index(batch_op.f("ix_client_search_name"), ["search_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_search_last"), ["search_last"], unique=False)
        batch_op.drop_column("search_key")
        batch_op.drop_column("sort_key")
        batch_op.drop_column("name_key")

    with op.batch_alter_table("intake", schema=None) as batch_op:
        batch_op.drop_index("ix_intake_client_taken")

    op.drop_table("intake")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_user_kind")

    op.drop_table("draft")
