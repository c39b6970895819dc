"""User account rows: row → domain mapping and look-up by username.

Queries and mapping only; nothing here commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from acudesk.domain.users import Role, User, normalise_username
from acudesk.store.models import UserRecord


def to_user(record: UserRecord) -> User:
    """An account as services see it, from its record (or a row of the same columns)."""
    return User(
        id=record.id,
        username=record.username,
        display_name=record.display_name,
        role=Role(record.role),
        active=record.active,
        language=record.language,
    )


_ACCOUNT = select(
    UserRecord.id,
    UserRecord.username,
    UserRecord.display_name,
    UserRecord.role,
    UserRecord.active,
    UserRecord.language,
).where(UserRecord.id == bindparam("user_id"))


def current_account(session: Session, user_id: int) -> User | None:
    """The account as it is now (None: no such account): the columns a permission check
    reads, by one statement built once. Every service call asks this first, so it reads no
    password hash and builds no ORM object."""
    row: Any = session.execute(_ACCOUNT, {"user_id": user_id}).first()  # the record's columns
    return None if row is None else to_user(row)


def find_user(session: Session, username: str) -> UserRecord | None:
    """The account with this username, however it was typed (case, spaces)."""
    return session.scalars(
        select(UserRecord).where(UserRecord.username == normalise_username(username))
    ).first()


@dataclass(frozen=True, slots=True)
class SignInAttempt:
    """An account as one sign-in attempt found it, this attempt already counted as failed."""

    user_id: int
    failures: int  # wrong passwords in a row, this attempt included
    locked_until: datetime | None
    after_lock: bool  # the first attempt after a lock ran out
    active: bool
    password_hash: str


_ATTEMPT_COLUMNS = (
    UserRecord.id,
    UserRecord.failed_attempts,
    UserRecord.locked_until,
    UserRecord.active,
    UserRecord.password_hash,
)


def count_attempt(session: Session, username: str, now: datetime) -> SignInAttempt | None:
    """Count a sign-in attempt as failed before the password is checked, in one UPDATE each.

    The row's own lock orders parallel attempts, so each gets its own number: none reads a
    count that another is about to raise. The first attempt after a lock ran out clears it
    (and only one attempt can). None: no such account.
    """
    name = normalise_username(username)
    bump = UserRecord.failed_attempts + 1
    row = session.execute(
        update(UserRecord)
        .where(
            UserRecord.username == name,
            UserRecord.locked_until.is_not(None),
            UserRecord.locked_until <= now,
        )
        .values(failed_attempts=bump, locked_until=None)
        .returning(*_ATTEMPT_COLUMNS)
    ).first()
    after_lock = row is not None
    if row is None:
        row = session.execute(
            update(UserRecord)
            .where(UserRecord.username == name)
            .values(failed_attempts=bump)
            .returning(*_ATTEMPT_COLUMNS)
        ).first()
    if row is None:
        return None
    user_id, failures, locked_until, active, password_hash = row
    return SignInAttempt(user_id, failures, locked_until, after_lock, active, password_hash)


def lock_account(session: Session, user_id: int, until: datetime) -> None:
    """Lock until then, unless a parallel attempt already locked it for longer."""
    session.execute(
        update(UserRecord)
        .where(
            UserRecord.id == user_id,
            or_(UserRecord.locked_until.is_(None), UserRecord.locked_until < until),
        )
        .values(locked_until=until)
    )


def record_sign_in(session: Session, user_id: int, now: datetime, new_hash: str | None) -> None:
    """A right password: the count of wrong ones starts again."""
    values: dict[str, object] = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
    if new_hash is not None:
        values["password_hash"] = new_hash
    session.execute(update(UserRecord).where(UserRecord.id == user_id).values(**values))
