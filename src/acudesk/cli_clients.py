"""The imports: `acudesk clients import` (its options and the report it prints) and
`acudesk services import FILE.json`, the book's services, rooms and devices from a set-up file
(docs/book-setup.md), all or nothing. No Qt, like the CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from acudesk.domain.errors import AcudeskError

if TYPE_CHECKING:
    from acudesk.domain.users import User
    from acudesk.services.registry import Services


def add_import_options(imp: argparse.ArgumentParser) -> None:
    """The options after the file: --dry-run, --skip-invalid, --map (repeatable)."""
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows even when some rows are bad",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar='"COLUMN=FIELD"',
        help='put the file\'s COLUMN into FIELD (e.g. "Tel. casa=phone"; FIELD "ignore" '
        "leaves it out); repeat for more columns. Fields: first_name, last_name, full_name, "
        "preferred_name, date_of_birth, gender, phone, email, address, emergency_contact, "
        "physician, language, referral_source, notes",
    )


def column_choices(pairs: Sequence[str]) -> dict[str, str]:
    """``--map "Column name=field"`` options as header -> field."""
    choices: dict[str, str] = {}
    for pair in pairs:
        column, equals, field = pair.rpartition("=")
        if not equals or not column.strip():
            raise AcudeskError(f'--map needs "Column name=field", not {pair!r}.')
        choices[column.strip()] = field.strip()
    return choices


def import_clients(services: Services, user: User, args: argparse.Namespace) -> int:
    """Check (and unless --dry-run, import) the file; every problem on stderr, one a line."""
    from acudesk.services.client_io import read_csv_file

    report = services.transfers.import_csv(
        user,
        read_csv_file(args.file),
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        columns=column_choices(args.map),
    )
    for problem in report.problems:
        print(f"{args.file}: {problem}", file=sys.stderr)
    for _line, left_out in report.duplicates:
        print(f"{args.file}: {left_out}", file=sys.stderr)
    bad = len(report.bad_lines)
    summary = (
        f"{report.total:,} rows: {len(report.valid):,} good, {bad:,} with problems, "
        f"{len(report.duplicates):,} duplicates."
    )
    if args.dry_run:
        print(f"{summary} Dry run: nothing imported.")
        return 1 if bad else 0
    if bad and not args.skip_invalid:
        print(f"{summary} Nothing imported: fix the rows above, or use --skip-invalid.")
        return 1
    print(f"{summary} Imported {report.imported:,} clients.")
    return 0


# `acudesk services import`: the book's set-up


def add_services_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_user: Callable[[argparse.ArgumentParser], None],
) -> None:
    services = commands.add_parser(
        "services", help="the book's services (and rooms and devices) from a JSON file"
    )
    actions = services.add_subparsers(dest="services_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        help="add or update services, rooms and devices from a set-up file "
        "(acudesk-book-setup/1, see docs/book-setup.md); nothing is imported if any entry is bad",
    )
    imp.add_argument("file", type=Path)
    add_user(imp)


def read_setup_file(path: Path) -> str:
    """The file's text, refused when unreadable, larger than a set-up file can be, or not
    UTF-8 (read no further than that limit)."""
    from acudesk.domain.book_import import MAX_BYTES

    try:
        with path.open("rb") as source:
            data = source.read(MAX_BYTES + 1)
    except OSError as error:
        raise AcudeskError(f"{path} cannot be read: {error.strerror}.") from None
    if len(data) > MAX_BYTES:
        raise AcudeskError(f"{path} is larger than {MAX_BYTES // 1000} kB: not a set-up file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AcudeskError(f"{path} is not UTF-8 text: save it as UTF-8 JSON.") from None


def cmd_services(args: argparse.Namespace, url: str) -> int:
    from acudesk.cli import _open
    from acudesk.cli_admin import _sign_in
    from acudesk.domain.book_import import SetupFileError
    from acudesk.services.registry import build_services

    text = read_setup_file(args.file)
    services = build_services(_open(url, args.clock), args.clock)
    user = _sign_in(services, args.user, args.password_stdin)
    try:
        counts = services.book_services.import_setup(user, text)
    except SetupFileError as error:
        for problem in error.problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
        print("Nothing imported: fix the entries above and import the file again.", file=sys.stderr)
        return 1
    print(f"Imported {args.file}: {counts.summary()}.")
    return 0
