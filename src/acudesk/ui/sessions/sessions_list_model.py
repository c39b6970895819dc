"""SessionsListModel: a client's session history as list rows, a thin adapter over summaries.

The view asks only for the rows it paints, so a chart is parsed (once, then kept) and its
thumbnail drawn only when its row is first shown: a history of 5,000 sessions opens as fast
as one of five.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)

from acudesk.domain.chart import ChartDocument, ChartError
from acudesk.domain.handout_words import area_words
from acudesk.domain.points import PointCatalog
from acudesk.domain.treatment import SessionStatus, SessionSummary
from acudesk.ui.chart.labels import needles_text
from acudesk.ui.i18n import current_language, day_text, time_text, translate
from acudesk.ui.sessions.thumbnails import ThumbnailCache

ID_ROLE = Qt.ItemDataRole.UserRole
AREAS_ROLE = Qt.ItemDataRole.UserRole + 1  # "Areas: cheek, nose" (empty when no needle)
THUMBNAIL_SHOWN = QSize(128, 162)
ROW_HEIGHT = THUMBNAIL_SHOWN.height() + 12
_Index = QModelIndex | QPersistentModelIndex


def status_text(session: SessionSummary) -> str:
    if session.status is SessionStatus.CANCELLED:
        return translate("SessionHistoryWidget", "cancelled: {reason}").format(
            reason=session.cancel_reason
        )
    if session.status is SessionStatus.OPEN:
        return translate("SessionHistoryWidget", "open")
    if session.amended:
        return translate("SessionHistoryWidget", "amended")
    return translate("SessionHistoryWidget", "completed")


class SessionsListModel(QAbstractListModel):
    def __init__(self, catalog: PointCatalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = ThumbnailCache(catalog)
        self._rows: list[SessionSummary] = []
        self._documents: dict[tuple[int, int], ChartDocument] = {}
        self._more: Callable[[SessionSummary], list[SessionSummary]] | None = None

    def set_sessions(
        self,
        sessions: list[SessionSummary],
        more: Callable[[SessionSummary], list[SessionSummary]] | None = None,
    ) -> None:
        """The first lines of the history; ``more`` gives the page after a line (the view
        asks for it when scrolled to the end), None when these are all."""
        self.beginResetModel()
        self._more = more if sessions else None
        self._rows = list(sessions)
        current = {(s.id, s.version) for s in self._rows}
        self._documents = {k: d for k, d in self._documents.items() if k in current}
        self.endResetModel()

    def sessions(self) -> list[SessionSummary]:
        return list(self._rows)

    def session_at(self, row: int) -> SessionSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def document(self, session: SessionSummary) -> ChartDocument:
        """The session's chart, parsed the first time it is needed and kept."""
        key = (session.id, session.version)
        doc = self._documents.get(key)
        if doc is None:
            try:
                doc = ChartDocument.from_json(session.chart_json)
            except ChartError:
                doc = ChartDocument()  # an unreadable chart still gets a blank drawing
            self._documents[key] = doc
        return doc

    def needle_total(self, session: SessionSummary) -> int:
        if session.needles_in is not None:
            return session.needles_in
        return self.document(session).needle_count

    def areas(self, session: SessionSummary) -> tuple[str, ...]:
        """The areas the session's needles treated, as the client would say them."""
        catalog = self.thumbnails.catalog
        zones = [
            zone
            for p in self.document(session)
            if p.needle_count and p.point in catalog.points
            for zone in catalog.point(p.point).zones
        ]
        return area_words(zones, current_language())

    def areas_text(self, session: SessionSummary) -> str:
        areas = self.areas(session)
        if not areas:
            return ""
        return translate("SessionHistoryWidget", "Areas: {areas}").format(areas=", ".join(areas))

    def text(self, session: SessionSummary) -> str:
        started = session.started_at
        course = session.course_position
        return (
            f"{course}  ·  {status_text(session)}\n"
            f"{day_text(started.date())}, {time_text(started)}  ·  {session.practitioner}\n"
            f"{needles_text(self.needle_total(session))}"
            + (f"\n{areas}" if (areas := self.areas_text(session)) else "")
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """The next page of the history, at the end of the list."""
        if parent.isValid() or self._more is None or not self._rows:
            return
        page = self._more(self._rows[-1])
        if not page:
            self._more = None
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self.session_at(index.row()) if index.isValid() else None
        if session is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(session)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get((session.id, session.version), self.document(session))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(session).replace("\n", ", ")
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == ID_ROLE:
            return session.id
        if role == AREAS_ROLE:
            return self.areas_text(session)
        return None
