"""Needle-retention timers on the book: which appointment a running timer belongs to.

A treatment session's timer runs from when the needles are in (``SessionService.start_timer``)
until the session is completed. The book shows it on the appointment the session treats (the
session started at arrival is linked to it); a session started from the client's page, linked
to none, shows on the client's appointment under way when the timer started, else on their
appointment nearest to it the same day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment


@dataclass(frozen=True, slots=True)
class RunningTimer:
    """An open session's retention timer; times are the clock's (naive, the location's)."""

    session_id: int
    client_id: int
    started_at: datetime
    minutes: int
    appointment_id: int | None = None  # the appointment the session treats, if linked

    @property
    def ends_at(self) -> datetime:
        return self.started_at + timedelta(minutes=self.minutes)

    def left(self, now: datetime) -> timedelta:
        return max(timedelta(0), self.ends_at - now)


def _distance(appointment: Appointment, moment: datetime) -> timedelta:
    """How far ``moment`` is from the appointment: nothing while it is under way."""
    if appointment.start <= moment < appointment.end:
        return timedelta(0)
    return min(abs(appointment.start - moment), abs(appointment.end - moment))


def timers_on_book(
    appointments: Sequence[Appointment], timers: Iterable[RunningTimer], zone: ZoneInfo
) -> dict[int, RunningTimer]:
    """Each timer by the id of the appointment it shows on (one timer per appointment)."""
    placed: dict[int, RunningTimer] = {}
    shown = {a.id for a in appointments}
    unlinked = []
    for timer in timers:
        if timer.appointment_id is None:
            unlinked.append(timer)
        elif timer.appointment_id in shown:
            placed[timer.appointment_id] = timer
    for timer in unlinked:
        started = timer.started_at.replace(tzinfo=zone)
        candidates = [
            a
            for a in appointments
            if a.client_id == timer.client_id
            and a.status.holds_time
            and a.start.astimezone(zone).date() == started.date()
            and a.id not in placed
        ]
        if candidates:
            chosen = min(candidates, key=lambda a: (_distance(a, started), a.start))
            placed[chosen.id] = timer
    return placed
