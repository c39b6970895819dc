"""The Book's view switch: day, week or month (Ctrl+1, Ctrl+2, Ctrl+3), and the month itself;
the colours, the zoom and the retention countdowns of the day and week.

The month is a grid of days, each with its count, busiest hours and a bar per practitioner;
a click or Enter opens that day. Alt+Left and Alt+Right move by a month there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox

from acudesk.domain.book_month import DaySummary, add_months, month_grid, summarise
from acudesk.domain.book_places import Location
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.book_look import BookLook, make_legend
from acudesk.ui.book.book_month_view import BookMonthView
from acudesk.ui.book.book_retention import RetentionBadges
from acudesk.ui.book.book_zoom import ZoomControl
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen

DAY, WEEK, MONTH = "day", "week", "month"


def month_title(day: date) -> str:
    """ "November 2026" / "Novembre 2026"."""
    name = QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")
    return name[:1].upper() + name[1:]


def stepped(day: date, span: str, steps: int) -> date:
    """``day`` moved by ``steps`` days, weeks or months."""
    if span == MONTH:
        return add_months(day, steps)
    return day + timedelta(days=steps * (7 if span == WEEK else 1))


class BookViews:
    """Fills the screen's day/week/month combo, adds the month view beside the day's."""

    def __init__(
        self,
        screen: BookScreen,
        book: BookService,
        setup: BookSetupService,
        user: User,
        clock: Clock,
        say: Callable[[str], None],
        relay: ChangeRelay,
    ) -> None:
        self._screen = screen
        self._book, self._setup, self._user, self._clock, self._say = book, setup, user, clock, say
        ui = screen.ui
        combo = ui.spanCombo
        for text, span, keys in (
            (translate("BookScreen", "Day"), DAY, "Ctrl+1"),
            (translate("BookScreen", "Week"), WEEK, "Ctrl+2"),
            (translate("BookScreen", "Month"), MONTH, "Ctrl+3"),
        ):
            combo.addItem(text, span)
            QShortcut(QKeySequence(keys), screen, lambda s=span: self.show_span(s))
        combo.setToolTip(translate("BookScreen", "Day (Ctrl+1), week (Ctrl+2) or month (Ctrl+3)"))
        self.month_view = BookMonthView(screen)
        self.month_view.hide()
        ui.dayLayout.addWidget(self.month_view)
        self._add_tools(screen)
        self.timers = RetentionBadges(
            screen.view, book, user, clock, lambda: screen.location, relay
        )
        self.month_view.day_chosen.connect(self._on_month_view_day_chosen)
        self.month_view.day_moved.connect(self._on_month_view_day_moved)

    def _add_tools(self, screen: BookScreen) -> None:
        """The colour switch and the zoom, after "Hide names"; the legend under the book."""
        tools = screen.ui.toolsLayout
        at = tools.indexOf(screen.ui.privacyCheck) + 1
        self.look = BookLook(QComboBox(screen), make_legend(screen))
        self.zoom = ZoomControl(screen.view, screen, screen)
        tools.insertWidget(at, self.look.combo)
        tools.insertWidget(at + 1, self.zoom)
        screen.ui.dayLayout.addWidget(self.look.legend)
        screen.view.fill = self.look.fill
        screen.view.drawn.connect(self._on_view_drawn)
        self.look.combo.currentIndexChanged.connect(self._on_look_changed)
        QShortcut(QKeySequence("Shift+C"), screen, self.look.toggle)

    def _on_look_changed(self) -> None:
        self._screen.view.redraw()

    def _on_view_drawn(self) -> None:
        self.look.show_legend(self._screen.view.shown)

    @property
    def span(self) -> str:
        return str(self._screen.ui.spanCombo.currentData() or DAY)

    def show_span(self, span: str) -> None:
        combo = self._screen.ui.spanCombo
        combo.setCurrentIndex(combo.findData(span))

    def showing_month(self) -> bool:
        """Show the month when it is chosen (True), else make way for the day or week."""
        month = self.span == MONTH
        self._screen.view.setVisible(not month)
        self.month_view.setVisible(month)
        self.look.legend.setVisible(not month)
        self.look.combo.setEnabled(not month)
        self.zoom.setEnabled(not month)
        if month:
            self._refresh_month()
        return month

    def _refresh_month(self) -> None:
        screen = self._screen
        ui, location, day = screen.ui, screen.location, screen.day
        ui.dayLabel.setText(month_title(day))
        ui.byCombo.setVisible(False)
        ui.newButton.setEnabled(location is not None)
        ui.daySheetButton.setEnabled(False)
        if location is None:
            self.month_view.show_month(day, {}, [])
            return
        try:
            summaries, people = self._month_of(location, day)
        except AcudeskError as error:
            self._say(error.message)
            return
        self.month_view.show_month(day, summaries, people, self._clock().date())
        held = sum(s.count for d, s in summaries.items() if d.month == day.month)
        self._say(translate("BookScreen", "%n appointment(s) this month.", None, held))

    def _month_of(
        self, location: Location, day: date
    ) -> tuple[dict[date, DaySummary], list[tuple[int, str]]]:
        days = month_grid(day)
        zone = location.tz
        start = datetime.combine(days[0], time(0), tzinfo=zone)
        end = datetime.combine(days[-1] + timedelta(days=1), time(0), tzinfo=zone)
        appointments = self._book.between(self._user, location.id, start, end)
        people = self._setup.practitioners(self._user)
        return summarise(appointments, zone, days), people

    def _on_month_view_day_chosen(self, day: date) -> None:
        self._screen.day = day
        self.show_span(DAY)  # the combo's change shows it
        self._screen.show_date(day)
        self._screen.view.setFocus()

    def _on_month_view_day_moved(self, day: date) -> None:
        screen = self._screen
        other_month = (day.year, day.month) != (screen.day.year, screen.day.month)
        screen.day = day
        if other_month:
            screen.show_date(day)
            self.month_view.setFocus()
