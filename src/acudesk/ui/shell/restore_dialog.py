"""File > Restore from a backup…: choose a backup, see what it holds and what it replaces,
confirm; then everyone signs in again to the restored database (the window is rebuilt)."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from acudesk.domain.errors import AcudeskError
from acudesk.services.backup import default_backup_dir
from acudesk.services.backup_check import BackupFacts
from acudesk.services.restore import RestoreReport
from acudesk.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from acudesk.ui.i18n import day_text, time_text, translate
from acudesk.ui.shell.database_text import database_text
from acudesk.ui.widgets.messages import error_box

if TYPE_CHECKING:
    from acudesk.services.clock import Clock
    from acudesk.ui.shell.main_window import MainWindow


def facts_text(facts: BackupFacts) -> str:
    """Two lines: when it was taken and its schema; what it holds."""
    if facts.taken_at is None:
        when = translate("RestoreDialog", "Taken at an unknown time")
    else:
        when = translate("RestoreDialog", "Taken {day} at {time}").format(
            day=day_text(facts.taken_at.date()), time=time_text(facts.taken_at)
        )
    #: {revision} is a schema revision such as 0007.
    schema = translate("RestoreDialog", "schema {revision}").format(revision=facts.revision)
    if facts.needs_upgrade:
        schema = translate("RestoreDialog", "{schema}, brought up to date once restored").format(
            schema=schema
        )
    return f"{when} · {schema}\n{facts.counts_text()}"


class RestoreDialog(QDialog):
    """The confirmation: the backup (file, date, revision, counts) and what it replaces."""

    restore_requested = Signal(object)  # the backup's Path

    def __init__(
        self,
        backup: BackupFacts,
        replaced: str,
        current: BackupFacts | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._backup = backup
        self.ui.backupLabel.setText(f"{backup.path}\n{facts_text(backup)}")
        held = current.counts_text() if current is not None else ""
        self.ui.replacedLabel.setText(f"{replaced}\n{held}".strip())
        self.ui.noteLabel.setText(
            translate(
                "RestoreDialog",
                "Everything entered since the backup was taken is replaced. The current "
                "database is kept aside first, so nothing is deleted. Close acudesk on the "
                "other computers first; afterwards everyone signs in again.",
            )
        )
        restore = self.ui.buttonBox.addButton(
            translate("RestoreDialog", "&Restore"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        restore.clicked.connect(self._on_restore_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        restore.setAutoDefault(False)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # replacing a database is never the default
        cancel.setFocus()
        self.adjustSize()  # as tall as the wrapped texts need

    def _on_restore_clicked(self) -> None:
        self.accept()
        self.restore_requested.emit(self._backup.path)


def choose_backup(parent: QWidget | None, folder: Path) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("RestoreDialog", "Choose the backup to restore"),
        str(folder),
        translate("RestoreDialog", "acudesk backups (*.sqlite3 *.pgdump);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def restore_from_backup(window: MainWindow) -> QDialog | None:
    """The menu action: choose, check, confirm (window-modal); the restore runs on confirm."""
    services, user = window.context.services, window.user
    path = choose_backup(window, services.auto_backup.folder())
    if path is None:
        return None
    try:
        facts = services.backup.inspect(user, path)
        current = services.backup.current(user)
    except AcudeskError as error:
        error_box(
            window, translate("RestoreDialog", "This backup cannot be restored"), error.message
        )
        return None
    dialog = RestoreDialog(facts, database_text(services.db.info), current, window)
    dialog.restore_requested.connect(lambda chosen: _restore(window, chosen))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _restore(window: MainWindow, path: Path) -> None:
    others = [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]
    if not all(w.close() for w in others):  # a session window asks about unsaved work
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = window.context.services.backup.restore(window.user, path)
    except AcudeskError as error:
        QApplication.restoreOverrideCursor()
        error_box(window, translate("RestoreDialog", "The restore failed"), error.message)
        return
    QApplication.restoreOverrideCursor()
    done = restored_box(window, report)
    done.finished.connect(window.signed_out)  # sign in again, to the restored database


def restored_box(parent: QWidget | None, report: RestoreReport) -> QMessageBox:
    text = translate(
        "RestoreDialog",
        "The database was restored from {path}. The database it replaced is kept as {aside}. "
        "Sign in again to carry on.",
    ).format(path=report.facts.path, aside=report.kept_aside)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("RestoreDialog", "Restored"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("restoredBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def restore_at_start(url: str, problem: str, clock: Clock) -> bool:
    """The database file is damaged at start-up: offer to restore a backup over it (no one
    can sign in to a damaged file, so whoever may replace it on this computer decides).
    True once restored: the start-up carries on with the restored database."""
    from acudesk.services.backup_check import inspect_backup
    from acudesk.services.restore import restore_database
    from acudesk.store.engine import Database

    db = Database(url)
    try:
        while offer_restore(problem):
            path = choose_backup(None, default_backup_dir(db))
            if path is None:
                continue
            try:
                facts = inspect_backup(path)
                damaged = translate("RestoreDialog", "{database} (damaged)").format(
                    database=database_text(db.info)
                )
                if RestoreDialog(facts, damaged, None).exec() != QDialog.DialogCode.Accepted:
                    continue
                who = f"{getpass.getuser()} (start-up)"[:32]
                report = restore_database(db, path, when=clock(), who=who)
            except AcudeskError as error:
                problem = error.message
                continue
            restored_box(None, report).exec()
            return True
        return False
    finally:
        db.dispose()


def offer_restore(problem: str) -> bool:
    """The damaged-file message, with Restore from a backup… and Quit (blocking: no window
    exists yet)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "acudesk", problem)
    box.setObjectName("damagedDatabaseBox")
    restore = box.addButton(
        translate("RestoreDialog", "&Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("RestoreDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
