"""The demo generator against the bulk insert of the same client rows, on both databases.

acudesk: services.demo.seed_demo for CLIENTS clients on an empty database (the demo users, the
         synthetic clients with their folded keys, the PostgreSQL statistics afterwards, the
         demo book of a few clients), as `acudesk demo` runs it after the schema.
floor:   store.clients.insert_clients of the very rows the generator wrote (read back), in one
         transaction on another empty database: executemany on SQLite, COPY on PostgreSQL.

demo-generator-sqlite / demo-generator-postgresql, in ms and clients per second. Goal: ratio
<= 3.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from acudesk.services.demo import seed_demo
from acudesk.services.startup import open_database
from tests.benchmarks.bulk_floor import bulk_insert_floor, bulk_name
from tests.benchmarks.harness import report
from tests.conftest import FakeClock

CLIENTS = 100_000  # as the issue measured it; the demo book is a fixed part of it
GOAL = 3.0
PAIRS = 3


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path_factory):
    names = iter(range(1_000))

    def make() -> str:
        if request.param == "sqlite":
            folder: Path = tmp_path_factory.mktemp("demo")
            return f"sqlite:///{folder / f'demo-{next(names)}.sqlite3'}"
        return request.getfixturevalue("bench_pg").fresh(f"demo_gen_{next(names)}")

    return make


def test_demo_generator(fresh_url) -> None:
    ours_ms, floor_ms = [], []
    backend = ""
    for _ in range(PAIRS):
        db = open_database(fresh_url()).db
        backend = db.engine.dialect.name
        started = time.perf_counter()
        added = seed_demo(db, CLIENTS, clock=FakeClock())
        ours_ms.append((time.perf_counter() - started) * 1000)
        assert added == CLIENTS
        floor_db = open_database(fresh_url()).db
        floor_ms.append(bulk_insert_floor(db, floor_db, CLIENTS))
    ours, floor = statistics.median(ours_ms), statistics.median(floor_ms)
    print(
        f"\n  demo-generator-{backend}: {CLIENTS / ours * 1000:,.0f} clients/s against "
        f"{CLIENTS / floor * 1000:,.0f} rows/s by {bulk_name(backend)}"
    )
    report(f"demo-generator-{backend}", ours, floor, goal=GOAL)
