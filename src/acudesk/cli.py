"""The headless commands of `acudesk`, for scripts and CI: schema, demo data, backup, client
lists and records, products, aftercare sheets, the appointment book (cli_book), and the
reading half of `chart`.

This module never imports Qt or the ui. The `acudesk` program starts in ``acudesk.app`` (the
composition root): with no command it opens the app, `chart` it draws with Qt, and every
other command it hands to ``main`` here. The parser is this module's, so ``--help`` lists all.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acudesk import __version__, cli_backup, cli_clients
from acudesk.cli_admin import ADMIN_COMMANDS, _add_user, _sign_in, add_admin_commands
from acudesk.cli_book import BOOK_COMMANDS, add_book_commands
from acudesk.cli_clients import add_import_options, import_clients
from acudesk.cli_reminders import REMINDER_COMMANDS, add_reminder_commands
from acudesk.config import resolve_database_url
from acudesk.domain.errors import AcudeskError
from acudesk.services.clock import Clock, system_clock
from acudesk.services.crash import run_command
from acudesk.start_options import add_app_options
from acudesk.store.private_files import open_private_text, write_private_bytes, write_private_text

if TYPE_CHECKING:
    from acudesk.store.engine import Database


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line, read (exits with the usage on a mistake, as argparse does)."""
    return _parser().parse_args(argv)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acudesk",
        description="Practice management for cosmetic acupuncture clinics. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"acudesk {__version__}")
    add_app_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_database_commands(commands)
    _add_transfer_commands(commands)
    _add_products_parser(commands)
    _add_chart_command(commands)
    _add_aftercare_command(commands)
    add_book_commands(commands)
    add_admin_commands(commands)
    add_reminder_commands(commands)
    return parser


def _add_database_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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

    cli_backup.add_backup_commands(commands, _add_user)


def _add_transfer_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    clients = commands.add_parser("clients", help="import or export the client list as CSV")
    client_commands = clients.add_subparsers(
        dest="clients_command", metavar="ACTION", required=True
    )
    imp = client_commands.add_parser("import", help="import clients from a CSV file")
    imp.add_argument("file", type=Path)
    add_import_options(imp)
    _add_user(imp)
    exp = client_commands.add_parser("export", help="export all clients to a CSV file")
    exp.add_argument("file", type=Path)
    _add_user(exp)

    record = commands.add_parser("record", help="one client's whole record as JSON")
    record_commands = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    rexp = record_commands.add_parser("export", help="write a client's record as JSON")
    rexp.add_argument("client_id", type=int, metavar="CLIENT_ID")
    rexp.add_argument("-o", "--output", type=Path, help="the file (default: standard output)")
    _add_user(rexp)
    rimp = record_commands.add_parser("import", help="create a client from a JSON record")
    rimp.add_argument("file", type=Path)
    _add_user(rimp)
    cli_clients.add_services_commands(commands, _add_user)


# Aftercare (the sheet a client takes home, kept as handed out)


def _add_aftercare_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    aftercare = commands.add_parser(
        "aftercare", help="write a completed session's aftercare sheet as PDF (kept as given)"
    )
    aftercare.add_argument("session_id", type=int, metavar="SESSION_ID")
    aftercare.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    aftercare.add_argument(
        "--lang", choices=("en", "it"), help="the sheet's language (default: the client's)"
    )
    _add_user(aftercare)


def _cmd_aftercare(args: argparse.Namespace, url: str) -> int:
    from acudesk.services.registry import build_services

    services = build_services(_open(url, args.clock), args.clock)
    user = _sign_in(services, args.user, args.password_stdin)
    issued = services.handouts.issue(user, args.session_id, language=args.lang)
    try:
        write_private_bytes(args.output, issued.pdf)
    except OSError as error:
        raise AcudeskError(f"{args.output} cannot be written: {error.strerror}.") from None
    print(
        f"Wrote the aftercare sheet of session {args.session_id} to {args.output} "
        f"(handout {issued.id}, SHA-256 {issued.sha256})"
    )
    return 0


# Chart (the point map of one session, as a PNG image: drawn by acudesk.app, with Qt)


def _add_chart_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    chart = commands.add_parser("chart", help="draw a session's chart as a PNG image")
    chart.add_argument("session_id", type=int, metavar="SESSION_ID")
    chart.add_argument("-o", "--output", type=Path, required=True, help="the PNG file to write")
    chart.add_argument(
        "--diagram",
        help="face-front, face-profile, body-front or body-back "
        "(default: the one with most placements)",
    )
    chart.add_argument("--width", type=int, default=1600, help="in pixels (default 1600)")
    _add_user(chart)


def session_chart(args: argparse.Namespace, clock: Clock) -> list[dict[str, Any]]:
    """The chart `acudesk chart` draws: read as the signed-in user (the drawing is Qt's)."""
    from acudesk.services.registry import build_services

    services = build_services(
        _open(resolve_database_url(args.database, demo=args.demo), clock), clock
    )
    user = _sign_in(services, args.user, args.password_stdin)
    return list(services.sessions.get(user, args.session_id).chart)


# Products (the catalogue used for aftercare recommendations)


def _add_products_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    products = commands.add_parser("products", help="the product catalogue as JSON")
    product_commands = products.add_subparsers(
        dest="products_command", metavar="ACTION", required=True
    )
    pexp = product_commands.add_parser(
        "export", help="write the whole catalogue to a JSON file (acudesk-products/1)"
    )
    pexp.add_argument("file", type=Path)
    _add_user(pexp)


def _cmd_products(args: argparse.Namespace, url: str) -> int:
    import json

    from acudesk.services.registry import build_services

    services = build_services(_open(url, args.clock), args.clock)
    user = _sign_in(services, args.user, args.password_stdin)
    document = services.products.export_json(user)
    text = json.dumps(document, ensure_ascii=False, indent=2)
    try:
        write_private_text(args.file, text + "\n")
    except OSError as error:
        raise AcudeskError(f"{args.file} cannot be written: {error.strerror}.") from None
    print(f"Exported {len(document['products']):,} products to {args.file}")
    return 0


def _cmd_clients(args: argparse.Namespace, url: str) -> int:
    from acudesk.services.registry import build_services

    services = build_services(_open(url, args.clock), args.clock)
    user = _sign_in(services, args.user, args.password_stdin)
    if args.clients_command == "export":
        try:
            with open_private_text(args.file, encoding="utf-8-sig") as out:
                count = services.transfers.export_csv(user, out)
        except OSError as error:
            raise AcudeskError(f"{args.file} cannot be written: {error.strerror}.") from None
        print(f"Exported {count:,} clients to {args.file}")
        return 0
    return import_clients(services, user, args)


def _cmd_record(args: argparse.Namespace, url: str) -> int:
    import json

    from acudesk.domain.record_check import DocumentError, load_document
    from acudesk.services.registry import build_services

    services = build_services(_open(url, args.clock), args.clock)
    user = _sign_in(services, args.user, args.password_stdin)
    if args.record_command == "export":
        record = services.records.export_record(user, args.client_id)
        text = json.dumps(record, ensure_ascii=False, indent=2)
        if args.output is None:
            print(text)
        else:
            write_private_text(args.output, text + "\n")
            print(f"Wrote the record of client {args.client_id} to {args.output}")
        return 0
    try:
        document = load_document(args.file.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise AcudeskError(f"{args.file} cannot be read: {error.strerror}.") from None
    except (UnicodeDecodeError, DocumentError) as error:  # not JSON, or not a record's JSON
        raise AcudeskError(f"{args.file}: {error}") from None
    client_id = services.records.import_record(user, document)
    print(f"Imported the record as client {client_id}.")
    appointments = document.get("appointments") or []
    if appointments:
        print(
            f"Its {len(appointments)} appointments were not booked: this clinic's book has its "
            "own rooms, services and free times; book them in the Book.",
            file=sys.stderr,
        )
    return 0


def fail(message: str) -> int:
    print(f"acudesk: {message}", file=sys.stderr)
    return 1


_OPENED: list[Database] = []


def _open(url: str, clock: Clock):  # type: ignore[no-untyped-def]
    from acudesk.services.startup import open_database

    opened = open_database(url, clock)
    _OPENED.append(opened.db)  # closed when the command ends (a restore needs it alone)
    if opened.upgraded:
        where = f" (previous file copied to {opened.copy})" if opened.copy else ""
        print(f"Database upgraded to the current schema{where}.", file=sys.stderr)
    return opened.db


def _cmd_db(args: argparse.Namespace, url: str) -> int:
    from acudesk.store.engine import Database
    from acudesk.store.migrate import schema_status

    if args.db_command == "upgrade":
        db = _open(url, args.clock)
        print(f"{db.info.description}: schema is current.")
        return 0
    db = Database(url)
    db.check_connection()
    status = schema_status(db)
    state = "current" if status.at_head else ("empty" if status.is_empty else "needs upgrade")
    print(f"database: {db.info.description}")
    print(f"schema:   {status.current or '(none)'} (this version expects {status.head}): {state}")
    from acudesk.domain.points import CatalogError
    from acudesk.services.catalog import point_catalog

    try:
        catalog = point_catalog()
    except (CatalogError, OSError) as error:
        print(f"points:   damaged: {error}")
        return 4
    print(f"points:   {len(catalog)} points on {len(catalog.diagrams)} diagrams: sound")
    return 0 if status.at_head else 1  # 3 is an internal error (services/crash.py)


def _cmd_demo(args: argparse.Namespace, url: str) -> int:
    from acudesk.services.demo import seed_demo

    if args.clients < 0 or args.clients > 2_000_000:
        return fail("--clients takes a number from 0 to 2000000.")
    db = _open(url, args.clock)
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        print(f"\r{done:>9,} / {total:,} clients", end="", file=sys.stderr, flush=True)

    added = seed_demo(
        db,
        args.clients,
        clock=args.clock,
        progress=report if sys.stderr.isatty() else None,
        histories=30,
    )
    _ensure_house_catalogue(db, args.clock)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Demo clinic ready in {db.info.description}: added {added:,} synthetic clients "
        f"in {time.perf_counter() - started:.1f} s."
    )
    return 0


def _ensure_house_catalogue(db: Database, clock: Clock) -> None:
    """The demo clinic gets the house product catalogue too."""
    from acudesk.services.products import ProductService

    ProductService(db, clock).ensure_house_catalogue()


COMMANDS: dict[str, Callable[[argparse.Namespace, str], int]] = {
    "db": _cmd_db,
    "demo": _cmd_demo,
    "backup": lambda args, url: cli_backup.cmd_backup(args, url),
    "restore": lambda args, url: cli_backup.cmd_restore(args, url),
    "clients": _cmd_clients,
    "services": cli_clients.cmd_services,
    "record": _cmd_record,
    "products": _cmd_products,
    "aftercare": _cmd_aftercare,
    **BOOK_COMMANDS,
    **ADMIN_COMMANDS,
    **REMINDER_COMMANDS,
}


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """Run one headless command; `clock` is the time every service sees (tests pass their own)."""
    args = parse(argv)
    args.clock = clock
    command = COMMANDS.get(args.command or "")
    if command is None:  # the app itself, or `chart`: both need Qt, so acudesk.app runs them
        return fail(f"{args.command or 'the app'}: run it as `acudesk` (acudesk.app.main).")
    url = resolve_database_url(args.database, demo=args.demo)
    try:
        return run_command(lambda: command(args, url))  # exit 1 refused, 3 internal error
    finally:
        while _OPENED:
            _OPENED.pop().dispose()
