"""User account rows: row → domain mapping and look-up by username.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.users import Role, User, normalise_username
from acudesk.store.models import UserRecord


def to_user(record: UserRecord) -> User:
    return User(
        id=record.id,
        username=record.username,
        display_name=record.display_name,
        role=Role(record.role),
        active=record.active,
        language=record.language,
    )


def find_user(session: Session, username: str) -> UserRecord | None:
    """The account with this username, however it was typed (case, spaces)."""
    return session.scalars(
        select(UserRecord).where(UserRecord.username == normalise_username(username))
    ).first()
