"""`acudesk reminders send [--dry-run]`: queue the reminders that are due and send them.

Meant for a scheduler (cron, a systemd timer, Windows' Task Scheduler) every few minutes on
one computer of the clinic; a second computer running it too sends nothing twice.
"""

from __future__ import annotations

import argparse
import sys

from acudesk.cli_admin import _add_user, _said, _sign_in
from acudesk.domain.reminders import OutboxMessage
from acudesk.services.clock import Clock


def add_reminder_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    reminders = commands.add_parser("reminders", help="appointment reminders: send those due")
    actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send", help="queue the reminders due by the clinic's rules and send every queued one"
    )
    send.add_argument(
        "--dry-run", action="store_true", help="print what would go; write and send nothing"
    )
    _add_user(send)


def _line(message: OutboxMessage) -> str:
    when = message.appointment_start.strftime("%Y-%m-%d %H:%M %Z")  # the location's time
    what = message.subject or message.body.replace("\n", " ")[:60]
    return (
        f"  {message.kind.value:<5} {message.recipient:<28} {when}  {message.client_name}: {what}"
    )


def _cmd_reminders(args: argparse.Namespace, url: str) -> int:
    from acudesk.cli import _open
    from acudesk.services.registry import build_services

    clock: Clock = args.clock
    services = build_services(_open(url, clock), clock)
    user = _sign_in(services, args.user, args.password_stdin)
    report = services.reminders.send_due(user, dry_run=args.dry_run)
    if args.dry_run:
        print(
            f"Dry run, nothing sent: would send {len(report.sent)}, refuse "
            f"{len(report.failed)}, hold {len(report.waiting)} for the end of the quiet hours."
        )
        for message in report.sent:
            print(_line(message))
        for message in report.failed:
            print(f"{_line(message)}\n    would not go: {message.reason}")
        for message in report.waiting:
            print(f"{_line(message)}\n    waits for the end of the quiet hours")
        return 0
    print(f"Sent {len(report.sent)}, failed {len(report.failed)}, waiting {len(report.waiting)}.")
    for message in report.sent:
        print(_line(message))
    if report.waiting:
        print(f"{len(report.waiting)} wait for the end of the quiet hours.")
    for message in report.failed:
        print(f"acudesk: not sent to {message.recipient}: {message.reason}", file=sys.stderr)
    return 1 if report.failed else 0


REMINDER_COMMANDS = {"reminders": _said(_cmd_reminders)}
