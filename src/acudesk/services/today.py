"""Home's day in one read: every location's appointments of today, the sessions treating
them with their retention, the intakes due for review, tomorrow's bookings to confirm.

Names, times, rooms and timers only (no notes, no chart): what reception runs the day on, so
it needs the book's permission, as the book does.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from acudesk.domain.day_board import TO_COME, DayBoard, DayRow, IntakeDue, S, intake_due
from acudesk.domain.day_board import retention_end as ends
from acudesk.domain.users import Permission, User
from acudesk.services.work import Service
from acudesk.store import book as queries
from acudesk.store.book_models import LocationRecord, RoomRecord
from acudesk.store.day import latest_intake_dates, treating_sessions
from acudesk.store.settings import load_settings


class TodayService(Service):
    def board(self, actor: User) -> DayBoard:
        """Today by the clinic's wall clock, at every location, in time order."""
        with self._read_as(actor, Permission.BOOK) as session:
            today = self._clock().date()
            rows: list[DayRow] = []
            tomorrow: list[DayRow] = []
            for location in session.scalars(select(LocationRecord).order_by(LocationRecord.id)):
                zone = ZoneInfo(location.zone)
                start = datetime.combine(today, time(0), tzinfo=zone)
                rows += _rows(session, location.id, zone, start, start + timedelta(days=1))
                later = _rows(
                    session, location.id, zone, start + timedelta(days=1), start + timedelta(2)
                )
                tomorrow += [r for r in later if r.appointment.status is TO_COME[0]]
            rows.sort(key=lambda r: (r.appointment.start, r.appointment.id))
            tomorrow.sort(key=lambda r: (r.appointment.start, r.appointment.id))
            return DayBoard(tuple(rows), tuple(tomorrow), _intakes_due(session, rows, today))


def _rows(
    session: Session, location_id: int, zone: ZoneInfo, start: datetime, end: datetime
) -> list[DayRow]:
    shown = queries.appointments_between(session, location_id, start, end)
    rooms = dict(
        session.execute(
            select(RoomRecord.id, RoomRecord.name).where(RoomRecord.location_id == location_id)
        ).all()
    )
    treating = treating_sessions(session, (a.id for a in shown))
    rows = []
    for appointment in shown:
        session_id, started, minutes = treating.get(appointment.id, (None, None, 0))
        room = rooms.get(appointment.room_id, "") if appointment.room_id else ""
        rows.append(DayRow(appointment, room, zone, session_id, ends(started, minutes)))
    return rows


def _intakes_due(session: Session, rows: list[DayRow], today: date) -> tuple[IntakeDue, ...]:
    """Today's clients still to come or here whose intake is missing or due for review."""
    review = load_settings(session).screening.review_months
    coming = {
        r.appointment.client_id: r.appointment.client_name
        for r in rows
        if r.appointment.status.holds_time and r.appointment.status is not S.COMPLETED
    }
    dates = latest_intake_dates(session, coming)
    return tuple(
        IntakeDue(client_id, name, dates.get(client_id))
        for client_id, name in coming.items()
        if intake_due(dates.get(client_id), today, review)
    )
