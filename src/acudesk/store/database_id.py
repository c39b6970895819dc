"""The database's own name for itself: a random id made once and kept in the settings.

Calendar events carry it in their UID (appointment-12@<id>.acudesk), so two clinics'
appointment 12 are two events in one calendar program, while every file made from one
database names the same appointment alike. A restored backup keeps it (the same book).
Nothing here commits.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from acudesk.store.models import SettingRecord

KEY = "database_id"


def database_id(session: Session) -> str:
    """The id, made now when this database has none yet; two workstations making it at
    once keep the one saved first."""
    found = session.scalar(select(SettingRecord.value).where(SettingRecord.key == KEY))
    if found:
        return found
    made = uuid.uuid4().hex
    try:
        with session.begin_nested():
            session.add(SettingRecord(key=KEY, value=made))
    except IntegrityError:  # another workstation saved one first: theirs stands
        kept = session.scalar(select(SettingRecord.value).where(SettingRecord.key == KEY))
        assert kept is not None
        return kept
    return made


def calendar_domain(session: Session) -> str:
    """The domain part of this database's calendar UIDs."""
    return f"{database_id(session)}.acudesk"
