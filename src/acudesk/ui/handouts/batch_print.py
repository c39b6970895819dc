"""File ▸ Print all of today's handouts: every session completed today that has no sheet yet.

Each sheet is recorded (one service call) and printed, one after the other, in one print job,
under a progress dialog whose Stop button ends the run after the sheet being printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.handouts import HandoutService, PendingSession
from acudesk.services.settings import SettingsService
from acudesk.ui.handouts.output import ask_printer
from acudesk.ui.handouts.pdf_printing import PrintJob


@dataclass
class BatchResult:
    printed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (client, why)
    not_reached: list[str] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_reached)

    def summary(self) -> str:
        lines = [f"Printed {len(self.printed)} aftercare sheet{'s' * (len(self.printed) != 1)}."]
        if self.not_reached:
            lines.append(
                f"Stopped before {len(self.not_reached)}: "
                f"{', '.join(self.not_reached)}. Print all again to do them."
            )
        lines += [f"Not printed for {name}: {why}" for name, why in self.failed]
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
            return self._tell("Print today's handouts", error.message, QMessageBox.Icon.Warning)
        if not pending:
            return self._tell(
                "Print today's handouts",
                "Nothing to print: every session completed today already has its aftercare sheet.",
            )
        size = self._settings.handouts().page_size
        return ask_printer(self._parent, size, "Today's aftercare sheets", self.run)

    def run(self, printer: QPrinter) -> BatchResult:
        """Issue and print each pending sheet into one job on ``printer``."""
        pending = self.pending()
        result = BatchResult()
        progress = QProgressDialog("Preparing…", "Stop", 0, len(pending), self._parent)
        progress.setWindowTitle("Printing today's handouts")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        # QProgressDialog places its button by the plain size hint, which the theme's bold
        # default button outgrows: a short word, and the label says what it does.
        progress.setCancelButton(QPushButton("Stop"))
        progress.setMinimumWidth(480)
        self.progress = progress
        progress.show()
        progress.adjustSize()
        try:
            with PrintJob(printer) as job:
                for index, (session_id, name) in enumerate(pending):
                    if progress.wasCanceled():
                        result.not_reached = [p.client_name for p in pending[index:]]
                        break
                    progress.setLabelText(
                        f"Printing {index + 1} of {len(pending)}: {name}\n"
                        "Stop ends the run after the sheet being printed."
                    )
                    QApplication.processEvents()
                    try:
                        issued = self._handouts.issue(self._user, session_id)
                        job.add(issued.pdf)
                    except AcudeskError as error:
                        result.failed.append((name, error.message))
                    else:
                        result.printed.append(name)
                    progress.setValue(index + 1)
                    self.sheet_printed.emit(index, name)
                    QApplication.processEvents()
        except AcudeskError as error:  # the printer did not start
            result.failed.append(("all", error.message))
        progress.close()
        progress.deleteLater()
        self.progress = None
        self.finished.emit(result)
        self._tell("Today's handouts", result.summary())
        return result

    def _tell(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("batchSummaryBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.summary_box = box
        return box
