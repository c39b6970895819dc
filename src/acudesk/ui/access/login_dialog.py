"""Signing in: username and password, with the demo accounts listed on a demo database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from acudesk.domain.errors import AccountLocked, AcudeskError, AuthenticationFailed
from acudesk.domain.users import Role, User
from acudesk.services.clinic import ClinicService
from acudesk.services.users import UserService
from acudesk.ui.forms.ui_login_dialog import Ui_LoginDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.field_errors import FieldErrors
from acudesk.ui.widgets.messages import set_logo

WIDTH = 440
DEMO_BOX_MARGINS = 100  # the dialog's and the demo box's margins around the table


class LoginDialog(QDialog):
    """Accepted once a user has signed in; ``user`` is then who it was."""

    signed_in = Signal(object)

    def __init__(
        self,
        users: UserService,
        clinic: ClinicService,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._users = users
        self.user: User | None = None
        self._errors = FieldErrors(
            {
                "username": (self.ui.usernameEdit, self.ui.usernameError),
                "password": (self.ui.passwordEdit, self.ui.passwordError),
            }
        )
        set_logo(self.ui.logoLabel, 48)
        details = clinic.details()
        self.ui.clinicNameLabel.setText(details.name if details else "acudesk")
        self._fill_demo_accounts(clinic.demo_passwords())
        self.ui.signInButton.clicked.connect(self._on_sign_in_clicked)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.demoTable.cellClicked.connect(self._on_demo_table_cell_clicked)
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        # A fixed width lets wrapped labels (a long clinic name, messages) get their height;
        # wider when the demo accounts need it (longer role names in some languages).
        self.setFixedWidth(max(WIDTH, self._demo_table_width() + DEMO_BOX_MARGINS))
        self.ensurePolished()  # the style sheet's fonts decide the heights
        self.adjustSize()  # shorter without the demo box

    def _fill_demo_accounts(self, passwords: dict[str, str]) -> None:
        self.ui.demoBox.setVisible(bool(passwords))
        table = self.ui.demoTable
        table.setRowCount(len(passwords))
        for row, (username, password) in enumerate(passwords.items()):
            for column, text in enumerate((_role_label(username), username, password)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        table.resizeColumnsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 6)

    def _demo_table_width(self) -> int:
        table = self.ui.demoTable
        if not table.rowCount():
            return 0
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        return columns + 2 * table.frameWidth() + 4

    def _on_demo_table_cell_clicked(self, row: int, _column: int) -> None:
        username = self.ui.demoTable.item(row, 1)
        password = self.ui.demoTable.item(row, 2)
        if username is None or password is None:
            return
        self.ui.usernameEdit.setText(username.text())
        self.ui.passwordEdit.setText(password.text())
        self._errors.clear()
        self.ui.signInButton.setFocus()

    def _on_sign_in_clicked(self) -> None:
        self._errors.clear()
        username = self.ui.usernameEdit.text().strip()
        if not username:
            self._errors.show({"username": translate("LoginDialog", "Enter your username.")})
            return
        try:
            user = self._users.sign_in(username, self.ui.passwordEdit.text())
        except (AuthenticationFailed, AccountLocked) as error:
            self.ui.passwordEdit.clear()
            self._errors.show({error.field or "password": error.message})
            return
        except AcudeskError as error:
            self._errors.show({"password": error.message})
            return
        self.user = user
        self.signed_in.emit(user)
        self.accept()


def _role_label(username: str) -> str:
    """The demo accounts are named after their roles."""
    try:
        return Role(username).label
    except ValueError:
        return ""
