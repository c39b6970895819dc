"""Backups: SQLite's online backup API, or pg_dump for a clinic server."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from acudesk.domain.audit import AuditAction
from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services.clock import Clock, system_clock
from acudesk.services.work import Service
from acudesk.store.engine import Database
from acudesk.store.migrate import online_copy


class BackupFailed(AcudeskError):
    """The backup could not be written."""


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
        dest.parent.mkdir(parents=True, exist_ok=True)
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    return dest / f"{stem}-{stamp}{suffix}"


def _pg_dump(url: str, target: Path) -> None:
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BackupFailed(
            translate(
                "backup",
                "pg_dump is not installed on this computer, so the server database cannot be "
                "backed up from here. Back it up on the server, or install the PostgreSQL "
                "client tools.",
            )
        )
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
    args = [
        exe,
        "--format=custom",
        f"--file={target}",
        "--no-owner",
        f"--host={parsed.host or 'localhost'}",
        f"--dbname={parsed.database}",
    ]
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        #: {problem} is pg_dump's own message.
        raise BackupFailed(
            translate("backup", "pg_dump could not back up the server: {problem}").format(
                problem=result.stderr.strip()
            )
        )


def _not_written(problem: object) -> str:
    #: {problem} is the system's own reason, e.g. "No space left on device".
    return translate("backup", "The backup could not be written: {problem}.").format(
        problem=problem
    )


def back_up(db: Database, dest: Path | None = None, *, clock: Clock = system_clock) -> Path:
    """Write a consistent copy of the whole database; returns where it went."""
    try:
        if db.info.is_sqlite:
            if db.info.path is None:
                raise BackupFailed(
                    translate("backup", "An in-memory database cannot be backed up.")
                )
            target = _target(dest, db, db.info.path.stem, ".sqlite3", clock)
            online_copy(db.info.path, target)
        else:
            target = _target(dest, db, "acudesk", ".pgdump", clock)
            _pg_dump(db.engine.url.render_as_string(hide_password=False), target)
    except OSError as error:
        raise BackupFailed(_not_written(error.strerror or error)) from error
    except sqlite3.Error as error:
        raise BackupFailed(_not_written(error)) from error
    return target


class BackupService(Service):
    def back_up_now(self, actor: User, dest: Path | None = None) -> Path:
        with self._read_as(actor, Permission.BACK_UP):
            pass  # checked before anything is copied; again below, where it is recorded
        target = back_up(self._db, dest, clock=self._clock)
        with self._work(actor, Permission.BACK_UP) as work:
            work.audit(AuditAction.BACKUP, "database", str(target))
        return target
