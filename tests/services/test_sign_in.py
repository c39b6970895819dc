"""Sign-in on both databases: an atomic, progressive lockout, and no usernames given away."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from acudesk.domain.errors import AccountLocked, AcudeskError, AuthenticationFailed
from acudesk.domain.users import MAX_FAILED_ATTEMPTS, NewUser, Role, lockout_minutes
from acudesk.services import passwords
from acudesk.services.registry import Services, build_services
from acudesk.store.models import AuditEventRecord, UserRecord
from tests.conftest import ADMIN_PASSWORD, CLINIC

PARALLEL = 40


@pytest.fixture
def both(any_db, clock) -> Services:
    """Services on SQLite and on PostgreSQL, with the clinic set up and a receptionist."""
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        CLINIC, NewUser("owner", "Olivia Owner", Role.ADMIN, ADMIN_PASSWORD)
    )
    services.users.add_user(admin, NewUser("rita", "Rita", Role.RECEPTION, "rita-password"))
    return services


@pytest.fixture
def verifications(monkeypatch) -> Iterator[list[str]]:
    """Every password hash checked (the real argon2 check, counted)."""
    seen: list[str] = []
    real = passwords.verify_password

    def counted(password_hash: str, password: str) -> bool:
        seen.append(password_hash)
        return real(password_hash, password)

    monkeypatch.setattr(passwords, "verify_password", counted)
    yield seen


def _account(services: Services, username: str = "rita") -> UserRecord:
    with services.db.read_only() as session:
        record = session.scalars(select(UserRecord).where(UserRecord.username == username)).one()
        session.expunge(record)
        return record


def _refused(services: Services, username: str, password: str) -> AcudeskError:
    with pytest.raises(AcudeskError) as caught:
        services.users.sign_in(username, password)
    return caught.value


def test_forty_parallel_wrong_passwords_all_count_and_lock(both, clock, verifications):
    """Given 40 threads each trying a wrong password at once, every one is counted."""
    before = _account(both).failed_attempts
    start = threading.Barrier(PARALLEL)
    outcomes: list[type[BaseException]] = []

    def attempt(n: int) -> None:
        start.wait()
        try:
            both.users.sign_in("rita", f"guess {n}")
        except AcudeskError as error:
            outcomes.append(type(error))

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    after = _account(both)
    assert after.failed_attempts - before == PARALLEL
    assert len(outcomes) == PARALLEL
    assert AccountLocked in outcomes
    assert set(outcomes) <= {AccountLocked, AuthenticationFailed}
    # No more passwords were checked than one person typing would get to check.
    assert len(verifications) <= MAX_FAILED_ATTEMPTS
    assert after.locked_until is not None
    assert after.locked_until == clock() + timedelta(minutes=lockout_minutes(PARALLEL))
    with pytest.raises(AccountLocked):
        both.users.sign_in("rita", "rita-password")
    clock.advance(minutes=lockout_minutes(PARALLEL), seconds=1)
    assert both.users.sign_in("rita", "rita-password").username == "rita"
    assert _account(both).failed_attempts == 0


def test_the_lock_grows_with_each_run_of_wrong_passwords(both, clock):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert isinstance(_refused(both, "rita", "wrong"), AuthenticationFailed)
    for minutes in (1, 5, 15, 60, 60):
        error = _refused(both, "rita", "wrong")
        assert isinstance(error, AccountLocked)
        assert f"locked for {minutes} minute" in error.message
        clock.advance(minutes=minutes, seconds=1)
    assert both.users.sign_in("rita", "rita-password").username == "rita"
    assert _account(both).failed_attempts == 0
    assert isinstance(_refused(both, "rita", "wrong"), AuthenticationFailed)


def test_a_try_while_locked_is_refused_unchecked_and_counts(both, clock, verifications):
    for _ in range(MAX_FAILED_ATTEMPTS):
        _refused(both, "rita", "wrong")
    verifications.clear()
    locked = _refused(both, "rita", "rita-password")
    assert isinstance(locked, AccountLocked)
    assert verifications == []
    # The sixth failed attempt in a row: the lock now runs 5 minutes from this try.
    assert "Try again in 5 minutes" in locked.message
    assert _account(both).failed_attempts == MAX_FAILED_ATTEMPTS + 1
    clock.advance(minutes=5, seconds=1)
    assert both.users.sign_in("rita", "rita-password").username == "rita"


def test_a_refused_attempt_is_committed_with_its_audit_event(both):
    _refused(both, "rita", "wrong")
    _refused(both, "nobody", "wrong")
    assert _account(both).failed_attempts == 1
    with both.db.read_only() as session:
        events = session.execute(
            select(AuditEventRecord.username, AuditEventRecord.detail).where(
                AuditEventRecord.action == "sign-in-failed"
            )
        ).all()
    assert sorted(events) == [("nobody", "unknown account"), ("rita", "attempt 1")]


def test_unknown_user_wrong_password_and_deactivated_look_the_same(both, verifications):
    """The same words, and one password check each (a dummy hash for an unknown name)."""
    owner = both.users.sign_in("owner", ADMIN_PASSWORD)
    rita = next(u for u in both.users.list_users(owner) if u.username == "rita")
    both.users.set_active(owner, rita.id, False)
    verifications.clear()
    unknown = _refused(both, "nobody", "rita-password")
    assert len(verifications) == 1
    wrong = _refused(both, "owner", "rita-password")
    assert len(verifications) == 2
    deactivated_wrong = _refused(both, "rita", "not her password")
    assert len(verifications) == 3
    assert type(unknown) is type(wrong) is type(deactivated_wrong) is AuthenticationFailed
    assert unknown.message == wrong.message == deactivated_wrong.message
    assert unknown.message == "Wrong username or password."
    assert verifications[0] not in {_account(both, "owner").password_hash}
    # Only someone who knows the password learns that the account is deactivated.
    told = _refused(both, "rita", "rita-password")
    assert "deactivated" in told.message


def test_the_lock_screen_says_wrong_password_not_username(both):
    owner = both.users.sign_in("owner", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationFailed) as caught:
        both.users.confirm_password(owner, "nope")
    assert caught.value.message == "Wrong password."
    for _ in range(MAX_FAILED_ATTEMPTS - 2):
        with pytest.raises(AuthenticationFailed):
            both.users.confirm_password(owner, "nope")
    with pytest.raises(AccountLocked) as locked:
        both.users.confirm_password(owner, "nope")
    assert "username" not in locked.value.message
    assert locked.value.message.startswith("Wrong password. The account is now locked")


def test_the_idle_lock_minutes_are_a_clinic_setting_for_admins(both):
    from acudesk.domain.errors import PermissionDenied, ValidationError
    from acudesk.domain.settings import IDLE_LOCK_DEFAULT_MINUTES

    owner = both.users.sign_in("owner", ADMIN_PASSWORD)
    rita = both.users.sign_in("rita", "rita-password")
    assert both.settings.idle_lock_minutes() == IDLE_LOCK_DEFAULT_MINUTES == 5
    assert both.settings.set_idle_lock_minutes(owner, 15) == 15
    assert both.settings.idle_lock_minutes() == 15
    with pytest.raises(ValidationError) as caught:
        both.settings.set_idle_lock_minutes(owner, 0)
    assert caught.value.field == "idle_lock_minutes"
    with pytest.raises(PermissionDenied):
        both.settings.set_idle_lock_minutes(rita, 60)
    assert both.settings.idle_lock_minutes() == 15
