"""The booking dialog's Find next free (Alt+F): the next free time for what it says, filled in.

Pressed again while that time is still shown, it finds the one after, for the practitioner
and room first asked for ("Anyone" stays anyone, though the dialog now names who is free).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from acudesk.domain.book_rules import Slot
from acudesk.domain.book_search import FreeSlotQuery
from acudesk.domain.errors import AcudeskError
from acudesk.services.book_search import SEARCH_WEEKS, BookSearchService
from acudesk.ui.book.slot_words import when_text
from acudesk.ui.i18n import translate

if TYPE_CHECKING:
    from acudesk.ui.book.booking_dialog import BookingDialog


class FindNextFree(QObject):
    def __init__(self, dialog: BookingDialog, search: BookSearchService) -> None:
        super().__init__(dialog)
        self._dialog, self._search = dialog, search
        self.found: Slot | None = None
        self._asked: tuple[int | None, int | None] = (None, None)
        dialog.ui.findFreeButton.clicked.connect(self._on_find_free_clicked)

    def device_for(self) -> int | None:
        """The device the slot found takes, while that slot is what the dialog shows."""
        found = self.found
        return found.device_id if found is not None and self._shown(found) else None

    def _start(self) -> datetime:
        local = self._dialog.ui.startEdit.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.replace(tzinfo=self._dialog.location.tz)

    def _shown(self, slot: Slot) -> bool:
        ui = self._dialog.ui
        return (
            ui.serviceCombo.currentData() == slot.service.id
            and self._start() == slot.start
            and ui.practitionerCombo.currentData() == slot.practitioner_id
            and ui.roomCombo.currentData() == slot.room_id
        )

    def _on_find_free_clicked(self) -> None:
        dialog, ui = self._dialog, self._dialog.ui
        service_id = ui.serviceCombo.currentData()
        if service_id is None:
            dialog.say(
                translate("BookingDialog", "The book has no services yet: set them up first.")
            )
            return
        from acudesk.ui.book.booking_dialog import ANY_ROOM

        after = self._start()
        room = ui.roomCombo.currentData()  # any free room: the search tries each
        asked = (ui.practitionerCombo.currentData(), None if room == ANY_ROOM else room)
        if self.found is not None and self._shown(self.found):
            after, asked = self.found.start + timedelta(minutes=5), self._asked
        query = FreeSlotQuery(int(service_id), dialog.location.id, after, *asked, count=1)
        try:
            slots = self._search.next_free(dialog.actor, query)
        except AcudeskError as error:
            dialog.say(error.message)
            return
        if not slots:
            dialog.say(
                translate(
                    "BookingDialog",
                    "Nothing is free for that in the next %n week(s).",
                    None,
                    SEARCH_WEEKS,
                )
            )
            return
        self._asked = asked
        dialog.take_slot(slots[0])
        words = [when_text(slots[0].start, dialog.location.tz)]
        for combo in (ui.practitionerCombo, ui.roomCombo):
            if combo.currentData() not in (None, ANY_ROOM):
                words.append(combo.currentText())
        dialog.say(
            translate(
                "BookingDialog",
                "Free: {slot}. Press Book to take it, or Find next free for the one after.",
            ).format(slot=", ".join(words)),
            error=False,
        )
