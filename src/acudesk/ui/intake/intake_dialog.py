"""The intake questionnaire, filled in with the client: four steps, one Save, drafts meanwhile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from acudesk.domain.errors import AcudeskError, ConflictError, ValidationError
from acudesk.domain.intake import Intake, IntakeData, review_of
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, time_text, translate
from acudesk.ui.intake.consent_question import ask_to_save_anyway, missing_consent
from acudesk.ui.intake.form import IntakeForm, page_of
from acudesk.ui.intake.procedures import RawRow
from acudesk.ui.widgets.screen_fit import available_area, fit_to_screen
from acudesk.ui.widgets.theme import restyle

STEPS = (
    QT_TRANSLATE_NOOP("IntakeDialog", "Health"),
    QT_TRANSLATE_NOOP("IntakeDialog", "Medicines"),
    QT_TRANSLATE_NOOP("IntakeDialog", "Skin"),
    QT_TRANSLATE_NOOP("IntakeDialog", "Consent"),
)
DRAFT_DELAY_MS = 2000


@dataclass
class IntakeStart:
    """What the dialog starts from: a blank form, the latest intake to review, or a draft."""

    based_on: int | None = None  # id of the latest intake when the form opened
    data: IntakeData | None = None
    procedure_rows: list[RawRow] | None = None
    from_draft: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def review(cls, latest: Intake | None, today: date) -> IntakeStart:
        """A new intake: from the latest one under review, or blank when there is none."""
        if latest is None:
            return cls()
        return cls(based_on=latest.id, data=review_of(latest.data, today))

    @classmethod
    def from_draft_extra(cls, data: IntakeData, extra: dict[str, Any]) -> IntakeStart:
        rows = extra.get("procedure_rows")
        raw = [(str(k), str(d), str(a)) for k, d, a in rows] if isinstance(rows, list) else None
        based_on = extra.get("based_on")
        return cls(based_on if isinstance(based_on, int) else None, data, raw, True, dict(extra))


class IntakeDialog(QDialog):
    """Saving makes one call, services.intake.record; every change is kept as a draft."""

    intake_saved = Signal(int)  # client id
    conflict_found = Signal(int)  # client id: another intake was saved meanwhile

    def __init__(
        self,
        services: Services,
        user: User,
        client_id: int,
        client_name: str,
        start: IntakeStart | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._client_id = client_id
        self._client_name = client_name
        start = start or IntakeStart()
        self._based_on = start.based_on
        self._unsaved = start.from_draft  # a resumed draft is unsaved work from the start
        self._saved = False
        self._flagged: dict[str, str] = {}  # the problems the step list marks with ⚠
        self.close_prompt: QMessageBox | None = None
        self.consent_question: QMessageBox | None = None
        settings = services.settings.current()
        self.form = IntakeForm(self.ui, settings.date_order, lambda: services.clock().date())
        self.ui.clientLabel.setText(client_name)
        self.ui.consentTextView.setPlainText(settings.consent_text)
        for number, step in enumerate(STEPS, start=1):
            name = translate("IntakeDialog", step)
            item = QListWidgetItem(f"{number}   {name}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.ui.stepList.addItem(item)
        if start.data is not None:
            self.form.fill(start.data, start.procedure_rows)
        if start.from_draft:
            self.ui.draftLabel.setText(translate("IntakeDialog", "Resumed from a draft"))
        else:
            self.ui.draftLabel.setText("")
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        self.form.on_change(self._on_form_changed)

        self.ui.stepList.currentRowChanged.connect(self._on_step_list_current_row_changed)
        self.ui.backButton.clicked.connect(self._on_back_button_clicked)
        self.ui.nextButton.clicked.connect(self._on_next_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.addProcedureButton.clicked.connect(self._on_add_procedure_button_clicked)
        self.ui.removeProcedureButton.clicked.connect(self.form.procedures.remove_selected)
        self.ui.clearSignatureButton.clicked.connect(self.ui.signaturePad.clear)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self._on_save_button_clicked)
        step = start.extra.get("step", 0)
        self.ui.stepList.setCurrentRow(step if isinstance(step, int) and 0 <= step < 4 else 0)
        self._say("")
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the widest step without sideways scrolling (longer languages need
        more than the form's default), within the screen."""
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the pages' width inside the dialog's default size
        contents = [
            page.widget() for page in (self.ui.healthPage, self.ui.medicinesPage, self.ui.skinPage)
        ]
        widest = max(c.minimumSizeHint().width() for c in contents if c is not None)
        extra = (
            self.width()
            - self.ui.pages.width()
            + self.ui.healthPage.verticalScrollBar().sizeHint().width()
        )
        room = available_area(self)
        wanted = min(widest + extra + 24, int(room.width() * 0.96))
        fit_to_screen(self, max(wanted, self.width()), self.height())

    @property
    def client_id(self) -> int:
        return self._client_id

    # --- navigation -------------------------------------------------------------------------

    def go_to(self, page: int) -> None:
        self.ui.stepList.setCurrentRow(page)

    def _on_step_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages.setCurrentIndex(row)
        self.ui.backButton.setEnabled(row > 0)
        self.ui.nextButton.setEnabled(row < len(STEPS) - 1)

    def _on_back_button_clicked(self) -> None:
        self.go_to(max(0, self.ui.pages.currentIndex() - 1))

    def _on_next_button_clicked(self) -> None:
        self.go_to(min(len(STEPS) - 1, self.ui.pages.currentIndex() + 1))

    def _on_add_procedure_button_clicked(self) -> None:
        self.form.procedures.add_row().setFocus()

    def _mark_steps(self, errors: dict[str, str]) -> None:
        self._flagged = dict(errors)
        pages = {page_of(name) for name in errors}
        for row, step in enumerate(STEPS):
            item = self.ui.stepList.item(row)
            flag = "   ⚠" if row in pages else ""
            item.setText(f"{row + 1}   {translate('IntakeDialog', step)}{flag}")
            item.setToolTip(
                translate("IntakeDialog", "Something on this step needs a look") if flag else ""
            )

    # --- saving -----------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        data, errors = self.form.collect()
        if errors:
            self._show_errors(errors)
            return
        missing = missing_consent(data.consent)
        if missing:  # never quietly: the person confirms, or goes back to the consent step
            self.consent_question = ask_to_save_anyway(
                self, missing, lambda: self._record(data), lambda: self.go_to(len(STEPS) - 1)
            )
            return
        self._record(data)

    def _record(self, data: IntakeData) -> None:
        try:
            self._services.intake.record(self._user, self._client_id, data, based_on=self._based_on)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except ConflictError as error:
            self._on_conflict(error)
            return
        except AcudeskError as error:  # not allowed, client deleted, database gone
            self._say(error.message)
            return
        self._saved = True
        self._draft_timer.stop()
        self.intake_saved.emit(self._client_id)
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        self._say("")
        self._mark_steps(errors)
        self.go_to(page_of(next(iter(errors))))
        self.form.show_errors(errors)

    def _on_conflict(self, error: ConflictError) -> None:
        """Keep everything typed; the next Save adds this intake after theirs."""
        self._keep_draft()
        try:
            latest = self._services.intake.latest(self._user, self._client_id)
        except AcudeskError:
            latest = None
        if latest is not None:
            self._based_on = latest.id
        self._say(
            translate(
                "IntakeDialog", "{problem} Press Save again to keep yours as a newer record."
            ).format(problem=error.message)
        )
        self.conflict_found.emit(self._client_id)

    def _say(self, message: str) -> None:
        label = self.ui.bannerLabel
        label.setText(message)
        label.setVisible(bool(message))
        label.setProperty("role", "error")
        restyle(label)

    # --- drafts -----------------------------------------------------------------------------

    def _on_form_changed(self, *_args: object) -> None:
        self._unsaved = True
        self._draft_timer.start()
        if self._flagged:  # a problem put right (a date retyped) takes its ⚠ with it
            _data, errors = self.form.collect()
            still = {n: m for n, m in self._flagged.items() if n in errors or self.form.shows(n)}
            if still != self._flagged:
                self._mark_steps(still)

    def _on_draft_timer_timeout(self) -> None:
        self._keep_draft()

    def _keep_draft(self) -> bool:
        self._draft_timer.stop()
        data, _errors = self.form.collect()
        now: datetime = self._services.clock()
        extra = {
            "based_on": self._based_on,
            "saved_at": now.isoformat(timespec="minutes"),
            "procedure_rows": [list(row) for row in self.form.procedures.raw_rows()],
            "step": self.ui.pages.currentIndex(),
        }
        try:
            self._services.intake.save_draft(self._user, self._client_id, data, extra)
        except AcudeskError as error:
            self.ui.draftLabel.setText(
                translate("IntakeDialog", "Draft not kept: {problem}").format(problem=error.message)
            )
            return False
        self.ui.draftLabel.setText(
            translate("IntakeDialog", "Draft kept at {time}").format(time=time_text(now))
        )
        return True

    def has_unsaved_work(self) -> bool:
        return self._unsaved and not self._saved

    def reject(self) -> None:
        """Closing without saving asks (without blocking) whether to keep a draft."""
        if self.has_unsaved_work():
            self._ask_keep_draft()
            return
        self._draft_timer.stop()
        super().reject()

    def _ask_keep_draft(self) -> None:
        if self.close_prompt is not None and self.close_prompt.isVisible():
            return
        box = QMessageBox(self)
        box.setObjectName("keepDraftBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("IntakeDialog", "Close the intake?"))
        box.setText(
            translate("IntakeDialog", "This intake for {name} is not saved.").format(
                name=self._client_name
            )
        )
        box.setInformativeText(
            translate(
                "IntakeDialog",
                "Keep it as a draft to finish later (acudesk offers it back when you sign in), "
                "or discard what was typed.",
            )
        )
        keep = box.addButton(
            translate("IntakeDialog", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            translate("IntakeDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        keep.clicked.connect(self._on_keep_button_clicked)
        discard.clicked.connect(self._on_discard_button_clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_prompt = box
        box.open()

    def _on_keep_button_clicked(self) -> None:
        if self._keep_draft():
            self._close_now()

    def _on_discard_button_clicked(self) -> None:
        self._draft_timer.stop()
        try:
            self._services.intake.discard_draft(self._user, self._client_id)
        except AcudeskError as error:
            self._say(error.message)
            return
        self._close_now()

    def _close_now(self) -> None:
        self._unsaved = False
        self._draft_timer.stop()
        self.close_prompt = None
        super().reject()
