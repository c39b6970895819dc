"""Importing a client list: every row checked, duplicates found by set, written in short batches.

On real databases: duplicates on SQLite and PostgreSQL in as many statements for 20 rows as
for 200; the rows checked by worker processes are the rows checked here; another workstation
saves while an import writes; a cancel takes back what was written; an import whose process
dies half-way is listed as unfinished and can be undone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, func, select

from acudesk.domain.client_rows import check_rows
from acudesk.domain.clients import ClientInput, ClientRules
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.csv_format import guess_mapping, read_table
from acudesk.domain.dates import DateOrder
from acudesk.domain.users import NewUser, Role
from acudesk.services.client_import import check_all
from acudesk.services.client_io import ImportCancelled
from acudesk.services.registry import build_services
from acudesk.store.engine import Database
from acudesk.store.models import AuditEventRecord, ClientRecord
from tests.conftest import ADMIN_PASSWORD, FakeClock

HEADER = "First Name,Last Name,Date of Birth,Mobile,Email\n"


def rows(count: int, start: int = 0) -> str:
    """``count`` different clients, each with a valid London number and an email."""
    lines = [
        f"Client{chr(65 + i % 26)},Rossi{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)},"
        f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50},"
        f"020 {7100 + i // 10000:04d} {i % 10000:04d},client{i}@example.org\n"
        for i in range(start, start + count)
    ]
    return "".join(lines)


def clients_in(db: Database) -> int:
    with db.read_only() as session:
        return session.scalar(select(func.count()).select_from(ClientRecord)) or 0


@contextmanager
def counting(engine):
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_duplicates_are_found_by_set_not_row_by_row(any_db):
    services = build_services(any_db, FakeClock())
    admin = services.clinic.set_up(
        ClinicDetails("Willow Clinic"), NewUser("owner", "Olivia Owner", Role.ADMIN, "pass-word-1")
    )
    services.transfers.import_csv(admin, HEADER + rows(3))  # clients 0, 1 and 2 exist
    twin = "Other,Person,,,CLIENT1@example.org\n"  # client 1's email
    same_phone = "Third,Person,,020 7100 0002,\n"  # client 2's phone
    repeated = rows(1, start=500)  # twice in the file

    def preview(extra: int):
        text = HEADER + rows(1) + twin + same_phone + repeated + repeated + rows(extra, 1000)
        with counting(any_db.engine) as statements:
            _table, _mapping, report = services.transfers.preview(admin, text)
        return report, len(statements)

    small, small_count = preview(20)
    large, large_count = preview(200)
    assert large_count == small_count  # no statement per row
    assert [line for line, _why in small.duplicates] == [2, 3, 4, 6]
    why = dict(small.duplicates)
    assert why[2].startswith(
        "Line 2 (ClientA RossiAA): left out, already registered as ClientA RossiAA (client "
    )
    assert "already registered as ClientB RossiAA" in why[3]
    assert "already registered as ClientC RossiAA" in why[4]
    assert why[6].endswith("left out, the same client as line 5.")
    assert len(small.valid) == 1 + 20 and len(large.valid) == 1 + 200


def test_rows_checked_by_worker_processes_are_the_rows_checked_here():
    shared = [  # one family's number on lines far apart, and a row with no number
        f"Kin{chr(65 + i)},Verdi,0{i + 1}/03/1980,+44 20 7946 0{i % 2}18,kin{i}@example.org\n"
        for i in range(8)
    ]
    text = (
        HEADER
        + rows(150)
        + "".join(shared[:4])
        + "Nophone,Bianchi,01/01/1970,,np@example.org\n"
        + rows(150, 150)
        + "".join(shared[4:])
        + "Bad,Row,31/02/1990,12345,not-an-email\n"
    )
    table = read_table(text)
    mapping = guess_mapping(table.headers)
    rules = ClientRules("GB", DateOrder.DAY_FIRST, date(2026, 11, 23))
    here = check_rows(table.rows, mapping, len(table.headers), rules)
    spread = check_all(
        table.rows, mapping, len(table.headers), rules, workers=2, parallel_from=0, chunk_rows=40
    )
    assert spread == here
    assert [row.line for row in spread] == [row.line for row in table.rows]
    assert len(here[-1].problems) == 3 and here[0].keys["phone_digits"] == "442071000000"
    kin = [row for row in here if row.name.endswith("Verdi")]
    assert {row.data.phone for row in kin} == {"+44 20 7946 0018", "+44 20 7946 0118"}


def test_rows_sharing_a_number_are_checked_by_one_worker():
    from acudesk.services.client_import import by_phone

    table = read_table(HEADER + rows(90) + "A,B,,020 7100 0005,\n" * 5 + "C,D,,,\n" * 30)
    mapping = guess_mapping(table.headers)
    shards = by_phone(table.rows, mapping, 32)
    assert sorted(at for shard in shards for at in shard) == list(range(len(table.rows)))
    assert all(len(shard) <= 32 for shard in shards) and len(shards) == 4
    phone = {at: table.rows[at].values[3].strip() for at in range(len(table.rows))}
    numbers = [{phone[at] for at in shard} - {""} for shard in shards]
    assert all(not a & b for i, a in enumerate(numbers) for b in numbers[i + 1 :])
    no_phone_column = by_phone(table.rows, {0: "first_name", 1: "last_name"}, 32)
    assert [len(shard) for shard in no_phone_column] == [32, 32, 32, 29]


def test_one_number_on_every_row_is_still_shared_between_workers():
    from acudesk.services.client_import import by_phone

    table = read_table(HEADER + "A,B,,n/a,\n" * 100)
    shards = by_phone(table.rows, guess_mapping(table.headers), 30)
    assert [len(shard) for shard in shards] == [30, 30, 30, 10]


def test_worker_processes_word_their_problems_in_the_language_of_the_screens():
    from acudesk.domain import i18n
    from acudesk.domain.i18n_catalogue import ts_translator
    from acudesk.resources import resource

    text = HEADER + rows(3) + "Bad,Row,31/02/1990,,\n"
    table = read_table(text)
    mapping = guess_mapping(table.headers)
    rules = ClientRules("GB", DateOrder.DAY_FIRST, date(2026, 11, 23))
    i18n.set_translator(ts_translator(resource("translations", "messages_it.ts")), "it")
    try:
        here = check_rows(table.rows, mapping, len(table.headers), rules)
        spread = check_all(
            table.rows, mapping, len(table.headers), rules, workers=2, parallel_from=0
        )
    finally:
        i18n.set_translator(None)
    assert spread == here
    (_field, message), *_ = here[-1].problems
    assert "non è una data esistente" in message, message
    assert here[-1].name == "Bad Row"


def writing_phase(calls: list[tuple[int, int]], done: int, total: int) -> bool:
    """True once checking is over: progress counts again from the first written batch."""
    calls.append((done, total))
    return any(d == t for d, t in calls[:-1]) and done < total


def test_another_workstation_saves_while_an_import_writes(sqlite_path, services, admin):
    desk = Database(f"sqlite:///{sqlite_path}")  # a second workstation on the same file
    try:
        writing, saved = threading.Event(), threading.Event()
        calls: list[tuple[int, int]] = []
        outcome: dict[str, object] = {}

        def progress(done: int, total: int) -> bool:
            if writing_phase(calls, done, total) and not writing.is_set():
                writing.set()
                saved.wait(timeout=30)  # between two batches: the write lock is free
            return True

        def run() -> None:
            try:
                text = HEADER + rows(3000)
                outcome["report"] = services.transfers.import_csv(
                    admin, text, progress=progress, batch_rows=500
                )
            except BaseException as error:
                outcome["error"] = error

        importer = threading.Thread(target=run)
        importer.start()
        try:
            assert writing.wait(timeout=60)
            other = build_services(desk, FakeClock())
            saved_client = other.clients.create(
                admin, ClientInput(first_name="Walk", last_name="In", phone="020 7946 0999")
            )
        finally:
            saved.set()
            importer.join(timeout=120)
        assert "error" not in outcome
        assert outcome["report"].imported == 3000
        assert clients_in(desk) == 3001
        assert services.clients.get(admin, saved_client.id).data.last_name == "In"
        assert sum(1 for d, t in calls if t == 3000) > 3000 // 500  # checked, then 6 batches
    finally:
        desk.dispose()


def test_a_cancel_while_writing_takes_back_what_was_written(services, admin, db):
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        return not (writing_phase(calls, done, total) and done >= 40)

    with pytest.raises(ImportCancelled, match="nothing was imported"):
        services.transfers.import_csv(admin, HEADER + rows(100), progress=progress, batch_rows=20)
    assert clients_in(db) == 0
    assert services.transfers.unfinished_imports(admin) == []
    with db.read_only() as session:
        details = session.scalars(
            select(AuditEventRecord.detail).where(AuditEventRecord.entity == "client-import")
        ).all()
    assert details[0].startswith("started: 100 clients from CSV, created at ")
    assert details[1] == "undone (cancelled): 40 clients removed"


DIES_HALF_WAY = """
import os, sys
from acudesk.services.registry import build_services
from acudesk.store.engine import Database

services = build_services(Database(sys.argv[1]))
admin = services.users.sign_in("owner", sys.argv[2])
calls = []

def progress(done, total):
    calls.append((done, total))
    if any(d == t for d, t in calls[:-1]) and done >= 30:
        os._exit(9)  # the power goes: no cleanup of any kind
    return True

services.transfers.import_csv(admin, sys.stdin.read(), progress=progress, batch_rows=10)
"""


def test_an_import_that_died_half_way_is_listed_and_undone(sqlite_path, services, admin, db):
    services.clients.create(admin, ClientInput(first_name="Already", last_name="Here"))
    died = subprocess.run(
        [sys.executable, "-c", DIES_HALF_WAY, f"sqlite:///{sqlite_path}", ADMIN_PASSWORD],
        input=HEADER + rows(50),
        text=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=120,
    )
    assert died.returncode == 9, died.stderr
    assert clients_in(db) == 1 + 30  # three batches of ten were committed

    (unfinished,) = services.transfers.unfinished_imports(admin)
    assert unfinished.detail.startswith("started: 50 clients from CSV")
    assert services.transfers.undo_import(admin, unfinished.import_id) == 30
    assert clients_in(db) == 1  # the client registered before stays
    assert services.transfers.unfinished_imports(admin) == []


def test_the_import_after_a_preview_checks_the_file_once_and_existing_clients_again(
    services, admin, db
):
    text = HEADER + rows(1200)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    _table, _mapping, first = services.transfers.preview(admin, text, progress=progress)
    assert seen[:3] == [(500, 1200), (1000, 1200), (1200, 1200)]  # every row checked
    seen.clear()
    services.transfers.preview(admin, text, progress=progress)
    assert seen == [(1200, 1200)]  # the same input: its rows as checked
    # Another workstation adds one of the file's clients meanwhile: found at import.
    build_services(db, FakeClock()).transfers.import_csv(admin, HEADER + rows(1, start=7))
    seen.clear()
    report = services.transfers.import_csv(admin, text, progress=progress)
    assert seen[0] == (1200, 1200) and report.imported == 1199 == len(first.valid) - 1
    assert [line for line, _why in report.duplicates] == [9]
    seen.clear()
    changed = {2: ("Changed", "Person", "", "", "")}  # a correction is a new input
    services.transfers.preview(admin, text, progress=progress, corrections=changed)
    assert seen[0] == (500, 1200)
