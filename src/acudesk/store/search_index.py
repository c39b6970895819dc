"""The trigram index client search uses, and what the schema comparisons must not count.

Migration 0007 makes it, outside the models: on SQLite the FTS5 table ``client_search`` (with
its shadow tables) kept by triggers, on PostgreSQL the pg_trgm GIN index on
``client.search_key``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, TableClause, column, literal_column, select, table, text
from sqlalchemy.exc import SQLAlchemyError

if TYPE_CHECKING:
    from acudesk.store.engine import Database

FTS_TABLE = "client_search"
# FTS5 keeps an external-content table in these (docsize and content exist with other options).
FTS_SHADOW_TABLES = frozenset(
    f"{FTS_TABLE}_{suffix}" for suffix in ("data", "idx", "config", "docsize", "content")
)
FTS_TRIGGERS = ("client_search_insert", "client_search_update", "client_search_delete")
TRIGRAM_INDEX = "ix_client_search_key_trgm"
SETTLE_FROM = 1000  # clients written at once; fewer leave the statistics near enough


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's filter: leave out exactly the trigram index's objects, nothing else."""
    if type_ == "table":
        return name != FTS_TABLE and name not in FTS_SHADOW_TABLES
    if type_ == "index":
        return not (name == TRIGRAM_INDEX and parent_names.get("table_name") == "client")
    return True


def indexable(term: str, dialect: str) -> bool:
    """Whether the trigram index can find a term. SQLite's FTS5 takes every three characters;
    pg_trgm only letters and digits, so there the term needs three of them in a row."""
    if dialect == "sqlite":
        return len(term) >= 3
    run = 0
    for ch in term:
        run = run + 1 if ch.isalnum() else 0
        if run == 3:
            return True
    return False


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 query for rows holding every term: enough trigrams of each to cover it.

    Every letter of the term in one trigram at least: "1980-02-29" asks for "198", "0-0",
    "2-2" and "-29", not all eight (FTS5 reads each trigram's whole list of rows, and an
    AND is as slow as their sum). The table keeps no positions (detail=none), so this finds
    a few rows too many: the caller keeps the LIKE test on the search key. Each trigram is
    quoted, so nothing in it is FTS5 syntax.
    """
    trigrams: dict[str, None] = {}
    for term in terms:
        starts = [*range(0, len(term) - 2, 3), len(term) - 3]
        trigrams.update((term[i : i + 3], None) for i in starts)
    return " AND ".join('"' + trigram.replace('"', '""') + '"' for trigram in trigrams)


def fts_table() -> TableClause:
    return table(FTS_TABLE, column("rowid"))


def fts_rowids(terms: Sequence[str]) -> Select[tuple[Any]]:
    """SELECT rowid FROM client_search WHERE client_search MATCH <the terms' trigrams>."""
    fts = fts_table()
    return select(fts.c.rowid).where(literal_column(FTS_TABLE).match(fts_query(terms)))


def settle_after_bulk_write(db: Database, written: int) -> None:
    """After ``written`` clients were written at once (from ``SETTLE_FROM``), on PostgreSQL:
    the planner's statistics taken again, and the trigram index's pending entries merged.

    Until then a freshly filled table has no statistics (the planner scans it whole) and a
    GIN index keeps new entries in a list every search reads through; autovacuum mends both,
    but only minutes later. SQLite needs neither (its FTS5 index is written as rows are).
    Best effort, after the clients are saved: a failure (the index's owner is another
    account, the server away a moment) leaves it to autovacuum and loses nothing.
    """
    if written < SETTLE_FROM or db.info.is_sqlite:
        return
    with contextlib.suppress(SQLAlchemyError), db.unit_of_work() as session:
        session.execute(text("ANALYZE client"))
        session.execute(text(f"SELECT gin_clean_pending_list('{TRIGRAM_INDEX}'::regclass)"))
