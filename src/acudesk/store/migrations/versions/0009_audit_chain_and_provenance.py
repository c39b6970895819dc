"""audit log that proves itself: client_id, hash chain, chain head, no UPDATE/DELETE; provenance

Revision ID: 0009
Revises: 0008

Partly written by hand:

- ``audit_event`` gains ``client_id`` (indexed: the viewer filters by client), ``seq`` (the
  event's place in the chain, unique) and ``hash`` (SHA-256 over the event's fields and the
  previous hash, see ``acudesk.store.audit_chain``). The events already there are chained here,
  oldest first, and their client is filled in where the record they name belongs to one.
- ``audit_chain``: the one-row chain head (last seq, last hash) writers update to take their
  place in the chain.
- Triggers refuse UPDATE and DELETE on ``audit_event`` (and TRUNCATE on PostgreSQL): the app's
  own statements cannot change the log. A later batch migration of ``audit_event`` on SQLite
  drops them with the table copy and must call ``create_audit_triggers`` again.
- ``treatment_session`` gains ``provenance`` (text): where an imported session came from
  ("imported from a file by X on D; originally recorded by Y").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from acudesk.store.audit_chain import GENESIS, EventFields, event_hash

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = {
    "audit_event_no_update": "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END",
    "audit_event_no_delete": "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be deleted'); END",
}
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_event_refuse() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events cannot be changed or deleted';
END
$$ LANGUAGE plpgsql"""
PG_TRIGGERS = {
    "audit_event_no_change": "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE "
    "ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_refuse()",
    "audit_event_no_truncate": "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE "
    "ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse()",
}
_OWNED = {"intake": "intake", "session": "treatment_session", "handout": "handout"}


def create_audit_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for sql in PG_TRIGGERS.values():
            op.execute(sql)
    else:
        for sql in SQLITE_TRIGGERS.values():
            op.execute(sql)


def drop_audit_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in PG_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_event")
        op.execute("DROP FUNCTION IF EXISTS audit_event_refuse()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _client_of(bind: sa.Connection, entity: str, entity_id: str) -> int | None:
    if not entity_id.isdigit():
        return None
    if entity == "client":
        return int(entity_id)
    table = _OWNED.get(entity)
    if table is None:
        return None
    found = bind.execute(
        sa.text(f"SELECT client_id FROM {table} WHERE id = :id"), {"id": int(entity_id)}
    ).scalar()
    return int(found) if found is not None else None


def _chain_existing() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, occurred_at, user_id, username, action, entity, entity_id, detail "
            "FROM audit_event ORDER BY id"
        )
    ).all()
    previous, seq = GENESIS, 0
    processor = sa.DateTime().dialect_impl(bind.dialect).result_processor(bind.dialect, None)
    for row in rows:
        seq += 1
        when = processor(row.occurred_at) if processor else row.occurred_at
        assert when is not None  # the column is NOT NULL
        client_id = _client_of(bind, row.entity, row.entity_id)
        fields = EventFields(
            seq, when, row.user_id, row.username, row.action, row.entity, row.entity_id,
            client_id, row.detail,
        )  # fmt: skip
        previous = event_hash(previous, fields)
        bind.execute(
            sa.text("UPDATE audit_event SET seq = :seq, hash = :hash, client_id = :client "
                    "WHERE id = :id"),
            {"seq": seq, "hash": previous, "client": client_id, "id": row.id},
        )  # fmt: skip
    bind.execute(
        sa.text("INSERT INTO audit_chain (id, seq, head_hash) VALUES (1, :seq, :hash)"),
        {"seq": seq, "hash": previous},
    )


def upgrade() -> None:
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing()
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index(batch_op.f("ix_audit_event_client_id"), ["client_id"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_event_seq"), ["seq"])
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provenance", sa.Text(), nullable=False, server_default=""))
    create_audit_triggers()


def downgrade() -> None:
    drop_audit_triggers()
    with op.batch_alter_table("treatment_session", schema=None) as batch_op:
        batch_op.drop_column("provenance")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_event_seq"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_audit_event_client_id"))
        batch_op.drop_column("hash")
        batch_op.drop_column("seq")
        batch_op.drop_column("client_id")
    op.drop_table("audit_chain")
