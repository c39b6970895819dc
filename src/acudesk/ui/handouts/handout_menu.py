"""The Handout menu of a completed session: Preview…, Print…, Save as…, Handouts given….

Shown on the session screen and under the Sessions list. Print and Save as from the menu use
the catalogue's picks; Preview lets the practitioner change them first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import SessionStatus, TreatmentSession
from acudesk.domain.users import User
from acudesk.services.handouts import IssuedHandout
from acudesk.services.registry import Services
from acudesk.store.private_files import write_private_bytes
from acudesk.ui.handouts.output import ask_printer, ask_save_path, default_file_name
from acudesk.ui.handouts.pdf_printing import print_pdf
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.messages import error_box

SessionSource = Callable[[], TreatmentSession | None]


class HandoutMenu(QMenu):
    """``handout_issued`` (IssuedHandout) after a sheet is printed or saved from here."""

    handout_issued = Signal(object)

    def __init__(
        self,
        services: Services,
        user: User,
        session: SessionSource,
        client_name: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("HandoutMenu", "&Handout"), parent)
        self._services = services
        self._user = user
        self._session = session
        self._client_name = client_name
        self.dialogs: list[QWidget] = []
        self.preview_action = self.addAction(translate("HandoutMenu", "&Preview…"), self.preview)
        self.print_action = self.addAction(
            translate("HandoutMenu", "P&rint…"), self._on_print_action_triggered
        )
        self.save_action = self.addAction(
            translate("HandoutMenu", "&Save as…"), self._on_save_action_triggered
        )
        self.addSeparator()
        self.given_action = self.addAction(
            translate("HandoutMenu", "Handouts &given…"), self.show_given
        )

    def _host(self) -> QWidget:
        parent = self.parentWidget()
        return parent.window() if parent is not None else self

    def _completed(self) -> TreatmentSession | None:
        session = self._session()
        if session is None or session.status is not SessionStatus.COMPLETED:
            return None
        return session

    def _keep(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_a, d=dialog: self.dialogs.remove(d))
        self.dialogs.append(dialog)
        return dialog

    def preview(self) -> QWidget | None:
        from acudesk.ui.handouts.handout_preview_dialog import HandoutPreviewDialog

        session = self._completed()
        if session is None:
            return None
        dialog = HandoutPreviewDialog(
            self._services, self._user, session, self._client_name, self._host()
        )
        dialog.handout_issued.connect(self.handout_issued)
        self._keep(dialog).show()
        return dialog

    def show_given(self) -> QWidget | None:
        from acudesk.ui.handouts.handouts_given_dialog import HandoutsGivenDialog

        session = self._completed()
        if session is None:
            return None
        dialog = HandoutsGivenDialog(
            self._services, self._user, session, self._client_name, self._host()
        )
        self._keep(dialog).show()
        return dialog

    def _issue(self) -> IssuedHandout | None:
        session = self._completed()
        if session is None:
            return None
        try:
            issued = self._services.handouts.issue(self._user, session.id)
        except AcudeskError as error:
            error_box(self._host(), translate("HandoutMenu", "Handout not made"), error.message)
            return None
        self.handout_issued.emit(issued)
        return issued

    def _on_print_action_triggered(self) -> None:
        size = self._services.settings.handouts().page_size
        name = " ".join(self._client_name).strip()
        job = translate("HandoutMenu", "Aftercare {name}").format(name=name)
        self.print_dialog = ask_printer(self._host(), size, job, self.print_to)

    def print_to(self, printer: QPrinter) -> IssuedHandout | None:
        issued = self._issue()
        if issued is not None:
            try:
                print_pdf(issued.pdf, printer)
            except AcudeskError as error:
                error_box(self._host(), translate("HandoutMenu", "Not printed"), error.message)
        return issued

    def _on_save_action_triggered(self) -> None:
        session = self._completed()
        if session is None:
            return
        suggested = default_file_name(self._client_name[1], session.data.started_at.date())
        path = ask_save_path(self._host(), suggested)
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> IssuedHandout | None:
        issued = self._issue()
        if issued is not None:
            try:
                write_private_bytes(path, issued.pdf)
            except OSError as error:
                error_box(
                    self._host(),
                    translate("HandoutMenu", "Not saved"),
                    f"{path} ({error.strerror}).",
                )
        return issued


def handout_button(menu: HandoutMenu) -> QPushButton:
    """A "Handout" push button that opens ``menu``."""
    button = QPushButton(translate("HandoutMenu", "Hand&out"))
    button.setAccessibleName(translate("HandoutMenu", "Handout"))
    button.setToolTip(
        translate(
            "HandoutMenu", "Preview, print or save the aftercare sheet of this completed session"
        )
    )
    button.setMenu(menu)
    return button
