"""The reminders' outbox: one row per appointment and kind of message (email, SMS).

The unique key on (appointment, kind) is what makes a second message for the same
appointment impossible, whichever workstation runs the sending; the version column makes a
message's claim (queued -> sending) one workstation's alone.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from acudesk.store.models import Base


class ReminderMessageRecord(Base):
    __tablename__ = "reminder_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # domain.reminders.ReminderKind
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))  # domain.reminders.MessageStatus
    reason: Mapped[str] = mapped_column(Text, default="")  # why it failed, in words
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # When a workstation took it to send (status "sending"); a claim older than
    # domain.reminders.CLAIM_LAPSES is an interrupted send, shown as failed.
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("uq_reminder_message_appointment_kind", "appointment_id", "kind", unique=True),
        Index("ix_reminder_message_status", "status", "queued_at"),
    )
