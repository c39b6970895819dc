"""Running retention timers on the book: the countdown on the appointment being treated.

While a client's needles are in (the session's timer started, the session not yet completed)
their appointment shows how long is left, updated every few seconds, and "Time up" once it is
over. The timers come from the book's service; another desk's timer arrives through the bus.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from acudesk.domain.book_places import Location
from acudesk.domain.book_timers import RunningTimer
from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.clock import Clock
from acudesk.ui.book.book_day_view import BookDayView
from acudesk.ui.book.book_items import AppointmentItem
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay

TICK_MS = 5000  # "updated each few seconds": a countdown in whole seconds would be noise
BADGE_COLOUR, BADGE_TEXT, ENDED_COLOUR = "#fff4e0", "#8a4b00", "#b3261e"


def countdown_text(left: timedelta) -> str:
    """ "12:41 left" (minutes:seconds, rounded up), or "Time up" once it is over."""
    seconds = int(-(-left.total_seconds() // 1))
    if seconds <= 0:
        return translate("RetentionBadges", "Time up")
    clock = f"{seconds // 60:02d}:{seconds % 60:02d}"
    return translate("RetentionBadges", "{time} left").format(time=clock)


class RetentionBadges(QObject):
    """Keeps a countdown badge on each appointment item with a running timer."""

    def __init__(
        self,
        view: BookDayView,
        book: BookService,
        user: User,
        clock: Clock,
        location: Callable[[], Location | None],
        relay: ChangeRelay,
    ) -> None:
        super().__init__(view)
        self._view, self._book, self._user, self._clock = view, book, user, clock
        self._location = location
        self.timers: dict[int, RunningTimer] = {}  # by appointment id
        self._badges: dict[int, tuple[QGraphicsRectItem, QGraphicsSimpleTextItem]] = {}
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        view.drawn.connect(self.reload)
        relay.changed.connect(self._on_relay_changed)

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.sessions or changes.everything:
            self.reload()

    def reload(self) -> None:
        """Ask which of today's appointments shown have a running timer, and show them."""
        location = self._location()
        today = self._clock().date()
        found: dict[int, RunningTimer] = {}
        if location is not None:
            shown = [a for a in self._view.shown if a.start.astimezone(location.tz).date() == today]
            try:
                found = self._book.retention_timers(self._user, location.id, shown) if shown else {}
            except AcudeskError:
                found = {}  # the book itself says what is wrong; a countdown is extra
        self.timers = found
        self.tick()

    def texts(self) -> dict[int, str]:
        """What each badge says now, by appointment id."""
        now = self._clock()
        return {key: countdown_text(timer.left(now)) for key, timer in self.timers.items()}

    def tick(self) -> None:
        items = {item.appointment.id: item for item in self._view.appointment_items}
        texts = self.texts()
        for key in list(self._badges):
            box, _label = self._badges[key]
            if not shiboken6.isValid(box):  # went with its appointment's item (a redraw)
                del self._badges[key]
            elif key not in texts or key not in items or box.parentItem() != items[key].graphic:
                self._drop(key)
        for key, text in texts.items():
            if key in items:
                self._show(items[key], text)
        if self.timers and not self._ticker.isActive():
            self._ticker.start()
        elif not self.timers:
            self._ticker.stop()

    def _drop(self, key: int) -> None:
        box, _label = self._badges.pop(key)
        scene = box.scene()
        if scene is not None:
            scene.removeItem(box)

    def _show(self, item: AppointmentItem, text: str) -> None:
        key = item.appointment.id
        if key not in self._badges:
            box = QGraphicsRectItem(item.graphic)
            box.setPen(QPen(QColor(BADGE_TEXT), 1))
            box.setBrush(QBrush(QColor(BADGE_COLOUR)))
            box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
            label = QGraphicsSimpleTextItem(box)
            font = QFont()
            font.setBold(True)
            label.setFont(font)
            self._badges[key] = (box, label)
        box, label = self._badges[key]
        ended = text == translate("RetentionBadges", "Time up")
        label.setBrush(QBrush(QColor(ENDED_COLOUR if ended else BADGE_TEXT)))
        label.setText(text)
        size = label.boundingRect()
        rect = item.rect()
        # Never wider than its own appointment: in a week's narrow lanes it would cover the
        # neighbour's name; the words are cut at the badge's edge (the tooltip has them).
        width, height = min(size.width() + 8, max(rect.width() - 4, 8)), size.height() + 2
        left = max(rect.left() + 2, rect.right() - width - 3)
        top = max(rect.top() + 2, rect.bottom() - height - 3)
        box.setRect(QRectF(left, top, width, height))
        label.setPos(left + 4, top + 1)
        box.setToolTip(translate("RetentionBadges", "Needle retention: time left"))
