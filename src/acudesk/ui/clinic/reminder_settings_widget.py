"""The Reminders card of the clinic settings: the clinic's SMTP server (its password saved to
the keyring by its own button), the SMS gateway, when reminders go, and a test message."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.reminder_setup import (
    GatewayKind,
    ReminderSetup,
    Security,
    SmsGateway,
    SmtpSettings,
)
from acudesk.domain.reminders import ReminderRules
from acudesk.domain.users import User
from acudesk.services.reminder_settings import ReminderSettingsService
from acudesk.ui.forms.ui_reminder_settings_widget import Ui_ReminderSettingsWidget
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.background import BackgroundCall
from acudesk.ui.widgets.field_errors import FieldErrors


class ReminderSettingsWidget(QFrame):
    def __init__(
        self, reminders: ReminderSettingsService, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReminderSettingsWidget()
        self.ui.setupUi(self)
        self._reminders = reminders
        self._user = user
        self._test: BackgroundCall | None = None
        self._test_to = ""
        ui = self.ui
        for security in Security:
            ui.securityCombo.addItem(security.label, security.value)
        for kind in GatewayKind:
            ui.gatewayCombo.addItem(kind.label, kind.value)
        self.errors = FieldErrors(
            {
                "smtp_host": (ui.hostEdit, ui.hostError),
                "smtp_port": (ui.portSpin, ui.portError),
                "smtp_sender": (ui.senderEdit, ui.senderError),
                "smtp_password": (ui.passwordEdit, ui.passwordError),
                "sms_url": (ui.gatewayEdit, ui.gatewayError),
                "sms_address": (ui.gatewayEdit, ui.gatewayError),
                "lead_hours": (ui.leadSpin, ui.leadError),
                "settle_minutes": (ui.settleSpin, ui.settleError),
                "test_to": (ui.testEdit, ui.testError),
            },
            fallback=ui.testError,
        )
        ui.gatewayCombo.currentIndexChanged.connect(self._on_gateway_combo_changed)
        ui.leadSpin.valueChanged.connect(self._show_suffixes)
        ui.settleSpin.valueChanged.connect(self._show_suffixes)
        ui.savePasswordButton.clicked.connect(self._on_save_password_clicked)
        ui.testButton.clicked.connect(self._on_test_clicked)
        ui.passwordEdit.returnPressed.connect(self._on_save_password_clicked)
        ui.testEdit.returnPressed.connect(self._on_test_clicked)
        self._say("")
        self.load()

    # Values in and out ----------------------------------------------------------------

    def load(self) -> None:
        setup, self._version = self._reminders.setup()
        ui, smtp, sms, rules = self.ui, setup.smtp, setup.sms, setup.rules
        ui.hostEdit.setText(smtp.host)
        ui.portSpin.setValue(smtp.port)
        ui.securityCombo.setCurrentIndex(max(0, ui.securityCombo.findData(smtp.security.value)))
        ui.userEdit.setText(smtp.user)
        ui.senderEdit.setText(smtp.sender)
        ui.gatewayCombo.setCurrentIndex(max(0, ui.gatewayCombo.findData(sms.kind.value)))
        ui.gatewayEdit.setText(
            sms.address_template if sms.kind is GatewayKind.EMAIL else sms.url_template
        )
        ui.leadSpin.setValue(rules.lead_hours)
        ui.settleSpin.setValue(rules.settle_minutes)
        ui.quietStartEdit.setTime(QTime(rules.quiet_start.hour, rules.quiet_start.minute))
        ui.quietEndEdit.setTime(QTime(rules.quiet_end.hour, rules.quiet_end.minute))
        self._loaded = self.collect()
        self._on_gateway_combo_changed()
        self._show_suffixes()
        self._show_password_state(setup)

    def collect(self) -> ReminderSetup:
        ui = self.ui
        kind = GatewayKind(ui.gatewayCombo.currentData() or GatewayKind.NONE.value)
        gateway = ui.gatewayEdit.text().strip()
        return ReminderSetup(
            ReminderRules(
                ui.leadSpin.value(),
                ui.quietStartEdit.time().toPython(),  # type: ignore[arg-type]
                ui.quietEndEdit.time().toPython(),  # type: ignore[arg-type]
                ui.settleSpin.value(),
            ),
            SmtpSettings(
                ui.hostEdit.text().strip(),
                ui.portSpin.value(),
                Security(ui.securityCombo.currentData() or Security.STARTTLS.value),
                ui.userEdit.text().strip(),
                ui.senderEdit.text().strip(),
            ),
            SmsGateway(
                kind,
                gateway if kind is GatewayKind.HTTP else "",
                gateway if kind is GatewayKind.EMAIL else "",
            ),
        )

    def has_unsaved_changes(self) -> bool:
        return self.collect() != self._loaded

    def save(self) -> bool:
        """Save the set-up (the settings page's one Save calls it); False when refused."""
        setup = self.collect()
        try:
            self._version = self._reminders.update(self._user, setup, self._version)
        except ValidationError as error:
            self.errors.show(error.errors)
            return False
        except AcudeskError as error:
            self.errors.show({"test_to": error.message})
            return False
        self.errors.clear()
        self._loaded = setup
        self._say(translate("ReminderSettingsWidget", "Reminders saved."))
        return True

    # The password and the test --------------------------------------------------------

    def _on_save_password_clicked(self) -> None:
        setup = self.collect()
        try:
            self._reminders.set_password(self._user, setup, self.ui.passwordEdit.text())
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        except AcudeskError as error:
            self.errors.show({"smtp_password": error.message})
            return
        self.errors.clear()
        self.ui.passwordEdit.clear()
        self._show_password_state(setup)
        self._say(translate("ReminderSettingsWidget", "Password kept in this computer's keyring."))

    def _on_test_clicked(self) -> None:
        """Send the test off the GUI thread: a server that does not answer takes up to its
        timeout, and the screen stays usable meanwhile."""
        if self._test is not None:
            return  # one test at a time
        to = self.ui.testEdit.text().strip()
        email, phone = (to, "") if "@" in to else ("", to)
        self.errors.clear()
        setup = self.collect()
        self._say(
            translate("ReminderSettingsWidget", "Sending the test message to {to}…").format(to=to)
        )
        self.ui.testButton.setEnabled(False)
        self.ui.testBusy.setVisible(True)
        reminders, user = self._reminders, self._user
        self._test = BackgroundCall(
            lambda: reminders.send_test(user, setup, email=email, phone=phone)
        )
        self._test_to = to
        self._test.finished.connect(self._on_test_finished)
        self._test.start()

    def _on_test_finished(self, _result: object, error: BaseException | None) -> None:
        self._test, to = None, self._test_to
        self.ui.testButton.setEnabled(True)
        self.ui.testBusy.setVisible(False)
        if isinstance(error, ValidationError):
            self._say("")
            self.errors.show(error.errors)
        elif isinstance(error, AcudeskError):
            self._say("")
            self.errors.show({"test_to": error.message})
        elif error is not None:
            raise error  # not ours to explain: the crash box reports it
        else:
            self._say(
                translate(
                    "ReminderSettingsWidget", "Test message sent to {to}: check it arrived."
                ).format(to=to)
            )

    def test_running(self) -> bool:
        return self._test is not None

    # What the card says ---------------------------------------------------------------

    def _show_password_state(self, setup: ReminderSetup) -> None:
        if not setup.smtp.user:
            text = translate("ReminderSettingsWidget", "No user: the server is used without one.")
        elif self._reminders.has_password(setup):
            text = translate("ReminderSettingsWidget", "A password is kept in the keyring.")
        else:
            text = translate("ReminderSettingsWidget", "No password kept yet.")
        self.ui.passwordState.setText(text)

    def _on_gateway_combo_changed(self, _index: int = 0) -> None:
        kind = GatewayKind(self.ui.gatewayCombo.currentData() or GatewayKind.NONE.value)
        ui = self.ui
        ui.gatewayEdit.setEnabled(kind is not GatewayKind.NONE)
        if kind is GatewayKind.HTTP:
            ui.gatewayEdit.setPlaceholderText("https://sms.example/send?to={phone}&text={message}")
            hint = translate(
                "ReminderSettingsWidget",
                "The gateway's web address: {phone} (or {phone_digits}) and {message} are put "
                "in, url-encoded.",
            )
        elif kind is GatewayKind.EMAIL:
            ui.gatewayEdit.setPlaceholderText("{phone_digits}@sms.example.net")
            hint = translate(
                "ReminderSettingsWidget",
                "The address an SMS is emailed to, through the SMTP server above: {phone_digits} "
                "is the number's digits.",
            )
        else:
            ui.gatewayEdit.setPlaceholderText("")
            hint = translate("ReminderSettingsWidget", "Reminders go by email only.")
        ui.gatewayHint.setText(hint)

    def _show_suffixes(self, _value: int = 0) -> None:
        ui = self.ui
        ui.leadSpin.setSuffix(
            translate("ReminderSettingsWidget", " hour(s) before", None, ui.leadSpin.value())
        )
        ui.settleSpin.setSuffix(
            translate("ReminderSettingsWidget", " minute(s)", None, ui.settleSpin.value())
        )

    def _say(self, text: str) -> None:
        label: QLabel = self.ui.remindersNotice
        label.setText(text)
        label.setVisible(bool(text))
