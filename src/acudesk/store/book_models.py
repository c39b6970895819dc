"""The appointment book's tables: locations, rooms, devices, services, hours and appointments.

Times are stored as naive UTC; each location keeps its IANA zone, in which the book is shown
and in which a course repeats. An appointment's holds (one row for each resource and stretch
of time it keeps) are what overlap checks read, and what PostgreSQL's exclusion constraint
guards (migration 0008).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from acudesk.store.models import Base


class LocationRecord(Base):
    __tablename__ = "location"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    zone: Mapped[str] = mapped_column(String(64))
    # Opening hours as {"0": [["09:00", "18:00"]], ...} (0 = Monday); {} when not set.
    hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class RoomRecord(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DeviceRecord(Base):
    """Anything a service needs of which the clinic has a number (an electro-stimulator)."""

    __tablename__ = "device"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ServiceTypeRecord(Base):
    """A treatment the book offers (see domain.book_rules.ServiceType)."""

    __tablename__ = "service_type"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    minutes: Mapped[int] = mapped_column(Integer)
    buffer_before: Mapped[int] = mapped_column(Integer, default=0)
    buffer_after: Mapped[int] = mapped_column(Integer, default=0)
    processing_from: Mapped[int] = mapped_column(Integer, default=0)
    processing_minutes: Mapped[int] = mapped_column(Integer, default=0)
    device_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    colour: Mapped[str] = mapped_column(String(9), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class WorkingHoursRecord(Base):
    """A practitioner's weekly hours at a location."""

    __tablename__ = "working_hours"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TimeOffRecord(Base):
    """A practitioner away (holiday, training), or, with user_id NULL, a location closed."""

    __tablename__ = "time_off"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __table_args__ = (Index("ix_time_off_when", "starts_at", "ends_at"),)
    __mapper_args__ = {"version_id_col": version}


class AppointmentRecord(Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    service_type_id: Mapped[int] = mapped_column(ForeignKey("service_type.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("device.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="booked")
    notes: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    booked_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    booked_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_appointment_when", "starts_at", "ends_at"),)


class AppointmentHoldRecord(Base):
    """One resource an appointment keeps for one stretch: "room:3", "practitioner:5"...

    Rows go with their appointment and are removed when it is cancelled; the span includes
    no buffer (buffers are checked in the booking transaction, which locks the resources).
    """

    __tablename__ = "appointment_hold"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointment.id", ondelete="CASCADE"), index=True
    )
    resource: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_appointment_hold_resource", "resource", "starts_at", "ends_at"),)


# The waitlist's tables, beside the book's: in Base.metadata wherever the models are.
from acudesk.store import waitlist_models as _waitlist_models  # noqa: E402, F401
