"""client search trigram index: FTS5 table and triggers (SQLite), pg_trgm GIN (PostgreSQL)

Revision ID: 0007
Revises: 0006

Written by hand: autogenerate sees none of it. The objects are not in the models, and
``acudesk.store.search_index`` names them for the comparisons that must look past them.

SQLite: ``client_search``, an external-content FTS5 table over ``client.search_key`` with the
trigram tokenizer (detail=none and no column sizes: search needs only which rows hold a
trigram, and that keeps the index about a seventh of the table). Three triggers keep it in step
with every insert, change of search key and delete; ``rebuild`` fills it for the rows already
there. A later batch migration of ``client`` (which copies the table and drops the old one)
drops these triggers with it: such a migration must call ``create_sqlite_triggers`` again.

PostgreSQL: the pg_trgm extension (trusted since PostgreSQL 13: the database owner may create
it) and a GIN index ``gin_trgm_ops`` on ``client.search_key``, built over the rows there.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FTS_TABLE = "client_search"
TRIGGERS = {
    "client_search_insert": """
        CREATE TRIGGER client_search_insert AFTER INSERT ON client BEGIN
            INSERT INTO client_search (rowid, search_key) VALUES (new.id, new.search_key);
        END""",
    "client_search_update": """
        CREATE TRIGGER client_search_update AFTER UPDATE OF id, search_key ON client BEGIN
            INSERT INTO client_search (client_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
            INSERT INTO client_search (rowid, search_key) VALUES (new.id, new.search_key);
        END""",
    "client_search_delete": """
        CREATE TRIGGER client_search_delete AFTER DELETE ON client BEGIN
            INSERT INTO client_search (client_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
        END""",
}
TRIGRAM_INDEX = "ix_client_search_key_trgm"


def create_sqlite_triggers() -> None:
    for sql in TRIGGERS.values():
        op.execute(sql)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='client', "
            "content_rowid='id', tokenize='trigram', detail='none', columnsize=0)"
        )
        create_sqlite_triggers()
        op.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"CREATE INDEX {TRIGRAM_INDEX} ON client USING gin (search_key gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif dialect == "postgresql":
        # The extension stays: other databases' objects on this server may use it.
        op.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
