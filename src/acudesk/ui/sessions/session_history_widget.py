"""The client's Sessions tab: progress through the course and every session, newest first.

Each row shows a small picture of the chart, when and by whom, the needles and the status.
New session and Repeat last session start one through the service and open it in its own
window (several clients can be in treatment at once, one window per room).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import (
    DEFAULT_COURSE_LENGTH,
    SessionStatus,
    SessionSummary,
    TreatmentSession,
)
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_history_widget import Ui_SessionHistoryWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.session_widget import SessionWidget
from acudesk.ui.sessions.sessions_list_model import THUMBNAIL_SHOWN, SessionsListModel
from acudesk.ui.sessions.thumbnails import ThumbnailCache
from acudesk.ui.widgets.theme import BORDER, TEXT, say

# A light selection, so the chart pictures stay readable on the selected row.
LIST_STYLE = f"""
QListView::item {{ padding: 4px 10px; border-bottom: 1px solid {BORDER}; }}
QListView::item:selected {{ background: #cfe4dd; color: {TEXT}; }}
"""


# Lines read at a time: the first page when the tab opens, the next when scrolled to the end.
HISTORY_PAGE = 200


class SessionHistoryWidget(QWidget):
    """Embedded in the client page; opens SessionWidget windows."""

    intake_saved = Signal(int)  # client id, when the pre-check updated the intake

    def __init__(
        self,
        services: Services,
        user: User,
        client_id: int,
        client_name: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionHistoryWidget()
        self.ui.setupUi(self)
        self._services = services
        self._user = user
        self._client_id = client_id
        self._client_name = client_name  # (first, last)
        self.windows: dict[int, SessionWidget] = {}
        from acudesk.services.catalog import point_catalog

        self.model = SessionsListModel(point_catalog(), self)
        history = self.ui.historyList
        history.setModel(self.model)
        history.setIconSize(THUMBNAIL_SHOWN)
        history.setStyleSheet(LIST_STYLE)
        history.setSpacing(2)
        history.setUniformItemSizes(True)  # every row is as tall: no layout of all rows
        self._add_preview()
        can_chart = user.can(Permission.CHART_SESSIONS)
        self.ui.newButton.setEnabled(can_chart)
        self.ui.repeatButton.setEnabled(can_chart)
        if not can_chart:
            self.ui.newButton.setToolTip(
                translate("SessionHistoryWidget", "Only practitioners chart sessions.")
            )
        self.ui.newButton.clicked.connect(self._on_new_button_clicked)
        self.ui.repeatButton.clicked.connect(self._on_repeat_button_clicked)
        self.ui.openButton.clicked.connect(self._on_open_button_clicked)
        history.activated.connect(self._on_history_list_activated)
        history.selectionModel().currentRowChanged.connect(
            self._on_history_list_current_row_changed
        )
        QShortcut(
            QKeySequence("Ctrl+Shift+N"),
            self,
            self._on_new_button_clicked,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._say("")
        self._add_handout_button()
        self.refresh()

    def _add_preview(self) -> None:
        """A larger chart beside the list: the row hovered, else the one selected."""
        from acudesk.ui.sessions.chart_preview import ChartPreviewWidget

        history = self.ui.historyList
        self.preview = ChartPreviewWidget(history, self.model, self.ui.listPage)
        row = QHBoxLayout()
        self.ui.listLayout.removeWidget(history)
        row.addWidget(history, 1)
        row.addWidget(self.preview)
        self.ui.listLayout.addLayout(row)
        history.selectionModel().currentRowChanged.connect(self.preview.show_row)

    @property
    def thumbnails(self) -> ThumbnailCache:
        return self.model.thumbnails

    def _add_handout_button(self) -> None:
        """Handouts: Handout ▸ for the selected session, once it is completed."""
        from acudesk.ui.handouts.handout_menu import HandoutMenu, handout_button

        self.handout_menu = HandoutMenu(
            self._services, self._user, self.selected, self._client_name, self
        )
        self.handout_button = handout_button(self.handout_menu)
        layout = self.ui.bottomLayout
        layout.insertWidget(layout.indexOf(self.ui.openButton), self.handout_button)

    def _show_handout_button(self) -> None:
        session = self.selected_summary()
        completed = session is not None and session.status is SessionStatus.COMPLETED
        self.handout_button.setEnabled(completed)

    @property
    def history(self) -> list[SessionSummary]:
        return self.model.sessions()

    def refresh(self) -> None:
        """The history again, in one service call (one line per session; each chart is read
        only when its row is shown)."""
        current = self.ui.historyList.currentIndex().row()
        history = self._page(None, max(HISTORY_PAGE, current + 1))
        more = self._next_page if len(history) >= max(HISTORY_PAGE, current + 1) else None
        self.model.set_sessions(history, more)
        self._show_course()
        has_sessions = bool(history)
        self.ui.stack.setCurrentWidget(self.ui.listPage if has_sessions else self.ui.emptyPage)
        self.ui.repeatButton.setVisible(has_sessions)
        if has_sessions:
            self.select_row(max(0, min(current, len(history) - 1)))
        self.ui.openButton.setEnabled(has_sessions)
        self._show_handout_button()

    def _page(
        self, after: SessionSummary | None, limit: int = HISTORY_PAGE
    ) -> list[SessionSummary]:
        try:
            return self._services.sessions.summaries(
                self._user, self._client_id, limit=limit, after=after
            )
        except AcudeskError as error:
            self._say(error.message, error=True)
            return []

    def _next_page(self, after: SessionSummary) -> list[SessionSummary]:
        return self._page(after)

    def select_row(self, row: int) -> None:
        self.ui.historyList.setCurrentIndex(self.model.index(row))

    def _show_course(self) -> None:
        latest = self.model.session_at(0)
        if latest is None:
            self.ui.courseLabel.setText(
                translate(
                    "SessionHistoryWidget", "No sessions yet  ·  a course is {length}"
                ).format(length=DEFAULT_COURSE_LENGTH)
            )
            self.ui.courseBar.setRange(0, DEFAULT_COURSE_LENGTH)
            self.ui.courseBar.setValue(0)
            return
        number, length = latest.course_number, latest.course_length
        done = number if latest.status is SessionStatus.COMPLETED else number - 1
        text = (
            translate("SessionHistoryWidget", "Session {number} of {length}  ·  in progress")
            if latest.status is SessionStatus.OPEN
            else translate("SessionHistoryWidget", "Session {number} of {length}")
        )
        self.ui.courseLabel.setText(text.format(number=number, length=length))
        self.ui.courseBar.setRange(0, length)
        self.ui.courseBar.setValue(max(0, done))

    def _say(self, message: str, *, error: bool = False) -> None:
        say(self.ui.noticeLabel, message, error=error)

    def selected_summary(self) -> SessionSummary | None:
        return self.model.session_at(self.ui.historyList.currentIndex().row())

    def selected(self) -> TreatmentSession | None:
        """The selected session as stored now (one service call), or None."""
        chosen = self.selected_summary()
        if chosen is None:
            return None
        try:
            return self._services.sessions.get(self._user, chosen.id)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return None

    def _on_history_list_current_row_changed(self, _current: QModelIndex) -> None:
        self.ui.openButton.setEnabled(self.selected_summary() is not None)
        self._show_handout_button()

    # --- starting and opening ---------------------------------------------------------------

    def start_session(self, *, repeat: bool = False) -> SessionWidget | None:
        """One call starts the session (Repeat: with the latest chart), then it opens."""
        sessions = self._services.sessions
        try:
            chart = sessions.last_chart(self._user, self._client_id) if repeat else None
            started = sessions.start(self._user, self._client_id, chart=chart)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return None
        self._say("")
        self.refresh()
        return self.open_session(started)

    def open_session(self, session: TreatmentSession) -> SessionWidget:
        window = self.windows.get(session.id)
        if window is not None and not window.isVisible():  # closed, waiting to be deleted
            window = None
        if window is None:
            window = SessionWidget(
                self._services, self._user, session, self._client_name, self.window()
            )
            window.session_saved.connect(self._on_session_saved)
            window.intake_saved.connect(self.intake_saved)
            window.destroyed.connect(lambda *_a, w=window: self._forget(w))
            self.windows[session.id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _forget(self, window: SessionWidget) -> None:
        self.windows = {sid: w for sid, w in self.windows.items() if w is not window}

    def _on_session_saved(self, _session: TreatmentSession) -> None:
        self.refresh()

    def _on_new_button_clicked(self) -> None:
        if self.ui.newButton.isEnabled():
            self.start_session()

    def _on_repeat_button_clicked(self) -> None:
        self.start_session(repeat=True)

    def _on_open_button_clicked(self) -> None:
        chosen = self.selected_summary()
        if chosen is None:
            return
        if chosen.id in self.windows and self.windows[chosen.id].isVisible():
            self.windows[chosen.id].raise_()
            self.windows[chosen.id].activateWindow()
            return
        session = self.selected()  # as stored now
        if session is not None:
            self.open_session(session)

    def _on_history_list_activated(self, _index: QModelIndex) -> None:
        self._on_open_button_clicked()
