"""`acudesk backup [DEST]` and `acudesk restore FILE`: checked copies, and putting one back.

Restore acts as a signed-in administrator; only when the database cannot be opened at all (a
damaged file) does it restore without one, as whoever may replace the file on this computer.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from acudesk.domain.errors import AcudeskError

if TYPE_CHECKING:
    from acudesk.services.backup_check import BackupFacts

AddUser = Callable[[argparse.ArgumentParser], None]


def add_backup_commands(commands: argparse._SubParsersAction, add_user: AddUser) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="back up the database now, and check the copy")
    backup.add_argument(
        "dest", nargs="?", type=Path, help="a folder or a file name (default: the backups folder)"
    )
    add_user(backup)  # an administrator's: a backup holds every client's record
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the current one is kept aside)"
    )
    restore.add_argument("file", type=Path, help="a backup made by `acudesk backup`")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_user(restore)


def summary(facts: BackupFacts) -> str:
    taken = f", taken {facts.taken_at:%Y-%m-%d %H:%M}" if facts.taken_at else ""
    return f"schema {facts.revision}{taken}: {facts.counts_text()}"


def cmd_backup(args: argparse.Namespace, url: str) -> int:
    from acudesk.cli import _open
    from acudesk.cli_admin import _sign_in
    from acudesk.services.registry import build_services

    db = _open(url, args.clock)
    try:
        services = build_services(db, args.clock)
        user = _sign_in(services, args.user, args.password_stdin)
        facts = services.backup.back_up_now(user, args.dest)  # checked and audited
    finally:
        db.dispose()
    print(f"Backed up to {facts.path}")
    print(f"Checked: integrity ok, {summary(facts)}")
    return 0


def cmd_restore(args: argparse.Namespace, url: str) -> int:
    from acudesk.domain.errors import DatabaseDamaged
    from acudesk.services.backup_check import inspect_backup

    facts = inspect_backup(args.file)
    print(f"Backup {facts.path}: integrity ok, {summary(facts)}")
    try:
        return _restore_signed_in(args, url, facts)
    except DatabaseDamaged as error:
        print(f"acudesk: {error.message}", file=sys.stderr)
        return _restore_over_damaged(args, url, facts)


def _confirm(args: argparse.Namespace, replaced: str) -> None:
    print(f"This replaces {replaced}; the current database is kept aside.")
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise AcudeskError("Nothing restored: add --yes to restore without being asked.")
    if input("Type yes to restore: ").strip().lower() != "yes":
        raise AcudeskError("Nothing restored.")


def _restore_signed_in(args: argparse.Namespace, url: str, facts: BackupFacts) -> int:
    from acudesk.cli import _open
    from acudesk.cli_admin import _sign_in
    from acudesk.services.registry import build_services

    db = _open(url, args.clock)
    try:
        services = build_services(db, args.clock)
        user = _sign_in(services, args.user, args.password_stdin)
        current = services.backup.current(user)
        _confirm(args, f"{db.info.description} ({current.counts_text()})")
        report = services.backup.restore(user, facts.path)
    finally:
        db.dispose()
    _print_report(report.kept_aside, report.upgraded)
    return 0


def _restore_over_damaged(args: argparse.Namespace, url: str, facts: BackupFacts) -> int:
    from acudesk.services.restore import restore_database
    from acudesk.store.engine import Database

    db = Database(url)
    try:
        _confirm(args, f"the damaged {db.info.description}")
        who = f"{getpass.getuser()} (damaged database)"
        report = restore_database(db, facts.path, when=args.clock(), who=who[:32])
    finally:
        db.dispose()
    _print_report(report.kept_aside, report.upgraded)
    return 0


def _print_report(aside: str, upgraded: bool) -> None:
    print(f"Restored. The database it replaced is kept as {aside}.")
    if upgraded:
        print("The backup's older schema was brought up to date.")
