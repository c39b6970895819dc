from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from acudesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from acudesk.domain.users import MAX_FAILED_ATTEMPTS, NewUser, Role
from acudesk.store.models import AuditEventRecord, UserRecord
from tests.conftest import ADMIN_PASSWORD


def _events(db, action=None):
    with db.read_only() as session:
        query = select(AuditEventRecord).order_by(AuditEventRecord.id)
        if action:
            query = query.where(AuditEventRecord.action == action)
        return [
            SimpleNamespace(action=e.action, entity=e.entity, username=e.username)
            for e in session.scalars(query)
        ]


def test_sign_in_with_right_password(services, admin):
    user = services.users.sign_in("OWNER ", ADMIN_PASSWORD)
    assert user.id == admin.id
    assert user.role is Role.ADMIN
    assert [e.username for e in _events(services.db, "sign-in")] == ["owner"]


def test_password_is_stored_as_argon2id(services, admin):
    with services.db.read_only() as session:
        stored = session.scalars(select(UserRecord.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored


def test_wrong_password_is_counted_and_audited(services, admin):
    with pytest.raises(AuthenticationFailed) as caught:
        services.users.sign_in("owner", "nope")
    assert caught.value.field == "password"
    assert caught.value.message == "Wrong username or password."
    assert len(_events(services.db, "sign-in-failed")) == 1


def test_unknown_user_gets_the_same_message(services, admin):
    with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
        services.users.sign_in("nobody", ADMIN_PASSWORD)


def test_lockout_after_repeated_failures_then_expiry(services, admin, clock):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed):
            services.users.sign_in("owner", "wrong password")
    with pytest.raises(AccountLocked, match="locked for 1 minute"):
        services.users.sign_in("owner", "wrong password")
    # Even the right password is refused while locked, with a clear message.
    with pytest.raises(AccountLocked, match="Try again in 5 minutes"):
        services.users.sign_in("owner", ADMIN_PASSWORD)
    clock.advance(minutes=5, seconds=1)
    assert services.users.sign_in("owner", ADMIN_PASSWORD).username == "owner"


def test_admin_unlocks_a_locked_account(services, admin, make_user):
    make_user("rita", Role.RECEPTION, "rita-password")
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.users.sign_in("rita", "bad")
    rita = next(u for u in services.users.list_users(admin) if u.username == "rita")
    services.users.unlock(admin, rita.id)
    assert services.users.sign_in("rita", "rita-password").id == rita.id


def test_only_admin_adds_users(services, admin, make_user):
    reception = make_user("rita", Role.RECEPTION)
    with pytest.raises(PermissionDenied, match="Reception"):
        services.users.add_user(reception, NewUser("x1", "X", Role.ADMIN, "password-1"))
    with pytest.raises(PermissionDenied):
        services.users.list_users(reception)


def test_duplicate_username_is_refused_next_to_the_field(services, admin):
    with pytest.raises(ValidationError) as caught:
        services.users.add_user(admin, NewUser("Owner", "Other", Role.RECEPTION, "password-1"))
    assert caught.value.errors == {"username": "The username 'owner' is taken."}


def test_deactivated_user_cannot_sign_in(services, admin, make_user):
    pat = make_user("pat", Role.PRACTITIONER, "pat-password")
    services.users.set_active(admin, pat.id, False)
    with pytest.raises(AuthenticationFailed):
        services.users.sign_in("pat", "pat-password")
    services.users.set_active(admin, pat.id, True)
    assert services.users.sign_in("pat", "pat-password").active


def test_admin_cannot_deactivate_themself(services, admin, make_user):
    with pytest.raises(ValidationError, match="own account") as caught:
        services.users.set_active(admin, admin.id, False)
    assert caught.value.field == "active"
    other = make_user("boss2", Role.ADMIN)
    services.users.set_active(admin, other.id, False)
    assert not next(u for u in services.users.list_users(admin) if u.id == other.id).active


def test_every_write_is_audited(services, admin, make_user):
    pat = make_user("pat", Role.PRACTITIONER)
    services.users.set_active(admin, pat.id, False)
    services.users.reset_password(admin, pat.id, "new-password-1")
    actions = [(e.action, e.entity, e.username) for e in _events(services.db)]
    assert ("create", "clinic", "owner") in actions
    assert ("create", "user", "owner") in actions
    assert actions.count(("update", "user", "owner")) == 2


def test_user_changes_own_password_but_not_others(services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION, "rita-password")
    pat = make_user("pat", Role.PRACTITIONER)
    with pytest.raises(ValidationError) as caught:
        services.users.change_own_password(rita, "not-her-password", "rita-new-password")
    assert "current" in caught.value.errors
    services.users.change_own_password(rita, "rita-password", "rita-new-password")
    assert services.users.sign_in("rita", "rita-new-password").id == rita.id
    with pytest.raises(PermissionDenied):
        services.users.reset_password(rita, pat.id, "hijacked-password")
    with pytest.raises(PermissionDenied):  # not even her own without the current password
        services.users.reset_password(rita, rita.id, "hijacked-password")


def test_a_user_chooses_their_own_interface_language_audited(services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION, "rita-password")
    assert services.users.sign_in("rita", "rita-password").language is None
    updated = services.users.set_language(rita, rita.id, "it")
    assert updated.language == "it"
    assert services.users.sign_in("rita", "rita-password").language == "it"
    with services.db.read_only() as session:
        detail = session.scalars(
            select(AuditEventRecord.detail).where(AuditEventRecord.username == "rita")
        ).all()
    assert "language it" in detail
    services.users.set_language(rita, rita.id, None)
    assert services.users.sign_in("rita", "rita-password").language is None


def test_only_admins_set_someone_elses_language_and_only_a_known_one(services, admin, make_user):
    rita = make_user("rita", Role.RECEPTION)
    pat = make_user("pat", Role.PRACTITIONER)
    with pytest.raises(PermissionDenied):
        services.users.set_language(rita, pat.id, "it")
    assert services.users.set_language(admin, pat.id, "it").language == "it"
    with pytest.raises(ValidationError) as caught:
        services.users.set_language(admin, pat.id, "xx")
    assert caught.value.field == "language"
    assert next(u for u in services.users.list_users(admin) if u.id == pat.id).language == "it"


def test_the_first_administrator_keeps_the_language_chosen_at_set_up(db, clock):
    from acudesk.domain.clinic import ClinicDetails
    from acudesk.services.registry import build_services

    services = build_services(db, clock)
    admin = services.clinic.set_up(
        ClinicDetails("Studio Salice", "Via Roma 1", "+39 02 1234 5678"),
        NewUser("titolare", "Giulia Rossi", Role.ADMIN, ADMIN_PASSWORD, "it"),
    )
    assert admin.language == "it"
    assert services.users.sign_in("titolare", ADMIN_PASSWORD).language == "it"
