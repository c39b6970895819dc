"""Retention timers for every room at once, and the status-bar line that shows them.

The main window owns one ``RetentionTimers``; each open session registers its timer there
(keyed by session id), so the practitioner sees every room from any screen. Time comes from
an injectable ``now`` callable: the app passes the services' clock, tests a clock they move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QSystemTrayIcon, QWidget

from acudesk.ui.i18n import translate
from acudesk.ui.widgets.theme import ERROR, app_icon

TICK_MS = 1000


@dataclass
class RoomTimer:
    session_id: int
    who: str  # "Anna R.": short enough for the status bar
    started_at: datetime
    minutes: int
    ended: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.started_at + timedelta(minutes=self.minutes)

    def left(self, now: datetime) -> timedelta:
        return max(timedelta(0), self.ends_at - now)


def clock_text(left: timedelta) -> str:
    """12:41 (minutes:seconds), rounded up so 0:00 shows only when the time is over."""
    seconds = int(-(-left.total_seconds() // 1))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def short_name(first: str, last: str) -> str:
    return f"{first} {last[:1]}.".strip() if last else first


class RetentionTimers(QObject):
    """Every running retention timer; ``tick`` decides which have ended."""

    changed = Signal()
    timer_ended = Signal(int)  # session id

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._timers: dict[int, RoomTimer] = {}
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._tray: QSystemTrayIcon | None = None
        self.notify_on_end = True

    def now(self) -> datetime:
        return self._now()

    def start(self, session_id: int, who: str, started_at: datetime, minutes: int) -> None:
        timer = RoomTimer(session_id, who, started_at, minutes)
        timer.ended = timer.left(self._now()) == timedelta(0)  # reopened after it ran out
        self._timers[session_id] = timer
        if not self._ticker.isActive():
            self._ticker.start()
        self.changed.emit()

    def stop(self, session_id: int) -> None:
        if self._timers.pop(session_id, None) is not None:
            if not self._timers:
                self._ticker.stop()
            self.changed.emit()

    def get(self, session_id: int) -> RoomTimer | None:
        return self._timers.get(session_id)

    def timers(self) -> list[RoomTimer]:
        """Soonest to end first."""
        return sorted(self._timers.values(), key=lambda t: t.ends_at)

    def tick(self) -> None:
        now = self._now()
        for timer in list(self._timers.values()):
            if not timer.ended and timer.left(now) == timedelta(0):
                timer.ended = True
                self.timer_ended.emit(timer.session_id)
                if self.notify_on_end:
                    self._notify(timer)
        self.changed.emit()

    def _notify(self, timer: RoomTimer) -> None:
        """A sound, and a desktop notification (or a message that does not block anything)."""
        QApplication.beep()
        title = translate("RetentionTimers", "Retention time is up")
        text = translate(
            "RetentionTimers",
            "{who}: %n minutes are over. Time to remove the needles.",
            None,
            timer.minutes,
        ).format(who=timer.who)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(app_icon(), self)
                self._tray.setToolTip(translate("RetentionTimers", "acudesk retention timers"))
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
            return
        parent = self.parent()
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        if isinstance(parent, QWidget):
            box.setParent(parent, box.windowFlags())
        box.setObjectName("timerEndedBox")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()


def _line(timers: str) -> str:
    return translate("RoomTimersWidget", "Room timers: {timers}").format(timers=timers)


class RoomTimersWidget(QLabel):
    """The status-bar line: "Room timers: Anna R. 12:41 · Zoë M. ended"; hidden when idle."""

    def __init__(self, timers: RetentionTimers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timers = timers
        self.setAccessibleName(translate("RoomTimersWidget", "Room timers"))
        self.setTextFormat(Qt.TextFormat.RichText)
        timers.changed.connect(self._on_timers_changed)
        self._on_timers_changed()

    def plain_text(self) -> str:
        now = self._timers.now()
        ended = translate("RoomTimersWidget", "{who} ended")
        parts = [
            ended.format(who=t.who) if t.ended else f"{t.who} {clock_text(t.left(now))}"
            for t in self._timers.timers()
        ]
        return _line(" · ".join(parts)) if parts else ""

    def _on_timers_changed(self) -> None:
        now = self._timers.now()
        parts = []
        for t in self._timers.timers():
            if t.ended:
                ended = translate("RoomTimersWidget", "{who} ended").format(who=t.who)
                parts.append(f'<b style="color:{ERROR}">{ended}</b>')
            else:
                parts.append(f"<b>{t.who}</b> {clock_text(t.left(now))}")
        self.setText(_line(" · ".join(parts)) if parts else "")
        self.setVisible(bool(parts))


def find_timers(widget: QWidget) -> RetentionTimers | None:
    """The timers of the window this widget lives in (its main window exposes them)."""
    current: QObject | None = widget
    while current is not None:
        found = getattr(current, "retention_timers", None)
        if isinstance(found, RetentionTimers):
            return found
        current = current.parent()
    return None
