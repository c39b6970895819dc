"""Signing in: a lockout that parallel attempts cannot outrun, and no usernames given away.

Each attempt is counted as a failure, and committed, before its password is checked (one
UPDATE ... RETURNING: the row's lock gives parallel attempts each their own number); a right
password then sets the count back to 0. Attempts beyond MAX_FAILED_ATTEMPTS that are still in
flight are refused unchecked, so a burst of parallel guesses checks no more passwords than one
person typing. The lock grows with the run of failed attempts (domain.users.lockout_minutes),
those made while it is locked included, until a right password ends the run.

An unknown username, a wrong password and a deactivated account with a wrong password get the
same message after the same work (a dummy hash is checked when there is no account). A locked
account says so: the person locked out must know why and whom to ask, and an account is
locked only after several wrong passwords for that name. A deactivated account says so only
to whoever gives its right password.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import select

from acudesk.domain.audit import AuditAction
from acudesk.domain.errors import AccountLocked, AuthenticationFailed
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from acudesk.domain.users import MAX_FAILED_ATTEMPTS, User, lockout_minutes, normalise_username
from acudesk.services import passwords
from acudesk.services.work import Service, Work
from acudesk.store.models import UserRecord
from acudesk.store.users import (
    SignInAttempt,
    count_attempt,
    lock_account,
    record_sign_in,
    to_user,
)

# The words for a wrong password: the login names no field, the lock screen has no username.
WRONG_EITHER = QT_TRANSLATE_NOOP("users", "Wrong username or password.")
WRONG_PASSWORD = QT_TRANSLATE_NOOP("users", "Wrong password.")

_UNKNOWN = "unknown account"
_LOCKED = "locked"
_DEACTIVATED = "deactivated account"


class SignIn(Service):
    """One password check (used by UserService.sign_in and confirm_password)."""

    def check(self, username: str, password: str, wrong: str) -> User:
        """The account, if the password is right and the account may sign in; else raise."""
        now = self._clock()
        with self._work() as work:
            attempt = count_attempt(work.session, username, now)
            locked = attempt is not None and _locked(work, attempt, now)
        if attempt is None:
            passwords.verify_no_account(password)
            self._refuse(None, username, _UNKNOWN, now, wrong)
        if locked:
            self._refuse(attempt, username, _LOCKED, now, wrong)
        if not passwords.verify_password(attempt.password_hash, password):
            self._refuse(attempt, username, f"attempt {attempt.failures}", now, wrong)
        if not attempt.active:
            self._refuse(attempt, username, _DEACTIVATED, now, wrong)
        new_hash = None
        if passwords.needs_rehash(attempt.password_hash):
            new_hash = passwords.hash_password(password)  # before the transaction: it is slow
        with self._work() as work:
            record_sign_in(work.session, attempt.user_id, now, new_hash)
            record = work.session.get(UserRecord, attempt.user_id, populate_existing=True)
            assert record is not None  # the attempt's UPDATE found it
            work.actor = user = to_user(record)
            work.audit(AuditAction.SIGN_IN, record)
            return user

    def _refuse(
        self,
        attempt: SignInAttempt | None,
        username: str,
        detail: str,
        now: datetime,
        wrong: str,
    ) -> NoReturn:
        """Record a refused sign-in, committed though the error follows, and raise it."""
        name = normalise_username(username)
        lock_for = 0
        locked_until = None
        with self._work() as work:
            entity: UserRecord | str = "user"
            if attempt is not None:
                entity = work.session.get(UserRecord, attempt.user_id) or "user"
            work.audit(AuditAction.SIGN_IN_FAILED, entity, detail, username=name)
            if attempt is not None and detail not in (_LOCKED, _DEACTIVATED):
                lock_for = lockout_minutes(attempt.failures)
            if attempt is not None and lock_for:
                lock_account(work.session, attempt.user_id, now + timedelta(minutes=lock_for))
                work.audit(AuditAction.LOCK, entity, "too many wrong passwords", username=name)
            if attempt is not None and detail == _LOCKED:
                locked_until = work.session.scalar(
                    select(UserRecord.locked_until).where(UserRecord.id == attempt.user_id)
                )
        if lock_for:
            now_locked = translate(
                "users", "The account is now locked for %n minute(s).", None, lock_for
            )
            raise AccountLocked(f"{translate('users', wrong)} {now_locked}", "password")
        if locked_until is not None:
            raise AccountLocked(locked_message(locked_until - now), "password")
        if detail == _DEACTIVATED:
            deactivated = translate(
                "users", "This account is deactivated. Ask an administrator to reactivate it."
            )
            raise AuthenticationFailed(deactivated, "password")
        raise AuthenticationFailed(translate("users", wrong), "password")


def _locked(work: Work, attempt: SignInAttempt, now: datetime) -> bool:
    """Locked now, or more attempts in flight than allowed. Either way the attempt is refused
    unchecked, and, counted like any other, it lengthens the lock as a wrong password would."""
    if attempt.after_lock:
        return False
    locked = attempt.locked_until is not None and attempt.locked_until > now
    if not locked and attempt.failures <= MAX_FAILED_ATTEMPTS:
        return False
    until = now + timedelta(minutes=lockout_minutes(attempt.failures))
    lock_account(work.session, attempt.user_id, until)
    return True


def locked_message(left: timedelta) -> str:
    minutes = max(1, round(left.total_seconds() / 60))
    return translate(
        "users",
        "This account is locked after too many wrong passwords. Try again in %n minute(s), "
        "or ask an administrator to unlock it.",
        None,
        minutes,
    )
