from __future__ import annotations

import pytest

from acudesk.domain.clinic import ClinicDetails, validate_clinic
from acudesk.domain.text import digits_only, fold
from acudesk.domain.users import (
    ROLE_PERMISSIONS,
    NewUser,
    Permission,
    Role,
    User,
    check_password,
    validate_new_user,
)


def test_only_admin_manages_users():
    assert Permission.MANAGE_USERS in ROLE_PERMISSIONS[Role.ADMIN]
    assert Permission.MANAGE_USERS not in ROLE_PERMISSIONS[Role.RECEPTION]
    assert Permission.MANAGE_USERS not in ROLE_PERMISSIONS[Role.PRACTITIONER]


def test_only_practitioners_and_admins_chart():
    assert Permission.CHART_SESSIONS in ROLE_PERMISSIONS[Role.PRACTITIONER]
    assert Permission.CHART_SESSIONS not in ROLE_PERMISSIONS[Role.RECEPTION]


def test_inactive_user_can_nothing():
    user = User(1, "a", "A", Role.ADMIN, active=False)
    assert not any(user.can(p) for p in Permission)


@pytest.mark.parametrize(
    ("username", "ok"),
    [
        ("anna", True),
        ("a.b-c_1", True),
        ("A", False),
        ("", False),
        ("has space", False),
        ("-dash", False),
        ("x" * 33, False),
        ("Élodie", False),
    ],
)
def test_usernames(username, ok):
    errors = validate_new_user(NewUser(username, "Someone", Role.RECEPTION, "long enough"))
    assert ("username" not in errors) is ok


def test_password_rules():
    assert check_password("short") is not None
    assert check_password(" padded password ") is not None
    assert check_password("x" * 257) is not None
    assert check_password("a fine passphrase") is None


def test_every_problem_reported_at_once():
    errors = validate_new_user(NewUser("", "  ", Role.ADMIN, "x"))
    assert set(errors) == {"username", "display_name", "password"}


def test_clinic_name_required():
    assert "name" in validate_clinic(ClinicDetails("   "))
    assert validate_clinic(ClinicDetails("Willow", phone="abc")) == {
        "phone": "The phone number needs digits."
    }
    assert validate_clinic(ClinicDetails("Willow", "1 Road", "+44 20 1234")) == {}


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zoë", "zoe"),
        ("ZOË  Müller", "zoe muller"),
        ("Ἀλέξης", "αλεξησ"),
        ("Йорк", "иорк"),
        ("ﬁona", "fiona"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_digits_only():
    assert digits_only("+44 (0)20 7946-0000") == "4402079460000"
