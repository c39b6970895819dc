"""Nothing reads the wall clock but acudesk.services.clock, so no result depends on the date.

Production code takes its time from the clock the services were built with; tests from their
FakeClock. This looks through the source of src/ and tests/ for the direct reads (date.today(),
datetime.now(), QDate.currentDate(), time.time(), ...) and names every one it finds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import acudesk
from acudesk.services.clock import system_clock

SRC = Path(acudesk.__file__).resolve().parent
TESTS = Path(__file__).resolve().parents[1]
ALLOWED = {SRC / "services" / "clock.py"}  # the one place that reads the machine's clock

_CLOCK_READS = {
    "date": {"today"},
    "datetime": {"now", "today", "utcnow"},
    "QDate": {"currentDate"},
    "QDateTime": {
        "currentDateTime",
        "currentDateTimeUtc",
        "currentMSecsSinceEpoch",
        "currentSecsSinceEpoch",
    },
    "QTime": {"currentTime"},
    "time": {"time", "time_ns", "localtime", "gmtime", "ctime", "asctime"},
}


def _last_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def wall_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, what) for every read of the wall clock in ``source``, aliases included."""
    tree = ast.parse(source)
    aliases = {name: name for name in _CLOCK_READS}
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in {"datetime", "time"}:
            for alias in node.names:
                if node.module == "time" and alias.name in _CLOCK_READS["time"]:
                    found.append((node.lineno, f"from time import {alias.name}"))
                elif alias.name in _CLOCK_READS:
                    aliases[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and "QtCore" in node.module:
            for alias in node.names:
                if alias.name in _CLOCK_READS:
                    aliases[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        receiver = _last_name(node.value)
        kind = aliases.get(receiver or "")
        if kind is not None and node.attr in _CLOCK_READS[kind]:
            found.append((node.lineno, f"{receiver}.{node.attr}"))
    return sorted(found)


def _python_files() -> list[Path]:
    return sorted(p for root in (SRC, TESTS) for p in root.rglob("*.py") if p not in ALLOWED)


def test_nothing_but_the_clock_module_reads_the_wall_clock():
    reads = [
        f"{path.relative_to(SRC.parents[1])}:{line}: {what}"
        for path in _python_files()
        for line, what in wall_clock_reads(path.read_text(encoding="utf-8"))
    ]
    assert reads == [], (
        "Take the time from the services' clock (or the test's FakeClock) instead of:\n"
        + "\n".join(reads)
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from datetime import date\nx = date.today()", [(2, "date.today")]),
        ("import datetime\nx = datetime.datetime.now()", [(2, "datetime.now")]),
        ("from datetime import datetime as dt\nx = dt.now()", [(2, "dt.now")]),
        (
            "from dataclasses import field\nfrom datetime import date\n"
            "f = field(default_factory=date.today)",
            [(3, "date.today")],
        ),
        ("from PySide6.QtCore import QDate\nd = QDate.currentDate()", [(2, "QDate.currentDate")]),
        ("import time\nt = time.time()", [(2, "time.time")]),
        ("from time import localtime", [(1, "from time import localtime")]),
        # Not the wall clock: a clock passed in, durations, and dates built from parts.
        ("now = self.clock.now()\ntoday = clock().date()", []),
        ("import time\nstarted = time.perf_counter()", []),
        ("from datetime import date, time\nd = date(2026, 11, 23)\nt = time(10, 0)", []),
    ],
)
def test_the_check_finds_each_way_of_reading_the_clock(source, expected):
    assert wall_clock_reads(source) == expected


def test_a_test_that_reaches_the_production_clock_fails():
    with pytest.raises(AssertionError, match="reached the machine's clock"):
        system_clock()
