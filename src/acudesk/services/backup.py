"""Backups: SQLite's online backup API, or pg_dump for a clinic server; each copy read back and
checked (services.backup_check) before it counts as made. Restore is in services.restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.backup_check import (
    TAKEN_AT_KEY,
    BackupFacts,
    BackupUnusable,
    inspect_backup,
    inspect_pgdump,
    inspect_sqlite,
    read_facts,
    write_checksum,
)
from acudesk.services.clock import Clock, system_clock
from acudesk.services.pg_tools import BackupFailed, connection_args, run_tool
from acudesk.services.work import Service
from acudesk.store.engine import Database
from acudesk.store.migrate import online_copy
from acudesk.store.private_files import create_private, private_dir
from acudesk.store.settings import put_settings

if TYPE_CHECKING:
    from acudesk.services.restore import RestoreReport

__all__ = ["BackupFailed", "BackupService", "back_up", "default_backup_dir"]


def default_backup_dir(db: Database) -> Path:
    from acudesk.config import data_dir

    if db.info.path is not None:
        return db.info.path.parent / "backups"
    return data_dir() / "backups"


def _target(dest: Path | None, db: Database, stem: str, suffix: str, clock: Clock) -> Path:
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    if dest is None:
        dest = default_backup_dir(db)
    if dest.suffix and not dest.is_dir():
        private_dir(dest.parent, tighten=False)
        return dest
    private_dir(dest, tighten=dest == default_backup_dir(db))
    return dest / f"{stem}-{stamp}{suffix}"


def is_live_file(db: Database, target: Path) -> bool:
    """``target`` is the database itself (or its -wal/-shm), symlinks and hard links resolved."""
    live = db.info.path
    if live is None:
        return False
    for path in (live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        if target.resolve() == path.resolve():
            return True
        try:
            if target.exists() and path.exists() and target.samefile(path):
                return True
        except OSError:
            continue
    return False


def _refuse_live(db: Database, target: Path) -> None:
    if is_live_file(db, target):
        #: {path} is the database file itself.
        raise BackupFailed(
            translate(
                "backup",
                "{path} is the database itself: a backup cannot be written over it. Choose "
                "another file or a folder.",
            ).format(path=target)
        )


def _stamp_sqlite_copy(target: Path, when: str) -> None:
    """The copy says when it was taken (the live file is not written to)."""
    try:
        with sqlite3.connect(target) as out:
            columns = {row[1] for row in out.execute("PRAGMA table_info(setting)")}
            if "version" in columns:  # settings are versioned since 0010
                out.execute(
                    "INSERT OR REPLACE INTO setting (key, value, version) VALUES (?, ?, 1)",
                    (TAKEN_AT_KEY, when),
                )
            else:
                out.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                    (TAKEN_AT_KEY, when),
                )
        out.close()
    except sqlite3.Error:
        pass  # no setting table: the check that follows says the file is not a backup


def _pg_dump(db: Database, target: Path, when: str) -> None:
    with db.unit_of_work() as session:  # the dump's snapshot includes when it was taken
        put_settings(session, {TAKEN_AT_KEY: when})
    args, env = connection_args(db.engine.url)
    create_private(target)  # pg_dump writes into it, keeping the 0600 mode
    run_tool("pg_dump", ["--format=custom", f"--file={target}", "--no-owner", *args], env)


def _not_written(problem: object) -> str:
    #: {problem} is the system's own reason, e.g. "No space left on device".
    return translate("backup", "The backup could not be written: {problem}.").format(
        problem=problem
    )


def _not_sound(problem: str) -> str:
    #: {problem} says what the check found wrong with the copy.
    return translate(
        "backup",
        "The backup was written but does not read back whole, so it was deleted: {problem} "
        "Check the database (File > Restore from a backup) and the disk.",
    ).format(problem=problem)


def _discard(target: Path | None) -> None:
    if target is not None:
        target.unlink(missing_ok=True)


def back_up(db: Database, dest: Path | None = None, *, clock: Clock = system_clock) -> BackupFacts:
    """Write a consistent copy of the whole database and check it reads back whole."""
    when = clock().isoformat(timespec="seconds")
    target: Path | None = None
    try:
        if db.info.is_sqlite:
            if db.info.path is None:
                raise BackupFailed(
                    translate("backup", "An in-memory database cannot be backed up.")
                )
            target = _target(dest, db, db.info.path.stem, ".sqlite3", clock)
            _refuse_live(db, target)
            online_copy(db.info.path, target)
            _stamp_sqlite_copy(target, when)
            check = inspect_sqlite
        else:
            target = _target(dest, db, "acudesk", ".pgdump", clock)
            _pg_dump(db, target, when)
            check = inspect_pgdump
    except OSError as error:
        _discard(target)
        raise BackupFailed(_not_written(error.strerror or error)) from error
    except sqlite3.Error as error:
        _discard(target)  # a half-written copy must never pass for a backup
        raise BackupFailed(_not_written(error)) from error
    try:
        facts = check(target)
    except BackupUnusable as error:
        target.unlink(missing_ok=True)
        raise BackupFailed(_not_sound(error.message)) from error
    write_checksum(target)  # damage later (a disk, a copy) is then found before a restore
    return facts


class BackupService(Service):
    def back_up_now(self, actor: User, dest: Path | None = None) -> BackupFacts:
        """A checked copy of the whole database (File > Back up now, `acudesk backup`)."""
        with self._read_as(actor, Permission.BACK_UP):
            pass  # checked before anything is copied; again below, where it is recorded
        if dest is None:
            from acudesk.services.auto_backup import AutoBackupService

            dest = AutoBackupService(self._db, self._clock, self._bus).folder()
        facts = back_up(self._db, dest, clock=self._clock)
        with self._work(actor, Permission.BACK_UP) as work:
            work.audit(AuditAction.BACKUP, "database", f"{facts.path}: {facts.counts_text()}")
        return facts

    def inspect(self, actor: User, path: Path) -> BackupFacts:
        """What a backup file holds, checked, before anyone is asked to restore it."""
        with self._read_as(actor, Permission.RESTORE):
            pass
        return inspect_backup(path)

    def current(self, actor: User) -> BackupFacts:
        """The database a restore would replace, counted the same way as a backup."""
        with self._read_as(actor, Permission.RESTORE):
            pass
        where = self._db.info.path or Path(self._db.info.description)
        with self._db.engine.connect() as conn:
            return read_facts(conn, where, is_sqlite=self._db.info.is_sqlite)

    def restore(self, actor: User, path: Path) -> RestoreReport:
        """Replace the whole database by a checked backup (the current one kept aside)."""
        with self._read_as(actor, Permission.RESTORE):
            pass
        from acudesk.services.restore import restore_database

        report = restore_database(
            self._db, path, when=self._clock(), who=actor.username, user_id=actor.id
        )
        self._bus.publish(Changes(everything=True))
        return report
