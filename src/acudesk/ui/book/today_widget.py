"""Home's day: today's appointments in time order with their status and the steps of the
visit (arrived, treatment, check-out), who is in which room with the retention's countdown,
who is waiting, the handouts to print, the intakes due for review, and tomorrow's bookings to
confirm with one click. It follows the change bus, so another workstation's booking, arrival
or timer appears by itself (ui/shell/change_poller.py brings those onto the bus)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.changes import Changes
from acudesk.domain.day_board import TO_COME, TREATABLE, DayBoard, DayRow
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.book import BookService
from acudesk.services.clock import Clock
from acudesk.services.handouts import HandoutService
from acudesk.services.today import TodayService
from acudesk.ui.book.today_rows import (
    TodayTableModel,
    in_room_text,
    intake_text,
    tomorrow_text,
    waiting_text,
)
from acudesk.ui.forms.ui_today_widget import Ui_TodayWidget
from acudesk.ui.i18n import translate
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.empty_hint import EmptyHint
from acudesk.ui.widgets.theme import restyle

if TYPE_CHECKING:
    from acudesk.ui.book.visit_windows import VisitsFactory

TICK_MS = 1000  # the retention countdowns
SIDE_LINES_MOST = 6  # past this many lines, a side list scrolls rather than take more room
S = AppointmentStatus


class TodayWidget(QFrame):
    def __init__(
        self,
        today: TodayService,
        book: BookService,
        handouts: HandoutService,
        clock: Clock,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
        *,
        visits: VisitsFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_TodayWidget()
        ui.setupUi(self)
        self._today, self._book, self._handouts = today, book, handouts
        self._clock, self._user = clock, user
        self.visits = visits(self) if visits is not None else None
        self.board = DayBoard((), (), ())
        self.model = TodayTableModel()
        table = ui.appointmentsTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.empty_hint = EmptyHint(
            table, lambda: translate("TodayWidget", "No appointments today.")
        )
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        table.doubleClicked.connect(self._on_table_double_clicked)
        ui.arrivedButton.clicked.connect(self._on_arrived_clicked)
        ui.treatButton.clicked.connect(self._on_treat_clicked)
        ui.checkOutButton.clicked.connect(self._on_check_out_clicked)
        ui.confirmButton.clicked.connect(self._on_confirm_clicked)
        ui.roomsList.itemActivated.connect(self._on_side_item_activated)
        ui.waitingList.itemActivated.connect(self._on_side_item_activated)
        ui.handoutsList.itemActivated.connect(self._on_handout_activated)
        ui.tomorrowList.currentRowChanged.connect(self._show_buttons)
        for button in (ui.arrivedButton, ui.treatButton, ui.checkOutButton):
            button.setVisible(self.visits is not None)
        for side in self.side_lists():  # heights shared by _share_height, at least one line
            policy = side.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            side.setSizePolicy(policy)
            side.setMinimumHeight(side.fontMetrics().height() + 2 * side.frameWidth() + 8)
        if self.visits is not None:
            self.visits.failed.connect(self._say)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        relay.changed.connect(self._on_relay_changed)
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        if (
            changes.appointments
            or changes.sessions
            or changes.session_clients
            or changes.handouts
            or changes.intakes
            or changes.clients
            or changes.book
            or changes.everything
        ):
            self.refresh()

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.board = board = self._today.board(self._user)
            pending = self._handouts.todays_completed_sessions(self._user, without_handout=True)
        except AcudeskError as error:
            self.ui.summaryLabel.setText(error.message)
            return
        chosen = self.chosen()
        self.model.set_rows(list(board.rows))
        if chosen is not None:
            self._select(chosen.appointment.id)
        self._show_summary()
        by_session = {r.session_id: r for r in board.rows if r.session_id is not None}
        ui = self.ui
        _fill(
            ui.waitingList,
            [(waiting_text(r), r.appointment.id) for r in board.waiting],
            translate("TodayWidget", "Nobody is waiting."),
        )
        _fill(
            ui.intakesList,
            [(intake_text(d), d.client_id) for d in board.intakes_due],
            translate("TodayWidget", "No intake is due for review."),
        )
        _fill(
            ui.tomorrowList,
            [(tomorrow_text(r), r.appointment.id) for r in board.tomorrow],
            translate("TodayWidget", "Nothing left to confirm for tomorrow."),
        )
        handouts = []
        for item in pending:
            row = by_session.get(item.session_id)
            handouts.append((item.client_name, row.appointment.id if row else None))
        _fill(ui.handoutsList, handouts, translate("TodayWidget", "No handout left to print."))
        self.tick()
        self._share_height()
        self._show_buttons()

    def _share_height(self) -> None:
        """The side lists share the card's height by how many lines each has: a list with
        nothing in it keeps one line for its empty-state words, the others grow."""
        column = self.ui.sideColumn
        for widget in self.side_lists():
            index = column.indexOf(widget)
            lines = 1 if _shows_empty(widget) else widget.count()
            column.setStretch(index, max(1, min(lines, SIDE_LINES_MOST)))

    def side_lists(self) -> list[QListWidget]:
        ui = self.ui
        return [ui.roomsList, ui.waitingList, ui.handoutsList, ui.intakesList, ui.tomorrowList]

    def tick(self) -> None:
        """The rooms' countdowns, from the clock (no database read)."""
        now = self._clock()
        rows: list[tuple[str, int | None]] = [
            (in_room_text(r, now), r.appointment.id) for r in self.board.in_rooms
        ]
        _fill(self.ui.roomsList, rows, translate("TodayWidget", "Nobody is in treatment now."))

    def _show_summary(self) -> None:
        held = self.board.held
        done = sum(1 for r in held if r.appointment.status is S.COMPLETED)
        left = sum(1 for r in held if r.appointment.status in TO_COME)
        self.ui.summaryLabel.setText(
            translate("TodayWidget", "%n appointment(s)", None, len(held))
            + " · "
            + translate("TodayWidget", "{done} completed, {left} still to come").format(
                done=done, left=left
            )
        )

    def chosen(self) -> DayRow | None:
        rows = self.ui.appointmentsTable.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _select(self, appointment_id: int) -> None:
        row = self.model.row_of(appointment_id)
        if row >= 0:
            self.ui.appointmentsTable.selectRow(row)

    def _show_buttons(self, *_args: object) -> None:
        ui, row = self.ui, self.chosen()
        status = row.appointment.status if row else None
        ui.arrivedButton.setEnabled(status in TO_COME)
        can_treat = self.visits is not None and self.visits.can_treat
        ui.treatButton.setEnabled(can_treat and status in TREATABLE)
        ui.checkOutButton.setEnabled(status is S.COMPLETED)
        ui.confirmButton.setEnabled(ui.tomorrowList.currentItem() is not None)

    def _on_selection_changed(self, *_args: object) -> None:
        self._show_buttons()

    def _say(self, message: str, *, error: bool = True) -> None:
        label = self.ui.messageLabel
        label.setText(message)
        label.setProperty("role", "error" if error else "hint")
        restyle(label)

    # --- acting -------------------------------------------------------------------------

    def _act(self, step: Callable[[DayRow], object]) -> None:
        row = self.chosen()
        if row is not None and self.visits is not None:
            self._say("", error=False)
            step(row)

    def _on_arrived_clicked(self) -> None:
        self._act(lambda row: self.visits.arrive(row.appointment) if self.visits else None)

    def _on_treat_clicked(self) -> None:
        self._act(lambda row: self.visits.treat(row.appointment) if self.visits else None)

    def _on_check_out_clicked(self) -> None:
        self._act(lambda row: self.visits.check_out(row.appointment.id) if self.visits else None)

    def _on_table_double_clicked(self, *_args: object) -> None:
        row = self.chosen()
        if row is None or self.visits is None:
            return
        if row.appointment.status is S.COMPLETED:
            self.visits.check_out(row.appointment.id)
        elif row.appointment.status is S.IN_TREATMENT and self.visits.can_treat:
            self.visits.treat(row.appointment)

    def _on_side_item_activated(self, item: QListWidgetItem) -> None:
        appointment_id = item.data(Qt.ItemDataRole.UserRole)
        if appointment_id is not None:
            self._select(int(appointment_id))
            self.ui.appointmentsTable.setFocus()

    def _on_handout_activated(self, item: QListWidgetItem) -> None:
        appointment_id = item.data(Qt.ItemDataRole.UserRole)
        if appointment_id is not None and self.visits is not None:
            self.visits.check_out(int(appointment_id))

    def _on_confirm_clicked(self) -> None:
        item = self.ui.tomorrowList.currentItem()
        row = next(
            (r for r in self.board.tomorrow if item and r.appointment.id == item.data(_ID)), None
        )
        if row is None:
            return
        try:
            self._book.set_status(self._user, row.appointment, S.CONFIRMED)
        except AcudeskError as error:
            self._say(error.message)
            return
        self._say(
            translate("TodayWidget", "{client} confirmed.").format(
                client=row.appointment.client_name
            ),
            error=False,
        )


_ID = Qt.ItemDataRole.UserRole
_EMPTY = Qt.ItemDataRole.UserRole + 1  # the line saying the list is empty


def _shows_empty(widget: QListWidget) -> bool:
    first = widget.item(0)
    return widget.count() == 1 and first is not None and bool(first.data(_EMPTY))


def _fill(widget: QListWidget, rows: Sequence[tuple[str, int | None]], empty: str) -> None:
    """Show ``rows`` (text, id), keeping the current line when it is still there; with no
    rows, the ``empty`` words on a line that cannot be chosen."""
    current = widget.currentItem()
    kept = current.data(_ID) if current is not None else None
    widget.clear()
    if not rows:
        item = QListWidgetItem(empty)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # words about the list, not a line of it
        item.setData(_EMPTY, True)
        item.setForeground(widget.palette().color(QPalette.ColorRole.PlaceholderText))
        widget.addItem(item)
        return
    for text, key in rows:
        item = QListWidgetItem(text)
        item.setData(_ID, key)
        widget.addItem(item)
        if key is not None and key == kept:
            widget.setCurrentItem(item)
