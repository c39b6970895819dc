"""Protocols: save the chart under a name (asking before replacing one), or pick one to apply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.services.registry import Services
from acudesk.ui.chart.labels import needles_text
from acudesk.ui.forms.ui_session_apply_protocol_dialog import Ui_SessionApplyProtocolDialog
from acudesk.ui.forms.ui_session_protocol_dialog import Ui_SessionProtocolDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors

Protocol = tuple[int, str, str, list[dict[str, Any]]]


class SaveProtocolDialog(QDialog):
    """One call, services.sessions.save_protocol; a same-named protocol is replaced on request."""

    protocol_saved = Signal(str)  # name

    def __init__(
        self,
        services: Services,
        user: User,
        chart: list[dict[str, Any]],
        existing: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionProtocolDialog()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._chart = chart
        self._existing = {name.lower(): name for name in existing}
        self.replace_box: QMessageBox | None = None
        self.errors = FieldErrors(
            {"name": (self.ui.nameEdit, self.ui.nameMessage)}, fallback=self.ui.chartMessage
        )
        ok = self.ui.buttonBox.addButton(
            translate("SaveProtocolDialog", "Save protocol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        name = " ".join(self.ui.nameEdit.text().split())
        same = self._existing.get(name.lower())
        if same is None:
            self._save(replace_existing=False)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SaveProtocolDialog", "Replace the protocol?"),
            translate(
                "SaveProtocolDialog",
                "There is already a protocol called '{name}'. Replace it with this chart?",
            ).format(name=same),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("replaceProtocolBox")
        replace = box.addButton(
            translate("SaveProtocolDialog", "Replace"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("SaveProtocolDialog", "Keep both names"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._save(replace_existing=True) if button is replace else None
        )
        self.replace_box = box
        box.open()

    def _save(self, *, replace_existing: bool) -> None:
        name = self.ui.nameEdit.text()
        try:
            self._services.protocols.save_protocol(
                self._user,
                name,
                self.ui.descriptionEdit.toPlainText(),
                self._chart,
                replace_existing=replace_existing,
            )
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except AcudeskError as error:
            self.errors.show({"chart": error.message})
            return
        self.protocol_saved.emit(" ".join(name.split()))
        self.accept()


class ApplyProtocolDialog(QDialog):
    """Pick a protocol and whether it replaces the chart or adds to it."""

    protocol_chosen = Signal(str, object, bool)  # name, chart list, replace

    def __init__(self, protocols: list[Protocol], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionApplyProtocolDialog()
        self.ui.setupUi(self)
        self._protocols = protocols
        for _id, name, _description, chart in protocols:
            needles = sum(int(p.get("needles") or 0) for p in chart if p.get("kind") == "needle")
            item = QListWidgetItem(f"{name}  ·  {needles_text(needles).lower()}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.ui.protocolList.addItem(item)
        self.ui.emptyLabel.setVisible(not protocols)
        self.ui.protocolList.setVisible(bool(protocols))
        self.ui.replaceRadio.setChecked(True)
        self.apply_button = self.ui.buttonBox.addButton(
            translate("ApplyProtocolDialog", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.ui.protocolList.currentRowChanged.connect(self._on_protocol_list_current_row_changed)
        self.ui.protocolList.itemDoubleClicked.connect(self._on_button_box_accepted)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        if protocols:
            self.ui.protocolList.setCurrentRow(0)

    def _on_protocol_list_current_row_changed(self, row: int) -> None:
        valid = 0 <= row < len(self._protocols)
        self.apply_button.setEnabled(valid)
        self.ui.descriptionLabel.setText(self._protocols[row][2] if valid else "")

    def _on_button_box_accepted(self, *_args: object) -> None:
        row = self.ui.protocolList.currentRow()
        if not 0 <= row < len(self._protocols):
            return
        _id, name, _description, chart = self._protocols[row]
        self.protocol_chosen.emit(name, chart, self.ui.replaceRadio.isChecked())
        self.accept()
