"""A freed time of the book and the waiting clients who fit it; Book here books the one chosen.

Booking runs the book's normal check under its lock: when another desk took the time first,
the message says why and the list is read again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from acudesk.domain.appointments import Appointment
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.domain.waitlist import FreedSlot, WaitlistMatch
from acudesk.services.waitlist import FreedTime, WaitlistService
from acudesk.ui.forms.ui_waitlist_matches_dialog import Ui_WaitlistMatchesDialog
from acudesk.ui.i18n import day_text, time_text, translate, weekday_text
from acudesk.ui.widgets.theme import restyle


class WaitlistMatchesDialog(QDialog):
    """``freed`` are the freed times of the book shown, ``chosen`` the one to show first;
    ``place`` names a slot's room and practitioner. ``booked`` is the appointment made."""

    def __init__(
        self,
        waitlist: WaitlistService,
        user: User,
        zone: ZoneInfo,
        freed: Sequence[FreedTime],
        *,
        chosen: int = 0,
        place: Callable[[FreedSlot], str] = lambda _slot: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WaitlistMatchesDialog()
        ui.setupUi(self)
        self._waitlist, self._user, self._zone = waitlist, user, zone
        self._freed = list(freed)
        self._matches: list[WaitlistMatch] = []
        self.booked: Appointment | None = None
        for time in self._freed:
            ui.freedCombo.addItem(self._slot_text(time.slot, place(time.slot)))
        self.book_button = ui.buttonBox.addButton(
            translate("WaitlistMatchesDialog", "&Book here"), QDialogButtonBox.ButtonRole.ActionRole
        )
        bold = self.book_button.font()
        bold.setBold(True)  # as the style sheet draws a default button: measured so
        self.book_button.setFont(bold)
        self.book_button.setDefault(True)
        ui.matchesList.setWordWrap(True)
        ui.matchesList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.book_button.clicked.connect(self._on_book_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.matchesList.itemActivated.connect(self._on_book_clicked)
        ui.freedCombo.currentIndexChanged.connect(self._on_freed_changed)
        ui.freedCombo.setCurrentIndex(chosen)
        self._show_matches(list(self._freed[chosen].matches) if self._freed else [])
        ui.matchesList.setFocus()

    @property
    def slot(self) -> FreedSlot | None:
        index = self.ui.freedCombo.currentIndex()
        return self._freed[index].slot if 0 <= index < len(self._freed) else None

    def _slot_text(self, slot: FreedSlot, place: str) -> str:
        start, end = slot.span.start.astimezone(self._zone), slot.span.end.astimezone(self._zone)
        when = f"{weekday_text(start.date())[:3]} {day_text(start.date())} "
        when += f"{time_text(start)}–{time_text(end)}"
        return f"{when} · {place}" if place else when

    def _on_freed_changed(self, index: int) -> None:
        if 0 <= index < len(self._freed):
            self._reload()

    def _reload(self) -> None:
        slot = self.slot
        if slot is None:
            return
        try:
            self._show_matches(self._waitlist.matches_for(self._user, slot))
        except AcudeskError as error:
            self._say(error.message)

    def _show_matches(self, matches: list[WaitlistMatch]) -> None:
        ui = self.ui
        self._matches = matches
        ui.matchesList.clear()
        for match in matches:
            entry = match.entry
            start = match.start.astimezone(self._zone)
            parts = [
                translate("WaitlistMatchesDialog", "{client} — {service} at {time}").format(
                    client=entry.client_name, service=entry.service_name, time=time_text(start)
                ),
                translate("WaitlistMatchesDialog", "waiting since {day}").format(
                    day=day_text(entry.added_at.date())
                ),
            ]
            if entry.practitioner_name:
                parts.append(
                    translate("WaitlistMatchesDialog", "wants {name}").format(
                        name=entry.practitioner_name
                    )
                )
            if entry.notes:
                parts.append(" ".join(entry.notes.split()))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            ui.matchesList.addItem(item)
        if matches:
            ui.matchesList.setCurrentRow(0)
        self.book_button.setEnabled(bool(matches))
        self._say(
            translate(
                "WaitlistMatchesDialog",
                "%n waiting client(s) fit this time. Choose one and press Book here.",
                None,
                len(matches),
            )
            if matches
            else translate("WaitlistMatchesDialog", "Nobody on the waitlist fits this time now.")
        )

    def _on_book_clicked(self) -> None:
        row, slot = self.ui.matchesList.currentRow(), self.slot
        if slot is None or not 0 <= row < len(self._matches):
            return
        try:
            self.booked = self._waitlist.book(self._user, self._matches[row], slot)
        except AcudeskError as error:
            message = error.message
            self._reload()
            self._say(
                translate(
                    "WaitlistMatchesDialog", "Not booked: {reason} The list is up to date again."
                ).format(reason=message)
            )
            return
        self.accept()

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        restyle(self.ui.messageLabel)
