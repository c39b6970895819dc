"""First run: the clinic's details and its first administrator, checked page by page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from acudesk.domain.clinic import ClinicDetails, validate_clinic
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import NewUser, Role, User, validate_new_user
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.messages import logo_pixmap

WELCOME, CLINIC, ADMIN, FINISH = range(4)


class FirstRunWizard(QWizard):
    """Accepted once the clinic is set up; ``admin`` is then the new administrator."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self._services = services
        self.admin: User | None = None
        ui = self.ui
        self._errors = FieldErrors(
            {
                "clinic.name": (ui.clinicNameEdit, ui.clinicNameError),
                "clinic.address": (ui.addressEdit, ui.addressError),
                "clinic.phone": (ui.phoneEdit, ui.phoneError),
                "admin.display_name": (ui.displayNameEdit, ui.displayNameError),
                "admin.username": (ui.usernameEdit, ui.usernameError),
                "admin.password": (ui.passwordEdit, ui.passwordError),
                "admin.confirm": (ui.confirmEdit, ui.confirmError),
            },
            fallback=ui.finishError,
        )
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo_pixmap(56))
        self.setTitleFormat(Qt.TextFormat.RichText)
        for page_id in self.pageIds():
            page = self.page(page_id)
            page.setTitle(f"<span style='font-size:15pt; font-weight:600'>{page.title()}</span>")
        self.currentIdChanged.connect(self._on_wizard_current_id_changed)

    # What the person typed, as the domain sees it.
    def clinic_details(self) -> ClinicDetails:
        ui = self.ui
        return ClinicDetails(
            ui.clinicNameEdit.text(), ui.addressEdit.toPlainText(), ui.phoneEdit.text()
        )

    def new_admin(self) -> NewUser:
        ui = self.ui
        return NewUser(
            ui.usernameEdit.text(), ui.displayNameEdit.text(), Role.ADMIN, ui.passwordEdit.text()
        )

    def _page_errors(self, page: int) -> dict[str, str]:
        if page == CLINIC:
            return {f"clinic.{k}": v for k, v in validate_clinic(self.clinic_details()).items()}
        if page == ADMIN:
            errors = {f"admin.{k}": v for k, v in validate_new_user(self.new_admin()).items()}
            if "admin.password" not in errors and (
                self.ui.confirmEdit.text() != self.ui.passwordEdit.text()
            ):
                errors["admin.confirm"] = "The two passwords are different. Type them again."
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
            self.admin = self._services.clinic.set_up(self.clinic_details(), self.new_admin())
        except ValidationError as error:
            # Go back to the first page with a problem; every field keeps what was typed.
            clinic_problem = any(k.startswith("clinic.") for k in error.errors)
            target = CLINIC if clinic_problem else ADMIN
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
        address = escape(details.address.strip()).replace("\n", "<br>") or "<i>not given</i>"
        phone = escape(details.phone.strip()) or "<i>not given</i>"
        return (
            "<table cellspacing='0' cellpadding='5'>"
            f"<tr><td><b>Clinic</b></td><td>{escape(details.name.strip())}</td></tr>"
            f"<tr><td valign='top'><b>Address</b></td><td>{address}</td></tr>"
            f"<tr><td><b>Phone</b></td><td>{phone}</td></tr>"
            f"<tr><td><b>Administrator</b></td><td>{escape(admin.display_name.strip())} "
            f"(signs in as <b>{escape(admin.username.strip().lower())}</b>)</td></tr>"
            "</table>"
        )
