"""Permission checks: enforced here, whatever a screen shows or hides."""

from __future__ import annotations

from acudesk.domain.errors import PermissionDenied
from acudesk.domain.users import Permission, User

_WHAT = {
    Permission.MANAGE_USERS: "manage user accounts",
    Permission.MANAGE_CLINIC: "change the clinic's details",
    Permission.BACK_UP: "make backups",
    Permission.VIEW_CLIENTS: "look up clients",
    Permission.EDIT_CLIENTS: "edit client details",
    Permission.READ_CLINICAL: "read clinical records",
    Permission.WRITE_INTAKE: "record intakes",
    Permission.CHART_SESSIONS: "chart treatment sessions",
    Permission.VIEW_AUDIT: "read the audit log",
    Permission.MANAGE_PRODUCTS: "change the product catalogue",
}


def require(actor: User, permission: Permission) -> None:
    if not actor.active:
        raise PermissionDenied("This account has been deactivated. Ask an administrator.")
    if not actor.can(permission):
        raise PermissionDenied(
            f"Your role ({actor.role.label}) may not {_WHAT[permission]}. "
            "Ask an administrator if you need to."
        )
