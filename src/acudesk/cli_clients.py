"""`acudesk clients import`: its options and the report it prints (no Qt, like the CLI)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
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
