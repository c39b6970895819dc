"""Permission checks: enforced here, whatever a screen shows or hides."""

from __future__ import annotations

from acudesk.domain.errors import PermissionDenied
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.users import Permission, User

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
        Permission.READ_CLINICAL: QT_TRANSLATE_NOOP(
            "permissions",
            "Your role ({role}) may not read clinical records. Ask an administrator if you "
            "need to.",
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


def require(actor: User, permission: Permission) -> None:
    if not actor.active:
        raise PermissionDenied(
            translate("permissions", "This account has been deactivated. Ask an administrator.")
        )
    if not actor.can(permission):
        raise PermissionDenied(_REFUSALS[permission].format(role=actor.role.label))
