"""The reminders' outbox: what was queued, sent or failed (with the reason), retry, send now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from acudesk.domain.changes import Changes
from acudesk.domain.errors import AcudeskError
from acudesk.domain.reminders import MessageStatus, OutboxMessage, SendReport
from acudesk.domain.users import User
from acudesk.services.reminders import ReminderService
from acudesk.ui.forms.ui_outbox_screen import Ui_OutboxScreen
from acudesk.ui.i18n import day_text, time_text, translate
from acudesk.ui.reminders.outbox_table_model import OutboxTableModel
from acudesk.ui.shell.change_relay import ChangeRelay
from acudesk.ui.widgets.background import BackgroundCall
from acudesk.ui.widgets.empty_hint import EmptyHint
from acudesk.ui.widgets.theme import say


class OutboxScreen(QWidget):
    def __init__(
        self,
        reminders: ReminderService,
        user: User,
        relay: ChangeRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OutboxScreen()
        self.ui.setupUi(self)
        self._reminders = reminders
        self._user = user
        self.model = OutboxTableModel()
        table = self.ui.messagesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(28)
        combo = self.ui.statusCombo
        combo.addItem(translate("OutboxScreen", "All messages"), None)
        for status in MessageStatus:
            combo.addItem(status.label, status.value)
        combo.currentIndexChanged.connect(self.refresh)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        table.selectionModel().currentChanged.connect(self._on_selection_changed)
        self.ui.retryButton.clicked.connect(self.retry)
        self.ui.sendButton.clicked.connect(self.send_now)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        self.empty_hint = EmptyHint(table, self._empty_text)
        self._sending: BackgroundCall | None = None
        relay.changed.connect(self._on_relay_changed)
        say(self.ui.outboxNotice, "")
        self.refresh()

    def _on_relay_changed(self, changes: Changes) -> None:
        if changes.reminders or changes.appointments or changes.everything:
            self.refresh()

    def status_shown(self) -> MessageStatus | None:
        value = self.ui.statusCombo.currentData()
        return MessageStatus(value) if value else None

    def refresh(self) -> None:
        chosen = {m.id for m in self.selected()}
        try:
            rows = self._reminders.outbox(self._user, self.status_shown())
        except AcudeskError as error:
            say(self.ui.outboxNotice, error.message, error=True)
            return
        self.model.set_rows(rows)
        table = self.ui.messagesTable
        for row, message in enumerate(rows):
            if message.id in chosen:
                table.selectRow(row)
        for column in range(self.model.columnCount() - 1):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, table.columnWidth(column) + 16)
        self.ui.countLabel.setText(translate("OutboxScreen", "%n message(s)", None, len(rows)))
        self._on_selection_changed()

    def selected(self) -> list[OutboxMessage]:
        rows = sorted({index.row() for index in self.ui.messagesTable.selectedIndexes()})
        return [self.model.item_at(row) for row in rows if self.model.item_at(row) is not None]

    def _on_selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.ui.retryButton.setEnabled(
            self._sending is None and any(m.status is MessageStatus.FAILED for m in chosen)
        )
        message = self._read_message(chosen)
        if message is not None:
            queued = translate("OutboxScreen", "Queued {when}").format(
                when=f"{day_text(message.queued_at.date())} {time_text(message.queued_at)}"
            )
            parts = (
                [queued, message.subject, message.body]
                if message.subject
                else [queued, message.body]
            )
            if message.reason:
                parts.append(
                    translate("OutboxScreen", "Not sent: {reason}").format(reason=message.reason)
                )
            self.ui.messageText.setPlainText("\n\n".join(parts))
        else:
            self.ui.messageText.clear()

    def _read_message(self, chosen: list[OutboxMessage]) -> OutboxMessage | None:
        """The message the reader shows: of several chosen, the one last clicked or moved to."""
        current: OutboxMessage | None = self.model.item_at(
            self.ui.messagesTable.currentIndex().row()
        )
        if current is not None and current in chosen:
            return current
        return chosen[0] if len(chosen) == 1 else None

    def _empty_text(self) -> str:
        status = self.status_shown()
        if status is None:
            return translate(
                "OutboxScreen",
                "No reminder yet. They are queued here when due, once the mail server or an "
                "SMS gateway is set in Settings.",
            )
        return {
            MessageStatus.QUEUED: translate("OutboxScreen", "No message is waiting to go."),
            MessageStatus.SENDING: translate("OutboxScreen", "No message is being sent."),
            MessageStatus.SENT: translate("OutboxScreen", "No message has been sent yet."),
            MessageStatus.FAILED: translate("OutboxScreen", "No message failed."),
        }[status]

    def retry(self) -> None:
        failed = [m for m in self.selected() if m.status is MessageStatus.FAILED]
        if not failed:
            return
        reminders, user = self._reminders, self._user
        self._run(lambda: reminders.retry(user, failed))

    def send_now(self) -> None:
        reminders, user = self._reminders, self._user
        self._run(lambda: reminders.send_due(user))

    def sending(self) -> bool:
        return self._sending is not None

    def _run(self, run: Callable[[], SendReport]) -> None:
        """Send off the GUI thread: each message may wait on its server for a while."""
        if self._sending is not None:
            return
        self.ui.sendButton.setEnabled(False)
        self.ui.retryButton.setEnabled(False)
        say(self.ui.outboxNotice, translate("OutboxScreen", "Sending…"))
        self._sending = BackgroundCall(run)
        self._sending.finished.connect(self._on_sending_finished)
        self._sending.start()

    def _on_sending_finished(self, report: SendReport | None, error: BaseException | None) -> None:
        self._sending = None
        self.ui.sendButton.setEnabled(True)
        self._on_selection_changed()
        if isinstance(error, AcudeskError):
            say(self.ui.outboxNotice, error.message, error=True)
            return
        if error is not None:
            raise error  # not ours to explain: the crash box reports it
        assert report is not None
        text = translate("OutboxScreen", "Sent {sent}, failed {failed}, waiting {waiting}.").format(
            sent=len(report.sent), failed=len(report.failed), waiting=len(report.waiting)
        )
        say(self.ui.outboxNotice, text, error=bool(report.failed))
        self.refresh()
