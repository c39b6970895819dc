"""Small dialogs of the session screen: a needle incident, the reason for an amendment.

Each collects its fields into a domain value and hands it back through a signal; the session
screen makes the service call, so nothing here touches the database.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from acudesk.domain.treatment import NeedleIncident
from acudesk.ui.forms.ui_session_amend_dialog import Ui_SessionAmendDialog
from acudesk.ui.forms.ui_session_incident_dialog import Ui_SessionIncidentDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors


class IncidentDialog(QDialog):
    """Where was searched, was the needle found, what was done."""

    incident_recorded = Signal(object)  # NeedleIncident

    def __init__(
        self,
        counts: str,
        incident: NeedleIncident | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionIncidentDialog()
        self.ui.setupUi(self)
        self.ui.countLabel.setText(counts)
        self._errors = FieldErrors(
            {
                "searched": (self.ui.searchedEdit, self.ui.searchedMessage),
                "found": (self.ui.foundYesRadio, self.ui.foundMessage),
                "action": (self.ui.actionEdit, self.ui.actionMessage),
            }
        )
        if incident is not None:
            self.ui.searchedEdit.setText(incident.searched)
            (self.ui.foundYesRadio if incident.found else self.ui.foundNoRadio).setChecked(True)
            self.ui.actionEdit.setPlainText(incident.action)
        ok = self.ui.buttonBox.addButton(
            translate("IncidentDialog", "Record incident"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        errors: dict[str, str] = {}
        searched = self.ui.searchedEdit.text().strip()
        action = self.ui.actionEdit.toPlainText().strip()
        if not searched:
            errors["searched"] = translate(
                "IncidentDialog", "Say where you searched (client, clothing, couch, floor…)."
            )
        if not (self.ui.foundYesRadio.isChecked() or self.ui.foundNoRadio.isChecked()):
            errors["found"] = translate("IncidentDialog", "Say whether the needle was found.")
        if not action:
            errors["action"] = translate(
                "IncidentDialog", "Say what was done (disposed of, client told, referred…)."
            )
        if errors:
            self._errors.show(errors)
            return
        self.incident_recorded.emit(
            NeedleIncident(searched, self.ui.foundYesRadio.isChecked(), action)
        )
        self.accept()


class AmendDialog(QDialog):
    """Asks why a completed session changes; ``reason_given`` carries the text."""

    reason_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionAmendDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors({"reason": (self.ui.reasonEdit, self.ui.reasonMessage)})
        ok = self.ui.buttonBox.addButton(
            translate("AmendDialog", "Save amendment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_button_box_accepted(self) -> None:
        reason = self.ui.reasonEdit.toPlainText().strip()
        if not reason:
            self.errors.show(
                {
                    "reason": translate(
                        "AmendDialog", "Say why the completed session is being changed."
                    )
                }
            )
            return
        self.reason_given.emit(reason)
