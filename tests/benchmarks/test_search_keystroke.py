"""From a keystroke in the client search box to the updated list, on 100,000 clients.

acudesk: type one character into the real ClientsScreen's search box, then run the search the
         debounce timer would run (the 150 ms pause itself is deliberate and not counted)
         and let the table repaint.
floor:   the same query in raw sqlite3 filling a QStandardItemModel shown in a bare QTableView.

Goal: under 50 ms per keystroke (median). Printed in the harness's ratio format.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from acudesk.domain.clients import search_terms
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from tests.benchmarks.harness import alternate, report, timed

TYPED = ["r", "o", "s", "s", "i"]  # each keystroke narrows the list
SQL = (
    "SELECT id, first_name, last_name, preferred_name, date_of_birth, phone, email, archived "
    "FROM client WHERE archived = 0 {likes} ORDER BY sort_key, id LIMIT 100"
)


def test_search_keystroke(demo_db_100k: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from acudesk.ui.clients.clients_screen import ClientsScreen
    from acudesk.ui.shell.change_relay import ChangeRelay
    from acudesk.ui.shell.screens import Context, clients_screen
    from acudesk.ui.widgets import theme

    theme.apply(app)  # type: ignore[arg-type]
    opened = open_database(f"sqlite:///{demo_db_100k}")
    services = build_services(opened.db)
    user = services.clinic.demo_user("reception")
    widget = clients_screen(Context(services, user, ChangeRelay(services.bus)))
    assert isinstance(widget, ClientsScreen)
    widget.resize(1200, 800)
    widget.show()
    app.processEvents()
    box = widget.ui.searchEdit
    rules = services.clients.rules()

    raw = sqlite3.connect(demo_db_100k)
    model = QStandardItemModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    typed_floor: list[str] = []

    def ours() -> None:
        box.clear()
        for ch in TYPED:
            QTest.keyClick(box, ch)
            widget.run_search()
            app.processEvents()

    def floor() -> None:
        typed_floor.clear()
        for ch in TYPED:
            typed_floor.append(ch)
            terms = search_terms("".join(typed_floor), rules)
            likes = "".join(" AND search_key LIKE ?" for _ in terms)
            rows = raw.execute(SQL.format(likes=likes), [f"%{t}%" for t in terms]).fetchall()
            model.clear()
            for row in rows:
                model.appendRow(
                    [
                        QStandardItem(f"{row[1]} {row[2]}"),
                        QStandardItem(str(row[4])),
                        QStandardItem(row[5]),
                        QStandardItem(row[6]),
                    ]
                )
            app.processEvents()

    ours()
    assert widget.model.rowCount() > 0 and box.text() == "rossi"
    assert widget.model.data(widget.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    result = alternate(timed(ours), timed(floor), n=15)
    per_key = len(TYPED)
    acudesk_ms = result.median_ms("acudesk") / per_key
    report("search-keystroke", acudesk_ms, result.median_ms("floor") / per_key)
    widget.close()
    view.close()
    widget.deleteLater()  # torn down in the event loop, not by the garbage collector at exit
    view.deleteLater()
    QApplication.processEvents()
    raw.close()
    opened.db.dispose()
    assert statistics.median(r.ms for r in result.acudesk) > 0
