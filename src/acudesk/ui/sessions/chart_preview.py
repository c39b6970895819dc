"""A larger picture of one session's chart beside the history: the row hovered, else the one
selected, so a practitioner sees what was done without opening the session."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QListView, QSizePolicy, QVBoxLayout, QWidget

from acudesk.ui.i18n import translate
from acudesk.ui.sessions.sessions_list_model import AREAS_ROLE, SessionsListModel
from acudesk.ui.sessions.thumbnails import main_diagram

PREVIEW_WIDTH = 300  # px
LABEL_SCALE = 0.9  # the needles' codes nearly as on the point map, to read at this size


class ChartPreviewWidget(QWidget):
    """Follows a history list: the hovered row's chart, back to the selected one on leaving."""

    def __init__(self, view: QListView, model: SessionsListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._shown: tuple[int, int] | None = None
        self.picture = QLabel()
        self.picture.setAccessibleName(translate("SessionHistoryWidget", "Chart preview"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption = QLabel()
        self.caption.setAccessibleName(translate("SessionHistoryWidget", "Areas treated"))
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.setFixedWidth(PREVIEW_WIDTH + 8)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        view.setMouseTracking(True)
        view.entered.connect(self.show_row)
        view.viewport().installEventFilter(self)
        self.show_row(QModelIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.show_row(self._view.currentIndex())  # back to the selected session
        return super().eventFilter(watched, event)

    def show_row(self, index: QModelIndex) -> None:
        """The chart of the session at ``index`` (nothing for an invalid one)."""
        session = self._model.session_at(index.row()) if index.isValid() else None
        if session is None:
            self._shown = None
            self.picture.clear()
            self.caption.setText(
                translate("SessionHistoryWidget", "Select a session to see its chart.")
            )
            return
        key = (session.id, session.version)
        if key == self._shown:
            return
        from acudesk.services.catalog import point_catalog
        from acudesk.ui.chart.render import render_chart

        doc = self._model.document(session)
        catalog = point_catalog()
        diagram = main_diagram(doc, catalog)
        image = render_chart(doc, catalog, diagram, PREVIEW_WIDTH, label_scale=LABEL_SCALE)
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.caption.setText(str(index.data(AREAS_ROLE) or ""))
        self._shown = key
