"""Two processes book one room 150 times each, at the same time, on SQLite and PostgreSQL,
most of the starts overlapping: whatever the interleaving, no two of the room's holds
overlap, the cleaning buffer stays between them, and every booking reported is stored."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import time, timedelta
from itertools import pairwise
from pathlib import Path

from sqlalchemy import select

from acudesk.domain.appointments import AppointmentStatus
from acudesk.domain.book_rules import ServiceType
from acudesk.domain.book_time import WeeklyHours
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.book_models import AppointmentHoldRecord, AppointmentRecord
from tests.conftest import FakeClock
from tests.services.book_hammer import PASSWORD
from tests.services.handouts_support import add_client

ROOT = Path(__file__).resolve().parents[2]
TRIES = 150
CLEANING = timedelta(minutes=10)


def test_two_processes_hammering_one_room_never_overlap(any_db_url) -> None:
    opened = open_database(any_db_url)
    try:
        desk = build_services(opened.db, FakeClock())
        owner = desk.clinic.set_up(
            ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, PASSWORD)
        )
        hours = WeeklyHours.every_day(time(9), time(18), range(6))
        place = desk.book_setup.add_location(owner, "Willow Street", "Europe/London", hours)
        room = desk.book_setup.add_room(owner, place.id, "Blue")
        service = desk.book_setup.add_service_type(
            owner, ServiceType("Facial acupuncture", 30, after=10)
        )
        client = add_client(desk, owner)
        ids = [str(n) for n in (client.id, service.id, place.id, room.id)]
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.services.book_hammer",
                    any_db_url,
                    str(seed),
                    str(TRIES),
                    *ids,
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for seed in (11, 12)
        ]
        results = [child.communicate(timeout=600) for child in children]
        assert [child.returncode for child in children] == [0, 0], results
        counts = [json.loads(out) for out, _err in results]
        assert all(c["booked"] + c["refused"] == TRIES for c in counts)
        assert all(c["booked"] > 0 for c in counts)  # both got some: they really raced
        with opened.db.read_only() as session:
            holds = session.execute(
                select(AppointmentHoldRecord.starts_at, AppointmentHoldRecord.ends_at)
                .where(AppointmentHoldRecord.resource == f"room:{room.id}")
                .order_by(AppointmentHoldRecord.starts_at)
            ).all()
            stored = session.scalars(
                select(AppointmentRecord.id).where(
                    AppointmentRecord.status != AppointmentStatus.CANCELLED.value
                )
            ).all()
        assert len(stored) == len(holds) == sum(c["booked"] for c in counts)
        for (_, ended), (began, _) in pairwise(holds):
            assert began >= ended + CLEANING, (ended, began)
    finally:
        opened.db.dispose()
