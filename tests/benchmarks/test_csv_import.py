"""CSV import of 20,000 clients against the bulk insert of the same rows, on both databases.

acudesk: ClientTransferService.import_csv on an empty clinic (every row checked, on every
         core; duplicates looked for; rows written 2,000 a transaction).
floor:   the very rows it wrote (every column, read back afterwards), inserted into an empty
         client table of the same schema in one transaction: executemany on SQLite, COPY on
         PostgreSQL.

csv-import-sqlite / csv-import-postgresql, in ms and rows per second. Goal: ratio <= 3.
Three alternated pairs (each on a fresh database), the medians.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

import pytest

from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.services.startup import open_database
from tests.benchmarks.bulk_floor import bulk_insert_floor, bulk_name
from tests.benchmarks.harness import report
from tests.conftest import CLINIC, FakeClock

ROWS = 20_000
GOAL = 3.0
PAIRS = 3


@pytest.fixture(scope="module")
def csv_text(demo_db_100k: Path) -> str:
    opened = open_database(f"sqlite:///{demo_db_100k}")
    services = build_services(opened.db, FakeClock())
    out = io.StringIO()
    services.transfers.export_csv(services.clinic.demo_user("admin"), out)
    opened.db.dispose()
    lines = out.getvalue().splitlines(keepends=True)
    return "".join(lines[: ROWS + 1])


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fresh_url(request, tmp_path_factory):
    names = iter(range(1_000))

    def make() -> str:
        if request.param == "sqlite":
            return f"sqlite:///{tmp_path_factory.mktemp('csv') / f'import-{next(names)}.sqlite3'}"
        return request.getfixturevalue("bench_pg").fresh(f"csv_import_{next(names)}")

    return make


def _clinic(url: str):
    db = open_database(url).db
    services = build_services(db, FakeClock())
    admin = services.clinic.set_up(
        CLINIC, NewUser("owner", "Olivia Owner", Role.ADMIN, "pw-123456789")
    )
    return db, services, admin


def test_csv_import(csv_text: str, fresh_url) -> None:
    ours_ms, floor_ms = [], []
    backend, written = "", 0
    for _ in range(PAIRS):
        db, services, admin = _clinic(fresh_url())
        backend = db.engine.dialect.name
        started = time.perf_counter()
        result = services.transfers.import_csv(admin, csv_text)
        ours_ms.append((time.perf_counter() - started) * 1000)
        assert result.imported > ROWS // 2, result  # the rest: duplicates the file itself holds
        written = result.imported
        floor_db, _services, _admin = _clinic(fresh_url())
        floor_ms.append(bulk_insert_floor(db, floor_db, written))
    ours, floor = statistics.median(ours_ms), statistics.median(floor_ms)
    print(f"\n  csv-import-{backend}: {ROWS:,} lines checked, {written:,} new clients written")
    print(
        f"\n  csv-import-{backend}: {written / ours * 1000:,.0f} rows/s against "
        f"{written / floor * 1000:,.0f} rows/s by {bulk_name(backend)}"
    )
    report(f"csv-import-{backend}", ours, floor, goal=GOAL)
