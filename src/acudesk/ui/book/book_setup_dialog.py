"""Setting up the book: the location (its zone and opening hours), rooms, and services."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from acudesk.domain.book_places import Location
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WEEKDAY_NAMES, WeeklyHours
from acudesk.domain.errors import AcudeskError, ValidationError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_setup import BookSetupService
from acudesk.ui.forms.ui_book_setup_dialog import Ui_BookSetupDialog
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.theme import restyle

ZONES = (
    "Europe/London",
    "Europe/Dublin",
    "Europe/Rome",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Berlin",
    "Europe/Zurich",
    "America/New_York",
    "America/Toronto",
    "Australia/Sydney",
)


class BookSetupDialog(QDialog):
    def __init__(
        self,
        setup: BookSetupService,
        actor: User,
        location: Location | None,
        parent: QWidget | None = None,
        *,
        book: BookService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookSetupDialog()
        ui.setupUi(self)
        self._setup, self._actor, self._location = setup, actor, location
        self._book = book
        self._late_hours = book.late_cancel_hours(actor) if book is not None else None
        ui.cancelGroup.setVisible(book is not None)
        ui.lateSpin.setValue(self._late_hours or 0)
        self.day_checks: list[QCheckBox] = []
        for weekday in range(7):
            check = QCheckBox(WEEKDAY_NAMES[weekday][:3], self)
            check.setAccessibleName(WEEKDAY_NAMES[weekday])
            check.setChecked(weekday < 6)
            ui.daysLayout.addWidget(check)
            self.day_checks.append(check)
        ui.zoneCombo.addItems(ZONES)
        ui.opensEdit.setTime(QTime(9, 0))
        ui.closesEdit.setTime(QTime(18, 0))
        if location is not None:
            ui.nameEdit.setText(location.name)
            ui.zoneCombo.setCurrentText(location.zone)
            ui.locationGroup.setEnabled(False)
            ui.locationGroup.setToolTip(
                translate("BookSetupDialog", "The location is set up; add rooms and services here.")
            )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._on_save)
        ui.buttonBox.rejected.connect(self.reject)

    def _hours(self) -> WeeklyHours:
        ui = self.ui
        opens = time(ui.opensEdit.time().hour(), ui.opensEdit.time().minute())
        closes = time(ui.closesEdit.time().hour(), ui.closesEdit.time().minute())
        days = [day for day, check in enumerate(self.day_checks) if check.isChecked()]
        if not days:
            raise ValidationError(
                {"days": translate("BookSetupDialog", "Tick the days the location is open.")}
            )
        return WeeklyHours.every_day(opens, closes, days)

    def _on_save(self) -> None:
        ui = self.ui
        try:
            service = None
            if ui.serviceEdit.text().strip():
                service = ServiceType(
                    ui.serviceEdit.text(),
                    ui.minutesSpin.value(),
                    after=ui.afterSpin.value(),
                    processing_from=ui.retentionFromSpin.value() if ui.retentionSpin.value() else 0,
                    processing_minutes=ui.retentionSpin.value(),
                )
            location = self._location
            if location is None:
                location = self._setup.add_location(
                    self._actor, ui.nameEdit.text(), ui.zoneCombo.currentText(), self._hours()
                )
                self._location = location
                ui.locationGroup.setEnabled(False)
            for name in (n.strip() for n in ui.roomsEdit.text().split(",")):
                if name:
                    self._setup.add_room(self._actor, location.id, name)
            ui.roomsEdit.clear()
            if service is not None:
                self._setup.add_service_type(self._actor, service)
                ui.serviceEdit.clear()
            if self._book is not None and ui.lateSpin.value() != self._late_hours:
                self._late_hours = self._book.set_late_cancel_hours(
                    self._actor, ui.lateSpin.value()
                )
        except AcudeskError as error:
            ui.messageLabel.setText(error.message)
            restyle(ui.messageLabel)
            return
        self.accept()
