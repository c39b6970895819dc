"""Start-up on the largest cached database, warm and with the file not in the page cache.

acudesk: `python -m acudesk --database FILE --smoke` (the main window as the demo user, Home
         painted with its client count, exit 0) on the 1,000,000-client demo file (with
         ACUDESK_BENCH_1M=1; else the 100,000-client one).
floor:   floors/startup.py on the same file (a bare window, SQLAlchemy, one trivial query).
cold:    before every run of either side, floors/evict.py drops the database file (and its
         -wal / -shm) from the page cache with posix_fadvise(DONTNEED), in a fresh process:
         no root needed, and the other helpers' caches are left alone.

Goals: startup-1m-warm and startup-1m-cold ratio <= 1.3.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.benchmarks.bigdata import MILLION, million_wanted, sqlite_clients
from tests.benchmarks.harness import (
    BENCH_DIR,
    PYTHON,
    REPO,
    alternate,
    bench_env,
    report,
    run_process,
)

GOAL = 1.3


@pytest.fixture(scope="module")
def big_file(tmp_path_factory, bench_data_dir) -> tuple[int, Path]:
    clients = MILLION if million_wanted() else 100_000
    copy = tmp_path_factory.mktemp("startup-big") / "clinic.sqlite3"
    shutil.copyfile(sqlite_clients(clients, bench_data_dir), copy)
    return clients, copy


@pytest.mark.parametrize("cache", ["warm", "cold"])
def test_startup_big(big_file: tuple[int, Path], bench_data_dir: Path, cache: str) -> None:
    clients, path = big_file
    env = bench_env({"ACUDESK_DATA_DIR": str(bench_data_dir)})
    app = [PYTHON, "-m", "acudesk", "--database", str(path), "--smoke"]
    floor = [PYTHON, str(BENCH_DIR / "floors" / "startup.py"), str(path)]
    files = [str(path), f"{path}-wal", f"{path}-shm"]

    def evict() -> None:
        if cache == "cold":
            run_process([PYTHON, str(BENCH_DIR / "floors" / "evict.py"), *files], env=env)

    def side(argv: list[str]):
        def run():
            evict()
            return run_process(argv, env=env, cwd=REPO)

        return run

    result = alternate(side(app), side(floor))
    size = "1m" if clients == MILLION else f"{clients // 1000}k"
    report(
        f"startup-{size}-{cache}",
        result.median_ms("acudesk"),
        result.median_ms("floor"),
        goal=GOAL,
    )
