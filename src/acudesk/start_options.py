"""The app's own command-line options, for the whole parser (acudesk.cli) and for the quick
read of a plain start (acudesk.app.app_options), which must not import the commands."""

from __future__ import annotations

import argparse


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """--database, --demo and --smoke."""
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
