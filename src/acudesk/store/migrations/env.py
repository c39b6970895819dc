"""Alembic environment: run by acudesk.store.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from acudesk.store.models import Base
from acudesk.store.search_index import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - acudesk always passes a connection
    raise RuntimeError("acudesk migrations run through 'acudesk db upgrade', not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,  # the trigram index lives outside the models (0006)
)
with context.begin_transaction():
    context.run_migrations()
