"""The Book screen's Next free… (Ctrl+Shift+F): the finder of free times, then the booking.

Attached to the screen by one call, beside its other tools; the time chosen in the finder
opens the screen's booking dialog filled in (service, start, practitioner, room).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton

from acudesk.services.book_search import BookSearchService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.free_slot_dialog import FreeSlotDialog
from acudesk.ui.i18n import translate

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen


class NextFreeAction(QObject):
    def __init__(
        self,
        screen: BookScreen,
        search: BookSearchService,
        setup: BookSetupService,
        clock: Clock,
    ) -> None:
        super().__init__(screen)
        self._screen, self._search, self._setup, self._clock = screen, search, setup, clock
        self.dialog: FreeSlotDialog | None = None
        ui = screen.ui
        self.button = QPushButton(translate("BookScreen", "Ne&xt free…"), screen)
        self.button.setObjectName("nextFreeButton")
        self.button.setToolTip(
            translate("BookScreen", "List the next free times for a service (Ctrl+Shift+F)")
        )
        ui.toolsLayout.insertWidget(ui.toolsLayout.indexOf(ui.newButton) + 1, self.button)
        self.button.clicked.connect(self.open_finder)
        QShortcut(QKeySequence("Ctrl+Shift+F"), screen, self.open_finder)

    def open_finder(self) -> FreeSlotDialog | None:
        screen = self._screen
        location = screen.location
        if location is None:
            return None
        zone = location.tz
        now = self._clock().replace(tzinfo=zone)
        after = max(now, datetime.combine(screen.day, time(0), tzinfo=zone))
        dialog = FreeSlotDialog(
            self._search, self._setup, screen.user, location, after=after, parent=screen
        )
        dialog.finished.connect(self._on_finder_finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_finder_finished(self, result: int) -> None:
        dialog = self.dialog
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        slot = dialog.chosen
        booking = self._screen.open_booking(
            slot.start, room_id=slot.room_id, practitioner_id=slot.practitioner_id
        )
        if booking is not None:
            booking.take_slot(slot)
