"""The daily backup: where it goes and how many are kept (clinic settings), and how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from acudesk.domain.i18n import translate

DEFAULT_KEEP = 14
MAX_KEEP = 365


@dataclass(frozen=True, slots=True)
class BackupSchedule:
    """``folder`` "" means the default backups folder next to the database."""

    folder: str = ""
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True, slots=True)
class BackupState:
    """The last automatic backup: when, whether it worked, where, how many are kept."""

    at: datetime
    ok: bool
    path: str = ""
    kept: int = 0
    problem: str = ""

    def overdue(self, today: date) -> bool:
        """No good backup today or yesterday."""
        return not self.ok or self.at.date() < today - timedelta(days=1)


def schedule_problems(schedule: BackupSchedule) -> dict[str, str]:
    """Each field's problem, by field name."""
    from pathlib import PurePath

    errors: dict[str, str] = {}
    if not 1 <= schedule.keep <= MAX_KEEP:
        #: {most} is the largest number of backups kept (365).
        errors["backup_keep"] = translate(
            "settings", "Keep from 1 to {most} daily backups."
        ).format(most=MAX_KEEP)
    folder = schedule.folder.strip()
    if folder and not (PurePath(folder).is_absolute() or folder.startswith("~")):
        errors["backup_folder"] = translate(
            "settings", "Give the whole path of the folder, e.g. /home/clinic/backups."
        )
    if len(folder) > 1000:
        errors["backup_folder"] = translate("settings", "This folder path is too long.")
    return errors
