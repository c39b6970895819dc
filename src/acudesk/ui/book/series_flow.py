"""Changing a session of a course on the Book: "This one" or "This and the following".

Hooked into the screen's drop and the card's cancel: for an appointment booked on its own, or
the last of its course, nothing is asked and the screen does what it always did. When the
following sessions cannot all move, nothing moves and a message names each one and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

from acudesk.domain.appointments import Appointment
from acudesk.domain.book_series import SeriesClash
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book_series import BookSeriesService
from acudesk.ui.book.appointment_card import AppointmentCard, CancelScope
from acudesk.ui.book.slot_words import when_text
from acudesk.ui.i18n import translate
from acudesk.ui.widgets.theme import fit_bold

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen

Action = Callable[[], None]


class SeriesFlow(QObject, CancelScope):
    def __init__(self, screen: BookScreen, series: BookSeriesService, user: User) -> None:
        super().__init__(screen)
        self._screen, self._series, self._user = screen, series, user
        self.question: QMessageBox | None = None
        self.report: QMessageBox | None = None
        self._answers: dict[QPushButton, Action] = {}
        self._otherwise: Action | None = None

    def offer_move(
        self,
        appointment: Appointment,
        start: datetime,
        minutes: int,
        fields: dict[str, int],
        one: Action,
    ) -> bool:
        """Ask before moving a session that has following ones; False: none, move as ever."""
        count = self._following(appointment)
        if not count:
            return False

        def following() -> None:
            self._move_following(appointment, start, minutes, fields, count)

        self._ask(
            translate("SeriesFlow", "Move a session of a course"),
            translate(
                "SeriesFlow",
                "This session of {client}'s course has %n more after it. Move only this one, "
                "or this one and the following by the same time?",
                None,
                count,
            ).format(client=appointment.client_name),
            one,
            following,
            otherwise=self._screen.refresh,  # the dragged block goes back
        )
        return True

    def offer_cancel(self, card: AppointmentCard, appointment: Appointment, reason: str) -> bool:
        """Ask before cancelling a session that has following ones; False: none, as ever."""

        def one() -> None:
            card.cancel_one(reason)

        count = self._following(appointment)
        if not count:
            return False

        def following() -> None:
            self._cancel_following(appointment, reason, count)

        self._ask(
            translate("SeriesFlow", "Cancel a session of a course"),
            translate(
                "SeriesFlow",
                "This session of {client}'s course has %n more after it. Cancel only this "
                "one, or this one and the following?",
                None,
                count,
            ).format(client=appointment.client_name),
            one,
            following,
        )
        return True

    def _following(self, appointment: Appointment) -> int:
        if appointment.series_id is None:
            return 0
        try:
            return len(self._series.following(self._user, appointment))
        except AcudeskError:
            return 0  # the change itself then says what is wrong

    def _ask(
        self, title: str, text: str, one: Action, following: Action, otherwise: Action | None = None
    ) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._screen)
        box.setObjectName("seriesQuestionBox")
        this = box.addButton(
            translate("SeriesFlow", "&This one"), QMessageBox.ButtonRole.AcceptRole
        )
        rest = box.addButton(
            translate("SeriesFlow", "This and the &following"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("SeriesFlow", "&Leave it"), QMessageBox.ButtonRole.RejectRole
        )
        for button in (this, rest, keep):
            fit_bold(button)
        box.setDefaultButton(this)
        box.setEscapeButton(keep)
        self._answers = {this: one, rest: following}
        self._otherwise = otherwise
        box.finished.connect(self._on_question_finished)
        box.open()
        self.question = box

    def _on_question_finished(self) -> None:
        box = self.question
        clicked = box.clickedButton() if box is not None else None
        action = self._answers.get(clicked) if isinstance(clicked, QPushButton) else None
        self._answers = {}
        if action is not None:
            action()
        elif self._otherwise is not None:
            self._otherwise()

    def _move_following(
        self,
        appointment: Appointment,
        start: datetime,
        minutes: int,
        fields: dict[str, int],
        count: int,
    ) -> None:
        try:
            moved = self._series.move_following(
                self._user, appointment, start, minutes=minutes, **fields
            )
        except SeriesClash as clash:
            self._tell_clash(clash)
            return
        except AcudeskError as error:
            self._screen.tell(error.message)
            return
        self._screen.tell(
            translate(
                "SeriesFlow",
                "Moved {client}'s session and the %n following, from {when}.",
                None,
                count,
            ).format(client=appointment.client_name, when=self._when(moved[0].start))
        )

    def _cancel_following(self, appointment: Appointment, reason: str, count: int) -> None:
        try:
            self._series.cancel_following(self._user, appointment, reason)
        except AcudeskError as error:
            self._screen.tell(error.message)
            return
        self._screen.tell(
            translate(
                "SeriesFlow", "Cancelled {client}'s session and the %n following.", None, count
            ).format(client=appointment.client_name)
        )

    def _tell_clash(self, clash: SeriesClash) -> None:
        lines = [
            translate("SeriesFlow", "{when}: {problem}").format(
                when=self._when(problem.start),
                problem=" ".join(c.message for c in problem.clashes),
            )
            for problem in clash.problems
        ]
        self._screen.tell(clash.message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("SeriesFlow", "The course was not moved"),
            clash.message + "\n\n" + "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self._screen,
        )
        box.setObjectName("seriesClashBox")
        box.open()
        self.report = box

    def _when(self, moment: datetime) -> str:
        location = self._screen.location
        return when_text(moment, location.tz) if location is not None else moment.isoformat()
