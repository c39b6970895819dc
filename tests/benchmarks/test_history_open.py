"""Opening a client with a long history: the client page, then each of its tabs, painted.

acudesk: client_page() for the client (its Details tab painted), then the Intake tab, then the
         Sessions tab (the history list with its thumbnails for the visible rows), each
         shown and painted; the figure is the slowest tab (page + Details counts as one).
floor:   the same session rows read by raw SQL (sqlite3 / psycopg on an open connection) and
         shown in a bare QListView of QStandardItems, painted.

history-open: 500 sessions, on SQLite and on PostgreSQL. Goal: every tab under 100 ms.
scaling history-open: 50 / 500 / 5,000 sessions, so the growth shows (goal: 5,000 under
100 ms on every tab too). Medians of alternated runs (harness.alternate).
"""

from __future__ import annotations

import sqlite3
import statistics
import time

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView

from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.screens import Context, client_page
from tests.benchmarks.harness import alternate, meets_goal, report, runs, timed
from tests.benchmarks.histories import History, make_histories

UNDER_MS = 100.0
SIZES = [50, 500, 5_000]
FLOOR_SQL = (
    "SELECT id, started_at, status, practitioner, course_number, course_length, needles_in "
    "FROM treatment_session WHERE client_id = {p} ORDER BY started_at DESC, id DESC"
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def history(request, tmp_path_factory, qt_app):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('history') / 'history.sqlite3'}"
    else:
        url = request.getfixturevalue("bench_pg").fresh("history_bench")
    made = make_histories(url, SIZES)
    yield made
    made.db.dispose()


def _raw(history: History):
    url = history.db.engine.url
    if url.get_backend_name() == "sqlite":
        conn = sqlite3.connect(url.database)
        return conn, FLOOR_SQL.format(p="?")
    import psycopg

    conn = psycopg.connect(
        f"host={url.host} port={url.port} user={url.username} dbname={url.database}"
    )
    return conn, FLOOR_SQL.format(p="%s")


def _open_tabs(history: History, client_id: int) -> list[float]:
    """Seconds for: the page with its Details tab, the Intake tab, the Sessions tab."""
    services = history.services
    context = Context(
        services, services.clinic.demo_user("practitioner"), ChangeRelay(services.bus)
    )
    times = []
    started = time.perf_counter()
    page = client_page(context, client_id)
    page.resize(1100, 800)
    page.show()
    QApplication.processEvents()
    times.append(time.perf_counter() - started)
    for tab in (page.ui.intakeTab, page.sessions_page):
        started = time.perf_counter()
        page.ui.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    assert page.sessions_tab is not None and page.sessions_tab.model.rowCount() > 0
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return times


def _floor(conn, sql: str, client_id: int, view: QListView) -> float:
    started = time.perf_counter()
    rows = conn.execute(sql, (client_id,)).fetchall()
    model = QStandardItemModel(view)
    for row in rows:
        model.appendRow(QStandardItem(f"{row[1]}  {row[2]}  {row[3]}  {row[4]}/{row[5]}"))
    view.setModel(model)
    view.show()
    QApplication.processEvents()
    return time.perf_counter() - started


def _measure(history: History, size: int) -> tuple[float, list[float], float]:
    """Median ms: the slowest tab, each tab, and the floor, alternated."""
    conn, sql = _raw(history)
    view = QListView()
    view.resize(1100, 800)
    client_id = history.client_ids[size]
    _open_tabs(history, client_id), _floor(conn, sql, client_id, view)  # warm-up
    tabs: list[list[float]] = []
    floors: list[float] = []
    for _ in range(runs()):
        tabs.append(_open_tabs(history, client_id))
        floors.append(_floor(conn, sql, client_id, view))
    view.close()
    conn.close()
    each = [statistics.median(t[i] for t in tabs) * 1000 for i in range(3)]
    return max(each), each, statistics.median(floors) * 1000


def test_history_open(history: History) -> None:
    backend = history.db.engine.dialect.name
    slowest, each, floor = _measure(history, 500)
    print(
        f"\n  history-open {backend} per tab: details {each[0]:.0f} ms, intake {each[1]:.0f} ms, "
        f"sessions {each[2]:.0f} ms"
    )
    report(f"history-open-{backend}", slowest, floor, under=UNDER_MS)


def test_scaling_history_open(history: History) -> None:
    backend = history.db.engine.dialect.name
    figures = {size: _measure(history, size) for size in SIZES}
    parts = ", ".join(
        f"{size:,}: {slowest:.0f} ms (floor {floor:.1f} ms)"
        for size, (slowest, _each, floor) in figures.items()
    )
    slowest = max(f[0] for f in figures.values())
    meets_goal(
        f"scaling history-open-{backend}: {parts} goal < {UNDER_MS:g} ms at every size",
        slowest < UNDER_MS,
    )


EXPORT_GOAL = 3.0
EXPORT_SQL = [
    "SELECT * FROM client WHERE id = {p}",
    "SELECT * FROM intake WHERE client_id = {p} ORDER BY taken_on, id",
    "SELECT * FROM treatment_session WHERE client_id = {p} ORDER BY started_at, id",
    "SELECT a.* FROM session_amendment a JOIN treatment_session t ON t.id = a.session_id "
    "WHERE t.client_id = {p} ORDER BY a.id",
]


def test_record_export(history: History) -> None:
    """record-export: the whole record of the client with 500 sessions (RecordService, as
    File > Export record writes it) against the same rows read by raw SQL and dumped as JSON.
    Goal: ratio <= 3 (and the statements do not grow: tests/services/test_statement_counts)."""
    import json

    backend = history.db.engine.dialect.name
    conn, _sql = _raw(history)
    mark = "?" if backend == "sqlite" else "%s"
    statements = [s.format(p=mark) for s in EXPORT_SQL]
    client_id = history.client_ids[500]
    user = history.services.clinic.demo_user("admin")  # whole records are the admin's to export

    def ours() -> None:
        json.dumps(history.services.records.export_record(user, client_id), default=str)

    def parsed(value: object) -> object:
        # psycopg hands JSON columns over parsed; sqlite3 as text: the floor parses them too,
        # since the export must (a chart is written as its document, not as a string).
        if isinstance(value, str) and value[:1] in ("{", "["):
            return json.loads(value)
        return value

    def floor() -> None:
        rows = [conn.execute(s, (client_id,)).fetchall() for s in statements]
        if backend == "sqlite":
            rows = [[tuple(parsed(v) for v in row) for row in found] for found in rows]
        json.dumps(rows, default=str)

    result = alternate(timed(ours), timed(floor))
    conn.close()
    report(
        f"record-export-{backend}",
        result.median_ms("acudesk"),
        result.median_ms("floor"),
        goal=EXPORT_GOAL,
    )
