"""Locking the screens, by Ctrl+L or by itself after the clinic's idle minutes.

While locked, every window of the app but the main window (whose screens are hidden) is
hidden too: session windows, dialogs, and any window that opens meanwhile. The person's
own password shows them again as they were; signing out closes them first (a session
saves itself as it closes), and a window that would lose unsaved work keeps the lock on.

Idle means no key, click, wheel or touch anywhere in the app: one application-wide event
filter restarts a single-shot QTimer (``idle_timer``; tests emit its ``timeout``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from acudesk.ui.i18n import translate

if TYPE_CHECKING:
    from acudesk.ui.access.lock_dialog import LockDialog
    from acudesk.ui.shell.main_window import MainWindow

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# Shown over the lock: the needles' timers matter more than who is signed in (the box
# names a client by first name and initial only, as the status bar does).
SHOWN_WHILE_LOCKED = frozenset({"timerEndedBox"})


def _within(widget: QWidget, ancestor: QWidget) -> bool:
    """``widget`` is ``ancestor`` or below it, across window boundaries."""
    current: QObject | None = widget
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent()
    return False


class ScreenLock(QObject):
    """The lock of one signed-in user's window, and the idle timer that sets it."""

    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)  # the window is reached as parent(): no reference cycle
        self._dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self._ended = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def _window(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    @property
    def locked(self) -> bool:
        return self._dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.idle_timer.setInterval(minutes * 60_000)
        if not self.locked and not self._ended:
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._ended:
            return False
        if self._dialog is None:
            if kind in ACTIVITY:
                self.idle_timer.start()
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._keep_hidden(watched)
        return False

    def _keep_hidden(self, widget: QWidget) -> None:
        """A window opening while locked (an error box, a timer's popup) waits for unlock."""
        dialog = self._dialog
        if widget is self._window or dialog is None or _within(widget, dialog):
            return
        if widget.objectName() in SHOWN_WHILE_LOCKED:
            return
        self._hidden.append(widget)
        widget.hide()

    def _on_idle_timer_timeout(self) -> None:
        self.lock(idle_minutes=self.idle_timer.interval() // 60_000)

    def lock(self, idle_minutes: int = 0) -> None:
        """Hide everything behind a dialog that wants this user's password again."""
        from acudesk.ui.access.lock_dialog import LockDialog

        window = self._window
        if self.locked or self._ended or not window.isVisible():
            return
        self.idle_timer.stop()
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and w.objectName() not in SHOWN_WHILE_LOCKED
        ]
        self._hidden = others
        for widget in others:
            widget.hide()
        window.set_locked(True)
        dialog = LockDialog(window.context.services.users, window.user, window, idle_minutes)
        dialog.unlocked.connect(self._on_dialog_unlocked)
        dialog.sign_out_requested.connect(self._on_dialog_sign_out_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def _windows(self) -> list[QWidget]:
        return [w for w in dict.fromkeys(self._hidden) if shiboken6.isValid(w)]

    def _on_dialog_unlocked(self) -> None:
        self._dialog = None
        self._window.set_locked(False)
        for widget in self._windows():
            widget.show()
        self._hidden = []
        self.idle_timer.start()

    def _on_dialog_sign_out_requested(self) -> None:
        """Close the user's windows, then sign out; unsaved work keeps the lock on."""
        dialog = self._dialog
        assert dialog is not None
        kept = [w for w in self._windows() if not w.close()]
        if kept:
            for widget in QApplication.topLevelWidgets():  # the questions they asked
                if widget.isVisible():
                    self._keep_hidden(widget)
            dialog.refuse_sign_out(
                translate(
                    "ScreenLock",
                    "{name} has work that is not saved yet. Enter their password to save or "
                    "close it first.",
                ).format(name=self._window.user.display_name)
            )
            return
        self._ended = True
        self._dialog = None
        self.idle_timer.stop()
        dialog.close_for_sign_out()
        self._window.signed_out.emit()
