"""Schema upgrades: "is the database at head?" cheaply at start, Alembic only when needed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from acudesk.domain.errors import DatabaseUnavailable
from acudesk.store.engine import Database, explain_failure, unavailable
from acudesk.store.private_files import create_private
from acudesk.store.schema import SCHEMA_HEAD

if TYPE_CHECKING:  # Alembic costs ~100 ms to import: only an upgrade needs it
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def at_head(self) -> bool:
        return self.current == self.head

    @property
    def is_empty(self) -> bool:
        return self.current is None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def known_revisions() -> set[str]:
    """Revision ids shipped with this build (file names start with the id), without Alembic."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*.py")}


def schema_status(db: Database) -> SchemaStatus:
    try:
        status = SchemaStatus(current_revision(db.engine), SCHEMA_HEAD)
    except (OperationalError, DatabaseError) as error:
        raise unavailable(db.info, error.orig or error) from error
    if status.current is not None and status.current not in known_revisions():
        raise DatabaseUnavailable(
            f"This database was last opened by a newer version of acudesk (schema "
            f"{status.current}; this version knows up to {SCHEMA_HEAD}). Nothing was changed. "
            "Install the newer version of acudesk on this computer."
        )
    return status


def has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def online_copy(source_path: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (WAL included) via SQLite's backup API, 0600."""
    import sqlite3

    create_private(target)
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(target)
        try:
            source.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        finally:
            out.close()
    finally:
        source.close()


def copy_aside(path: Path, revision: str | None, when: datetime) -> Path:
    """Copy a SQLite file (with its WAL) next to itself before an upgrade touches it."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.stem}.before-{revision or 'empty'}-{stamp}{path.suffix}")
    online_copy(path, dest)
    return dest


def upgrade(db: Database, *, clock: Callable[[], datetime], backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the copy made of a SQLite file first, if any.

    ``clock`` names the copy (the services' clock: the store never reads the wall clock).
    """
    status = schema_status(db)
    if status.at_head:
        return None
    copy: Path | None = None
    path = db.info.path
    if backup and db.info.is_sqlite and path and path.exists() and has_tables(db.engine):
        copy = copy_aside(path, status.current, clock())
    from alembic import command

    cfg = _alembic_config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError) as error:
        raise DatabaseUnavailable(explain_failure(db.info, error.orig or error)) from error
    return copy


__all__ = [
    "SchemaStatus",
    "alembic_head",
    "copy_aside",
    "online_copy",
    "schema_status",
    "upgrade",
]
