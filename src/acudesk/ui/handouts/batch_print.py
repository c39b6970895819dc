"""File ▸ Print all of today's handouts: every session completed today that has no sheet yet.

The sheets are built on every core (services/handout_batch.py); each is recorded (one
transaction) and added to one print job in order, under a progress dialog whose Stop button
ends the run after the sheet being printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.handout_batch import issue_all
from acudesk.services.handouts import HandoutService, PendingSession
from acudesk.services.settings import SettingsService
from acudesk.ui.handouts.output import ask_printer
from acudesk.ui.handouts.pdf_printing import PrintJob
from acudesk.ui.i18n import translate


@dataclass
class BatchResult:
    printed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (client, why)
    not_reached: list[str] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_reached)

    def summary(self) -> str:
        lines = [translate("BatchPrint", "Printed %n aftercare sheets.", None, len(self.printed))]
        if self.not_reached:
            lines.append(
                translate(
                    "BatchPrint",
                    "Stopped before %n: {names}. Print all again to do them.",
                    None,
                    len(self.not_reached),
                ).format(names=", ".join(self.not_reached))
            )
        lines += [
            translate("BatchPrint", "Not printed for {name}: {why}").format(name=name, why=why)
            for name, why in self.failed
        ]
        return "\n\n".join(lines)


class BatchPrint(QObject):
    """``sheet_printed`` (index, client name) after each sheet; ``finished`` with the result."""

    sheet_printed = Signal(int, str)
    finished = Signal(object)

    def __init__(
        self, handouts: HandoutService, settings: SettingsService, user: User, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._handouts = handouts
        self._settings = settings
        self._user = user
        self._parent = parent
        self.progress: QProgressDialog | None = None

    def pending(self) -> list[PendingSession]:
        return self._handouts.todays_completed_sessions(self._user, without_handout=True)

    def start(self) -> QWidget:
        """Ask for the printer (or say there is nothing to print); the run follows."""
        try:
            pending = self.pending()
        except AcudeskError as error:
            return self._tell(
                translate("BatchPrint", "Print today's handouts"),
                error.message,
                QMessageBox.Icon.Warning,
            )
        if not pending:
            return self._tell(
                translate("BatchPrint", "Print today's handouts"),
                translate(
                    "BatchPrint",
                    "Nothing to print: every session completed today already has its "
                    "aftercare sheet.",
                ),
            )
        size = self._settings.handouts().page_size
        job = translate("BatchPrint", "Today's aftercare sheets")
        return ask_printer(self._parent, size, job, self.run)

    def run(self, printer: QPrinter) -> BatchResult:
        """Issue and print each pending sheet into one job on ``printer``."""
        pending = self.pending()
        result = BatchResult()
        stop = translate("BatchPrint", "Stop")
        progress = QProgressDialog(
            translate("BatchPrint", "Preparing…"), stop, 0, len(pending), self._parent
        )
        progress.setWindowTitle(translate("BatchPrint", "Printing today's handouts"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        # QProgressDialog places its button by the plain size hint, which the theme's bold
        # default button outgrows: a short word, and the label says what it does.
        progress.setCancelButton(QPushButton(stop))
        progress.setMinimumWidth(480)
        self.progress = progress
        progress.show()
        progress.adjustSize()
        try:
            with PrintJob(printer) as job:
                self._print_each(pending, job, progress, result)
        except AcudeskError as error:  # the printer did not start
            result.failed.append(("all", error.message))
        progress.close()
        progress.deleteLater()
        self.progress = None
        self.finished.emit(result)
        self._tell(translate("BatchPrint", "Today's handouts"), result.summary())
        return result

    def _print_each(
        self,
        pending: list[PendingSession],
        job: PrintJob,
        progress: QProgressDialog,
        result: BatchResult,
    ) -> None:
        """The sheets built on every core, each kept and added to the job in order; Stop is
        honoured before the next sheet is kept."""
        names = {p.session_id: p.client_name for p in pending}
        done = 0
        progress.setLabelText(
            translate("BatchPrint", "Preparing {total} sheets…").format(total=len(pending))
        )
        QApplication.processEvents()
        outcomes = issue_all(
            self._handouts,
            self._user,
            [p.session_id for p in pending],
            stop=lambda: progress.wasCanceled(),
        )
        try:
            for session_id, outcome in outcomes:
                name = names[session_id]
                if isinstance(outcome, AcudeskError):
                    result.failed.append((name, outcome.message))
                else:
                    job.add(outcome.pdf)
                    result.printed.append(name)
                done += 1
                progress.setValue(done)
                progress.setLabelText(
                    translate(
                        "BatchPrint",
                        "Printed {number} of {total}: {name}\n"
                        "Stop ends the run after the sheet being printed.",
                    ).format(number=done, total=len(pending), name=name)
                )
                self.sheet_printed.emit(done - 1, name)
                QApplication.processEvents()
        finally:
            outcomes.close()
        result.not_reached = [p.client_name for p in pending[done:]]

    def _tell(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("batchSummaryBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.summary_box = box
        return box
