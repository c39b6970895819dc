"""`make help-screens`: the user guides' screenshots, grabbed offscreen from the real screens.

A demo clinic is made in a temporary database, each screen is shown at 1366x768 as the role
that uses it sees it, in English and in Italian, and saved small (820 px wide, 256 colours)
in resources/help/screens/<language>-<name>.png, where the guides point.

    QT_QPA_PLATFORM=offscreen python -m acudesk.ui.shell.help_screens
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from acudesk.ui.shell.main_window import MainWindow

WIDTH, HEIGHT, SAVED_WIDTH = 1366, 768, 820  # 820: the help window shows it whole
NOW = datetime(2026, 11, 23, 10, 30)  # the demo's day: the pictures never change by date


def _clock() -> datetime:
    return NOW


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> int:
    """``widget`` as a small PNG; returns its size in bytes."""
    image = (
        widget.grab()
        .toImage()
        .scaledToWidth(SAVED_WIDTH, Qt.TransformationMode.SmoothTransformation)
    )
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG", 0)  # type: ignore[call-overload]
    return path.stat().st_size


Shot = tuple[str, str, Callable[["MainWindow"], QWidget]]  # file name, who, how to show it


def _shots(client_id: int) -> list[Shot]:
    """The screens the guides show, each as the role that uses it."""
    from acudesk.ui.clients.clients_screen import ClientsScreen

    def clients(window: MainWindow) -> QWidget:
        return window.show_screen("Clients")

    def client_page(window: MainWindow) -> QWidget:
        screen = window.show_screen("Clients")
        assert isinstance(screen, ClientsScreen)
        screen.open_client(client_id)
        return screen

    def sessions(window: MainWindow) -> QWidget:
        screen = client_page(window)
        assert isinstance(screen, ClientsScreen) and screen.page is not None
        screen.page.ui.tabs.setCurrentWidget(screen.page.sessions_page)
        return screen

    def settings(window: MainWindow) -> QWidget:
        return window.show_screen("Settings")

    return [
        ("clients", "reception", clients),
        ("client-page", "reception", client_page),
        ("sessions", "practitioner", sessions),
        ("settings", "admin", settings),
    ]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from acudesk.resources import resources_dir
    from acudesk.services.demo import seed_demo
    from acudesk.services.registry import build_services
    from acudesk.services.startup import open_database
    from acudesk.store.models import TreatmentSessionRecord
    from acudesk.ui.application import qt_application
    from acudesk.ui.i18n import install_language
    from acudesk.ui.shell.change_relay import ChangeRelay
    from acudesk.ui.shell.main_window import MainWindow

    app = qt_application(sys.argv[:1])
    out = resources_dir() / "help" / "screens"
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'demo.sqlite3'}").db
        seed_demo(db, 80, clock=_clock, histories=6)
        services = build_services(db, _clock)
        relay = ChangeRelay(services.bus)
        with db.read_only() as session:  # a client with a course of sessions behind her
            rossi = session.scalar(
                select(TreatmentSessionRecord.client_id).order_by(TreatmentSessionRecord.id)
            )
        assert rossi is not None

        shots = _shots(rossi)
        for language in ("en", "it"):
            install_language(app, language)
            for name, username, show in shots:
                window = MainWindow(services, services.clinic.demo_user(username), relay)
                window.resize(WIDTH, HEIGHT)
                window.show()
                window.database_label.hide()  # the temporary file's path means nothing
                _settle(app)
                show(window)
                _settle(app)
                size = save(window, out / f"{language}-{name}.png")
                print(f"{language}-{name}.png: {size // 1024} KB")
                window.hide()
                window.deleteLater()
                _settle(app)
        relay.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
