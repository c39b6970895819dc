"""Handout ▸ Preview: the aftercare sheet as it will print, with the product picks beside it.

The practitioner can switch a pick or the language and the preview follows. Nothing is kept
until the sheet is printed or saved: then one service call builds and records it, and the
recorded bytes are what go to the printer or the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from acudesk.domain.clients import LANGUAGES
from acudesk.domain.errors import AcudeskError
from acudesk.domain.recommendations import Recommendation
from acudesk.domain.treatment import TreatmentSession
from acudesk.domain.users import User
from acudesk.services.handouts import IssuedHandout
from acudesk.services.registry import Services
from acudesk.store.private_files import write_private_bytes
from acudesk.ui.forms.ui_handout_preview_dialog import Ui_HandoutPreviewDialog
from acudesk.ui.handouts.output import (
    ask_page_setup,
    ask_printer,
    ask_save_path,
    default_file_name,
    new_printer,
)
from acudesk.ui.handouts.pdf_printing import PAGE_SIZES, load_pdf, print_pdf
from acudesk.ui.i18n import day_text, translate
from acudesk.ui.widgets.theme import restyle

REFRESH_MS = 250
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def details_text(session: TreatmentSession, page_size: str, printer: QPrinter) -> str:
    """ "Session 2 of 10 · 1 Nov 2026 · who · A4 sheet", and the paper when it differs."""
    course = translate("HandoutPreviewDialog", "Session {session}").format(
        session=session.course_label
    )
    sheet = translate("HandoutPreviewDialog", "{size} sheet").format(size=page_size)
    chosen = printer.pageLayout().pageSize()
    if chosen.id() != PAGE_SIZES.get(page_size):
        ours = {size_id: name for name, size_id in PAGE_SIZES.items()}
        sheet += translate("HandoutPreviewDialog", ", printed on {paper}").format(
            paper=ours.get(chosen.id(), chosen.name())
        )
    started = session.data.started_at
    return f"{course}  ·  {day_text(started.date())}  ·  {session.practitioner}  ·  {sheet}"


class HandoutPreviewDialog(QDialog):
    """``handout_issued`` carries the IssuedHandout once a sheet is printed or saved."""

    handout_issued = Signal(object)

    def __init__(
        self,
        services: Services,
        user: User,
        session: TreatmentSession,
        client_name: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutPreviewDialog()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._session = session
        self._first, self._last = client_name
        self._page_size = services.settings.handouts().page_size
        # One printer for Page setup and Print, so what is set up is what prints.
        job = translate("HandoutMenu", "Aftercare {name}").format(
            name=f"{self._first} {self._last}".strip()
        )
        self.printer = new_printer(self._page_size, job)
        self.pdf = b""
        self.document: QPdfDocument | None = None
        self.view = QPdfView(self)
        self.view.setAccessibleName(translate("HandoutPreviewDialog", "Sheet preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.ui.pdfLayout.addWidget(self.view)
        self._add_picks(services, user, session.client_id)
        self._fill_combos(session.client_id)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._connect()
        self._show_header()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([660, 580])
        self.say("")
        self.refresh()

    def _add_picks(self, services: Services, user: User, client_id: int) -> None:
        from acudesk.ui.products.recommendations_widget import RecommendationsWidget

        self.picks_widget = RecommendationsWidget(services, user, client_id, self)
        self.ui.picksLayout.addWidget(self.picks_widget)

    def _fill_combos(self, client_id: int) -> None:
        ui = self.ui
        for code, name in LANGUAGES.items():
            ui.languageCombo.addItem(name, code)
        try:
            language = self._services.clients.get(self._user, client_id).data.language
        except AcudeskError:
            language = "en"
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language)))
        ui.zoomCombo.addItem(translate("HandoutPreviewDialog", "Fit width"), None)
        ui.zoomCombo.addItem(translate("HandoutPreviewDialog", "Whole page"), -1.0)
        for factor in ZOOMS:
            ui.zoomCombo.addItem(f"{factor:.0%}", factor)

    def _connect(self) -> None:
        ui = self.ui
        self.picks_widget.picks_changed.connect(self._on_picks_widget_picks_changed)
        ui.languageCombo.currentIndexChanged.connect(self._on_picks_widget_picks_changed)
        ui.previousButton.clicked.connect(self._on_previous_button_clicked)
        ui.nextButton.clicked.connect(self._on_next_button_clicked)
        ui.zoomCombo.currentIndexChanged.connect(self._on_zoom_combo_current_index_changed)
        ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        ui.printButton.clicked.connect(self._on_print_button_clicked)
        ui.pageSetupButton.clicked.connect(self._on_page_setup_button_clicked)
        ui.saveButton.clicked.connect(self._on_save_button_clicked)
        ui.closeButton.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)

    def _show_header(self) -> None:
        name = f"{self._first} {self._last}".strip()
        self.setWindowTitle(
            translate("HandoutPreviewDialog", "Aftercare sheet — {name} — acudesk").format(
                name=name
            )
        )
        self.ui.titleLabel.setText(
            translate("HandoutPreviewDialog", "Aftercare sheet for {name}").format(name=name)
        )
        self.ui.detailsLabel.setText(details_text(self._session, self._page_size, self.printer))

    def say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))

    # --- the preview ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def picks(self) -> Sequence[Recommendation]:
        return self.picks_widget.picks()

    def refresh(self) -> bool:
        """Build the sheet again with the picks and language on screen, keeping the page."""
        self._refresh_timer.stop()
        try:
            pdf = self._services.handouts.preview(
                self._user, self._session.id, language=self.language, picks=self.picks()
            )
            document = load_pdf(pdf, self)
        except AcudeskError as error:
            self.say(error.message)
            self._set_outputs_enabled(False)
            return False
        page = self.current_page()
        previous, self.document, self.pdf = self.document, document, pdf
        self.view.setDocument(document)
        if previous is not None:
            previous.deleteLater()
        self.go_to(min(page, document.pageCount() - 1))
        self.say("")
        self._set_outputs_enabled(True)
        return True

    def _set_outputs_enabled(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled)

    def page_count(self) -> int:
        return 0 if self.document is None else self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._show_page()

    def _show_page(self, *_args: object) -> None:
        count, page = self.page_count(), self.current_page()
        self.ui.pageLabel.setText(
            translate("HandoutPreviewDialog", "Page {page} of {count}").format(
                page=page + 1, count=count
            )
            if count
            else ""
        )
        self.ui.previousButton.setEnabled(page > 0)
        self.ui.nextButton.setEnabled(page < count - 1)

    def _on_previous_button_clicked(self) -> None:
        self.go_to(self.current_page() - 1)

    def _on_next_button_clicked(self) -> None:
        self.go_to(self.current_page() + 1)

    def _on_zoom_combo_current_index_changed(self, _index: int) -> None:
        factor = self.ui.zoomCombo.currentData()
        if factor is None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor < 0:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(factor))

    def step_zoom(self, step: int) -> None:
        """One step up or down the fixed zooms, from wherever the view is now."""
        now = self.view.zoomFactor()
        if step > 0:
            target = next((z for z in ZOOMS if z > now + 0.01), ZOOMS[-1])
        else:
            target = next((z for z in reversed(ZOOMS) if z < now - 0.01), ZOOMS[0])
        self.ui.zoomCombo.setCurrentIndex(self.ui.zoomCombo.findData(target))

    def _on_picks_widget_picks_changed(self, *_args: object) -> None:
        self._refresh_timer.start()

    # --- printing and saving ----------------------------------------------------------------

    def _issue(self) -> IssuedHandout | None:
        """One service call: build the sheet as shown and keep it as handed out."""
        try:
            issued = self._services.handouts.issue(
                self._user, self._session.id, language=self.language, picks=self.picks()
            )
        except AcudeskError as error:
            self.say(error.message)
            return None
        self.handout_issued.emit(issued)
        return issued

    def _on_print_button_clicked(self) -> None:
        if self.ui.printButton.isEnabled():
            self.print_dialog = ask_printer(
                self, self._page_size, self.printer.docName(), self.print_to, self.printer
            )

    def _on_page_setup_button_clicked(self) -> None:
        self.page_setup_dialog = ask_page_setup(self, self.printer)
        self.page_setup_dialog.accepted.connect(self._show_header)

    def print_to(self, printer: QPrinter) -> IssuedHandout | None:
        """Record the sheet, then print exactly the recorded bytes (the print dialog's path)."""
        issued = self._issue()
        if issued is None:
            return None
        try:
            print_pdf(issued.pdf, printer)
        except AcudeskError as error:
            self.say(
                translate(
                    "HandoutPreviewDialog",
                    "{problem} The sheet is kept: reprint it from Handouts given.",
                ).format(problem=error.message)
            )
            return issued
        self._done(
            translate("HandoutPreviewDialog", "Printed and kept (handout {number}).").format(
                number=issued.id
            )
        )
        return issued

    def _on_save_button_clicked(self) -> None:
        day = self._session.data.started_at.date()
        path = ask_save_path(self, default_file_name(self._last, day))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> IssuedHandout | None:
        """Record the sheet, then write exactly the recorded bytes to ``path``."""
        issued = self._issue()
        if issued is None:
            return None
        try:
            write_private_bytes(path, issued.pdf)
        except OSError as error:
            self.say(
                translate(
                    "HandoutPreviewDialog",
                    "{file} could not be written ({reason}). The sheet is kept: "
                    "save a copy from Handouts given.",
                ).format(file=path.name, reason=error.strerror)
            )
            return issued
        self._done(
            translate(
                "HandoutPreviewDialog", "Saved to {path} and kept (handout {number})."
            ).format(path=path, number=issued.id)
        )
        return issued

    def _done(self, text: str) -> None:
        self.ui.hintLabel.setText(text)
        self.ui.hintLabel.setProperty("role", "notice")
        restyle(self.ui.hintLabel)

    def done(self, result: int) -> None:
        self._refresh_timer.stop()
        super().done(result)

    @staticmethod
    def open_for(
        services: Services,
        user: User,
        session: TreatmentSession,
        client_name: tuple[str, str],
        parent: QWidget | None,
    ) -> HandoutPreviewDialog:
        dialog = HandoutPreviewDialog(services, user, session, client_name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
