"""Two workstations on one database, for the service tests that need them (SQLite and
PostgreSQL through ``any_db``): ``desk`` and ``room`` each hold their own engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database


@pytest.fixture
def desk(any_db, clock) -> Services:
    """The front desk's computer."""
    return build_services(any_db, clock)


@pytest.fixture
def room(any_db_url, desk, clock) -> Iterator[Services]:
    """The other computer: its own engine and connections on the same database."""
    opened = open_database(any_db_url)
    yield build_services(opened.db, clock)
    opened.db.dispose()
