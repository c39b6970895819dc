"""PostgreSQL's planner takes the indexes client search was built for (plans, not timings).

On the test server, 6,000 demo clients analysed: a rare term's candidates come from the
pg_trgm GIN index (a bitmap index scan, no sequential scan of the table).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from acudesk.services.demo import seed_demo
from acudesk.services.startup import open_database
from acudesk.store.client_search import _candidates
from acudesk.store.search_index import TRIGRAM_INDEX
from tests.conftest import FakeClock


@pytest.fixture(scope="module")
def analysed(postgres_server):
    db = open_database(postgres_server.create_database()).db
    seed_demo(db, 6_000, clock=FakeClock())
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE client"))
    yield db
    db.dispose()


def _plan(db, statement, values: dict | None = None) -> str:
    compiled = statement.compile(dialect=db.engine.dialect)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.construct_params(values))
        return "\n".join(row[0] for row in rows)


@pytest.mark.postgres
def test_a_rare_term_is_looked_up_in_the_trigram_index(analysed):
    statement, values = _candidates("postgresql", ["haddad4321"])
    plan = _plan(analysed, statement, values | {"most": 501})
    assert f"Bitmap Index Scan on {TRIGRAM_INDEX}" in plan, plan
    assert "Seq Scan" not in plan, plan
