"""product catalogue

Revision ID: 0004
Revises: 0003

The table starts empty: ProductService.ensure_house_catalogue() fills it from
resources/catalog/products.json when the app starts, so a clinic's edits are never
overwritten by a migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("brand", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("ingredients", sa.JSON(), nullable=False),
        sa.Column("skin_types", sa.JSON(), nullable=False),
        sa.Column("concerns", sa.JSON(), nullable=False),
        sa.Column("fitzpatrick_min", sa.Integer(), nullable=True),
        sa.Column("fitzpatrick_max", sa.Integer(), nullable=True),
        sa.Column("fragrance_free", sa.Boolean(), nullable=False),
        sa.Column("mineral_filters_only", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index("ix_product_category", ["category", "name"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index("ix_product_category")
    op.drop_table("product")
