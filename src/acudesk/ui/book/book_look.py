"""How the book colours its appointments, by status or by service, and the legend that says it.

The choice is kept for the session (the Book lives as long as the signed-in window); Shift+C
switches it. A service's colour comes from a fixed palette by its id, so every desk and every
day shows the same service in the same colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.ui.book.book_items import STATUS_COLOURS
from acudesk.ui.i18n import translate

BY_STATUS, BY_SERVICE = "status", "service"
SERVICE_COLOURS = (
    "#cfe0f3",
    "#f6dcc0",
    "#d4ecd9",
    "#e6d8f0",
    "#f3e7b3",
    "#cfeceb",
    "#f3d3dc",
    "#dfe3c4",
)


def service_colour(service_id: int) -> str:
    return SERVICE_COLOURS[(service_id - 1) % len(SERVICE_COLOURS)]


class BookLook:
    """The colour combo (status or service) and the legend under the book."""

    def __init__(self, combo: QComboBox, legend: QLabel) -> None:
        self.combo, self.legend = combo, legend
        combo.setAccessibleName(translate("BookLook", "Colours"))
        combo.addItem(translate("BookLook", "Colour by status"), BY_STATUS)
        combo.addItem(translate("BookLook", "Colour by service"), BY_SERVICE)
        combo.setToolTip(
            translate("BookLook", "Colour the appointments by status or by service (Shift+C)")
        )
        legend.setAccessibleName(translate("BookLook", "Colour legend"))
        legend.setWordWrap(True)
        self._shown: list[Appointment] = []

    @property
    def mode(self) -> str:
        return str(self.combo.currentData() or BY_STATUS)

    def toggle(self) -> None:
        self.combo.setCurrentIndex(1 - self.combo.currentIndex())

    def fill(self, appointment: Appointment) -> str:
        if self.mode == BY_SERVICE:
            return service_colour(appointment.service_id)
        return STATUS_COLOURS[appointment.status]

    def entries(self, appointments: Sequence[Appointment]) -> list[tuple[str, str]]:
        """(colour, what it means) for the legend: every status, or the services shown."""
        if self.mode == BY_STATUS:
            return [(STATUS_COLOURS[status], status.label) for status in AppointmentStatus]
        services = {a.service_id: a.service_name for a in appointments}
        return [
            (service_colour(key), name)
            for key, name in sorted(services.items(), key=lambda kv: kv[1])
        ]

    def show_legend(self, appointments: Sequence[Appointment]) -> None:
        self._shown = list(appointments)
        swatch = (
            '<span style="background-color:{colour}; color:{colour};">&#9608;&#9608;</span>'
            "&nbsp;{text}"
        )
        parts = [swatch.format(colour=c, text=escape(t)) for c, t in self.entries(appointments)]
        self.legend.setText("&nbsp;&nbsp; ".join(parts))
        self.legend.setVisible(bool(parts))

    def legend_text(self) -> str:
        """The legend as a person reads it (its swatches aside)."""
        return " · ".join(text for _colour, text in self.entries(self._shown))


def make_legend(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "hint")
    return label
