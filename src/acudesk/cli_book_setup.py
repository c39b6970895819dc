"""`acudesk services import FILE.json`: the book's services, rooms and devices from a set-up
file (docs/book-setup.md), all or nothing (no Qt, like the CLI)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from acudesk.domain.errors import AcudeskError

Command = Callable[[argparse.Namespace, str], int]


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


SERVICES_COMMANDS: dict[str, Command] = {"services": cmd_services}
