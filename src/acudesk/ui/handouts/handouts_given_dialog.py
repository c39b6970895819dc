"""Handout ▸ Handouts given: every sheet kept for a session, reprinted byte for byte."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import TreatmentSession
from acudesk.domain.users import User
from acudesk.services.handouts import IssuedHandoutInfo
from acudesk.services.registry import Services
from acudesk.store.private_files import write_private_bytes
from acudesk.ui.forms.ui_handouts_given_dialog import Ui_HandoutsGivenDialog
from acudesk.ui.handouts.output import ask_printer, ask_save_path, default_file_name
from acudesk.ui.handouts.pdf_printing import print_pdf
from acudesk.ui.i18n import day_text, language_name, number_text, time_text, translate


def given_text(info: IssuedHandoutInfo) -> str:
    when = f"{day_text(info.issued_at.date())}, {time_text(info.issued_at)}"
    size = translate("HandoutsGivenDialog", "{size} KB").format(
        size=number_text(round(info.size / 1024))
    )
    return (
        f"{when}  ·  {info.issued_by}\n"
        f"{language_name(info.language)}, {info.page_size}, {size}  ·  "
        f"SHA-256 {info.sha256[:16]}…"
    )


class HandoutsGivenDialog(QDialog):
    def __init__(
        self,
        services: Services,
        user: User,
        session: TreatmentSession,
        client_name: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutsGivenDialog()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._session = session
        self._last = client_name[1]
        self._given: list[IssuedHandoutInfo] = []
        name = " ".join(client_name).strip()
        self.ui.titleLabel.setText(
            translate("HandoutsGivenDialog", "Handouts given to {name}, session {session}").format(
                name=name, session=session.course_label
            )
        )
        self.ui.reprintButton.clicked.connect(self._on_reprint_button_clicked)
        self.ui.saveCopyButton.clicked.connect(self._on_save_copy_button_clicked)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.givenList.currentRowChanged.connect(self._show_buttons)
        self.say("")
        self.refresh()

    def say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    def refresh(self) -> None:
        try:
            self._given = self._services.handouts.issued(self._user, self._session.id)
        except AcudeskError as error:
            self._given = []
            self.say(error.message)
        self.ui.givenList.clear()
        for info in self._given:
            item = QListWidgetItem(given_text(info))
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.ui.givenList.addItem(item)
        if not self._given:
            empty = QListWidgetItem(
                translate(
                    "HandoutsGivenDialog",
                    "No sheet has been printed or saved for this session yet.",
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.givenList.addItem(empty)
        else:
            self.ui.givenList.setCurrentRow(0)
        self._show_buttons()

    def selected(self) -> IssuedHandoutInfo | None:
        row = self.ui.givenList.currentRow()
        return self._given[row] if 0 <= row < len(self._given) else None

    def _show_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.ui.reprintButton.setEnabled(chosen)
        self.ui.saveCopyButton.setEnabled(chosen)

    def _stored(self, info: IssuedHandoutInfo) -> bytes | None:
        try:
            return self._services.handouts.reprint(self._user, info.id)
        except AcudeskError as error:
            self.say(error.message)
            return None

    def _on_reprint_button_clicked(self) -> None:
        info = self.selected()
        if info is not None:
            self.print_dialog = ask_printer(
                self,
                info.page_size,
                translate("HandoutsGivenDialog", "Aftercare (reprint {number})").format(
                    number=info.id
                ),
                self.reprint_to,
            )

    def reprint_to(self, printer: QPrinter) -> bool:
        """Print the selected sheet's stored bytes, exactly as they were handed out."""
        info = self.selected()
        pdf = None if info is None else self._stored(info)
        if pdf is None:
            return False
        try:
            print_pdf(pdf, printer)
        except AcudeskError as error:
            self.say(error.message)
            return False
        self.say("")
        return True

    def _on_save_copy_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        path = ask_save_path(self, default_file_name(self._last, info.issued_at.date()))
        if path is not None:
            self.save_copy(path)

    def save_copy(self, path: Path) -> bool:
        info = self.selected()
        pdf = None if info is None else self._stored(info)
        if pdf is None:
            return False
        try:
            write_private_bytes(path, pdf)
        except OSError as error:
            self.say(
                translate("HandoutsGivenDialog", "{file} could not be written ({reason}).").format(
                    file=path.name, reason=error.strerror
                )
            )
            return False
        return True
