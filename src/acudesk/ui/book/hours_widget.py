"""Weekly hours typed per weekday: open or not, from, to, and the breaks that split the day.

A hand-written part (one row per weekday) shared by the locations', rooms' and working-hours
tabs; the rules (a break inside the day, no two overlapping) are the domain's.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from acudesk.domain.book_setup import breaks_text, day_stretches, parse_breaks, split_day
from acudesk.domain.book_time import WEEKDAY_NAMES, WeeklyHours
from acudesk.domain.errors import ValidationError
from acudesk.ui.i18n import translate


class HoursWidget(QWidget):
    """Seven rows; no day ticked means no hours are set (bookable at any time)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(what)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        heads = (
            translate("BookSetupDialog", "Day"),
            translate("BookSetupDialog", "From"),
            translate("BookSetupDialog", "To"),
            translate("BookSetupDialog", "Breaks (e.g. 13:00-14:00)"),
        )
        for column, text in enumerate(heads):
            head = QLabel(text, self)
            head.setProperty("role", "caption")
            grid.addWidget(head, 0, column)
        self.days: list[QCheckBox] = []
        self.opens: list[QTimeEdit] = []
        self.closes: list[QTimeEdit] = []
        self.breaks: list[QLineEdit] = []
        self.errors: list[QLabel] = []
        for weekday in range(7):
            self._add_row(grid, weekday)
        grid.setColumnStretch(3, 1)
        self.set_hours(None)

    def _add_row(self, grid: QGridLayout, weekday: int) -> None:
        name = WEEKDAY_NAMES[weekday]
        row = 1 + weekday * 2
        check = QCheckBox(name, self)
        check.setAccessibleName(translate("BookSetupDialog", "Open on {day}").format(day=name))
        opens, closes = QTimeEdit(self), QTimeEdit(self)
        for edit in (opens, closes):
            edit.setDisplayFormat("HH:mm")
        opens.setAccessibleName(translate("BookSetupDialog", "{day} from").format(day=name))
        closes.setAccessibleName(translate("BookSetupDialog", "{day} to").format(day=name))
        breaks = QLineEdit(self)
        breaks.setAccessibleName(translate("BookSetupDialog", "{day} breaks").format(day=name))
        breaks.setPlaceholderText(translate("BookSetupDialog", "none"))
        error = QLabel(self)
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        check.toggled.connect(opens.setEnabled)
        check.toggled.connect(closes.setEnabled)
        check.toggled.connect(breaks.setEnabled)
        for column, widget in enumerate((check, opens, closes, breaks)):
            grid.addWidget(widget, row, column)
        grid.addWidget(error, row + 1, 0, 1, 4)
        self.days.append(check)
        self.opens.append(opens)
        self.closes.append(closes)
        self.breaks.append(breaks)
        self.errors.append(error)

    def field_pairs(self) -> dict[str, tuple[QWidget, QLabel]]:
        """Each day's field name as the rules name it ("hours.0"), its input and message."""
        return {f"hours.{d}": (self.breaks[d], self.errors[d]) for d in range(7)}

    def set_hours(self, hours: WeeklyHours | None) -> None:
        days = hours.days if hours is not None else {}
        for weekday in range(7):
            stretches = days.get(weekday, ())
            opens, closes, breaks = split_day(stretches) if stretches else (time(9), time(18), [])
            self.days[weekday].setChecked(bool(stretches))
            self.opens[weekday].setTime(QTime(opens.hour, opens.minute))
            self.closes[weekday].setTime(QTime(closes.hour, closes.minute))
            self.breaks[weekday].setText(breaks_text(breaks))
            for widget in (self.opens[weekday], self.closes[weekday], self.breaks[weekday]):
                widget.setEnabled(bool(stretches))

    def hours(self) -> WeeklyHours | None:
        """What is typed, checked day by day; every day's problem in one ValidationError."""
        days: dict[int, tuple[tuple[time, time], ...]] = {}
        problems: dict[str, str] = {}
        for weekday in range(7):
            if not self.days[weekday].isChecked():
                continue
            try:
                days[weekday] = day_stretches(
                    weekday,
                    _time(self.opens[weekday]),
                    _time(self.closes[weekday]),
                    parse_breaks(weekday, self.breaks[weekday].text()),
                )
            except ValidationError as error:
                problems.update(error.errors)
        if problems:
            raise ValidationError(problems)
        return WeeklyHours(days) if days else None


def _time(edit: QTimeEdit) -> time:
    return time(edit.time().hour(), edit.time().minute())
