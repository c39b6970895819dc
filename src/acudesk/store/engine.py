"""Engine construction for SQLite (the default) and PostgreSQL (a shared clinic server)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from acudesk.domain.errors import DatabaseDamaged, DatabaseUnavailable
from acudesk.store.private_files import private_dir, private_sqlite_file

SQLITE_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """What the status bar and the About box say about the open database."""

    url: str
    is_sqlite: bool
    path: Path | None
    description: str


def describe_url(url: str) -> DatabaseInfo:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database or ""
        path = Path(db) if db and db != ":memory:" else None
        where = str(path) if path else "in memory"
        return DatabaseInfo(url, True, path, f"Local file: {where}")
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    safe = parsed.render_as_string(hide_password=True)
    return DatabaseInfo(safe, False, None, f"Server: {parsed.database} on {host}{port}")


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own BEGIN handling is turned off: _on_sqlite_begin says BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on the disk before the save reports success, even on power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _private_database_file(path: Path) -> None:
    """The database folder (0700 when it is the app's data folder) and the file 0600."""
    from acudesk.config import data_dir

    try:
        private_dir(path.parent, tighten=path.parent.resolve() == data_dir().resolve())
        private_sqlite_file(path)
    except OSError:
        pass  # connecting then says what is wrong (read-only folder, no such drive...)


WRITE_TRANSACTION = "acudesk_write"
WRITE_LOCK_ATTEMPTS = 3  # each waits up to the busy timeout


def _on_sqlite_begin(conn: Any) -> None:
    """A unit of work takes the write lock when it starts (BEGIN IMMEDIATE), waiting up to the
    busy timeout for it: a transaction that read first and wrote later could otherwise fail at
    once with "database is locked" when another workstation wrote in between (WAL cannot
    upgrade a read snapshot that is no longer the newest). Reads begin as plain BEGIN."""
    if not conn.get_execution_options().get(WRITE_TRANSACTION, False):
        conn.exec_driver_sql("BEGIN")
        return
    # SQLite's busy wait is not a queue: a workstation saving in a tight loop can win the
    # lock again and again. Nothing is done yet, so asking again is safe.
    for attempt in range(WRITE_LOCK_ATTEMPTS):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as error:
            if "locked" not in str(error) or attempt == WRITE_LOCK_ATTEMPTS - 1:
                raise


def make_engine(url: str, *, create_folder: bool = True) -> Engine:
    """Build an engine; SQLite gets WAL, foreign keys and a busy timeout on every connection.

    Errors and logs never show a statement's values (hide_parameters): they can be health data.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if create_folder and db and db != ":memory:" and not db.startswith("file:"):
            _private_database_file(Path(db).expanduser())
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = 5
        connect_args["application_name"] = "acudesk"
    # Never a statement's values (a client's notes) in an error's text or a log.
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True)


def explain_failure(info: DatabaseInfo, error: BaseException) -> str:
    """Turn a driver error into a sentence a receptionist can act on."""
    text_ = str(error).lower()
    if info.is_sqlite:
        if is_damage(info, error):
            return (
                f"The database file {info.path} is damaged or is not an acudesk database. "
                "Nothing was changed. Restore it from a backup (File > Back up keeps copies "
                "in the backups folder), or choose another file."
            )
        if "readonly" in text_ or "read-only" in text_ or "attempt to write" in text_:
            return (
                f"The database file {info.path} is read-only. Ask whoever looks after this "
                "computer to give you write access to it and to its folder."
            )
        if "unable to open" in text_:
            return (
                f"The database file {info.path} cannot be opened: check that its folder "
                "exists and that you may write to it."
            )
        return f"The database file {info.path} cannot be used: {error}"
    if "password authentication failed" in text_:
        return f"The database server refused the sign-in ({info.description}). Check the address."
    if "does not exist" in text_:
        return f"The database does not exist on the server ({info.description})."
    return (
        f"The database server cannot be reached ({info.description}). Check the network "
        "cable or Wi-Fi, and that the server computer is on, then try again."
    )


def is_damage(info: DatabaseInfo, error: BaseException) -> bool:
    words = str(error).lower()
    return info.is_sqlite and any(w in words for w in ("not a database", "malformed", "encrypted"))


def unavailable(info: DatabaseInfo, error: BaseException) -> DatabaseUnavailable:
    """The error to raise: DatabaseDamaged when a backup can be restored over the file."""
    kind = DatabaseDamaged if is_damage(info, error) else DatabaseUnavailable
    return kind(explain_failure(info, error))


def _probe_sqlite_writable(raw: Any) -> None:
    """Read the header, then try a no-op write and roll it back: finds a damaged or read-only
    file at start rather than at the first Save.

    BEGIN IMMEDIATE takes the write lock first, waiting (the busy timeout) for another
    workstation's write: a plain BEGIN would read the header, then find on writing that
    another commit came in between, which SQLite refuses at once ("database is locked")."""
    version = raw.execute("PRAGMA user_version").fetchone()[0]
    in_transaction = raw.in_transaction
    if not in_transaction:
        raw.execute("BEGIN IMMEDIATE")
    try:
        raw.execute(f"PRAGMA user_version = {int(version)}")
    finally:
        if not in_transaction:
            raw.execute("ROLLBACK")


class Database:
    """An engine and its session factory: the unit-of-work provider passed to services."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.info = describe_url(url)
        self.engine = engine if engine is not None else make_engine(url)
        if self.engine.dialect.name == "postgresql":
            from acudesk.store.models import partial_indexes_for_postgresql

            partial_indexes_for_postgresql()  # the models whole before anything compares them
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action, one transaction: commit on success, roll back on error."""
        session = self._sessions()
        try:
            if self.info.is_sqlite:
                session.connection(execution_options={WRITE_TRANSACTION: True})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_only(self) -> Iterator[Session]:
        """A session for queries only: always rolled back."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def check_connection(self) -> None:
        """Open a connection and read from it; raise DatabaseUnavailable with a clear message."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                if self.info.is_sqlite:
                    conn.rollback()  # the probe takes a write transaction of its own
                    _probe_sqlite_writable(conn.connection.driver_connection)
        except (OperationalError, DatabaseError) as error:
            raise unavailable(self.info, error.orig or error) from error
        except sqlite3.Error as error:
            raise unavailable(self.info, error) from error

    def dispose(self) -> None:
        self.engine.dispose()
