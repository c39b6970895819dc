"""Users, roles and what each role may do."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate


class Role(enum.StrEnum):
    RECEPTION = "reception"
    PRACTITIONER = "practitioner"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = LazyTexts(
    "users",
    {
        Role.RECEPTION: QT_TRANSLATE_NOOP("users", "Reception"),
        Role.PRACTITIONER: QT_TRANSLATE_NOOP("users", "Practitioner"),
        Role.ADMIN: QT_TRANSLATE_NOOP("users", "Admin"),
    },
)


class Permission(enum.StrEnum):
    """What a role may do; docs/permissions.md lists every service method's permission."""

    MANAGE_USERS = "manage-users"
    MANAGE_CLINIC = "manage-clinic"
    BACK_UP = "back-up"
    RESTORE = "restore"  # replace the whole database by a backup: administrators only
    VIEW_CLIENTS = "view-clients"
    EDIT_CLIENTS = "edit-clients"
    READ_INTAKE = "read-intake"  # the intake form, its alerts (titles and what to do)
    WRITE_INTAKE = "write-intake"
    READ_CLINICAL = "read-clinical"  # session notes, charts, amendments
    CHART_SESSIONS = "chart-sessions"
    PRINT_HANDOUTS = "print-handouts"
    VIEW_CATALOGUE = "view-catalogue"  # the product catalogue, read-only
    MANAGE_PRODUCTS = "manage-products"
    BOOK = "book"  # see and change the appointment book
    TRANSFER_DATA = "transfer-data"  # whole-record export/import, client lists in and out
    VIEW_AUDIT = "view-audit"


_ALL = frozenset(Permission)
_FRONT_DESK = frozenset(
    {
        Permission.VIEW_CLIENTS,
        Permission.EDIT_CLIENTS,
        Permission.READ_INTAKE,
        Permission.WRITE_INTAKE,
        Permission.PRINT_HANDOUTS,
        Permission.VIEW_CATALOGUE,
        Permission.BOOK,
    }
)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # Reception: client details, the intake it takes, alerts and handouts; no clinical notes.
    Role.RECEPTION: _FRONT_DESK,
    # Practitioners: the clinical work; no accounts, clinic, catalogue, backups or transfers.
    Role.PRACTITIONER: _FRONT_DESK | {Permission.READ_CLINICAL, Permission.CHART_SESSIONS},
    Role.ADMIN: _ALL,
}


@dataclass(frozen=True, slots=True)
class User:
    """The acting user, as services see it: never an ORM object."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool = True
    language: str | None = None  # the interface language chosen; None: the system's

    def can(self, permission: Permission) -> bool:
        return self.active and permission in ROLE_PERMISSIONS[self.role]


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    display_name: str
    role: Role
    password: str
    language: str | None = None


# Languages the screens are translated into; English is the source text.
INTERFACE_LANGUAGES = ("en", "it")

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8
MAX_FAILED_ATTEMPTS = 5
# Progressive lockout: minutes locked after the 5th, 6th, 7th wrong password in a row, then
# this last figure for every further one.
LOCKOUT_STEPS_MINUTES = (1, 5, 15, 60)


def lockout_minutes(failures: int) -> int:
    """How long an account stays locked after this many wrong passwords in a row (0: not)."""
    if failures < MAX_FAILED_ATTEMPTS:
        return 0
    steps = LOCKOUT_STEPS_MINUTES
    return steps[min(failures - MAX_FAILED_ATTEMPTS, len(steps) - 1)]


def normalise_username(username: str) -> str:
    return username.strip().lower()


def validate_new_user(new: NewUser) -> dict[str, str]:
    """Return field -> message for every problem; empty when the user is acceptable."""
    errors: dict[str, str] = {}
    username = normalise_username(new.username)
    if not username:
        errors["username"] = translate("users", "Enter a username.")
    elif not USERNAME_PATTERN.match(username):
        errors["username"] = translate(
            "users",
            "A username is 2 to 32 letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit.",
        )
    if not new.display_name.strip():
        errors["display_name"] = translate(
            "users", "Enter the person's name as it should appear on screen."
        )
    elif len(new.display_name.strip()) > 120:
        errors["display_name"] = translate(
            "users", "The name is too long ({limit} characters at most)."
        ).format(limit=120)
    password_problem = check_password(new.password)
    if password_problem:
        errors["password"] = password_problem
    language_problem = check_language(new.language)
    if language_problem:
        errors["language"] = language_problem
    return errors


def check_language(language: str | None) -> str | None:
    """None (follow the computer's language) or one of the interface languages."""
    if language is None or language in INTERFACE_LANGUAGES:
        return None
    return translate("users", "Choose one of the languages acudesk is translated into.")


def check_password(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return translate(
            "users", "A password needs at least %n characters.", None, MIN_PASSWORD_LENGTH
        )
    if len(password) > 256:
        return translate("users", "The password is too long ({limit} characters at most).").format(
            limit=256
        )
    if password.strip() != password:
        return translate("users", "A password cannot start or end with a space.")
    return None
