"""The schema: migrations and models agree, on SQLite and PostgreSQL; SQLite is set up right."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from acudesk.domain.errors import DatabaseUnavailable
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.store.migrate import alembic_head, known_revisions, schema_status, upgrade
from acudesk.store.models import Base
from acudesk.store.schema import SCHEMA_HEAD
from acudesk.store.search_index import FTS_TABLE, TRIGRAM_INDEX, include_name


def test_schema_head_constant_matches_the_newest_migration():
    assert alembic_head() == SCHEMA_HEAD
    assert SCHEMA_HEAD in known_revisions()


def test_models_and_migrations_agree(any_db):
    """All but the trigram index of client search (0007), which the models leave out: it is
    there, and it is all the comparison leaves out."""
    with any_db.engine.connect() as conn:
        opts = {"compare_type": True}
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={**opts, "include_name": include_name}),
            Base.metadata,
        )
        unfiltered = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
        dialect = conn.dialect.name
    assert differences == []
    left_out = {(diff[0], diff[1].name) for diff in unfiltered}
    if dialect == "sqlite":
        tables = {FTS_TABLE, *(f"{FTS_TABLE}_{s}" for s in ("data", "idx", "config"))}
        assert left_out == {("remove_table", name) for name in tables}
    else:
        assert left_out == {("remove_index", TRIGRAM_INDEX)}


def test_sqlite_connections_use_wal_foreign_keys_busy_timeout_and_full_sync(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        # FULL (2): a save is on the disk before it is reported, even if the power fails.
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_upgrade_copies_an_existing_sqlite_file_aside_first(sqlite_path, clock):
    raw = sqlite3.connect(sqlite_path)
    raw.execute("CREATE TABLE keepsake (note TEXT)")
    raw.execute("INSERT INTO keepsake VALUES ('written before the upgrade')")
    raw.commit()
    raw.close()
    db = Database(f"sqlite:///{sqlite_path}")
    copy = upgrade(db, clock=clock)
    db.dispose()
    assert copy is not None and copy.exists()
    assert copy.name == "clinic.before-empty-20261123-090000.sqlite3"  # the clock's time
    saved = sqlite3.connect(copy)
    assert saved.execute("SELECT note FROM keepsake").fetchall() == [
        ("written before the upgrade",)
    ]
    assert saved.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
    ).fetchone() == (0,)
    saved.close()


def test_opening_a_current_database_changes_nothing(sqlite_path):
    first = open_database(f"sqlite:///{sqlite_path}")
    first.db.dispose()
    assert first.upgraded
    again = open_database(f"sqlite:///{sqlite_path}")
    again.db.dispose()
    assert not again.upgraded and again.copy is None


def test_corrupt_file_gets_a_clear_message_and_is_left_alone(sqlite_path):
    garbage = b"this is not a database, it is somebody's shopping list\n" * 200
    sqlite_path.write_bytes(garbage)
    with pytest.raises(DatabaseUnavailable, match="damaged or is not an acudesk database"):
        open_database(f"sqlite:///{sqlite_path}")
    assert sqlite_path.read_bytes() == garbage


def test_read_only_file_gets_a_clear_message(sqlite_path):
    open_database(f"sqlite:///{sqlite_path}").db.dispose()
    url = f"sqlite:///file:{sqlite_path}?mode=ro&uri=true"
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        open_database(url)


def test_unreachable_server_gets_a_clear_message():
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
        open_database(f"postgresql+psycopg://acudesk@127.0.0.1:{port}/clinic")


def test_database_from_a_newer_version_is_refused_untouched(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseUnavailable, match="newer version of acudesk"):
        schema_status(db)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"


def test_a_sqlite_start_never_loads_the_postgresql_dialect(sqlite_path):
    """Naming PostgreSQL's partial-index predicate in the models would load its dialect at
    every start; it is given to the models when a PostgreSQL engine is made."""
    open_database(f"sqlite:///{sqlite_path}").db.dispose()  # made, and brought up to date
    probe = (
        "import sys; from acudesk.services.startup import open_database; "
        f"open_database({f'sqlite:///{sqlite_path}'!r}).db.dispose(); "
        "print('sqlalchemy.dialects.postgresql' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_partial_indexes_have_their_predicate_on_both_databases():
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex

    from acudesk.store.engine import make_engine

    postgresql = make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none").dialect
    partial = [i for t in Base.metadata.tables.values() for i in t.indexes if "where" in i.info]
    assert {i.name for i in partial} == {
        "uq_treatment_course_one_open",
        "uq_treatment_session_one_open",
    }
    for index in partial:
        for dialect in (sqlite.dialect(), postgresql):
            assert str(CreateIndex(index).compile(dialect=dialect)).endswith(
                f"WHERE {index.info['where']}"
            )


def test_a_migration_written_on_sqlite_keeps_the_postgresql_predicate(tmp_path):
    """`make migration` autogenerates against SQLite in a process that never opened
    PostgreSQL: what it would write for the partial indexes still names both predicates."""
    probe = (
        "from alembic.autogenerate import render_python_code\n"
        "from alembic.operations.ops import CreateIndexOp, UpgradeOps\n"
        "from acudesk.services.startup import open_database\n"
        "from acudesk.store.models import Base\n"
        f"open_database('sqlite:///{tmp_path / 'fresh.sqlite3'}').db.dispose()\n"
        "ops = [CreateIndexOp.from_index(i) for t in Base.metadata.tables.values()\n"
        "       for i in t.indexes if 'where' in i.info]\n"
        "print(render_python_code(UpgradeOps(ops=ops)))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "create_index" in line]
    assert len(lines) == 2
    for line in lines:
        assert "sqlite_where=sa.text(" in line and "postgresql_where=sa.text(" in line, line
        assert line.count("closed_at IS NULL" if "course" in line else "status = 'open'") == 2, line
