"""Sign-in, lockout and user accounts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.errors import (
    USER_ACCOUNT,
    ValidationError,
)
from acudesk.domain.i18n import translate
from acudesk.domain.users import (
    NewUser,
    Permission,
    User,
    check_language,
    check_password,
    normalise_username,
    validate_new_user,
)
from acudesk.services import passwords
from acudesk.services.clock import Clock
from acudesk.services.guard import require
from acudesk.services.sign_in import WRONG_EITHER, WRONG_PASSWORD, SignIn
from acudesk.services.work import Service, Work
from acudesk.store.models import UserRecord
from acudesk.store.users import find_user, to_user


def insert_user(session: Session, new: NewUser, clock: Clock) -> UserRecord:
    """Validate and add a user to the session (no permission check: callers do that)."""
    errors = validate_new_user(new)
    if not errors and find_user(session, new.username) is not None:
        errors["username"] = translate("users", "The username '{username}' is taken.").format(
            username=normalise_username(new.username)
        )
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
        """Check a password; count failures and lock the account after too many
        (services/sign_in.py)."""
        return SignIn(self._db, self._clock, self._bus).check(username, password, WRONG_EITHER)

    def confirm_password(self, user: User, password: str) -> User:
        """Unlock a locked screen: the same checks as signing in, for the same user.

        The screen has no username field, so a wrong password is called that.
        """
        return SignIn(self._db, self._clock, self._bus).check(
            user.username, password, WRONG_PASSWORD
        )

    def list_users(self, actor: User) -> list[User]:
        with self._read_as(actor, Permission.MANAGE_USERS) as session:
            rows = session.scalars(select(UserRecord).order_by(func.lower(UserRecord.display_name)))
            return [to_user(r) for r in rows]

    def add_user(self, actor: User, new: NewUser) -> User:
        with self._work(actor, Permission.MANAGE_USERS, what=USER_ACCOUNT) as work:
            record = insert_user(work.session, new, self._clock)
            work.audit(AuditAction.CREATE, record, f"{record.username} as {record.role}")
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)

    def _account(self, work: Work, user_id: int) -> UserRecord:
        record = work.session.get(UserRecord, user_id)
        if record is None:
            raise USER_ACCOUNT.not_found()
        work.watch(UserRecord, user_id, what=USER_ACCOUNT)
        return record

    def set_active(self, actor: User, user_id: int, active: bool) -> User:
        with self._work(actor, Permission.MANAGE_USERS) as work:
            record = self._account(work, user_id)
            if not active and record.id == actor.id:
                raise ValidationError(
                    {"active": translate("users", "You cannot deactivate your own account.")}
                )
            record.active = active
            if active:
                record.failed_attempts = 0
                record.locked_until = None
            work.audit(AuditAction.UPDATE, record, "activated" if active else "deactivated")
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)

    def unlock(self, actor: User, user_id: int) -> None:
        with self._work(actor, Permission.MANAGE_USERS) as work:
            record = self._account(work, user_id)
            record.failed_attempts = 0
            record.locked_until = None
            work.audit(AuditAction.UNLOCK, record)
            work.changed(Changes.of(users=[record.id]))

    def reset_password(self, actor: User, user_id: int, password: str) -> None:
        """An administrator sets someone's password (their own too: see change_own_password)."""
        require(actor, Permission.MANAGE_USERS)  # before reading the input; again, as now, below
        problem = check_password(password)
        if problem:
            raise ValidationError({"password": problem})
        with self._work(actor, Permission.MANAGE_USERS) as work:
            self._set_password(work, self._account(work, user_id), password, "password reset")

    def change_own_password(self, actor: User, current: str, password: str) -> None:
        """Anyone changes their own password, giving the current one first."""
        problem = check_password(password)
        if problem:
            raise ValidationError({"password": problem})
        with self._work(actor) as work:
            record = self._account(work, actor.id)
            if not passwords.verify_password(record.password_hash, current):
                raise ValidationError(
                    {"current": translate("users", "That is not your current password.")}
                )
            self._set_password(work, record, password, "own password changed")

    @staticmethod
    def _set_password(work: Work, record: UserRecord, password: str, detail: str) -> None:
        record.password_hash = passwords.hash_password(password)
        record.failed_attempts = 0
        record.locked_until = None
        work.audit(AuditAction.UPDATE, record, detail)
        work.changed(Changes.of(users=[record.id]))

    def set_language(self, actor: User, user_id: int, language: str | None) -> User:
        """Set a person's interface language (None: the computer's): one's own, or by an admin."""
        problem = check_language(language)
        if problem:
            raise ValidationError({"language": problem})
        own = actor.id == user_id
        with self._work(actor, None if own else Permission.MANAGE_USERS) as work:
            session = work.session
            record = session.get(UserRecord, user_id)
            if record is None:
                raise USER_ACCOUNT.not_found()
            record.language = language
            work.audit(AuditAction.UPDATE, record, f"language {language or 'system'}")
            work.changed(Changes.of(users=[record.id]))
            return to_user(record)
