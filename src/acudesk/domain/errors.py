"""Errors the services raise, each with a message a receptionist understands."""

from __future__ import annotations


class AcudeskError(Exception):
    """Base of every error meant to be shown to a person.

    ``field`` names the input the message belongs next to, when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(AcudeskError):
    """Input that a rule refuses; ``errors`` maps each field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        first_field, first_message = next(iter(errors.items()))
        super().__init__(first_message, first_field)
        self.errors = dict(errors)


class PermissionDenied(AcudeskError):
    """The acting user's role does not allow this."""


class AuthenticationFailed(AcudeskError):
    """Wrong username or password, or an inactive account."""


class AccountLocked(AcudeskError):
    """Too many failed sign-ins; the account waits before it accepts another try."""


class NotFound(AcudeskError):
    """The record asked for does not exist (any more)."""


class ConflictError(AcudeskError):
    """Someone else saved the same record first (optimistic locking)."""


class DatabaseUnavailable(AcudeskError):
    """The database cannot be opened: server unreachable, file corrupt, or read-only."""


class AlreadySetUp(AcudeskError):
    """The first-run setup was attempted on a database that already has a clinic."""


class PossibleDuplicate(AcudeskError):
    """A new client looks like one already registered; ``matches`` lists them (ClientRow)."""

    def __init__(self, message: str, matches: list[object]) -> None:
        super().__init__(message, "first_name")
        self.matches = matches
