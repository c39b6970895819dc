"""First run: the clinic's details, its country and formats, and its first administrator,
checked page by page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from acudesk.domain.clinic import ClinicDetails, validate_clinic
from acudesk.domain.dates import DateOrder
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.settings import ClinicFormats, suggested_formats, validate_formats
from acudesk.domain.users import INTERFACE_LANGUAGES, NewUser, Role, User, validate_new_user
from acudesk.services.clinic import ClinicService
from acudesk.ui.clinic.settings_choices import (
    fill_date_order_combo,
    fill_paper_combo,
    fill_region_combo,
)
from acudesk.ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from acudesk.ui.i18n import current_language, install_language, language_name, translate
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.messages import logo_pixmap

WELCOME, CLINIC, FORMATS, ADMIN, FINISH = range(5)


class FirstRunWizard(QWizard):
    """Accepted once the clinic is set up; ``admin`` is then the new administrator."""

    def __init__(self, clinic: ClinicService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._clinic = clinic
        self.admin: User | None = None
        ui = self.ui
        self._errors = FieldErrors(
            {
                "clinic.name": (ui.clinicNameEdit, ui.clinicNameError),
                "clinic.address": (ui.addressEdit, ui.addressError),
                "clinic.phone": (ui.phoneEdit, ui.phoneError),
                "formats.phone_region": (ui.countryCombo, ui.countryError),
                "formats.date_order": (ui.dateOrderCombo, ui.dateOrderError),
                "formats.page_size": (ui.paperSizeCombo, ui.paperSizeError),
                "formats.language": (ui.languageCombo, ui.paperSizeError),
                "admin.display_name": (ui.displayNameEdit, ui.displayNameError),
                "admin.username": (ui.usernameEdit, ui.usernameError),
                "admin.password": (ui.passwordEdit, ui.passwordError),
                "admin.confirm": (ui.confirmEdit, ui.confirmError),
            },
            fallback=ui.finishError,
        )
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo_pixmap(56))
        self.setTitleFormat(Qt.TextFormat.RichText)
        self._style_titles()
        # The first administrator's language, which the wizard itself switches to at once.
        for code in INTERFACE_LANGUAGES:
            ui.languageCombo.addItem(language_name(code), code)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(current_language())))
        ui.languageCombo.currentIndexChanged.connect(self._on_language_combo_current_index_changed)
        self._fill_formats()
        self.currentIdChanged.connect(self._on_wizard_current_id_changed)

    def _fill_formats(self) -> None:
        """The computer's country first; its usual date order and paper, until changed."""
        ui = self.ui
        region = QLocale.territoryToCode(QLocale.system().territory()) or "GB"
        order, paper = suggested_formats(region)
        fill_region_combo(ui.countryCombo, region)
        if ui.countryCombo.currentData() != region:
            ui.countryCombo.setCurrentIndex(max(0, ui.countryCombo.findData("GB")))
        fill_date_order_combo(ui.dateOrderCombo, order)
        fill_paper_combo(ui.paperSizeCombo, paper)
        self._suggested = (order, paper)
        ui.countryCombo.currentIndexChanged.connect(self._on_country_combo_current_index_changed)

    def _on_country_combo_current_index_changed(self, _index: int) -> None:
        """Another country: its usual formats, unless the person already chose their own."""
        ui = self.ui
        order, paper = suggested_formats(str(ui.countryCombo.currentData()))
        if ui.dateOrderCombo.currentData() == self._suggested[0].value:
            ui.dateOrderCombo.setCurrentIndex(ui.dateOrderCombo.findData(order.value))
        if ui.paperSizeCombo.currentData() == self._suggested[1]:
            ui.paperSizeCombo.setCurrentIndex(ui.paperSizeCombo.findData(paper))
        self._suggested = (order, paper)

    def _retranslate_formats(self) -> None:
        """The choices in the new language, the same ones chosen."""
        ui = self.ui
        chosen = self.formats()
        for combo in (ui.countryCombo, ui.dateOrderCombo, ui.paperSizeCombo):
            combo.blockSignals(True)
            combo.clear()
        fill_region_combo(ui.countryCombo, chosen.phone_region)
        fill_date_order_combo(ui.dateOrderCombo, chosen.date_order)
        fill_paper_combo(ui.paperSizeCombo, chosen.page_size)
        for combo in (ui.countryCombo, ui.dateOrderCombo, ui.paperSizeCombo):
            combo.blockSignals(False)

    def formats(self) -> ClinicFormats:
        ui = self.ui
        return ClinicFormats(
            str(ui.countryCombo.currentData()),
            DateOrder(ui.dateOrderCombo.currentData()),
            str(ui.paperSizeCombo.currentData()),
            self.language(),
        )

    def _style_titles(self) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            page.setTitle(f"<span style='font-size:15pt; font-weight:600'>{page.title()}</span>")

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _on_language_combo_current_index_changed(self, _index: int) -> None:
        app = QApplication.instance()
        if app is not None:
            install_language(app, self.language())

    def changeEvent(self, event: QEvent) -> None:
        """A new language: every text of the wizard again in it, typed values untouched."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._style_titles()
            self._retranslate_formats()
            if self.currentId() == FINISH:
                self.ui.summaryLabel.setText(self._summary())
        super().changeEvent(event)

    # What the person typed, as the domain sees it.
    def clinic_details(self) -> ClinicDetails:
        ui = self.ui
        return ClinicDetails(
            ui.clinicNameEdit.text(), ui.addressEdit.toPlainText(), ui.phoneEdit.text()
        )

    def new_admin(self) -> NewUser:
        ui = self.ui
        return NewUser(
            ui.usernameEdit.text(),
            ui.displayNameEdit.text(),
            Role.ADMIN,
            ui.passwordEdit.text(),
            self.language(),
        )

    def _page_errors(self, page: int) -> dict[str, str]:
        if page == CLINIC:
            return {f"clinic.{k}": v for k, v in validate_clinic(self.clinic_details()).items()}
        if page == FORMATS:
            return {f"formats.{k}": v for k, v in validate_formats(self.formats()).items()}
        if page == ADMIN:
            errors = {f"admin.{k}": v for k, v in validate_new_user(self.new_admin()).items()}
            if "admin.password" not in errors and (
                self.ui.confirmEdit.text() != self.ui.passwordEdit.text()
            ):
                errors["admin.confirm"] = translate(
                    "FirstRunWizard", "The two passwords are different. Type them again."
                )
            return errors
        return {}

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == FINISH:
            return self._set_up()
        errors = self._page_errors(page)
        self._errors.show(errors)
        return not errors

    def _set_up(self) -> bool:
        self._errors.clear()
        try:
            self.admin = self._clinic.set_up(
                self.clinic_details(), self.new_admin(), self.formats()
            )
        except ValidationError as error:
            # Go back to the first page with a problem; every field keeps what was typed.
            pages = {"clinic": CLINIC, "formats": FORMATS, "admin": ADMIN}
            target = min(pages.get(k.split(".")[0], ADMIN) for k in error.errors)
            while self.currentId() > target:  # back(): setCurrentId would validate again
                self.back()
            self._errors.show(error.errors)
            return False
        except AcudeskError as error:
            self._errors.show({"setup": error.message})
            return False
        return True

    def _on_wizard_current_id_changed(self, page: int) -> None:
        if page == FINISH:
            self.ui.summaryLabel.setText(self._summary())
        elif page == CLINIC:
            self.ui.clinicNameEdit.setFocus()
        elif page == ADMIN:
            self.ui.displayNameEdit.setFocus()

    def _summary(self) -> str:
        details = self.clinic_details()
        admin = self.new_admin()
        not_given = "<i>{}</i>".format(translate("FirstRunWizard", "not given"))
        address = escape(details.address.strip()).replace("\n", "<br>") or not_given
        phone = escape(details.phone.strip()) or not_given
        signs_in = translate("FirstRunWizard", "{name} (signs in as <b>{username}</b>)").format(
            name=escape(admin.display_name.strip()),
            username=escape(admin.username.strip().lower()),
        )
        rows = (
            (translate("FirstRunWizard", "Clinic"), escape(details.name.strip())),
            (translate("FirstRunWizard", "Address"), address),
            (translate("FirstRunWizard", "Phone"), phone),
            (translate("FirstRunWizard", "Country"), escape(self.ui.countryCombo.currentText())),
            (translate("FirstRunWizard", "Dates"), escape(self.ui.dateOrderCombo.currentText())),
            (translate("FirstRunWizard", "Paper"), escape(self.ui.paperSizeCombo.currentText())),
            (translate("FirstRunWizard", "Administrator"), signs_in),
            (translate("FirstRunWizard", "Language"), escape(language_name(self.language()))),
        )
        cells = "".join(f"<tr><td valign='top'><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        return f"<table cellspacing='0' cellpadding='5'>{cells}</table>"
