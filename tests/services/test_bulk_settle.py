"""A long client list imported on PostgreSQL leaves the table as searches want it at once:
its statistics taken and the trigram index's pending entries merged (not minutes later, when
autovacuum gets to it). A short one, or SQLite, is left alone."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from acudesk.store.search_index import SETTLE_FROM, TRIGRAM_INDEX
from tests.conftest import CLINIC


def _surname(n: int) -> str:
    """A distinct surname for each number: Okafor with the number in letters (Okaforbcd)."""
    letters = ""
    while True:
        n, digit = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if not n:
            return f"Okafor{letters}"


def _csv(rows: int) -> str:
    lines = ["first_name,last_name,phone"]
    lines += [f"Lena,{_surname(n)},+44 20 7946 {n:04d}" for n in range(rows)]
    return "\n".join(lines) + "\n"


def _pending_pages(session) -> int:
    """Pages the index still had pending (merging them now: a second call gives 0)."""
    return int(
        session.execute(
            text(f"SELECT gin_clean_pending_list('{TRIGRAM_INDEX}'::regclass)")
        ).scalar()
    )


def _planned_rows(session) -> float:
    return float(
        session.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'client'")).scalar()
    )


@pytest.mark.postgres
@pytest.mark.parametrize("rows", [SETTLE_FROM + 200, 40])
def test_a_long_import_settles_the_table_and_a_short_one_does_not(postgres_server, clock, rows):
    db = open_database(postgres_server.create_database(), clock).db
    services = build_services(db, clock)
    admin = services.clinic.set_up(CLINIC, NewUser("owner", "Olivia", Role.ADMIN, "pw-123456789"))
    report = services.transfers.import_csv(admin, _csv(rows), skip_invalid=True)
    assert report.imported == rows
    with db.unit_of_work() as session:
        planned, pending = _planned_rows(session), _pending_pages(session)
    if rows >= SETTLE_FROM:
        assert planned == rows and pending == 0
    else:  # nothing asked of the server: still the empty table's figures, entries pending
        assert planned <= 0 and pending > 0
    found = services.clients.search(admin, "okaforbc")
    assert sorted(c.last_name for c in found) == sorted(
        _surname(n) for n in range(rows) if "okaforbc" in _surname(n).lower()
    )
    db.dispose()
