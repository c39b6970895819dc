from __future__ import annotations

from sqlalchemy import text

from acudesk.store.migrate import schema_status


def test_migrated_database_is_at_head(any_db):
    status = schema_status(any_db)
    assert status.at_head
    with any_db.read_only() as session:
        assert session.execute(text("SELECT count(*) FROM client")).scalar() == 0
