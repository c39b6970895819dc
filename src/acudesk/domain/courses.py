"""A client's course of treatment: a planned number of sessions, numbered per client, open
until it is closed (or its last planned session is done). A session's place "N of M" is read
from the course it belongs to, never typed per session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from acudesk.domain.i18n import translate

DEFAULT_COURSE_LENGTH = 10
MAX_COURSE_LENGTH = 100


@dataclass(frozen=True, slots=True)
class Course:
    id: int
    client_id: int
    number: int  # 1 for the client's first course
    planned_length: int
    started_at: datetime
    closed_at: datetime | None
    version: int
    sessions: int = 0  # sessions in it, cancelled ones left out
    completed: int = 0

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def is_full(self) -> bool:
        return self.sessions >= self.planned_length

    @property
    def progress(self) -> str:
        """ "Course 2: 4 of 10" (completed sessions of the planned length)."""
        return translate("courses", "Course {number}: {done} of {length}").format(
            number=self.number, done=self.completed, length=self.planned_length
        )


def course_length_problem(length: int) -> str:
    if not 1 <= length <= MAX_COURSE_LENGTH:
        return translate("courses", "A course is 1 to {most} sessions.").format(
            most=MAX_COURSE_LENGTH
        )
    return ""
