"""The statements a screen or an export runs do not grow with the client's sessions.

Two clients in one database, one with 5 sessions and one with 50 (some amended, some with a
sheet handed out); every service call the client's page, its Sessions tab, the session window,
the record export and the aftercare sheet make runs as many SQL statements for either client.
Counted on the engine's ``before_cursor_execute`` event, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

from sqlalchemy import event

from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from tests.conftest import FakeClock
from tests.services.handouts_support import add_client, completed_session

FEW, MANY = 5, 50


@contextmanager
def counting(engine):
    statements: list[str] = []

    def count(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def client_with_sessions(services, admin, clock, name: str, count: int):
    client = add_client(services, admin, name, "Rossi")
    done = []
    for number in range(count):
        session = completed_session(services, admin, client)
        if number % 3 == 1:
            session = services.sessions.amend(
                admin, session, session.data, session.chart, "Notes added afterwards"
            )
        if number % 5 == 0:
            services.handouts.issue(admin, session.id)
        done.append(session)
        clock.advance(days=1)
    return client, done[-1]


def calls(services, user, client_id: int, session_id: int) -> dict[str, Callable[[], object]]:
    """What the screens and exports of one client ask for, by the name of what asks."""
    return {
        "client page: details": lambda: services.clients.get(user, client_id),
        "client page: alerts": lambda: services.intake.alerts(user, client_id),
        "intake tab": lambda: services.intake.history(user, client_id),
        "sessions tab": lambda: services.sessions.summaries(user, client_id),
        "sessions: full history": lambda: services.sessions.history(user, client_id),
        "repeat last session": lambda: services.sessions.last_chart(user, client_id),
        "session window": lambda: services.sessions.get(user, session_id),
        "session window: amendments": lambda: services.sessions.amendments(user, session_id),
        "record export": lambda: services.records.export_record(user, client_id),
        "aftercare sheet": lambda: services.handouts.sheet_for(user, session_id),
        "aftercare preview": lambda: services.handouts.preview(user, session_id),
        "aftercare issue": lambda: services.handouts.issue(user, session_id),
        "handouts given": lambda: services.handouts.issued(user, session_id),
    }


def statement_counts(engine, named_calls: dict[str, Callable[[], object]]) -> dict[str, int]:
    counts = {}
    for name, call in named_calls.items():
        call()  # once unmeasured: caches of the process (catalogue, fonts) are warm
        with counting(engine) as statements:
            call()
        counts[name] = len(statements)
    return counts


def test_statements_do_not_grow_with_the_number_of_sessions(any_db):
    clock = FakeClock()
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(
        ClinicDetails("Willow Clinic"), NewUser("owner", "Olivia Owner", Role.ADMIN, "pass-word-1")
    )
    services.products.ensure_house_catalogue()
    few, few_last = client_with_sessions(services, admin, clock, "Anna", FEW)
    many, many_last = client_with_sessions(services, admin, clock, "Bea", MANY)
    lines = services.sessions.summaries(admin, many.id)
    assert len(lines) == MANY and sum(s.amended for s in lines) == len(range(1, MANY, 3))

    with_few = statement_counts(any_db.engine, calls(services, admin, few.id, few_last.id))
    with_many = statement_counts(any_db.engine, calls(services, admin, many.id, many_last.id))

    assert with_many == with_few
    # The account checked as it is now, the history in one query (its course numbers joined),
    # the SQLite write lock taken, and its audit event (the chain head taken, the event, the
    # head moved on).
    assert with_few["sessions tab"] <= 6
    assert with_few["record export"] <= 13
