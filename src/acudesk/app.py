"""Composition root: the `acudesk` program. Builds the database, the services and the windows,
and runs Qt; the headless commands it hands to ``acudesk.cli``, which never imports Qt.

The only module outside ``ui`` that imports it (``acudesk.__main__`` runs ``main``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from acudesk.config import resolve_database_url
from acudesk.services.clock import Clock, system_clock
from acudesk.start_options import add_app_options


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """No command: the app. `chart`: read headlessly, drawn by Qt. Anything else: acudesk.cli.

    ``clock`` is the time every service sees (tests pass their own).
    """
    if getattr(sys, "frozen", False):  # in a frozen app, a worker process starts here
        import multiprocessing

        multiprocessing.freeze_support()
    app_only = app_options(sys.argv[1:] if argv is None else argv)
    if app_only is not None:  # the usual start: no need to build every command's parser
        url = resolve_database_url(app_only.database, demo=app_only.demo)
        return run_gui(url, demo=app_only.demo, smoke=app_only.smoke)
    from acudesk import cli
    from acudesk.services.crash import run_command

    args = cli.parse(argv)
    if args.command is None:
        url = resolve_database_url(args.database, demo=args.demo)
        return run_gui(url, demo=args.demo, smoke=args.smoke)
    if args.command == "chart":
        return run_command(lambda: _chart(args, clock))
    return cli.main(argv, clock=clock)


def app_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The app's own options (--database, --demo, --smoke) when the command line holds
    nothing else; None for anything more (a command, --help, --version, a mistake), which
    the whole parser of ``acudesk.cli`` then reads, and words its usage and errors."""
    parser = argparse.ArgumentParser(
        prog="acudesk", add_help=False, allow_abbrev=False, exit_on_error=False
    )
    add_app_options(parser)
    try:
        options, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    return None if rest else options


def _chart(args: argparse.Namespace, clock: Clock) -> int:
    """`acudesk chart SESSION_ID -o FILE.png`: the session's chart as a picture."""
    from acudesk import cli
    from acudesk.domain.errors import AcudeskError
    from acudesk.services.catalog import point_catalog
    from acudesk.ui.chart.export import write_chart_png

    try:
        chart = cli.session_chart(args, clock)
        diagram = write_chart_png(
            chart, point_catalog(), args.output, diagram_id=args.diagram, width=args.width
        )
    except AcudeskError as error:
        return cli.fail(error.message)
    print(f"Wrote the chart of session {args.session_id} ({diagram}) to {args.output}")
    return 0


def _import_core_before_qt() -> None:
    """Import the Qt-free modules the first window needs before PySide6 itself.

    Once PySide6 is imported it reads the source of every module imported after it (its
    ``__feature__`` check): ~100 ms over acudesk's own modules at each start. Modules already
    imported are not read.
    """
    import acudesk.domain.clinic
    import acudesk.domain.errors
    import acudesk.domain.users
    import acudesk.services.auto_backup  # Home's backup line
    import acudesk.services.book  # Home's day: the board, its steps and timers
    import acudesk.services.clinic
    import acudesk.services.crash
    import acudesk.services.handouts
    import acudesk.services.registry
    import acudesk.services.settings
    import acudesk.services.startup
    import acudesk.services.today
    import acudesk.services.users
    import acudesk.store.models  # noqa: F401


def run_gui(url: str, *, demo: bool = False, smoke: bool = False) -> int:
    import gc

    os.environ.setdefault("LANG", "C.UTF-8")
    # Start-up makes some 100,000 objects the collector tracks and frees almost none:
    # collecting meanwhile only walks them again and again. The app resumes collecting at
    # its first window, and freezes what start-up made (application.keep_start_up_objects).
    gc.disable()
    _import_core_before_qt()
    from acudesk.ui.application import run

    return int(run(url, demo=demo, smoke=smoke, argv=sys.argv[:1], start_up_kept=True))


if __name__ == "__main__":
    raise SystemExit(main())
