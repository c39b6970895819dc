"""The client's intake tab: the latest intake at a glance, its history, review and print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.intake import Intake
from acudesk.domain.text import slug
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.store.private_files import write_private_bytes
from acudesk.ui.forms.ui_intake_widget import Ui_IntakeWidget
from acudesk.ui.i18n import time_text, translate
from acudesk.ui.intake.intake_dialog import IntakeDialog, IntakeStart
from acudesk.ui.intake.summary import SUMMARY_CSS, day, summary_html
from acudesk.ui.widgets.theme import restyle


def pdf_file_name(last_name: str, taken_on_iso: str) -> str:
    """intake-rossi-2026-11-23.pdf: safe on every file system."""
    return f"intake-{slug(last_name)}-{taken_on_iso}.pdf"


def history_label(intake: Intake, history: list[Intake], *, latest: bool) -> str:
    """A history row: the day (and, when that day has several intakes, which one), who
    recorded it and at what time, so that two intakes of one day read apart."""
    when = day(intake.data.taken_on)
    same_day = sorted(
        (i for i in history if i.data.taken_on == intake.data.taken_on),
        key=lambda i: (i.recorded_at, i.id),
    )
    if len(same_day) > 1:
        when = translate("IntakeWidget", "{date}  · no. {number} of {count}").format(
            date=when, number=same_day.index(intake) + 1, count=len(same_day)
        )
    if latest:
        when = translate("IntakeWidget", "{date}  (latest)").format(date=when)
    return translate("IntakeWidget", "{date}\nrecorded by {name} at {time}").format(
        date=when, name=intake.recorded_by, time=time_text(intake.recorded_at)
    )


class IntakeWidget(QWidget):
    """Embedded in the client page. Reads the history once per refresh; never edits a record."""

    def __init__(
        self, services: Services, user: User, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeWidget()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._client_id = client_id
        self._history: list[Intake] = []
        self._client_name = ""
        self._last_name = ""
        self.dialog: IntakeDialog | None = None
        self.ui.summaryView.document().setDefaultStyleSheet(SUMMARY_CSS)
        self.ui.signatureView.set_read_only(True)
        self.ui.historyList.setSpacing(3)
        self.ui.reviewButton.setEnabled(user.can(Permission.WRITE_INTAKE))
        self.ui.reviewButton.clicked.connect(self._on_review_button_clicked)
        self.ui.printButton.clicked.connect(self._on_print_button_clicked)
        self.ui.historyList.currentRowChanged.connect(self._on_history_list_current_row_changed)
        self._say("")
        self.refresh()

    @property
    def history(self) -> list[Intake]:
        return list(self._history)

    def refresh(self) -> None:
        """Read the history again. The intake being read stays shown (the newest, if that was
        the newest), and so does any notice, unless another intake takes its place."""
        before = self.shown_intake()
        was_latest = before is None or before.id == self._history[0].id
        try:
            if not self._client_name:
                client = self._services.clients.get(self._user, self._client_id)
                self._client_name = client.display_name
                self._last_name = client.data.last_name
            self._history = self._services.intake.history(self._user, self._client_id)
        except AcudeskError as error:
            self._history = []
            self._say(error.message, error=True)
        has_intake = bool(self._history)
        self.ui.stack.setCurrentWidget(self.ui.intakePage if has_intake else self.ui.emptyPage)
        self.ui.reviewButton.setText(
            translate("IntakeWidget", "&Review intake")
            if has_intake
            else translate("IntakeWidget", "&New intake")
        )
        self.ui.printButton.setEnabled(has_intake)
        history = self.ui.historyList
        history.blockSignals(True)
        history.clear()
        row = 0
        for i, intake in enumerate(self._history):
            label = history_label(intake, self._history, latest=i == 0)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, intake.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            history.addItem(item)
            if not was_latest and before is not None and intake.id == before.id:
                row = i
        if has_intake:
            history.setCurrentRow(row)
        history.blockSignals(False)
        after = self.shown_intake()
        if after is None:
            self.ui.stampLabel.setText("")
        elif before is None or after.id != before.id:
            self._on_history_list_current_row_changed(row)

    def shown_intake(self) -> Intake | None:
        row = self.ui.historyList.currentRow()
        return self._history[row] if 0 <= row < len(self._history) else None

    def _on_history_list_current_row_changed(self, row: int) -> None:
        intake = self.shown_intake()
        if intake is None:
            return
        data = intake.data
        self.ui.stampLabel.setText(
            translate(
                "IntakeWidget", "Taken {taken} · recorded by {name} at {time} on {recorded}"
            ).format(
                taken=day(data.taken_on),
                name=intake.recorded_by,
                time=time_text(intake.recorded_at),
                recorded=day(intake.recorded_at.date()),
            )
        )
        self.ui.summaryView.setHtml(summary_html(data))
        if data.consent.signature_png:
            self.ui.signatureView.load_png(data.consent.signature_png)
        else:
            self.ui.signatureView.clear()
            self.ui.signatureView.set_read_only(True)
        self.ui.signatureView.setVisible(bool(data.consent.signature_png))
        self.ui.signatureCaption.setVisible(bool(data.consent.signature_png))
        if row > 0:
            self._say(
                translate(
                    "IntakeWidget",
                    "You are reading an earlier intake ({date}). The latest is from {latest}.",
                ).format(date=day(data.taken_on), latest=day(self._history[0].data.taken_on))
            )
        else:
            self._say("")

    def _say(self, message: str, *, error: bool = False) -> None:
        label = self.ui.noticeLabel
        label.setText(message)
        label.setVisible(bool(message))
        label.setProperty("role", "error" if error else "notice")
        restyle(label)

    # --- review -----------------------------------------------------------------------------

    def open_intake_dialog(self) -> IntakeDialog:
        """A new intake, pre-filled from the latest one; consent is given and signed again."""
        latest = self._history[0] if self._history else None
        start = IntakeStart.review(latest, self._services.clock().date())
        dialog = IntakeDialog(
            self._services, self._user, self._client_id, self._client_name, start, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intake_saved.connect(self._on_intake_dialog_intake_saved)
        dialog.conflict_found.connect(self._on_intake_dialog_conflict_found)
        dialog.finished.connect(self._on_intake_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_review_button_clicked(self) -> None:
        self.open_intake_dialog()

    def _on_intake_dialog_intake_saved(self, _client_id: int) -> None:
        self.refresh()  # at once; the page's refresh from the change bus then finds it shown
        self._say(translate("IntakeWidget", "Intake saved. The earlier ones stay in the history."))

    def _on_intake_dialog_conflict_found(self, _client_id: int) -> None:
        self.refresh()

    def _on_intake_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    # --- print ------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        intake = self.shown_intake()
        if intake is None:
            return
        suggested = pdf_file_name(self._last_name, intake.data.taken_on.isoformat())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("IntakeWidget", "Save the intake summary"),
            suggested,
            translate("IntakeWidget", "PDF documents (*.pdf)"),
        )
        if path:
            self.save_summary(intake.id, Path(path))

    def save_summary(self, intake_id: int, target: Path) -> bool:
        """One call for the PDF, then write it where the person chose."""
        try:
            pdf = self._services.intake.summary_pdf(self._user, intake_id)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return False
        try:
            write_private_bytes(target, pdf)
        except OSError as error:
            self._say(
                translate(
                    "IntakeWidget",
                    "The summary could not be saved there ({reason}). Choose another folder.",
                ).format(reason=error.strerror),
                error=True,
            )
            return False
        self._say(translate("IntakeWidget", "Intake summary saved to {path}.").format(path=target))
        return True
