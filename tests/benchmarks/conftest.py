"""Benchmark fixtures: a 100,000-client demo database, built once and cached (bigdata.py).

The cache key is the schema revision plus a hash of the demo generator, so a new migration
or a change to the synthetic data builds a fresh file. Each session works on a copy, so
whatever a benchmark writes (audit rows of a smoke start, say) never reaches the cache.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.benchmarks.bigdata import cache_dir
from tests.benchmarks.harness import PYTHON, REPO, bench_env, run_process

DEMO_CLIENTS = 100_000


def _build(target: Path, data_dir: Path) -> float:
    """Build the demo database with the real command; returns the seconds it took."""
    partial = target.with_name(target.name + ".partial")
    for leftover in target.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    run_process(
        [
            PYTHON,
            "-m",
            "acudesk",
            "--database",
            str(partial),
            "demo",
            "--clients",
            str(DEMO_CLIENTS),
        ],
        env=bench_env({"ACUDESK_DATA_DIR": str(data_dir)}),
        cwd=REPO,
    )
    seconds = time.perf_counter() - started
    for sidecar in target.parent.glob(partial.name + "-*"):  # a WAL left behind, if any
        sidecar.unlink()
    partial.replace(target)
    return seconds


def _prune_stale(current: Path) -> None:
    """Drop demo databases cached for older schemas or generators (some 50 MB each)."""
    for folder in current.parent.iterdir():
        if folder != current and folder.is_dir() and any(folder.glob("demo-*.sqlite3")):
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _compiled_sources() -> None:
    """acudesk's own modules as an installed app has them: compiled to bytecode."""
    import compileall

    compileall.compile_dir(REPO / "src" / "acudesk", quiet=1)


@pytest.fixture(scope="session")
def bench_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ACUDESK_DATA_DIR for the child processes: never the real user data folder."""
    return tmp_path_factory.mktemp("bench-data")


@dataclass(frozen=True, slots=True)
class DemoBuild:
    """The cached 100,000-client demo database and how long the real command took to make it."""

    path: Path
    seconds: float
    how: str  # "built now" or "cached"


@pytest.fixture(scope="session")
def demo_build(bench_data_dir: Path) -> DemoBuild:
    cache = cache_dir()
    cached = cache / f"demo-{DEMO_CLIENTS}.sqlite3"
    info = cache / f"demo-{DEMO_CLIENTS}.json"
    if cached.exists() and info.exists():
        seconds = float(json.loads(info.read_text())["build_seconds"])
        how = "cached"
    else:
        _prune_stale(cache)
        seconds = _build(cached, bench_data_dir)
        info.write_text(json.dumps({"build_seconds": seconds, "clients": DEMO_CLIENTS}))
        how = "built now"
    return DemoBuild(cached, seconds, how)


@pytest.fixture(scope="session")
def demo_db_100k(tmp_path_factory: pytest.TempPathFactory, demo_build: DemoBuild) -> Path:
    """A copy, for this session, of the cached 100,000-client demo database."""
    copy = tmp_path_factory.mktemp("bench-db") / demo_build.path.name
    shutil.copyfile(demo_build.path, copy)
    return copy


@pytest.fixture(scope="session")
def bench_pg():
    """The benchmarks' own PostgreSQL server, over the cache's data folder (bigdata.py)."""
    from tests.benchmarks.bigdata import bench_postgres

    server = bench_postgres()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def qt_app():
    from PySide6.QtWidgets import QApplication

    from acudesk.ui.widgets import theme

    app = QApplication.instance() or QApplication([])
    theme.apply(app)  # type: ignore[arg-type]
    return app
