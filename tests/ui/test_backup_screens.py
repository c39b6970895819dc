"""File > Restore from a backup…, the backup state on Home, the daily backup at sign-in, the
Daily backup card of the clinic settings, and the damaged-file message that offers a restore."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
)

from acudesk.domain.backups import BackupSchedule, BackupState
from acudesk.services.demo import seed_demo
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.backup_state import LAST_KEY, state_value
from acudesk.store.settings import put_settings
from acudesk.ui.clinic.settings_screen import SettingsScreen
from acudesk.ui.shell.backup_state import DailyBackup
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.shell.restore_dialog import RestoreDialog, restore_at_start
from tests.ui.widgets import message_under, named, press, type_into

SHOTS = Path(os.environ.get("ACUDESK_SCREENSHOTS", "/tmp/acudesk-shots"))


@pytest.fixture
def demo(services, clock):
    seed_demo(services.db, 8, clock=clock)
    return services


def open_window(qtbot, services, relay, role="admin") -> MainWindow:
    window = MainWindow(services, services.clinic.demo_user(role), relay)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def clients(services) -> int:
    return services.backup.current(services.clinic.demo_user("admin")).counts["client"]


def the_dialog(kind):
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(shown) == 1, f"{len(shown)} {kind.__name__} shown"
    return shown[0]


def test_an_administrator_restores_from_the_file_menu(qtbot, demo, relay, tmp_path, monkeypatch):
    admin = demo.clinic.demo_user("admin")
    facts = demo.backup.back_up_now(admin, tmp_path / "b.sqlite3")
    seed_demo(demo.db, 5, clock=demo.clock)  # typed in after the backup
    window = open_window(qtbot, demo, relay)
    choose_file(monkeypatch, facts.path)

    window.action("restoreAction").trigger()

    dialog = the_dialog(RestoreDialog)
    backup_text = named(dialog, "Backup to restore", QLabel).text()
    assert str(facts.path) in backup_text and "Taken 23 Nov 2026 at 09:00" in backup_text
    assert "8 clients" in backup_text
    replaced = named(dialog, "Database replaced", QLabel).text()
    assert f"Local file: {demo.db.info.path}" in replaced and "13 clients" in replaced
    assert "kept aside" in named(dialog, "What happens", QLabel).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "restore-window.png"))
    dialog.grab().save(str(SHOTS / "restore-dialog.png"))

    with qtbot.waitSignal(window.signed_out):
        press(qtbot, dialog, "Restore")
        box = the_dialog(QMessageBox)
        assert "kept as" in box.text() and "Sign in again" in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
    assert clients(demo) == 8


def test_cancel_restores_nothing(qtbot, demo, relay, tmp_path, monkeypatch):
    facts = demo.backup.back_up_now(demo.clinic.demo_user("admin"), tmp_path / "b.sqlite3")
    seed_demo(demo.db, 2, clock=demo.clock)
    window = open_window(qtbot, demo, relay)
    choose_file(monkeypatch, facts.path)
    window.action("restoreAction").trigger()
    press(qtbot, the_dialog(RestoreDialog), "Cancel")
    assert clients(demo) == 10


def test_a_file_that_is_not_a_backup_is_explained(qtbot, demo, relay, tmp_path, monkeypatch):
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8 not a database")
    window = open_window(qtbot, demo, relay)
    choose_file(monkeypatch, junk)
    window.action("restoreAction").trigger()
    box = the_dialog(QMessageBox)
    assert "not an acudesk backup" in box.text()
    assert clients(demo) == 8


@pytest.mark.parametrize("role", ["reception", "practitioner", "admin"])
def test_only_administrators_see_restore(qtbot, demo, relay, role):
    window = open_window(qtbot, demo, relay, role)
    file_menu = [a.objectName() for a in window.menuBar().actions()[0].menu().actions()]
    assert ("restoreAction" in file_menu) == (role == "admin")


def home_backup_text(window) -> str:
    return named(window, "Backup state", QLabel).text()


def test_home_shows_the_daily_backup_run_at_sign_in(qtbot, demo, relay, tmp_path):
    admin = demo.clinic.demo_user("admin")
    demo.auto_backup.update_schedule(admin, BackupSchedule(str(tmp_path / "daily"), 14))
    window = open_window(qtbot, demo, relay, "reception")
    assert home_backup_text(window) == "No automatic backup has been made yet."

    daily = DailyBackup(demo.auto_backup, demo.clock, window.user, window)
    with qtbot.waitSignal(daily.finished):
        assert daily.start()
        assert named(window, "Backing up").isVisible()  # the window keeps painting meanwhile
    qtbot.waitUntil(lambda: home_backup_text(window) == "Last backup: today at 09:00, 1 copy kept")
    assert named(window, "Backup state", QLabel).property("role") == "hint"
    assert not DailyBackup(demo.auto_backup, demo.clock, window.user, window).start()  # once


def _record(services, state: BackupState) -> None:
    with services.db.unit_of_work() as session:
        put_settings(session, {LAST_KEY: state_value(state)})


def test_home_warns_when_the_backup_failed_or_is_overdue(qtbot, demo, relay, clock):
    _record(demo, BackupState(clock(), False, problem="The disk is full."))
    window = open_window(qtbot, demo, relay)
    label = named(window, "Backup state", QLabel)
    assert label.text().startswith("The automatic backup failed today at 09:00: The disk is full.")
    assert label.property("role") == "error"
    clock.advance(days=3)
    _record(demo, BackupState(clock().replace(day=21), True, "/b/x.sqlite3", 14))
    window.screen_named("Home").refresh()
    assert label.text() == (
        "Last backup: 21 Nov 2026 at 09:00, 14 copies kept. "
        "That is over a day ago: use File > Back up now."
    )


def test_the_daily_backup_card_saves_folder_and_count(qtbot, demo, relay, tmp_path):
    admin = demo.clinic.demo_user("admin")
    screen = SettingsScreen(demo.settings, demo.clinic, admin, relay, demo.auto_backup)
    qtbot.addWidget(screen)
    screen.show()
    type_into(qtbot, screen, "Backups folder", "relative/path")
    press(qtbot, screen, "Save settings")
    assert "whole path" in message_under(screen, "Backups folder")
    named(screen, "Backups folder").clear()
    type_into(qtbot, screen, "Backups folder", str(tmp_path / "nas"))
    named(screen, "Backups kept", QSpinBox).setValue(30)
    press(qtbot, screen, "Save settings")
    assert demo.auto_backup.schedule() == BackupSchedule(str(tmp_path / "nas"), 30)
    assert message_under(screen, "Backups folder") == ""


def _click_through(qtbot, steps) -> None:
    """Answer the blocking dialogs of the start-up, one after another, as they appear."""
    pending = list(steps)

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and pending and pending[0](modal):
            pending.pop(0)
        if pending:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def _press_button(text: str):
    def step(modal) -> bool:
        for candidate in modal.findChildren(QAbstractButton):
            if candidate.text().replace("&", "") == text and candidate.isVisible():
                candidate.click()
                return True
        return False

    return step


def test_a_damaged_file_at_start_up_offers_restore(
    qtbot, sqlite_path, tmp_path, clock, monkeypatch
):
    db = open_database(f"sqlite:///{sqlite_path}").db
    seed_demo(db, 4, clock=clock)
    services = build_services(db, clock)
    facts = services.backup.back_up_now(services.clinic.demo_user("admin"), tmp_path / "b.sqlite3")
    db.dispose()
    for suffix in ("-wal", "-shm"):
        sqlite_path.with_name(sqlite_path.name + suffix).unlink(missing_ok=True)
    sqlite_path.write_bytes(b"\x00" * 8192)
    choose_file(monkeypatch, facts.path)
    _click_through(
        qtbot,
        [_press_button("Restore from a backup…"), _press_button("Restore"), _press_button("OK")],
    )
    assert restore_at_start(f"sqlite:///{sqlite_path}", "The file is damaged.", clock)
    reopened = open_database(f"sqlite:///{sqlite_path}").db
    assert clients(build_services(reopened, clock)) == 4
    reopened.dispose()
