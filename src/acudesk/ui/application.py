"""The Qt application: open the database, first run, sign in, the main window.

Start-up speed matters, so this module imports only what the first window needs; screens
behind a menu or a navigation entry import themselves when first shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from acudesk.domain.errors import AcudeskError, DatabaseDamaged, DatabaseUnavailable
from acudesk.domain.users import User
from acudesk.services.clock import Clock, system_clock
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database
from acudesk.ui.i18n import install_language, language_for, system_language, translate
from acudesk.ui.shell.change_poller import ChangePoller
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.shell.main_window import MainWindow
from acudesk.ui.widgets import theme
from acudesk.ui.widgets.crash_box import crash_box, crash_handler
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
    install_language(app, system_language())  # until someone signs in
    return app


def seed_demo_with_progress(db: Database, clock: Clock, clients: int = DEMO_CLIENTS) -> None:
    from acudesk.services.demo import seed_demo

    progress = QProgressDialog(
        translate("Application", "Creating the demo clinic…"), "", 0, clients
    )
    progress.setWindowTitle("acudesk")
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        seed_demo(db, clients, clock=clock, progress=report, histories=30)
    finally:
        progress.close()
        progress.deleteLater()


class _Session:
    """Holds the main window between sign-ins, so signing out returns to the login."""

    def __init__(
        self,
        app: QApplication,
        services: Services,
        relay: ChangeRelay,
        username: str = "",
        language: str = "",
    ) -> None:
        self._app = app
        self._services = services
        self._relay = relay
        self._username = username
        # The login speaks the language of whoever it expects (the username filled in),
        # else the clinic's (chosen at first run), else the computer's.
        self._language = language
        self.window: MainWindow | None = None

    def sign_in(self) -> bool:
        from acudesk.ui.access.login_dialog import LoginDialog

        language = self._language or self._services.settings.clinic_language()
        install_language(self._app, language or system_language())
        dialog = LoginDialog(self._services.users, self._services.clinic, self._username)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return False
        window = self._open_window(dialog.user)
        # Intake: once the window is up, offer back any intake this user left unfinished.
        QTimer.singleShot(0, lambda: _offer_drafts(self._services, window))
        QTimer.singleShot(0, lambda: _check_catalogue(window))
        # Backups: the first sign-in of the day starts the daily backup, on a worker thread.
        QTimer.singleShot(0, lambda: _start_daily_backup(self._services, window))
        return True

    def _open_window(self, user: User, screen: str = "Home") -> MainWindow:
        """The user's window, in their language, showing ``screen``."""
        install_language(self._app, language_for(user))
        window = MainWindow(self._services, user, self._relay)
        window.signed_out.connect(self._on_window_signed_out)
        window.preferences_saved.connect(self.rebuild_window)
        if screen != "Home":
            window.show_screen(screen)
        window.show()
        self.window = window
        return window

    def rebuild_window(self, user: User) -> None:
        """New preferences: the window is built again in the user's language, same screen."""
        old = self.window
        if old is None:
            return
        if language_for(user) == language_for(old.user):
            old.user = user  # nothing on screen changes
            return
        if not _close_windows_of(old):
            old.user = user  # someone kept a window open to save their work first
            old.show_status(
                translate(
                    "Application",
                    "The new language applies once the other windows are closed: "
                    "sign out and in again.",
                )
            )
            return
        geometry = old.saveGeometry()
        window = self._open_window(user, old.current_screen_name())
        window.restoreGeometry(geometry)
        old.hide()
        old.close()
        old.deleteLater()

    def _on_window_signed_out(self) -> None:
        old = self.window
        if old is not None:
            self._username = old.user.username
            self._language = language_for(old.user)
            old.hide()
        if not self.sign_in():
            self._app.quit()
        if old is not None:
            old.close()
            old.deleteLater()


def _close_windows_of(window: MainWindow) -> bool:
    """Close the windows opened from ``window`` (a session saves itself as it closes); False
    when one stays open (it asks about unsaved work)."""
    from PySide6.QtWidgets import QWidget

    others = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    return all(w.close() for w in others)


def catalogue_problem() -> str:
    """Why the shipped point catalogue cannot be used ("" when it is sound)."""
    from acudesk.domain.points import CatalogError
    from acudesk.services.catalog import point_catalog

    try:
        point_catalog()
    except (CatalogError, OSError) as error:
        return translate(
            "Application", "{problem} Charting is unavailable until acudesk is reinstalled."
        ).format(problem=error)
    return ""


def _check_catalogue(window: MainWindow) -> None:
    problem = catalogue_problem()
    if problem:
        from acudesk.ui.widgets.messages import error_box

        error_box(window, translate("Application", "The point catalogue is damaged"), problem)


def _start_daily_backup(services: Services, window: MainWindow) -> None:
    from acudesk.ui.shell.backup_state import DailyBackup

    DailyBackup(services.auto_backup, services.clock, window.user, window).start()


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
    app = QApplication.instance()
    if app is not None:
        install_language(app, language_for(user))
    relay = ChangeRelay(services.bus)
    window = MainWindow(services, user, relay)
    window.show()
    # A local loop, not app.quit(): paint once and return, leaving the application usable.
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    window.close()
    window.deleteLater()
    relay.close()
    return 0


def keep_start_up_objects() -> None:
    """What start-up made (the modules, their classes, the first window) lives as long as the
    app: the cycle collector, paused while it was made (``acudesk.app``), is told to leave it
    be (``gc.freeze``) and runs again. Every later collection then walks only what came
    after, and so does the last one at exit, which otherwise walked the whole heap again:
    some 100 ms of closing, and as much again of collections that freed nothing during
    start-up."""
    import gc

    gc.freeze()
    gc.enable()


def run(
    url: str,
    *,
    demo: bool = False,
    smoke: bool = False,
    argv: Sequence[str] = (),
    clock: Clock = system_clock,
    start_up_kept: bool = False,
) -> int:
    """The application on ``url``; ``clock`` is the time every service sees (tests pass theirs).

    ``start_up_kept``: the process started with the cycle collector paused, for this run to
    freeze what start-up made and resume it when the first window (or dialog) comes up."""
    app = qt_application(argv or ["acudesk"])
    if start_up_kept:
        QTimer.singleShot(0, keep_start_up_objects)  # the event loop's first turn
    with crash_handler(crash_box):
        return _run(app, url, demo=demo, smoke=smoke, clock=clock)


def _run(app: QApplication, url: str, *, demo: bool, smoke: bool, clock: Clock) -> int:
    try:
        db = open_database(url, clock).db
    except DatabaseDamaged as error:  # a damaged file: a backup can be restored over it
        from acudesk.ui.shell.restore_dialog import restore_at_start

        if not restore_at_start(url, error.message, clock):
            return 1
        return _run(app, url, demo=demo, smoke=smoke, clock=clock)
    except DatabaseUnavailable as error:
        fatal_error(translate("Application", "acudesk cannot open the database"), error.message)
        return 1
    try:
        services = build_services(db, clock)
        if demo and services.clinic.details() is None:
            seed_demo_with_progress(db, clock)
        if smoke:
            return _smoke(services)
        # Products: a new clinic starts from the house catalogue (one quick query otherwise).
        services.products.ensure_house_catalogue()
        username = language = ""
        if services.clinic.needs_first_run():
            from acudesk.ui.access.first_run_wizard import FirstRunWizard

            wizard = FirstRunWizard(services.clinic)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin is None:
                return 0
            username, language = wizard.admin.username, language_for(wizard.admin)
        # One relay of the change bus for every window of this run, on the GUI thread.
        relay = ChangeRelay(services.bus)
        # Other workstations' changes reach the same bus.
        ChangePoller(services.change_watch.poll, relay).start()
        try:
            session = _Session(app, services, relay, username, language)
            if not session.sign_in():
                return 0
            return app.exec()
        finally:
            relay.close()
    except AcudeskError as error:
        fatal_error("acudesk", error.message)
        return 1
    finally:
        db.dispose()
