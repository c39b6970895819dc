"""run(): a damaged database file is explained and left alone; --smoke paints and exits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from acudesk.services.demo import seed_demo
from acudesk.store.models import ClinicRecord
from acudesk.ui.application import run


@pytest.fixture(autouse=True)
def _application_look_put_back(qapp):
    """run() styles the one QApplication the whole test run shares; later tests get it back."""
    style = qapp.style().name()
    palette, font, sheet = QPalette(qapp.palette()), QFont(qapp.font()), qapp.styleSheet()
    icon = qapp.windowIcon()
    names = qapp.applicationName(), qapp.applicationDisplayName(), qapp.organizationName()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setWindowIcon(icon)
    qapp.setApplicationName(names[0])
    qapp.setApplicationDisplayName(names[1])
    qapp.setOrganizationName(names[2])


def close_message_boxes(seen: list[str], offered: list[list[str]] | None = None) -> QTimer:
    """Every few milliseconds: read and close whatever message box is up, as a person would."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                if offered is not None:
                    offered.append([b.text().replace("&", "") for b in widget.buttons()])
                ok = widget.button(QMessageBox.StandardButton.Ok)
                quit_ = [
                    b
                    for b in widget.buttons()
                    if widget.buttonRole(b) is QMessageBox.ButtonRole.RejectRole
                ]
                (ok or quit_[0]).click()  # the damaged-file message: Quit, not Restore

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_a_damaged_file_is_explained_and_not_touched(qtbot, tmp_path):
    path = tmp_path / "clinic.sqlite3"
    garbage = b"this is not a database, just some bytes " * 200
    path.write_bytes(garbage)
    seen: list[str] = []
    offered: list[list[str]] = []
    timer = close_message_boxes(seen, offered)

    code = run(f"sqlite:///{path}", argv=["acudesk"])

    timer.stop()
    assert code == 1
    assert len(seen) == 1
    assert "damaged or is not an acudesk database" in seen[0]
    assert "Traceback" not in seen[0]
    (box_buttons,) = offered
    assert sorted(box_buttons) == ["Quit", "Restore from a backup…"]
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.sqlite3"]


def test_smoke_on_a_demo_database_shows_the_window_and_exits_0(qtbot, db, clock):
    seed_demo(db, 5, clock=clock)
    assert run(db.info.url, smoke=True, argv=["acudesk"], clock=clock) == 0


def test_smoke_refuses_a_real_clinic(qtbot, db, admin, capsys, clock):
    assert run(db.info.url, smoke=True, argv=["acudesk"], clock=clock) == 1
    assert "--smoke needs a demo database" in capsys.readouterr().err


def test_demo_on_an_empty_database_creates_the_demo_clinic(qtbot, sqlite_path, clock):
    from acudesk.services.registry import build_services
    from acudesk.services.startup import open_database

    url = f"sqlite:///{sqlite_path}"
    assert run(url, demo=True, smoke=True, argv=["acudesk"], clock=clock) == 0

    db = open_database(url, clock).db
    try:
        services = build_services(db, clock)
        user = services.clinic.demo_user()
        assert services.clinic.client_count(user) == 500
        with db.read_only() as session:
            made = session.scalar(select(ClinicRecord.created_at))
        assert made == clock()  # the demo clinic was made on the clock run() was given
    finally:
        db.dispose()


def test_the_shipped_point_catalogue_is_checked_and_sound():
    from acudesk.ui.application import catalogue_problem

    assert catalogue_problem() == ""


def test_a_damaged_catalogue_is_explained(monkeypatch, tmp_path):
    from acudesk.services import catalog
    from acudesk.ui.application import catalogue_problem

    broken = tmp_path / "points.json"
    broken.write_text('{"format": "acudesk-points/1", "diagrams": {}, "points": [1]}')
    monkeypatch.setattr(catalog, "resource", lambda *parts: broken)
    catalog.point_catalog.cache_clear()
    try:
        problem = catalogue_problem()
    finally:
        catalog.point_catalog.cache_clear()
    assert "Charting is unavailable" in problem


def test_the_collector_paused_for_start_up_runs_again_once_a_window_is_up(qtbot, db, clock):
    """`acudesk` starts with the cycle collector paused (acudesk.app.run_gui); the first turn
    of the event loop freezes what start-up made and resumes it, whatever the first window."""
    import gc

    seed_demo(db, 3, clock=clock)
    gc.disable()
    try:
        assert run(db.info.url, smoke=True, argv=["acudesk"], clock=clock, start_up_kept=True) == 0
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
