"""Before registering a client who looks like one on record: show the matches, let the
person open one of them, or confirm that this is someone else."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acudesk.domain.clients import ClientRow
from acudesk.domain.dates import DateOrder
from acudesk.ui.clients.formatting import birth_text
from acudesk.ui.forms.ui_duplicate_clients_dialog import Ui_DuplicateClientsDialog
from acudesk.ui.i18n import translate


class DuplicateClientsDialog(QDialog):
    open_requested = Signal(int)  # the id of the existing client chosen
    save_new_requested = Signal()

    def __init__(
        self,
        matches: Sequence[object],
        order: DateOrder,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DuplicateClientsDialog()
        self.ui.setupUi(self)
        rows = [m for m in matches if isinstance(m, ClientRow)]
        self.ui.hintLabel.setText(
            translate(
                "DuplicateClientsDialog",
                "Someone with the same name and date of birth, the same phone or the same email "
                "is already registered. Open their record rather than creating a second one; "
                "save as a new client only if this is a different person.",
            )
        )
        self.open_buttons: list[QPushButton] = []
        for row in rows:
            self.ui.matchesLayout.addWidget(self._match_card(row, order, today))
        if self.open_buttons:
            first = self.open_buttons[0]
            first.setDefault(True)
            first.setFocus()
        self.ui.backButton.clicked.connect(self.reject)
        self.ui.saveNewButton.clicked.connect(self._on_save_new_button_clicked)
        self.adjustSize()

    def _match_card(self, row: ClientRow, order: DateOrder, today: date) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        card.setAccessibleName(
            translate("DuplicateClientsDialog", "Match {name}").format(name=row.display_name)
        )
        name = QLabel(row.display_name, card)
        name.setProperty("role", "heading")
        born = birth_text(row.date_of_birth, order, today)
        lines = [
            translate("DuplicateClientsDialog", "Born {date}").format(date=born)
            if born
            else translate("DuplicateClientsDialog", "No date of birth on record"),
            row.phone,
            row.email,
            translate("DuplicateClientsDialog", "Archived") if row.archived else "",
        ]
        details = QLabel("\n".join(line for line in lines if line), card)
        details.setProperty("role", "hint")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(details)
        button = QPushButton(
            translate("DuplicateClientsDialog", "Open {name}").format(
                name=row.first_name or row.display_name
            ),
            card,
        )
        button.setAccessibleName(
            translate("DuplicateClientsDialog", "Open {name}").format(name=row.display_name)
        )
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if not self.open_buttons:  # the likeliest match
            button.setProperty("role", "primary")
        button.ensurePolished()  # size it with the style sheet's bold font and padding
        button.setMinimumWidth(button.sizeHint().width())
        button.clicked.connect(lambda: self._on_open_button_clicked(row.id))
        self.open_buttons.append(button)
        layout = QHBoxLayout(card)
        layout.setSpacing(16)
        layout.addLayout(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return card

    def _on_open_button_clicked(self, client_id: int) -> None:
        self.accept()
        self.open_requested.emit(client_id)

    def _on_save_new_button_clicked(self) -> None:
        self.accept()
        self.save_new_requested.emit()
