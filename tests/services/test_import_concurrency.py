"""A large CSV import (20,000 rows, written 2,000 a transaction) while another workstation
saves a client over and over, on SQLite and PostgreSQL: every one of those saves succeeds,
none meets "database is locked" (the busy timeout waits for a batch to commit)."""

from __future__ import annotations

import threading

from acudesk.domain.clients import ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from tests.conftest import FakeClock
from tests.services.test_client_import import HEADER, rows

ROWS = 20_000


def test_saves_elsewhere_never_fail_while_a_large_import_writes(any_db_url):
    clock = FakeClock()
    office, desk = open_database(any_db_url), open_database(any_db_url)
    try:
        importing = build_services(office.db, clock)
        admin = importing.clinic.set_up(
            ClinicDetails("Willow"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
        )
        other = build_services(desk.db, clock)
        walk_in = other.clients.create(admin, ClientInput(first_name="Walk", last_name="In"))
        writing, done = threading.Event(), threading.Event()
        outcome: dict[str, object] = {}

        def progress(finished: int, total: int) -> bool:
            if finished and total == ROWS:
                writing.set()
            return True

        def run() -> None:
            try:
                outcome["report"] = importing.transfers.import_csv(
                    admin, HEADER + rows(ROWS), progress=progress
                )
            except BaseException as error:
                outcome["error"] = error
            finally:
                writing.set()
                done.set()

        importer = threading.Thread(target=run)
        importer.start()
        errors: list[BaseException] = []
        saves = 0
        writing.wait(timeout=300)
        while not done.is_set():
            try:
                loaded = other.clients.get(admin, walk_in.id)
                other.clients.update(
                    admin, loaded, ClientInput("Walk", "In", notes=f"visit {saves}")
                )
                saves += 1
            except Exception as error:  # any failure here is what the test is about
                errors.append(error)
        importer.join(timeout=300)
        assert "error" not in outcome
        assert outcome["report"].imported == ROWS
        assert errors == []
        assert saves >= 1
        assert other.clients.get(admin, walk_in.id).data.notes == f"visit {saves - 1}"
    finally:
        office.db.dispose()
        desk.db.dispose()
