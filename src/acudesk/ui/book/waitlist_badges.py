"""The waitlist on the Book: a badge on each freed time with the number of waiting clients
who fit it; a click (or Alt+W for every freed time shown) lists them, and Book here books one.

Attached to a BookScreen by ``attach_waitlist``: the screen knows nothing of it. The badges
are drawn again after every drawing of the day (the view's ``redrawn``), and the freed times
are read again when the book or the waitlist changes, here or at another desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.domain.waitlist import FreedSlot
from acudesk.services.book_setup import BookSetupService
from acudesk.services.waitlist import FreedTime, WaitlistService
from acudesk.ui.book.book_canvas import GUTTER, Layout
from acudesk.ui.book.book_items import FONTS
from acudesk.ui.book.waitlist_matches_dialog import WaitlistMatchesDialog
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen

# Amber, not the selection's teal: a freed time and the chosen appointment never look alike.
BADGE_COLOUR, OUTLINE_COLOUR = "#9a5b00", "#c27c0e"
WEEK_BAR = 4.0  # in the week view a freed time is a bar at its day's left edge


class WaitlistBadge(QGraphicsPathItem):
    """The pill on a freed time: how many waiting clients fit it; a click lists them."""

    def __init__(self, text: str, rect: QRectF, on_click: Callable[[], object]) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        super().__init__(path)
        self._on_click = on_click
        self.setBrush(QBrush(QColor(BADGE_COLOUR)))
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(5)
        font, metrics = FONTS.get(True)
        label = QGraphicsSimpleTextItem(text, self)
        label.setFont(font)
        label.setBrush(QBrush(QColor("white")))
        label.setPos(
            rect.center().x() - metrics.horizontalAdvance(text) / 2,
            rect.center().y() - metrics.height() / 2,
        )
        self.text = text

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click()


class WaitlistBadges(QObject):
    def __init__(
        self,
        screen: BookScreen,
        waitlist: WaitlistService,
        setup: BookSetupService,
        user: User,
        relay: ChangeRelay,
    ) -> None:
        super().__init__(screen)
        self._screen, self._waitlist, self._setup, self._user = screen, waitlist, setup, user
        self.freed: list[FreedTime] = []
        self.badges: list[WaitlistBadge] = []
        self._outlines: list[QGraphicsItem] = []
        self._read_for: tuple[object, ...] | None = None
        self._drawn_for: tuple[object, ...] | None = None
        self._select: int | None = None
        self.matches_dialog: WaitlistMatchesDialog | None = None
        # The day is drawn anew on every change of the book, a resize or a zoom (and a
        # drawing of mostly new items clears the scene): the badges follow the scene.
        screen.view.scene().changed.connect(self._on_scene_changed)
        relay.changed.connect(self._on_relay_changed)
        QShortcut(QKeySequence("Alt+W"), screen, self.open_matches)

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.everything or changes.waitlist or changes.appointments or changes.book:
            self._read_for = None  # read again at the next drawing, or now for the waitlist
            if not changes.appointments:
                self.follow()

    def _on_scene_changed(self, _region: object) -> None:
        self.follow()

    def follow(self) -> None:
        """Read the freed times again when the day shown changed; draw the badges again
        when the layout changed or a drawing of the day removed them."""
        layout = self._screen.view.current_layout()
        location = self._screen.location
        key = (location.id if location else None, layout.day, layout.columns)
        if key != self._read_for:
            self._read_for = key
            self.freed = self._read(layout) if location is not None else []
            self._drawn_for = None
        drawn_for = (layout, id(self.freed))
        scene = self._screen.view.scene()
        kept = all(shiboken6.isValid(b) and b.scene() is scene for b in self.badges)
        if drawn_for != self._drawn_for or not kept:
            self._drawn_for = drawn_for
            self._draw(layout)
        self._choose_booked()

    def _choose_booked(self) -> None:
        if self._select is None:
            return
        for item in self._screen.view.appointment_items:
            if item.appointment.id == self._select:
                self._select = None
                item.setSelected(True)
                return

    def _read(self, layout: Layout) -> list[FreedTime]:
        location = self._screen.location
        assert location is not None
        days = [c.day for c in layout.columns if c.day is not None] or [layout.day]
        start = datetime.combine(min(days), time(0), tzinfo=location.tz)
        end = datetime.combine(max(days) + timedelta(days=1), time(0), tzinfo=location.tz)
        try:
            return self._waitlist.freed_between(self._user, location.id, start, end)
        except AcudeskError:
            return []  # the book itself says what is wrong

    def _draw(self, layout: Layout) -> None:
        scene = self._screen.view.scene()
        for item in [*self.badges, *self._outlines]:
            if shiboken6.isValid(item) and item.scene() is scene:
                scene.removeItem(item)
        self.badges, self._outlines = [], []
        _font, metrics = FONTS.get(True)
        for index, freed in enumerate(self.freed):
            if not freed.matches:
                continue
            for x in self._column_lefts(layout, freed.slot):
                top = layout.y_of_local(freed.slot.span.start.astimezone(layout.zone))
                bottom = layout.y_of_local(freed.slot.span.end.astimezone(layout.zone))
                count = len(freed.matches)
                # A day of the week holds several rooms side by side: the freed time's own
                # lane is gone, so it is marked at the day's edge, over nobody's name.
                in_week = layout.columns[int((x - GUTTER) // layout.width)].day is not None
                if in_week:
                    outline = QGraphicsRectItem(x + 1, top + 1, WEEK_BAR, bottom - top - 2)
                    outline.setPen(QPen(Qt.PenStyle.NoPen))
                    outline.setBrush(QBrush(QColor(OUTLINE_COLOUR)))
                else:
                    outline = QGraphicsRectItem(x + 2, top + 1, layout.width - 4, bottom - top - 2)
                    outline.setPen(QPen(QColor(OUTLINE_COLOUR), 2, Qt.PenStyle.DashLine))
                outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                outline.setZValue(4)
                scene.addItem(outline)
                self._outlines.append(outline)
                text = translate("WaitlistBadges", "{count} waiting").format(count=count)
                if in_week or metrics.horizontalAdvance(text) + 16 > layout.width - 12:
                    text = str(count)
                width = metrics.horizontalAdvance(text) + 14
                height = metrics.height() + 4
                y = max(top + 4, bottom - height - 4)
                if in_week:  # beside the bar, at the freed time's top
                    rect = QRectF(x + WEEK_BAR + 3, top + 2, width, height)
                else:  # bottom right: the freed appointment's own name stays readable
                    rect = QRectF(x + layout.width - width - 6, y, width, height)
                badge = WaitlistBadge(text, rect, partial(self.open_matches, index))
                badge.setToolTip(
                    translate(
                        "WaitlistBadges",
                        "%n waiting client(s) fit this freed time: click to see them (Alt+W).",
                        None,
                        count,
                    )
                )
                scene.addItem(badge)
                self.badges.append(badge)

    @staticmethod
    def _column_lefts(layout: Layout, slot: FreedSlot) -> list[float]:
        start = slot.span.start.astimezone(layout.zone)
        lefts = []
        for index, column in enumerate(layout.columns):
            if column.day is not None:
                shows = column.day == start.date()
            elif column.by_room:
                shows = column.key == slot.room_id
            else:
                shows = column.key == slot.practitioner_id
            if shows and (column.day is not None or start.date() == layout.day):
                lefts.append(GUTTER + index * layout.width)
        return lefts

    def open_matches(self, index: int | None = None) -> WaitlistMatchesDialog | None:
        """The freed times shown and who fits them, ``index`` (else the first that someone
        fits) chosen."""
        location = self._screen.location
        if location is None:
            return None
        if index is None:
            index = next((i for i, f in enumerate(self.freed) if f.matches), 0)
        dialog = WaitlistMatchesDialog(
            self._waitlist,
            self._user,
            location.tz,
            self.freed,
            chosen=index,
            place=self._place_names(location.id),
            parent=self._screen,
        )
        dialog.accepted.connect(self._on_matches_accepted)
        dialog.open()
        self.matches_dialog = dialog
        return dialog

    def _place_names(self, location_id: int) -> Callable[[FreedSlot], str]:
        try:
            rooms = {room.id: room.name for room in self._setup.rooms(self._user, location_id)}
            people = dict(self._setup.practitioners(self._user))
        except AcudeskError:
            rooms, people = {}, {}

        def place(slot: FreedSlot) -> str:
            names = (rooms.get(slot.room_id or 0), people.get(slot.practitioner_id or 0))
            return " · ".join(name for name in names if name)

        return place

    def _on_matches_accepted(self) -> None:
        dialog = self.matches_dialog
        if dialog is None or dialog.booked is None:
            return
        self._select = dialog.booked.id  # chosen once the day shows it: the card says who


def attach_waitlist(
    screen: BookScreen,
    waitlist: WaitlistService,
    setup: BookSetupService,
    user: User,
    relay: ChangeRelay,
) -> WaitlistBadges:
    """Show the waitlist's badges on ``screen``'s day (the screen owns them)."""
    badges = WaitlistBadges(screen, waitlist, setup, user, relay)
    return badges
