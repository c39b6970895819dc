"""Permission checks: enforced here, whatever a screen shows or hides.

``require_current`` checks the account as it is in the database now (inside the caller's
transaction), so that an account deactivated or given another role on another workstation
loses access at its next action. ``require`` checks the in-memory user only (for callers
with no database, e.g. a dialog deciding what to show).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from acudesk.domain.errors import PermissionDenied
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.users import Permission, User
from acudesk.store.users import current_account


class AccountChanged(PermissionDenied):
    """The signed-in account was deactivated or re-roled since it signed in: sign in again."""


# Whole sentences, one per permission, so that each language words the refusal its own way.
_REFUSALS = LazyTexts(
    "permissions",
    {
        Permission.MANAGE_USERS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not manage user accounts. Ask an administrator if you need to.",
        ),
        Permission.MANAGE_CLINIC: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not change the clinic's details. Ask an administrator if "
            "you need to.",
        ),
        Permission.BACK_UP: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not make backups. Ask an administrator if you need to.",
        ),
        Permission.RESTORE: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not restore the database from a backup. Ask an "
            "administrator if you need to.",
        ),
        Permission.VIEW_CLIENTS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not look up clients. Ask an administrator if you need to.",
        ),
        Permission.EDIT_CLIENTS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not edit client details. Ask an administrator if you need to.",
        ),
        Permission.READ_INTAKE: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not read intake forms or their alerts. Ask an administrator "
            "if you need to.",
        ),
        Permission.READ_CLINICAL: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not read session notes, charts or amendments. Ask an "
            "administrator if you need to.",
        ),
        Permission.PRINT_HANDOUTS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not print aftercare handouts. Ask an administrator if you "
            "need to.",
        ),
        Permission.VIEW_CATALOGUE: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not look at the product catalogue. Ask an administrator if "
            "you need to.",
        ),
        Permission.TRANSFER_DATA: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not export or import whole records or client lists. Ask an "
            "administrator if you need to.",
        ),
        Permission.WRITE_INTAKE: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not record intakes. Ask an administrator if you need to.",
        ),
        Permission.CHART_SESSIONS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not chart treatment sessions. Ask an administrator if you "
            "need to.",
        ),
        Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not read the audit log. Ask an administrator if you need to.",
        ),
        Permission.MANAGE_PRODUCTS: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not change the product catalogue. Ask an administrator if "
            "you need to.",
        ),
        Permission.BOOK: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not use the appointment book. Ask an administrator if you "
            "need to.",
        ),
    },
)


def refusal(actor: User, permission: Permission) -> str:
    """Why ``actor`` may not do what ``permission`` allows (a tooltip, a message)."""
    if not actor.active:
        return _deactivated()
    return _REFUSALS[permission].format(role=actor.role.label)


def _deactivated() -> str:
    return translate("permissions", "This account has been deactivated. Ask an administrator.")


def require(actor: User, permission: Permission) -> None:
    """Check the in-memory user only; services use ``require_current``."""
    if not actor.can(permission):
        raise PermissionDenied(refusal(actor, permission))


def require_current(session: Session, actor: User | None, permission: Permission | None) -> User:
    """The acting account as it is now, refused unless it is active, unchanged and allowed.

    ``permission`` None: any active account (what a person may do to their own account).
    """
    if actor is None or not actor.active:
        raise PermissionDenied(_deactivated())
    current = current_account(session, actor.id)
    if current is None or not current.active:
        raise AccountChanged(_deactivated())
    if current.role is not actor.role:
        raise AccountChanged(
            translate(
                "permissions",
                "An administrator changed your account's role to {role}. Sign in again.",
            ).format(role=current.role.label)
        )
    if permission is not None and not current.can(permission):
        raise PermissionDenied(_REFUSALS[permission].format(role=current.role.label))
    return current
