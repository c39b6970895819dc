"""The set-up tabs of the book's places: locations, rooms and devices."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from acudesk.domain.book_places import Device, Location, Room
from acudesk.domain.users import User
from acudesk.services.book_setup import BookSetupService
from acudesk.services.book_setup_services import TreatmentSetupService
from acudesk.ui.book.hours_widget import HoursWidget
from acudesk.ui.book.setup_tab import SetupTab
from acudesk.ui.i18n import translate

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


class LocationsTab(SetupTab):
    scoped = False

    def __init__(self, setup: BookSetupService, actor: User, parent: QWidget | None = None) -> None:
        self._setup = setup
        super().__init__(actor, parent)

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Locations")

    def build_fields(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("BookSetupDialog", "e.g. Willow Street"))
        self.add_field(
            "name",
            translate("BookSetupDialog", "Na&me"),
            self.name_edit,
            translate("BookSetupDialog", "Location name"),
        )
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(ZONES)
        self.add_field(
            "zone",
            translate("BookSetupDialog", "Time &zone"),
            self.zone_combo,
            translate("BookSetupDialog", "Time zone"),
        )
        self.hours = HoursWidget(translate("BookSetupDialog", "Opening hours"), self)
        self.add_field(
            "hours",
            translate("BookSetupDialog", "Opening hours"),
            self.hours,
            translate("BookSetupDialog", "Opening hours"),
        )
        self.add_pairs(self.hours.field_pairs())

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        locations = self._setup.locations(self._actor, inactive=True)
        return [(loc.name, loc, loc.active) for loc in locations]

    def fill(self, record: Location | None) -> None:
        self.name_edit.setText(record.name if record else "")
        self.zone_combo.setCurrentText(record.zone if record else ZONES[0])
        self.hours.set_hours(record.hours if record else None)

    def save(self, record: Location | None, location_id: int | None) -> Location:
        name, zone, hours = self.name_edit.text(), self.zone_combo.currentText(), self.hours.hours()
        if record is None:
            return self._setup.add_location(self._actor, name, zone, hours)
        return self._setup.update_location(
            self._actor, replace(record, name=name, zone=zone, hours=hours)
        )

    def toggle(self, record: Location) -> Location:
        return self._setup.set_location_active(self._actor, record, not record.active)


class RoomsTab(SetupTab):
    def __init__(self, setup: BookSetupService, actor: User, parent: QWidget | None = None) -> None:
        self._setup = setup
        super().__init__(actor, parent)

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Rooms")

    def build_fields(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("BookSetupDialog", "e.g. Blue room"))
        self.add_field(
            "name",
            translate("BookSetupDialog", "Na&me"),
            self.name_edit,
            translate("BookSetupDialog", "Room name"),
        )
        self.own_hours = QCheckBox(
            translate("BookSetupDialog", "Open less than the location: its own hours"), self
        )
        self.hours = HoursWidget(translate("BookSetupDialog", "Room hours"), self)
        self.own_hours.toggled.connect(self.hours.setVisible)
        self.add_field(
            "hours",
            translate("BookSetupDialog", "&Hours"),
            self.own_hours,
            translate("BookSetupDialog", "Own hours"),
            self.hours,
        )
        self.add_pairs(self.hours.field_pairs())

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        assert location_id is not None
        return [(r.name, r, r.active) for r in self._setup.rooms(self._actor, location_id)]

    def fill(self, record: Room | None) -> None:
        self.name_edit.setText(record.name if record else "")
        hours = record.hours if record else None
        self.own_hours.setChecked(hours is not None)
        self.hours.setVisible(hours is not None)
        self.hours.set_hours(hours)

    def save(self, record: Room | None, location_id: int | None) -> Room:
        name = self.name_edit.text()
        hours = self.hours.hours() if self.own_hours.isChecked() else None
        if record is None:
            assert location_id is not None
            return self._setup.add_room(self._actor, location_id, name, hours)
        return self._setup.update_room(self._actor, replace(record, name=name, hours=hours))

    def toggle(self, record: Room) -> Room:
        return self._setup.set_room_active(self._actor, record, not record.active)


class DevicesTab(SetupTab):
    def __init__(
        self, treatments: TreatmentSetupService, actor: User, parent: QWidget | None = None
    ) -> None:
        self._treatments = treatments
        super().__init__(actor, parent)

    def list_name(self) -> str:
        return translate("BookSetupDialog", "Devices")

    def build_fields(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("BookSetupDialog", "e.g. Stimulator 1"))
        self.add_field(
            "name",
            translate("BookSetupDialog", "Na&me"),
            self.name_edit,
            translate("BookSetupDialog", "Device name"),
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setEditable(True)
        line = self.kind_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("BookSetupDialog", "e.g. electro-stimulator"))
        self.add_field(
            "kind",
            translate("BookSetupDialog", "&Kind"),
            self.kind_combo,
            translate("BookSetupDialog", "Device kind"),
        )

    def records(self, location_id: int | None) -> list[tuple[str, Any, bool]]:
        assert location_id is not None
        devices = self._treatments.devices(self._actor, location_id)
        kinds = self._treatments.device_kinds(self._actor)
        self.kind_combo.clear()
        self.kind_combo.addItems(kinds)
        return [(f"{d.name} · {d.kind}", d, d.active) for d in devices]

    def fill(self, record: Device | None) -> None:
        self.name_edit.setText(record.name if record else "")
        self.kind_combo.setCurrentText(record.kind if record else "")

    def save(self, record: Device | None, location_id: int | None) -> Device:
        name, kind = self.name_edit.text(), self.kind_combo.currentText()
        if record is None:
            assert location_id is not None
            return self._treatments.add_device(self._actor, location_id, name, kind)
        return self._treatments.update_device(self._actor, replace(record, name=name, kind=kind))

    def toggle(self, record: Device) -> Device:
        return self._treatments.set_device_active(self._actor, record, not record.active)
