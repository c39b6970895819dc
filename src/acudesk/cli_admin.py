"""Headless administration: `acudesk users add|list` and `acudesk audit verify|export`.

Each command signs in as an administrator (``--user``, the password from $ACUDESK_PASSWORD or a
prompt) and is held to the same permissions as the screens. The one exception is the first
account of an empty database: `acudesk users add --role admin --clinic NAME ...` creates the
clinic and its first administrator without signing in, so a server install needs no GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from acudesk.domain.audit import AuditFilter
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import NewUser, Role, User

if TYPE_CHECKING:
    from acudesk.services.registry import Services

Command = Callable[[argparse.Namespace, str], int]
_BROKEN = {
    "missing-before": "events are missing before it (deleted, or the chain was cut)",
    "hash-mismatch": "its contents do not match its hash (changed after it was written)",
    "head-mismatch": "the chain's head does not match its last event (events removed at the end)",
}


def _add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        default=os.environ.get("ACUDESK_USER", ""),
        help="who is acting (default $ACUDESK_USER); the password comes from "
        "$ACUDESK_PASSWORD, --password-stdin, or is asked for",
    )
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin's first line"
    )


def _sign_in(services: Services, username: str, from_stdin: bool = False) -> User:
    """Sign in as ``username``: every command that touches data acts as someone."""
    if not username:
        raise AcudeskError("Say who is acting: --user NAME (or set ACUDESK_USER).")
    password = os.environ.get("ACUDESK_PASSWORD")
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif password is None:
        if not sys.stdin.isatty():
            raise AcudeskError(
                "Set ACUDESK_PASSWORD, pass --password-stdin, or run this from a terminal."
            )
        import getpass

        password = getpass.getpass(f"Password for {username}: ")
    return services.users.sign_in(username, password)


def add_admin_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    users = commands.add_parser("users", help="user accounts: add one, list them")
    user_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = user_commands.add_parser(
        "add",
        help="add an account (the password is asked twice, or read from stdin); the first "
        "administrator of an empty database needs no sign-in",
    )
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="the name shown on screen")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--clinic", default="", help="the clinic's name, for an empty database")
    _add_user(add)
    _add_user(user_commands.add_parser("list", help="list the accounts"))

    audit = commands.add_parser("audit", help="the audit log: verify its chain, export it")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    _add_user(audit_commands.add_parser("verify", help="check the hash chain of every event"))
    export = audit_commands.add_parser("export", help="write events to a CSV file")
    export.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--client", type=int, metavar="ID", help="only events about this client")
    export.add_argument("--person", metavar="USERNAME", help="only events by this account")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.csv")
    _add_user(export)


def _services(args: argparse.Namespace, url: str):  # type: ignore[no-untyped-def]
    from acudesk.cli import _open
    from acudesk.services.registry import build_services

    return build_services(_open(url, args.clock), args.clock)


def _new_password() -> str:
    """The new account's password: asked twice on a terminal, else the first line of stdin."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("New account's password: ")
    if getpass.getpass("The same password again: ") != first:
        raise AcudeskError("The two passwords differ: nothing was changed.")
    return first


def _cmd_users(args: argparse.Namespace, url: str) -> int:
    from acudesk.domain.clinic import ClinicDetails

    services = _services(args, url)
    if args.users_command == "list":
        actor = _sign_in(services, args.user, args.password_stdin)
        for user in services.users.list_users(actor):
            state = "active" if user.active else "deactivated"
            print(f"{user.username:<24} {user.role.value:<13} {state:<12} {user.display_name}")
        return 0
    new = NewUser(args.username, args.name, Role(args.role), "")
    if services.clinic.needs_first_run():
        if new.role is not Role.ADMIN or not args.clinic:
            raise AcudeskError(
                "This database has no clinic yet: its first account is an administrator, "
                'with the clinic\'s name: --role admin --clinic "Willow Clinic".'
            )
        created = services.clinic.set_up(
            ClinicDetails(args.clinic), NewUser(new.username, new.display_name, new.role,
                                                _new_password())
        )  # fmt: skip
    else:
        actor = _sign_in(services, args.user, args.password_stdin)
        password = _new_password()
        created = services.users.add_user(
            actor, NewUser(new.username, new.display_name, new.role, password)
        )
    print(f"Added {created.username} ({created.role.value}): {created.display_name}")
    return 0


def _cmd_audit(args: argparse.Namespace, url: str) -> int:
    services = _services(args, url)
    actor = _sign_in(services, args.user, args.password_stdin)
    if args.audit_command == "verify":
        report = services.audit.verify(actor)
        if report.intact:
            print(f"Audit chain intact: {report.checked:,} events checked.")
            return 0
        where = f"event {report.broken_id} (number {report.broken_seq} in the chain)"
        if report.broken_id is None:
            where = f"the end of the chain, after {report.checked:,} sound events"
        print(f"Audit chain BROKEN at {where}: {_BROKEN[report.reason]}.", file=sys.stderr)
        return 1
    which = AuditFilter(username=args.person, client_id=args.client, start=args.start, end=args.end)
    output: Path = args.output
    try:
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = services.audit.export_csv(actor, out, which)
    except OSError as error:
        raise AcudeskError(f"{output} cannot be written: {error.strerror}.") from None
    print(f"Exported {count:,} audit events to {output}")
    return 0


def _said(command: Command) -> Command:
    """Field problems (a taken username, a short password) as one line the shell shows."""

    def run(args: argparse.Namespace, url: str) -> int:
        try:
            return command(args, url)
        except ValidationError as error:
            problems = "; ".join(f"{field}: {text}" for field, text in error.errors.items())
            raise AcudeskError(problems) from None

    return run


ADMIN_COMMANDS: dict[str, Command] = {"users": _said(_cmd_users), "audit": _said(_cmd_audit)}
