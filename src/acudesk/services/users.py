"""Sign-in, lockout and user accounts."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    ValidationError,
)
from acudesk.domain.users import (
    LOCKOUT_MINUTES,
    MAX_FAILED_ATTEMPTS,
    NewUser,
    Permission,
    Role,
    User,
    check_language,
    check_password,
    normalise_username,
    validate_new_user,
)
from acudesk.services import audit, passwords
from acudesk.services.clock import Clock
from acudesk.services.guard import require
from acudesk.services.work import Service
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


def _find(session: Session, username: str) -> UserRecord | None:
    return session.scalars(
        select(UserRecord).where(UserRecord.username == normalise_username(username))
    ).first()


def insert_user(session: Session, new: NewUser, clock: Clock) -> UserRecord:
    """Validate and add a user to the session (no permission check: callers do that)."""
    errors = validate_new_user(new)
    if not errors and _find(session, new.username) is not None:
        errors["username"] = f"The username '{normalise_username(new.username)}' is taken."
    if errors:
        raise ValidationError(errors)
    record = UserRecord(
        username=normalise_username(new.username),
        display_name=new.display_name.strip(),
        role=new.role.value,
        password_hash=passwords.hash_password(new.password),
        active=True,
        failed_attempts=0,
        created_at=clock(),
        language=new.language,
    )
    session.add(record)
    session.flush()
    return record


class UserService(Service):
    def sign_in(self, username: str, password: str) -> User:
        """Check a password; count failures and lock the account after too many."""
        now = self._clock()
        with self._db.unit_of_work() as session:
            record = _find(session, username)
            if record is None or not record.active:
                audit.record(
                    session,
                    None,
                    AuditAction.SIGN_IN_FAILED,
                    "user",
                    "",
                    "unknown or inactive account",
                    clock=self._clock,
                    username=normalise_username(username)[:32],
                )
                raise AuthenticationFailed("Wrong username or password.", "password")
            if record.locked_until is not None and record.locked_until > now:
                minutes = max(1, round((record.locked_until - now).total_seconds() / 60))
                raise AccountLocked(
                    f"This account is locked after {MAX_FAILED_ATTEMPTS} wrong passwords. "
                    f"Try again in {minutes} minute{'s' if minutes != 1 else ''}, "
                    "or ask an administrator to unlock it.",
                    "password",
                )
            if not passwords.verify_password(record.password_hash, password):
                record.failed_attempts += 1
                left = MAX_FAILED_ATTEMPTS - record.failed_attempts
                audit.record(
                    session,
                    None,
                    AuditAction.SIGN_IN_FAILED,
                    "user",
                    record.id,
                    f"attempt {record.failed_attempts}",
                    clock=self._clock,
                    username=record.username,
                )
                if left <= 0:
                    record.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
                    record.failed_attempts = 0
                    audit.record(
                        session,
                        None,
                        AuditAction.LOCK,
                        "user",
                        record.id,
                        "too many wrong passwords",
                        clock=self._clock,
                        username=record.username,
                    )
                    message = (
                        f"Wrong password. The account is now locked for {LOCKOUT_MINUTES} minutes."
                    )
                    session.commit()
                    raise AccountLocked(message, "password")
                session.commit()
                raise AuthenticationFailed(
                    f"Wrong username or password. {left} "
                    f"{'tries' if left != 1 else 'try'} left before the account locks.",
                    "password",
                )
            record.failed_attempts = 0
            record.locked_until = None
            record.last_login_at = now
            if passwords.needs_rehash(record.password_hash):
                record.password_hash = passwords.hash_password(password)
            user = to_user(record)
            audit.record(session, user, AuditAction.SIGN_IN, "user", record.id, clock=self._clock)
            return user

    def confirm_password(self, user: User, password: str) -> User:
        """Unlock a locked screen: the same checks as signing in, for the same user."""
        return self.sign_in(user.username, password)

    def list_users(self, actor: User) -> list[User]:
        require(actor, Permission.MANAGE_USERS)
        with self._db.read_only() as session:
            rows = session.scalars(select(UserRecord).order_by(func.lower(UserRecord.display_name)))
            return [to_user(r) for r in rows]

    def add_user(self, actor: User, new: NewUser) -> User:
        require(actor, Permission.MANAGE_USERS)
        with self._work(actor) as work:
            session = work.session
            record = insert_user(session, new, self._clock)
            audit.record(
                session,
                actor,
                AuditAction.CREATE,
                "user",
                record.id,
                f"{record.username} as {record.role}",
                clock=self._clock,
            )
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)

    def set_active(self, actor: User, user_id: int, active: bool) -> User:
        require(actor, Permission.MANAGE_USERS)
        with self._work(actor) as work:
            session = work.session
            record = session.get(UserRecord, user_id)
            if record is None:
                raise NotFound("That user no longer exists.")
            if not active and record.id == actor.id:
                raise ValidationError({"active": "You cannot deactivate your own account."})
            record.active = active
            if active:
                record.failed_attempts = 0
                record.locked_until = None
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "user",
                record.id,
                "activated" if active else "deactivated",
                clock=self._clock,
            )
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)

    def unlock(self, actor: User, user_id: int) -> None:
        require(actor, Permission.MANAGE_USERS)
        with self._work(actor) as work:
            session = work.session
            record = session.get(UserRecord, user_id)
            if record is None:
                raise NotFound("That user no longer exists.")
            record.failed_attempts = 0
            record.locked_until = None
            audit.record(session, actor, AuditAction.UNLOCK, "user", record.id, clock=self._clock)
            work.changed(Changes.of(users=[record.id]))

    def reset_password(self, actor: User, user_id: int, password: str) -> None:
        if actor.id != user_id:
            require(actor, Permission.MANAGE_USERS)
        problem = check_password(password)
        if problem:
            raise ValidationError({"password": problem})
        with self._work(actor) as work:
            session = work.session
            record = session.get(UserRecord, user_id)
            if record is None:
                raise NotFound("That user no longer exists.")
            record.password_hash = passwords.hash_password(password)
            record.failed_attempts = 0
            record.locked_until = None
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "user",
                record.id,
                "password changed",
                clock=self._clock,
            )
            work.changed(Changes.of(users=[record.id]))

    def set_language(self, actor: User, user_id: int, language: str | None) -> User:
        """Set a person's interface language (None: the computer's): one's own, or by an admin."""
        if actor.id != user_id:
            require(actor, Permission.MANAGE_USERS)
        problem = check_language(language)
        if problem:
            raise ValidationError({"language": problem})
        with self._work(actor) as work:
            session = work.session
            record = session.get(UserRecord, user_id)
            if record is None:
                raise NotFound("That user no longer exists.")
            record.language = language
            audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                "user",
                record.id,
                f"language {language or 'system'}",
                clock=self._clock,
            )
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)
