"""The daily backup at the first sign-in of the day: claimed once for every workstation in the
database, written to the clinic's backups folder, the oldest beyond the number kept deleted."""

from __future__ import annotations

import re
from pathlib import Path

from acudesk.domain.audit import AuditAction
from acudesk.domain.backups import BackupSchedule, BackupState, schedule_problems
from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import Permission, User
from acudesk.services.backup import back_up, default_backup_dir
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.backup_state import (
    DAY_KEY,
    LAST_KEY,
    claim_day,
    claimed_day,
    load_schedule,
    load_state,
    schedule_values,
    state_value,
)
from acudesk.store.engine import Database
from acudesk.store.settings import put_settings


def backup_folder(db: Database, schedule: BackupSchedule) -> Path:
    """The clinic's backups folder, or the default one next to the database."""
    if schedule.folder.strip():
        return Path(schedule.folder.strip()).expanduser()
    return default_backup_dir(db)


def backup_name(db: Database) -> re.Pattern[str]:
    """The names backups of this database get (``clinic-20261123-090000.sqlite3``)."""
    stem = db.info.path.stem if db.info.path is not None else "acudesk"
    return re.compile(rf"^{re.escape(stem)}-\d{{8}}-\d{{6}}\.(?:sqlite3|pgdump)$")


def prune(folder: Path, pattern: re.Pattern[str], keep: int) -> int:
    """Delete the oldest backups past ``keep`` (only files named as backups); how many remain."""
    backups = sorted(p for p in folder.iterdir() if p.is_file() and pattern.match(p.name))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
        old.with_name(old.name + ".sha256").unlink(missing_ok=True)  # its checksum goes too
    return min(len(backups), keep)


class AutoBackupService(Service):
    def schedule(self) -> BackupSchedule:
        with self._db.read_only() as session:
            return load_schedule(session)

    def update_schedule(self, actor: User, schedule: BackupSchedule) -> BackupSchedule:
        """The folder and how many daily backups are kept (administrators)."""
        require(actor, Permission.MANAGE_CLINIC)
        errors = schedule_problems(schedule)
        if errors:
            raise ValidationError(errors)
        with self._work(actor) as work:
            changed = put_settings(work.session, schedule_values(schedule))
            work.changed(Changes.of(settings=changed))
            detail = f"{schedule.folder or 'default folder'}, keep {schedule.keep}"
            work.audit(AuditAction.UPDATE, "settings", detail, entity_id="backup")
            return load_schedule(work.session)

    def state(self) -> BackupState | None:
        """How the last automatic backup went (None: there has been none)."""
        with self._db.read_only() as session:
            return load_state(session)

    def folder(self) -> Path:
        """Where backups go: the clinic's folder, else the default one."""
        return backup_folder(self._db, self.schedule())

    def default_folder(self) -> Path:
        return default_backup_dir(self._db)

    def due(self) -> bool:
        """No workstation has started today's automatic backup yet (a cheap read)."""
        with self._db.read_only() as session:
            return claimed_day(session) < self._clock().date().isoformat()

    def run_daily(self, actor: User) -> BackupState | None:
        """Today's backup, at ``actor``'s sign-in, unless another sign-in already claimed the
        day (None then). Safe on a worker thread; what it finds is kept for Home."""
        with self._db.unit_of_work() as session:
            self._check(session, actor, None)  # any active account: it is that person's sign-in
            if not claim_day(session, self._clock().date()):
                return None
        self._bus.publish(Changes.of(settings=[DAY_KEY]))
        schedule = self.schedule()
        folder = backup_folder(self._db, schedule)
        try:
            facts = back_up(self._db, folder, clock=self._clock)
            kept = prune(folder, backup_name(self._db), schedule.keep)
            state = BackupState(self._clock(), True, str(facts.path), kept)
            detail = f"automatic, {facts.path}: {facts.counts_text()}"
        except (AcudeskError, OSError) as error:
            problem = error.message if isinstance(error, AcudeskError) else str(error)
            state = BackupState(self._clock(), False, str(folder), 0, problem)
            detail = f"automatic, failed: {problem}"
        with self._work(actor) as work:
            put_settings(work.session, {LAST_KEY: state_value(state)})
            work.audit(AuditAction.BACKUP, "database", detail)
            work.changed(Changes.of(settings=[LAST_KEY]))
        return state
