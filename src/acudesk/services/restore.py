"""Restore: check the backup, keep the current database aside, swap atomically, reopen.

SQLite: the backup is copied next to the live file and checked again there, the live file is
hard-linked (or copied) aside, then ``os.replace`` swaps the checked copy in: at every moment
the database path names either the old file or the new one. PostgreSQL: the archive is
restored into a fresh scratch database and counted, then two ``ALTER DATABASE … RENAME`` in one
transaction put the current database aside and the scratch one in its place (docs/backups.md).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from acudesk.domain.audit import AuditAction
from acudesk.domain.i18n import translate
from acudesk.services.backup_check import (
    BackupFacts,
    BackupUnusable,
    inspect_backup,
    inspect_sqlite,
    read_facts,
)
from acudesk.services.pg_tools import BackupFailed, connection_args, run_tool
from acudesk.store.audit import add_event
from acudesk.store.engine import Database
from acudesk.store.migrate import online_copy, upgrade
from acudesk.store.private_files import make_private


@dataclass(frozen=True, slots=True)
class RestoreReport:
    facts: BackupFacts
    kept_aside: str  # the file (SQLite) or database (PostgreSQL) the replaced one was kept as
    upgraded: bool  # the backup had an older schema and was brought up to date


def restore_database(
    db: Database, backup: Path, *, when: datetime, who: str, user_id: int | None = None
) -> RestoreReport:
    """Replace the whole database by ``backup``; ``who`` acted (written to the restored audit)."""
    facts = inspect_backup(backup)
    if facts.is_sqlite != db.info.is_sqlite:
        raise BackupUnusable(
            translate(
                "backup",
                "{path} is a backup of another kind of database (a local file and a server "
                "are backed up differently): choose a backup of this database.",
            ).format(path=backup)
        )
    stamp = when.strftime("%Y%m%d-%H%M%S")
    aside = (
        _swap_sqlite(db, facts, stamp) if db.info.is_sqlite else _swap_postgres(db, facts, stamp)
    )
    upgraded = facts.needs_upgrade
    if upgraded:
        upgrade(db, clock=lambda: when, backup=False)  # the backup itself is the copy before
    detail = f"from {backup} ({facts.revision}: {facts.counts_text()}); replaced kept as {aside}"
    with db.unit_of_work() as session:
        exists = (
            user_id is not None
            and session.execute(
                text("SELECT 1 FROM app_user WHERE id = :id"), {"id": user_id}
            ).first()
        )
        add_event(
            session,
            occurred_at=when,
            user_id=user_id if exists else None,  # the account may not exist in the backup
            username=who,
            action=AuditAction.RESTORE,
            entity="database",
            entity_id="",
            detail=detail,
        )
    return RestoreReport(facts, aside, upgraded)


def _mismatch(facts: BackupFacts, got: BackupFacts) -> BackupUnusable:
    #: {expected} and {found} list rows per table ("12 clients, 3 intakes, ...").
    return BackupUnusable(
        translate(
            "backup",
            "The restored copy does not hold what the backup holds (expected {expected}; "
            "found {found}). Nothing was changed.",
        ).format(expected=facts.counts_text(), found=got.counts_text())
    )


def _swap_sqlite(db: Database, facts: BackupFacts, stamp: str) -> str:
    live = db.info.path
    assert live is not None
    staged = live.with_name(f".{live.stem}.restoring-{stamp}{live.suffix}")
    aside = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
    try:
        online_copy(facts.path, staged)  # next to the live file: same file system, 0600
        got = inspect_sqlite(staged)
        if (got.revision, dict(got.counts)) != (facts.revision, dict(facts.counts)):
            raise _mismatch(facts, got)
        db.dispose()
        if live.exists():
            _settle(live)
            _keep_aside(live, aside)
        staged.replace(live)
    finally:
        staged.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):  # a WAL left over belongs to the old file, never the new
        companion = live.with_name(live.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    db.check_connection()
    return str(aside)


def _settle(live: Path) -> None:
    """Fold the WAL into the file and leave WAL mode: refused while another program or
    computer has the database open. A damaged file is moved aside as it is."""
    try:
        raw = sqlite3.connect(live, timeout=2)
    except sqlite3.Error:
        return
    try:
        raw.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise BackupFailed(
                translate(
                    "backup",
                    "The database is open in acudesk on another computer or in another window. "
                    "Close it there, then restore again. Nothing was changed.",
                )
            ) from error
    except sqlite3.DatabaseError:
        pass  # damaged: kept aside as it is
    finally:
        raw.close()


def _keep_aside(live: Path, aside: Path) -> None:
    """A second name for the current file (a hard link: instant), else a copy, both 0600."""
    try:
        os.link(live, aside)
    except OSError:
        shutil.copyfile(live, aside)
    make_private(aside)


def _scratch_names(database: str, stamp: str) -> tuple[str, str]:
    base = database[:30]
    return f"{base}_restoring_{stamp}".replace("-", "_"), f"{base}_before_{stamp}".replace("-", "_")


def _swap_postgres(db: Database, facts: BackupFacts, stamp: str) -> str:
    url: URL = db.engine.url
    name = str(url.database)
    scratch, aside = _scratch_names(name, stamp)
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{scratch}"'))
        try:
            _fill_scratch(url, scratch, facts)
            db.dispose()
            _end_other_connections(server, name)
            with server.begin() as conn:
                conn.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{aside}"'))
                conn.execute(text(f'ALTER DATABASE "{scratch}" RENAME TO "{name}"'))
        except BaseException:
            with server.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
            raise
    finally:
        server.dispose()
    db.check_connection()
    return aside


def _fill_scratch(url: URL, scratch: str, facts: BackupFacts) -> None:
    args, env = connection_args(url, scratch)
    run_tool(
        "pg_restore",
        ["--exit-on-error", "--single-transaction", "--no-owner", *args, str(facts.path)],
        env,
    )
    engine = create_engine(url.set(database=scratch))
    try:
        with engine.connect() as conn:
            got = read_facts(conn, facts.path, is_sqlite=False)
    finally:
        engine.dispose()
    if (got.revision, dict(got.counts)) != (facts.revision, dict(facts.counts)):
        raise _mismatch(facts, got)


def _end_other_connections(server: Engine, name: str) -> None:
    """End this account's other connections to the database (another workstation's next
    action reconnects, to the restored database) and wait until they are gone."""
    others = text(
        "SELECT pid FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid()"
    )
    end = text("SELECT pg_terminate_backend(:pid)")
    with server.connect() as conn:
        for _attempt in range(50):
            pids = conn.execute(others, {"name": name}).scalars().all()
            if not pids:
                return
            for pid in pids:
                try:
                    conn.execute(end, {"pid": pid})
                except DBAPIError:
                    continue  # another account's connection: renaming then says so
            time.sleep(0.1)
