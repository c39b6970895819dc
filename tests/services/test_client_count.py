"""Home's client count: exact up to 10,000, an estimate past that, never a full COUNT(*)."""

from __future__ import annotations

from sqlalchemy import delete, event, text

from acudesk.services.clinic import ClientCount, two_figures
from acudesk.services.demo import seed_demo
from acudesk.services.registry import build_services
from acudesk.store.clinic import EXACT_COUNT_BELOW
from acudesk.store.models import ClientRecord
from tests.conftest import FakeClock


def test_two_figures():
    assert [two_figures(n) for n in (7, 99, 123, 10_001, 1_234_567, 999_999)] == [
        7,
        99,
        120,
        10_000,
        1_200_000,
        1_000_000,
    ]


def test_exact_below_ten_thousand_and_about_past_it(any_db):
    clock = FakeClock()
    services = build_services(any_db, clock)
    seed_demo(any_db, 40, clock=clock)
    user = services.clinic.demo_user("reception")
    assert services.clinic.client_count_at_a_glance(user) == ClientCount(40, True)

    seed_demo(any_db, EXACT_COUNT_BELOW + 400 - 40, clock=clock)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.lower())

    event.listen(any_db.engine, "before_cursor_execute", seen)
    try:
        count = services.clinic.client_count_at_a_glance(user)
    finally:
        event.remove(any_db.engine, "before_cursor_execute", seen)
    assert count == ClientCount(10_000, False)  # 10,400 to two figures
    assert services.clinic.client_count(user) == EXACT_COUNT_BELOW + 400
    counts = [s for s in statements if "count(" in s]
    assert counts and all("limit" in s for s in counts)  # no COUNT(*) over every row

    if any_db.engine.dialect.name == "postgresql":  # the planner's figure once analysed
        with any_db.engine.begin() as conn:
            conn.execute(text("ANALYZE client"))
        assert services.clinic.client_count_at_a_glance(user) == ClientCount(10_000, False)

    # Back under the line (an import taken back, say): exact again.
    with any_db.unit_of_work() as session:
        session.execute(delete(ClientRecord).where(ClientRecord.id > 100))
    assert services.clinic.client_count_at_a_glance(user) == ClientCount(100, True)
