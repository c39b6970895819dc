"""The query behind one keystroke in the client list, on 100,000 clients.

acudesk: ClientService.search (permission check, a fresh ORM session, the folded terms, one
         page of rows as plain objects).
floor:   the same SQL with the same parameters in raw sqlite3 on an open connection.

Goal: ratio <= 3. Several queries are timed in turn (a common name, a rare one, a phone
fragment, an accented name) so that neither side is measured on one lucky plan.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from acudesk.domain.clients import ClientRules, search_terms
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from tests.benchmarks.harness import alternate, report, timed
from tests.conftest import FakeClock

GOAL = 3.0
QUERIES = ["ros", "zoë", "anna mü", "7946 0", "kowalska", "xyzzy"]
SQL = (
    "SELECT id, first_name, last_name, preferred_name, date_of_birth, phone, email, archived "
    "FROM client WHERE archived = 0 {likes} ORDER BY sort_key, id LIMIT 100 OFFSET 0"
)


def _like(term: str) -> str:
    return f"%{term}%"  # these queries hold no LIKE wildcards, so no ESCAPE clause


@pytest.fixture(scope="module")
def opened(demo_db_100k: Path):
    opened = open_database(f"sqlite:///{demo_db_100k}")
    yield opened.db
    opened.db.dispose()


def test_client_search(opened, demo_db_100k: Path) -> None:
    services = build_services(opened, FakeClock())
    user = services.clinic.demo_user("reception")
    rules = services.clients.rules()
    raw = sqlite3.connect(demo_db_100k)
    prepared = []
    for query in QUERIES:
        terms = search_terms(query, rules)
        likes = "".join(" AND search_key LIKE ?" for _ in terms)
        prepared.append((SQL.format(likes=likes), [_like(t) for t in terms]))

    def ours() -> None:
        for query in QUERIES:
            services.clients.search(user, query, rules=rules)

    def floor() -> None:
        for sql, params in prepared:
            raw.execute(sql, params).fetchall()

    # Both sides must find the same rows, or the comparison means nothing.
    for query, (sql, params) in zip(QUERIES, prepared, strict=True):
        assert [r.id for r in services.clients.search(user, query, rules=rules)] == [
            row[0] for row in raw.execute(sql, params)
        ]
    result = alternate(timed(ours), timed(floor), n=15)
    per_query = len(QUERIES)
    report(
        "client-search",
        result.median_ms("acudesk") / per_query,
        result.median_ms("floor") / per_query,
        goal=GOAL,
    )
    raw.close()
    assert isinstance(rules, ClientRules)
