"""The book's month: a cell per day with its appointments, busiest hours and a small bar per
practitioner; a click or Enter opens that day, the arrow keys move between days.

Drawn by hand in one widget (42 cells of text and bars): a table of widgets would cost more
than the month it shows, and the cells' content comes from plain ``DaySummary`` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from acudesk.domain.book_month import DaySummary, month_grid
from acudesk.ui.book.book_items import SELECTED_PEN_COLOUR
from acudesk.ui.i18n import number_text, time_text, translate, weekday_text

# One colour per practitioner, in the order the book lists them (repeats past six).
PRACTITIONER_COLOURS = ("#4f7cac", "#c9733e", "#5a9e6f", "#9c6bb3", "#c2a03a", "#4aa3a3")
UNASSIGNED_COLOUR = "#9aa5b1"
HEADER = 24
LEGEND = 22
BAR = 4


def practitioner_colour(index: int) -> str:
    return PRACTITIONER_COLOURS[index % len(PRACTITIONER_COLOURS)]


class BookMonthView(QWidget):
    """Six weeks, Monday first, around the month of the day shown."""

    day_chosen = Signal(object)  # date: open it
    day_moved = Signal(object)  # date: the keyboard moved there (maybe into another month)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("BookMonthView", "Month of the book"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.current = date(2000, 1, 1)  # the day the keyboard is on
        self.today: date | None = None
        self.days: list[date] = month_grid(self.current)
        self.summaries: dict[date, DaySummary] = {}
        self.practitioners: list[tuple[int, str]] = []
        self._most = 1  # the most one practitioner has on one day: a full bar

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    def show_month(
        self,
        day: date,
        summaries: dict[date, DaySummary],
        practitioners: Sequence[tuple[int, str]],
        today: date | None = None,
    ) -> None:
        self.current, self.today = day, today
        self.days = month_grid(day)
        self.summaries, self.practitioners = summaries, list(practitioners)
        counts = [n for s in summaries.values() for n in s.by_practitioner.values()]
        self._most = max(counts, default=1) or 1
        self.update()

    def lines(self, day: date) -> list[str]:
        """What the cell of ``day`` says, line by line (its bars aside)."""
        summary = self.summaries.get(day) or DaySummary(day)
        lines = [str(day.day)]
        if summary.count:
            lines.append(translate("BookMonthView", "%Ln appointment(s)", None, summary.count))
        if summary.busiest is not None:
            first, last = summary.busiest
            lines.append(
                translate("BookMonthView", "Busiest {first}–{last}").format(
                    first=time_text(first), last=time_text(last)
                )
            )
        return lines

    def bars(self, day: date) -> list[tuple[str, str, int]]:
        """The cell's bars: (practitioner, colour, appointments), one per practitioner booked."""
        summary = self.summaries.get(day) or DaySummary(day)
        bars = []
        for index, (person, name) in enumerate(self.practitioners):
            count = summary.by_practitioner.get(person, 0)
            if count:
                bars.append((name, practitioner_colour(index), count))
        unassigned = summary.by_practitioner.get(None, 0)
        if unassigned:
            bars.append(
                (translate("BookMonthView", "No practitioner"), UNASSIGNED_COLOUR, unassigned)
            )
        return bars

    # Geometry: seven columns and six rows below the weekday names, a legend underneath.
    def cell_rect(self, index: int) -> QRect:
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - LEGEND - 1) / 6
        row, column = divmod(index, 7)
        left, top = round(column * width), round(HEADER + row * height)
        return QRect(
            left, top, round((column + 1) * width) - left, round(HEADER + (row + 1) * height) - top
        )

    def day_at(self, point: QPoint) -> date | None:
        for index, day in enumerate(self.days):
            if self.cell_rect(index).contains(point):
                return day
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for index in range(7):
            name = weekday_text(self.days[index])
            box = self.cell_rect(index)
            painter.drawText(
                QRect(box.left(), 0, box.width(), HEADER), Qt.AlignmentFlag.AlignCenter, name[:3]
            )
        for index, day in enumerate(self.days):
            self._paint_cell(painter, self.cell_rect(index), day, bold)
        self._paint_legend(painter)
        painter.end()

    def _paint_cell(self, painter: QPainter, box: QRect, day: date, bold: QFont) -> None:
        palette = self.palette()
        inside = day.month == self.current.month
        fill = palette.color(QPalette.ColorRole.Base if inside else QPalette.ColorRole.Window)
        painter.fillRect(box, fill)
        painter.setPen(QPen(QColor("#d5dbe3"), 1))
        painter.drawRect(box)
        text = palette.color(
            QPalette.ColorRole.Text if inside else QPalette.ColorRole.PlaceholderText
        )
        inner = box.adjusted(6, 4, -6, -4)
        metrics = QFontMetrics(self.font())
        for line, words in enumerate(self.lines(day)):
            painter.setFont(bold if line == 0 else self.font())
            painter.setPen(text)
            top = inner.top() + line * (metrics.height() + 1)
            if top + metrics.height() > inner.bottom() - BAR * 2:
                break
            shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), top, inner.width(), metrics.height()), 0, shown)
        most = self._most
        for line, (_name, colour, count) in enumerate(reversed(self.bars(day))):
            y = inner.bottom() - (line + 1) * (BAR + 2)
            if y < inner.top() + metrics.height() * 2:
                break
            painter.fillRect(
                QRectF(inner.left(), y, inner.width() * count / most, BAR), QColor(colour)
            )
        if day == self.today:
            painter.setPen(QPen(QColor(SELECTED_PEN_COLOUR), 2))
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        if day == self.current and self.hasFocus():
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            )
            painter.drawRect(box.adjusted(3, 3, -3, -3))

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        x, y = 4, self.height() - LEGEND + 4
        entries = [
            (practitioner_colour(i), name) for i, (_p, name) in enumerate(self.practitioners)
        ]
        if any(None in s.by_practitioner for s in self.summaries.values()):
            entries.append((UNASSIGNED_COLOUR, translate("BookMonthView", "No practitioner")))
        for colour, name in entries:
            painter.fillRect(QRect(x, y + 4, 14, BAR * 2), QColor(colour))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(x + 18, y + metrics.ascent(), name)
            x += 18 + metrics.horizontalAdvance(name) + 16

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), self.tip(day), self)
                return True
        return super().event(event)

    def tip(self, day: date) -> str:
        parts = [f"{weekday_text(day)} {day.day}"]
        parts += [f"{name}: {number_text(count)}" for name, _colour, count in self.bars(day)]
        return "\n".join(parts)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = day
            self.update()
            self.day_chosen.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in moves and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.current += timedelta(days=moves[key])
            self.update()
            self.day_moved.emit(self.current)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_chosen.emit(self.current)
            return
        super().keyPressEvent(event)
