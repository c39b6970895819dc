"""The "Next appointment" field of the session screen: printed on the aftercare sheet."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QVBoxLayout, QWidget

from acudesk.ui.i18n import translate


class NextAppointmentField(QWidget):
    """A tick ("booked") and the date and time; ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)  # the tick over the date: the side panel is narrow
        layout.setContentsMargins(0, 6, 0, 0)
        self.booked = QCheckBox(translate("NextAppointmentWidget", "&Next appointment booked for"))
        self.booked.setAccessibleName(translate("NextAppointmentWidget", "Next appointment booked"))
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(translate("NextAppointmentWidget", "Next appointment"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        layout.addWidget(self.booked)
        layout.addWidget(self.when)
        self.booked.toggled.connect(self._on_booked_toggled)
        self.when.dateTimeChanged.connect(lambda *_a: self.changed.emit())
        self._read_only = False
        self._show_enabled()  # nothing booked until set_value() shows a session

    def set_value(self, when: datetime | None, session_start: datetime) -> None:
        """Show ``when``; when none is booked, offer a week after the session."""
        shown = when or (session_start + timedelta(days=7)).replace(second=0, microsecond=0)
        blocked = self.blockSignals(True)
        self.booked.setChecked(when is not None)
        self.when.setDateTime(QDateTime(shown))
        self.blockSignals(blocked)
        self._show_enabled()

    def value(self) -> datetime | None:
        if not self.booked.isChecked():
            return None
        chosen = self.when.dateTime()
        day, clock = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.booked.setEnabled(not read_only)
        self._show_enabled()

    def _show_enabled(self) -> None:
        self.when.setEnabled(self.booked.isChecked() and not self._read_only)

    def _on_booked_toggled(self, _checked: bool) -> None:
        self._show_enabled()
        self.changed.emit()
