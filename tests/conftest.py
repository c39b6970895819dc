"""Shared fixtures: real SQLite files, and a real PostgreSQL server started by the test run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ["ACUDESK_TEST_FAST_HASH"] = "1"  # argon2id at its cheapest: tests hash a lot

import acudesk.services.clock
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database
from acudesk.store.engine import Database

pytest_plugins = ["tests.pgserver", "tests.reminder_support"]

# Property tests run the same examples every time (a failure repeats), few enough that
# `make test` stays quick; ACUDESK_FUZZ_EXAMPLES=2000 runs a bigger fuzz by hand.
hypothesis_settings.register_profile(
    "acudesk",
    derandomize=True,
    deadline=None,
    max_examples=int(os.environ.get("ACUDESK_FUZZ_EXAMPLES", "100")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
hypothesis_settings.load_profile("acudesk")


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    """Say which random order ran, even under -q (make test), so a failure can be repeated.

    --randomly-seed=last needs pytest's cache, which make test turns off (-p no:cacheprovider).
    """
    seed = getattr(config.option, "randomly_seed", None)
    if config.pluginmanager.hasplugin("randomly") and isinstance(seed, int):
        terminalreporter.write_line(f"random order: repeat it with --randomly-seed={seed}")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


class _WallClockInATest(datetime):
    """Stands in for ``datetime`` inside acudesk.services.clock while a test runs."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
        raise AssertionError(
            "A test reached the machine's clock (acudesk.services.clock.system_clock): pass the "
            "test's clock instead, e.g. build_services(db, clock), seed_demo(..., clock=clock), "
            "main(argv, clock=clock), run(url, clock=clock)."
        )


@pytest.fixture(autouse=True)
def _no_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test depends on today's date: the production clock fails loudly if a test reaches it.

    Services default to ``system_clock``; a test that forgets to pass its FakeClock would
    otherwise pass or fail by the machine's date. (Direct reads such as ``date.today()`` are
    kept out of src/ and tests/ by tests/unit/test_no_wall_clock.py.)
    """
    monkeypatch.setattr(acudesk.services.clock, "datetime", _WallClockInATest)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the real user data folder or an ambient database URL."""
    monkeypatch.setenv("ACUDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("ACUDESK_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def file_keyring(tmp_path_factory: pytest.TempPathFactory):
    """No test touches the computer's keyring: the SMTP password goes to a file keyring in a
    temporary folder (keyrings.alt), set as keyring's backend and handed to tests that ask."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path_factory.mktemp("keyring") / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "clinic.sqlite3"


@pytest.fixture
def db(sqlite_path: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database in a real file."""
    opened = open_database(f"sqlite:///{sqlite_path}")
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def services(db: Database, clock: FakeClock) -> Services:
    return build_services(db, clock)


ADMIN_PASSWORD = "correct horse battery"
CLINIC = ClinicDetails("Willow Clinic", "1 High Street", "+44 20 7946 0001")


@pytest.fixture
def admin(services: Services) -> User:
    """A set-up clinic with its first administrator."""
    return services.clinic.set_up(
        CLINIC, NewUser("owner", "Olivia Owner", Role.ADMIN, ADMIN_PASSWORD)
    )


@pytest.fixture
def make_user(services: Services, admin: User):
    def make(username: str, role: Role, password: str = "password-123") -> User:
        return services.users.add_user(admin, NewUser(username, username.title(), role, password))

    return make


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest, sqlite_path: Path) -> str:
    """An empty database URL, once for SQLite and once for a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{sqlite_path}"
    server = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
def any_db(any_db_url: str) -> Iterator[Database]:
    opened = open_database(any_db_url)
    yield opened.db
    opened.db.dispose()
