"""How the daily backup stands, in a sentence for Home, and the backup run at sign-in: on a
worker thread, with a busy bar in the status bar, so the window never freezes."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar

from acudesk.domain.backups import BackupState
from acudesk.domain.users import User
from acudesk.ui.i18n import day_text, time_text, translate

if TYPE_CHECKING:
    from acudesk.services.auto_backup import AutoBackupService
    from acudesk.services.clock import Clock
    from acudesk.ui.shell.main_window import MainWindow


def when_text(state: BackupState, today: date) -> str:
    at = time_text(state.at)
    if state.at.date() == today:
        return translate("HomeScreen", "today at {time}").format(time=at)
    if state.at.date() == today - timedelta(days=1):
        return translate("HomeScreen", "yesterday at {time}").format(time=at)
    return translate("HomeScreen", "{day} at {time}").format(day=day_text(state.at.date()), time=at)


def backup_state_text(state: BackupState | None, today: date) -> tuple[str, bool]:
    """The sentence, and whether it is a warning (failed, or no good backup for over a day)."""
    if state is None:
        return translate("HomeScreen", "No automatic backup has been made yet."), False
    when = when_text(state, today)
    if not state.ok:
        return (
            translate(
                "HomeScreen",
                "The automatic backup failed {when}: {problem} Use File > Back up now, and "
                "check the backups folder in the clinic settings.",
            ).format(when=when, problem=state.problem),
            True,
        )
    text = translate("HomeScreen", "Last backup: {when}, %n copies kept", None, state.kept).format(
        when=when
    )
    if state.overdue(today):
        return (
            translate(
                "HomeScreen", "{text}. That is over a day ago: use File > Back up now."
            ).format(text=text),
            True,
        )
    return text, False


class DailyBackup(QObject):
    """Runs today's backup once, if it is due, on a worker thread; ``finished`` on the GUI
    thread with the new state (None: another workstation had it)."""

    finished = Signal(object)

    def __init__(
        self, backups: AutoBackupService, clock: Clock, user: User, window: MainWindow
    ) -> None:
        super().__init__(window)
        self._backups = backups
        self._clock = clock
        self._user = user
        self._window = window
        self._bar: QProgressBar | None = None
        self.worker: threading.Thread | None = None

    def start(self) -> bool:
        """False when nothing is due (today's backup was made or is being made elsewhere)."""
        if not self._backups.due():
            return False
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: a backup's length is not known beforehand
        bar.setMaximumWidth(160)
        bar.setAccessibleName(translate("MainWindow", "Backing up"))
        label = QLabel(translate("MainWindow", "Backing up the database…"))
        status = self._window.statusBar()
        status.addWidget(label)
        status.addWidget(bar)
        self._bar, self._label = bar, label
        self.finished.connect(self._on_finished)
        self.worker = threading.Thread(target=self._run, name="daily-backup", daemon=True)
        self.worker.start()
        return True

    def _run(self) -> None:
        try:
            state = self._backups.run_daily(self._user)
        except Exception as error:
            state = BackupState(self._clock(), False, problem=str(error))
        self.finished.emit(state)  # queued to the GUI thread: the receiver lives there

    def _on_finished(self, state: object) -> None:
        status = self._window.statusBar()
        if isinstance(state, BackupState) and not state.ok:
            self._window.show_status(
                translate("MainWindow", "The automatic backup failed: {problem}").format(
                    problem=state.problem
                )
            )
        for widget in (self._bar, self._label):
            if widget is not None:
                status.removeWidget(widget)
                widget.deleteLater()
        self._bar = None
