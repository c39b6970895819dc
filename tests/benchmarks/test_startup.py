"""Start-up on a 100,000-client database against a bare PySide6 window plus SQLAlchemy.

acudesk: the whole process `python -m acudesk --database FILE --smoke` (opens the database,
shows the main window as the demo user, lets it paint, exits 0).
floor:   floors/startup.py: a bare QMainWindow shown, painted and closed, `sqlalchemy.orm`
         imported and the same SQLite file opened with a trivial query.

Goals: startup ratio <= 1.3; startup-rss (peak memory of the same processes) ratio <= 1.2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.harness import (
    BENCH_DIR,
    PYTHON,
    REPO,
    Alternated,
    alternate,
    bench_env,
    report,
    run_process,
)

STARTUP_GOAL = 1.3
RSS_GOAL = 1.2


@pytest.fixture(scope="module")
def startup_runs(demo_db_100k: Path, bench_data_dir: Path) -> Alternated:
    env = bench_env({"ACUDESK_DATA_DIR": str(bench_data_dir)})
    app = [PYTHON, "-m", "acudesk", "--database", str(demo_db_100k), "--smoke"]
    floor = [PYTHON, str(BENCH_DIR / "floors" / "startup.py"), str(demo_db_100k)]
    return alternate(
        lambda: run_process(app, env=env, cwd=REPO),
        lambda: run_process(floor, env=env, cwd=REPO),
    )


def test_startup(startup_runs: Alternated) -> None:
    report(
        "startup",
        startup_runs.median_ms("acudesk"),
        startup_runs.median_ms("floor"),
        goal=STARTUP_GOAL,
    )


def test_startup_rss(startup_runs: Alternated) -> None:
    report(
        "startup-rss",
        startup_runs.median_rss_mb("acudesk"),
        startup_runs.median_rss_mb("floor"),
        unit="MB",
        goal=RSS_GOAL,
    )
