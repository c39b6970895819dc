"""The `acudesk` command: the GUI by default, and headless commands for scripts and CI."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from acudesk import __version__
from acudesk.config import resolve_database_url


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acudesk",
        description="Practice management for cosmetic acupuncture clinics. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"acudesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="a SQLite file path or URL, or postgresql+psycopg://user:pw@host/db "
        "(default: $ACUDESK_DATABASE_URL, else the local file in the data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo clinic (created on first use)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the database, show the main window as a demo user, let it paint, exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="schema: status or upgrade")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="bring the schema to this version (copies SQLite first)")
    db_commands.add_parser("status", help="show the schema revision and whether it is current")

    demo = commands.add_parser("demo", help="fill a database with a synthetic demo clinic")
    demo.add_argument(
        "--clients",
        type=int,
        default=500,
        metavar="N",
        help="how many synthetic clients to add (default 500)",
    )

    backup = commands.add_parser("backup", help="back up the database now")
    backup.add_argument(
        "dest", nargs="?", type=Path, help="a folder or a file name (default: the backups folder)"
    )
    return parser


def _fail(message: str) -> int:
    print(f"acudesk: {message}", file=sys.stderr)
    return 1


def _open(url: str):  # type: ignore[no-untyped-def]
    from acudesk.services.startup import open_database

    opened = open_database(url)
    if opened.upgraded:
        where = f" (previous file copied to {opened.copy})" if opened.copy else ""
        print(f"Database upgraded to the current schema{where}.", file=sys.stderr)
    return opened.db


def _cmd_db(args: argparse.Namespace, url: str) -> int:
    from acudesk.store.engine import Database
    from acudesk.store.migrate import schema_status

    if args.db_command == "upgrade":
        db = _open(url)
        print(f"{db.info.description}: schema is current.")
        return 0
    db = Database(url)
    db.check_connection()
    status = schema_status(db)
    state = "current" if status.at_head else ("empty" if status.is_empty else "needs upgrade")
    print(f"database: {db.info.description}")
    print(f"schema:   {status.current or '(none)'} (this version expects {status.head}): {state}")
    return 0 if status.at_head else 3


def _cmd_demo(args: argparse.Namespace, url: str) -> int:
    from acudesk.services.demo import seed_demo

    if args.clients < 0 or args.clients > 2_000_000:
        return _fail("--clients takes a number from 0 to 2000000.")
    db = _open(url)
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        print(f"\r{done:>9,} / {total:,} clients", end="", file=sys.stderr, flush=True)

    added = seed_demo(db, args.clients, progress=report if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Demo clinic ready in {db.info.description}: added {added:,} synthetic clients "
        f"in {time.perf_counter() - started:.1f} s."
    )
    return 0


def _cmd_backup(args: argparse.Namespace, url: str) -> int:
    from acudesk.services.backup import back_up

    db = _open(url)
    target = back_up(db, args.dest)
    print(f"Backed up to {target}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    url = resolve_database_url(args.database, demo=args.demo)
    from acudesk.domain.errors import AcudeskError

    try:
        if args.command == "db":
            return _cmd_db(args, url)
        if args.command == "demo":
            return _cmd_demo(args, url)
        if args.command == "backup":
            return _cmd_backup(args, url)
    except AcudeskError as error:
        return _fail(error.message)
    from acudesk.app import run_gui

    return run_gui(url, demo=args.demo, smoke=args.smoke)


if __name__ == "__main__":
    raise SystemExit(main())
