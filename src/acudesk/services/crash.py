"""Errors that escape: a crash report without health data, and one plain message.

A report holds where the error happened (files, lines, functions, the source lines) and the
kinds of the errors, chained ones included: never the frames' local variables and never the
errors' messages, which can quote what was typed (a client's notes in a failing statement, a
value in a database's DETAIL line). For a database statement it keeps the SQL, whose values are
placeholders; engines are made with hide_parameters=True as well (store/engine.py).

Reports are private files (0600) in a private folder (0700) of the data folder.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import threading
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from acudesk import __version__
from acudesk.config import data_dir
from acudesk.domain.errors import AcudeskError

REFUSED_EXIT = 1
INTERNAL_ERROR_EXIT = 3
CRASH_FOLDER = "crash-reports"

Shower = Callable[[Path | None], None]


def crash_folder() -> Path:
    folder = data_dir() / CRASH_FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # whatever the umask, or an older folder's mode
    return folder


def _statement(error: BaseException) -> str | None:
    statement = getattr(error, "statement", None)  # sqlalchemy.exc.StatementError
    return statement if isinstance(statement, str) else None


def report_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The report: versions, then each error of the chain by kind and where it happened."""
    lines = [
        f"acudesk {__version__} crash report",
        f"Python {platform.python_version()} on {platform.platform()}",
        "Messages and variables are left out: they can hold health data.",
        "",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, link in enumerate(reversed(chain)):
        if index:
            lines.append("During the handling of the error above, or caused by it:")
        link_tb = tb if link is error else link.__traceback__
        for frame in traceback.extract_tb(link_tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        name = type(link) if link is not error else kind
        lines.append(f"{name.__module__}.{name.__qualname__}")
        statement = _statement(link)
        if statement:
            lines.append(f"  SQL (values not kept): {' '.join(statement.split())}")
        lines.append("")
    return "\n".join(lines)


def write_crash_report(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path:
    """Write a report (0600, in a 0700 folder) and return where it is."""
    # A unique name; the file's own time says when (no clock read here: tests forbid it).
    path = crash_folder() / f"crash-{os.getpid()}-{uuid.uuid4().hex[:12]}.txt"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(report_text(kind, error, tb))
    return path


def internal_error_message(path: Path | None) -> str:
    if path is None:
        return "acudesk: an internal error stopped this (no report could be written)."
    return f"acudesk: an internal error stopped this. A report without health data is in {path}"


def report_crash(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    show: Shower | None = None,
) -> Path | None:
    """Write the report, say where on stderr, and show it (``show``); never raises."""
    try:
        path: Path | None = write_crash_report(kind, error, tb)
    except Exception:  # a full disk must not hide the first error behind a second
        path = None
    print(internal_error_message(path), file=sys.stderr)
    if show is not None:
        with contextlib.suppress(Exception):  # the message is on stderr already
            show(path)
    return path


def run_command(run: Callable[[], int]) -> int:
    """A headless command's exit code: its own (0 done), 1 refused with the reason on stderr,
    3 an internal error with the crash report's path; never a traceback. (argparse exits 2
    on a usage error before any command runs.)"""
    try:
        return run()
    except AcudeskError as error:
        print(f"acudesk: {error.message}", file=sys.stderr)
        return REFUSED_EXIT
    except Exception as error:
        report_crash(type(error), error, error.__traceback__)
        return INTERNAL_ERROR_EXIT


def install_crash_handler(show: Shower | None = None) -> None:
    """One hook for errors nothing caught, in the main thread (``show`` too) or any other."""

    def on_error(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report_crash(kind, error, tb, show)

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        report_crash(args.exc_type, args.exc_value, args.exc_traceback)  # no window from here

    sys.excepthook = on_error
    threading.excepthook = on_thread_error
