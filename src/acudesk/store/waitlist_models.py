"""The waitlist's tables: clients waiting for a time, and the booked time that came free.

``waitlist_entry`` keeps its status (active, booked, removed) and, once booked, the
appointment it became; expiry is read from ``until`` against the day, never stored.
``freed_slot`` records the time an appointment gave up when it was cancelled or moved, with
its room and practitioner, so that the book can show that time to the entries that fit it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from acudesk.store.models import Base


class WaitlistEntryRecord(Base):
    __tablename__ = "waitlist_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    service_type_id: Mapped[int] = mapped_column(ForeignKey("service_type.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    # Days of the week as [0, 3] (0 = Monday), [] for any; windows as [["09:00", "12:00"]].
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    windows: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    until: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="active")
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_waitlist_entry_waiting", "status", "until"),)


class FreedSlotRecord(Base):
    """Time an appointment held and gave up (naive UTC), and why: cancelled or moved."""

    __tablename__ = "freed_slot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(20))
    freed_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_freed_slot_when", "location_id", "starts_at"),)
