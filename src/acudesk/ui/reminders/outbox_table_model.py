"""The outbox's rows: one reminder each, with its state and, when it failed, why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from acudesk.domain.reminders import MessageStatus, OutboxMessage
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, time_text
from acudesk.ui.widgets.table_model import TEXT_ROLES, RowsTableModel

_FAILED = QColor("#b3261e")


class OutboxTableModel(RowsTableModel):
    context = "OutboxTableModel"
    headers = (
        QT_TRANSLATE_NOOP("OutboxTableModel", "Status"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Appointment"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Client"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "By"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "To"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Sent"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Attempts"),
        QT_TRANSLATE_NOOP("OutboxTableModel", "Reason"),
    )

    def cell(self, item: OutboxMessage, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and item.status is MessageStatus.FAILED:
            return _FAILED if column in (0, 7) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return item.reason or None
        if role not in TEXT_ROLES:
            return None
        start = item.appointment_start
        values = (
            item.status.label,
            f"{day_text(start.date())} {time_text(start)}",
            item.client_name,
            item.kind.label,
            item.recipient,
            f"{day_text(item.sent_at.date())} {time_text(item.sent_at)}" if item.sent_at else "",
            str(item.attempts),
            item.reason,
        )
        return values[column]
