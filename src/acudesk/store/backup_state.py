"""The daily backup's rows in the settings table: its schedule, its claim on the day, its result.

The claim is one conditional UPDATE, so two workstations signing in at the same moment cannot
both win it: the loser's UPDATE finds the day already written and changes no row.
Queries only; nothing here commits.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from acudesk.domain.backups import DEFAULT_KEEP, BackupSchedule, BackupState
from acudesk.store.models import SettingRecord

FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep"
DAY_KEY = "backup.day"  # the last day an automatic backup was started (ISO date)
LAST_KEY = "backup.last"  # how the last automatic backup went (JSON)
KEYS = (FOLDER_KEY, KEEP_KEY, DAY_KEY, LAST_KEY)


def _value(session: Session, key: str) -> str | None:
    record = session.get(SettingRecord, key)
    return None if record is None else record.value


def load_schedule(session: Session) -> BackupSchedule:
    try:
        keep = int(_value(session, KEEP_KEY) or DEFAULT_KEEP)
    except ValueError:
        keep = DEFAULT_KEEP
    return BackupSchedule(_value(session, FOLDER_KEY) or "", keep)


def schedule_values(schedule: BackupSchedule) -> dict[str, str]:
    return {FOLDER_KEY: schedule.folder.strip(), KEEP_KEY: str(schedule.keep)}


def load_state(session: Session) -> BackupState | None:
    text = _value(session, LAST_KEY)
    if not text:
        return None
    try:
        raw = json.loads(text)
        return BackupState(
            datetime.fromisoformat(raw["at"]),
            bool(raw["ok"]),
            str(raw.get("path", "")),
            int(raw.get("kept", 0)),
            str(raw.get("problem", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None


def state_value(state: BackupState) -> str:
    return json.dumps(
        {
            "at": state.at.isoformat(timespec="seconds"),
            "ok": state.ok,
            "path": state.path,
            "kept": state.kept,
            "problem": state.problem,
        },
        sort_keys=True,
    )


def claimed_day(session: Session) -> str:
    return _value(session, DAY_KEY) or ""


def claim_day(session: Session, day: date) -> bool:
    """Mark ``day`` as the one whose automatic backup this workstation runs; False when
    another workstation (or an earlier sign-in) already did today."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    bind = session.get_bind()
    insert = pg_insert if bind.dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(SettingRecord).values(key=DAY_KEY, value="").on_conflict_do_nothing())
    result = session.execute(
        update(SettingRecord)
        .where(SettingRecord.key == DAY_KEY, SettingRecord.value < day.isoformat())
        .values(value=day.isoformat())
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)
