"""The Qt application: open the database, first run, sign in, the main window.

Start-up speed matters, so this module imports only what the first window needs; screens
behind a menu or a navigation entry import themselves when first shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from acudesk.domain.errors import AcudeskError, DatabaseUnavailable
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.widgets import theme
from acudesk.ui.widgets.messages import fatal_error

DEMO_CLIENTS = 500


def qt_application(argv: Sequence[str]) -> QApplication:
    """The running QApplication (tests already have one), styled."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("acudesk")
    app.setApplicationDisplayName("acudesk")
    app.setOrganizationName("acudesk")
    theme.apply(app)
    return app


def seed_demo_with_progress(db: Database, clients: int = DEMO_CLIENTS) -> None:
    from acudesk.services.demo import seed_demo

    progress = QProgressDialog("Creating the demo clinic…", "", 0, clients)
    progress.setWindowTitle("acudesk")
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        seed_demo(db, clients, progress=report, histories=30)
    finally:
        progress.close()
        progress.deleteLater()


class _Session:
    """Holds the main window between sign-ins, so signing out returns to the login."""

    def __init__(self, app: QApplication, services: Services, username: str = "") -> None:
        self._app = app
        self._services = services
        self._username = username
        self.window: MainWindow | None = None

    def sign_in(self) -> bool:
        from acudesk.ui.access.login_dialog import LoginDialog

        dialog = LoginDialog(self._services, self._username)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        window = MainWindow(self._services, dialog.user)
        window.signed_out.connect(self._on_window_signed_out)
        window.show()
        self.window = window
        # Intake: once the window is up, offer back any intake this user left unfinished.
        QTimer.singleShot(0, lambda: _offer_drafts(self._services, window))
        QTimer.singleShot(0, lambda: _check_catalogue(window))
        return True

    def _on_window_signed_out(self) -> None:
        old = self.window
        if old is not None:
            self._username = old.user.username
            old.hide()
        if not self.sign_in():
            self._app.quit()
        if old is not None:
            old.close()
            old.deleteLater()


def catalogue_problem() -> str:
    """Why the shipped point catalogue cannot be used ("" when it is sound)."""
    from acudesk.domain.points import CatalogError
    from acudesk.services.catalog import point_catalog

    try:
        point_catalog()
    except (CatalogError, OSError) as error:
        return f"{error} Charting is unavailable until acudesk is reinstalled."
    return ""


def _check_catalogue(window: MainWindow) -> None:
    problem = catalogue_problem()
    if problem:
        from acudesk.ui.widgets.messages import error_box

        error_box(window, "The point catalogue is damaged", problem)


def _offer_drafts(services: Services, window: MainWindow) -> None:
    from acudesk.ui.intake.drafts import offer_drafts  # only needed after sign-in

    offer_drafts(services, window.user, window)


def _smoke(services: Services) -> int:
    """Show the main window as a demo user without a password, let it paint, and exit."""
    try:
        user = services.clinic.demo_user()
    except AcudeskError as error:
        print(f"acudesk: {error.message}", file=sys.stderr)
        return 1
    window = MainWindow(services, user)
    window.show()
    # A local loop, not app.quit(): paint once and return, leaving the application usable.
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    window.close()
    window.deleteLater()
    return 0


def run(url: str, *, demo: bool = False, smoke: bool = False, argv: Sequence[str] = ()) -> int:
    app = qt_application(argv or ["acudesk"])
    try:
        db = open_database(url).db
    except DatabaseUnavailable as error:
        fatal_error("acudesk cannot open the database", error.message)
        return 1
    try:
        services = build_services(db)
        if demo and services.clinic.details() is None:
            seed_demo_with_progress(db)
        if smoke:
            return _smoke(services)
        # Products: a new clinic starts from the house catalogue (one quick query otherwise).
        services.products.ensure_house_catalogue()
        username = ""
        if services.clinic.needs_first_run():
            from acudesk.ui.access.first_run_wizard import FirstRunWizard

            wizard = FirstRunWizard(services)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin is None:
                return 0
            username = wizard.admin.username
        session = _Session(app, services, username)
        if not session.sign_in():
            return 0
        return app.exec()
    except AcudeskError as error:
        fatal_error("acudesk", error.message)
        return 1
    finally:
        db.dispose()
