"""The client's Sessions tab: progress through the course and every session, newest first.

Each row shows a small picture of the chart, when and by whom, the needles and the status.
New session and Repeat last session start one through the service and open it in its own
window (several clients can be in treatment at once, one window per room).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QWidget

from acudesk.domain.errors import AcudeskError
from acudesk.domain.treatment import (
    SessionStatus,
    SessionSummary,
    TreatmentSession,
)
from acudesk.domain.users import Permission, User
from acudesk.services.courses import OpenSessionExists
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_history_widget import Ui_SessionHistoryWidget
from acudesk.ui.i18n import translate
from acudesk.ui.sessions.course_controls import CourseControls
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
        self.course = CourseControls(
            self.ui, services, user, client_id, lambda m: self._say(m, error=bool(m))
        )
        self.cancelled_check = self._add_cancelled_toggle()
        self.open_box: QMessageBox | None = None
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

    def _add_cancelled_toggle(self) -> QCheckBox:
        """For admins: the cancelled sessions too, each with its reason."""
        check = QCheckBox(translate("SessionHistoryWidget", "Show cancelled sessions"))
        check.setObjectName("showCancelledCheck")
        check.setToolTip(
            translate("SessionHistoryWidget", "Cancelled sessions and why, for administrators")
        )
        check.setVisible(self._user.can(Permission.VIEW_AUDIT))
        check.toggled.connect(lambda _on: self.refresh())
        bottom = self.ui.bottomLayout
        bottom.insertWidget(bottom.indexOf(self.ui.hintLabel) + 1, check)
        return check

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
        self.course.refresh()
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
                self._user,
                self._client_id,
                limit=limit,
                after=after,
                cancelled=self.cancelled_check.isChecked(),
            )
        except AcudeskError as error:
            self._say(error.message, error=True)
            return []

    def _next_page(self, after: SessionSummary) -> list[SessionSummary]:
        return self._page(after)

    def select_row(self, row: int) -> None:
        self.ui.historyList.setCurrentIndex(self.model.index(row))

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
        """One call starts the session, then it opens. Repeat brings the latest session's
        needles and electro pairs, placed once the pre-treatment check is done. While the
        client has an open session, this offers to open that one instead."""
        sessions = self._services.sessions
        try:
            chart = sessions.last_chart(self._user, self._client_id) if repeat else []
            started = sessions.start(self._user, self._client_id)
        except OpenSessionExists as error:
            self._offer_open(error.session_id)
            return None
        except AcudeskError as error:
            self._say(error.message, error=True)
            return None
        self._say("")
        self.refresh()
        window = self.open_session(started)
        if chart:
            window.plan_needles(chart, translate("SessionHistoryWidget", "Repeat last session"))
        return window

    def _offer_open(self, session_id: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SessionHistoryWidget", "A session is already open"),
            translate(
                "SessionHistoryWidget",
                "{name} already has an open session. A client has one open session at a "
                "time: open it to carry on, or cancel it from its window.",
            ).format(name=" ".join(self._client_name).strip()),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("sessionAlreadyOpenBox")
        open_button = box.addButton(
            translate("SessionHistoryWidget", "Open that session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is open_button:
                self.open_by_id(session_id)

        box.buttonClicked.connect(clicked)
        self.open_box = box
        box.open()

    def open_by_id(self, session_id: int) -> SessionWidget | None:
        try:
            session = self._services.sessions.get(self._user, session_id)
        except AcudeskError as error:
            self._say(error.message, error=True)
            return None
        return self.open_session(session)

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
