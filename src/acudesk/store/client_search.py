"""Which way one page of a client search is found, so that it is quick at any size.

A trigram index (``search_index``) finds the few clients a rare term names, or that none does,
without reading the table; but all its matches must then be read and sorted. The list's own
index, read in name order, finds a page of a common term within a few hundred rows, unless
the term sits in a surname far down the alphabet ("ros" for Rossi). So a search first asks
the trigram index for its candidates, no more than it needs:

- none: no rows, at once;
- at most ``few``: those, sorted;
- more: the first page is looked for among the first ``window`` clients in name order;
- not there: all candidates sorted if there are at most ``many``, else the walk in name order.

A term without a trigram (one or two letters) is always served by the walk in name order.
"""

from __future__ import annotations

import functools
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from acudesk.domain.clients import ClientRow
from acudesk.store.clients import (
    contains_term,
    found_rows,
    like_pattern,
    listed,
    search_query,
    to_row,
)
from acudesk.store.models import ClientRecord
from acudesk.store.search_index import FTS_TABLE, fts_query, fts_rowids, fts_table, indexable


@dataclass(frozen=True, slots=True)
class SearchLimits:
    """Where one way of searching gets slower than the other."""

    few: int  # candidates read and sorted at once
    window: int  # clients walked in name order for a common term's first page
    many: int  # candidates worth sorting when the window holds no page


# At 1,000,000 clients on 2 cores: SQLite sorts 2,000 candidates in ~4 ms and walks 20,000
# clients in ~5 ms; PostgreSQL reads each candidate from a heap page of its own, ~5 us apiece
# once cached, and its window costs ~15 ms (the edge, then the walk): 1,500 candidates sorted
# cost less than a window that may find no page.
LIMITS = {
    "sqlite": SearchLimits(few=2_000, window=20_000, many=50_000),
    "postgresql": SearchLimits(few=1_500, window=20_000, many=20_000),
}
EDGE_KEPT_S = 30.0  # how long the window's edge is reused (any edge gives the right page)


def search_rows(
    session: Session,
    terms: Sequence[str],
    *,
    include_archived: bool,
    offset: int,
    limit: int,
    limits: SearchLimits | None = None,
) -> list[ClientRow]:
    """One page of the client list for these terms, in name order, by the faster way."""
    dialect = session.get_bind().dialect.name
    limits = limits or LIMITS.get(dialect)
    served = [t for t in terms if indexable(t, dialect)] if limits else []
    among: ColumnElement[bool] | None = None
    if limits and served:
        candidates, values = _candidates(dialect, served)
        ids = list(session.scalars(candidates, values | {"most": limits.few + 1}))
        if not ids:
            return []
        if len(ids) <= limits.few:
            return _rows_among(session, ids, terms, include_archived, offset, limit)
        wanted = offset + limit
        page = _first_in_window(session, terms, include_archived, wanted, limits.window)
        if page is not None:
            return page[offset:]
        counted = select(func.count()).select_from(candidates.subquery())
        found = session.scalar(counted, values | {"most": limits.many + 1}) or 0
        if found <= limits.many:
            among = _candidate_test(dialect, served)
    statement = search_query(
        terms, include_archived=include_archived, among=among, offset=offset, limit=limit
    )
    return [to_row(r) for r in session.execute(statement)]


def _candidates(dialect: str, served: Sequence[str]) -> tuple[Select[tuple[Any]], dict[str, Any]]:
    """The ids the trigram index finds for these terms, at most the bound ``most`` (archived
    clients included; on SQLite a few whose trigrams lie apart, so each is still tested): a
    statement built once per shape, and its values for these terms. A keystroke's search
    costs its SQL, not building the statement."""
    if dialect == "sqlite":
        return _fts_first(), {"fts": fts_query(served)}
    escapes, values = _bound_terms(served)
    return _trigram_first(escapes), values


def _bound_terms(terms: Sequence[str]) -> tuple[tuple[str | None, ...], dict[str, Any]]:
    """The terms as a cached statement takes them: the ESCAPE each needs (the statement's
    shape), and the value of each ``term_N``, its LIKE pattern."""
    patterns = [like_pattern(term) for term in terms]
    values = {f"term_{n}": pattern for n, (pattern, _e) in enumerate(patterns)}
    return tuple(escape for _p, escape in patterns), values


def _bound_like(key: ColumnElement[str], n: int, escape: str | None) -> ColumnElement[bool]:
    return key.like(bindparam(f"term_{n}"), escape=escape)


@functools.cache
def _fts_first() -> Select[tuple[Any]]:
    fts = fts_table()
    match = literal_column(FTS_TABLE).match(bindparam("fts"))
    return select(fts.c.rowid).where(match).limit(bindparam("most"))


@functools.lru_cache(maxsize=32)
def _trigram_first(escapes: tuple[str | None, ...]) -> Select[tuple[Any]]:
    # MATERIALIZED: the matches are planned as a whole, by the GIN index, not as the first
    # rows a sequential scan would meet soonest (which a miss never has).
    key = ClientRecord.__table__.c.search_key
    tests = [_bound_like(key, n, e) for n, e in enumerate(escapes)]
    every = select(ClientRecord.id).where(*tests).cte("matches").prefix_with("MATERIALIZED")
    return select(every.c.id).limit(bindparam("most"))


def _rows_among(
    session: Session,
    ids: list[int],
    terms: Sequence[str],
    include_archived: bool,
    offset: int,
    limit: int,
) -> list[ClientRow]:
    """``search_query`` among these candidates, by a statement built once per shape."""
    escapes, values = _bound_terms(terms)
    statement = _page_among(escapes, include_archived)
    values |= {"ids": ids, "offset": offset, "limit": limit}
    return [to_row(r) for r in session.execute(statement, values)]


@functools.lru_cache(maxsize=64)
def _page_among(escapes: tuple[str | None, ...], include_archived: bool) -> Select[Any]:
    tests = [lambda key, n=n, e=e: _bound_like(key, n, e) for n, e in enumerate(escapes)]
    among = ClientRecord.id.in_(bindparam("ids", expanding=True))
    rows = found_rows(among, include_archived, tests)
    return rows.offset(bindparam("offset")).limit(bindparam("limit"))


def _candidate_test(dialect: str, served: Sequence[str]) -> ColumnElement[bool]:
    """The trigram index's candidates as a condition on the client row."""
    if dialect == "sqlite":
        return ClientRecord.id.in_(fts_rowids(served))
    return and_(*(contains_term(t) for t in served))  # what the GIN index serves


def _first_in_window(
    session: Session, terms: Sequence[str], include_archived: bool, wanted: int, window: int
) -> list[ClientRow] | None:
    """The first ``wanted`` matches if all are among the first ``window`` clients of the list
    in name order (then they are the first of all); None when they may not be."""
    edge = _window_edge(session, include_archived, window)
    # edge None: the whole list is shorter than the window
    statement = search_query(terms, include_archived=include_archived, limit=wanted, up_to=edge)
    rows = [to_row(r) for r in session.execute(statement)]
    return None if edge is not None and len(rows) < wanted else rows


_edges: weakref.WeakKeyDictionary[Any, dict[tuple[bool, int], tuple[float, str | None]]]
_edges = weakref.WeakKeyDictionary()


def _window_edge(session: Session, include_archived: bool, window: int) -> str | None:
    """The sort key ``window`` clients down the list (None: the list is shorter), kept for
    ``EDGE_KEPT_S`` per database. A stale edge only moves where the walk stops: the page it
    finds is checked to be whole (``_first_in_window``), and with no edge the walk is
    unbounded, so either way the answer is right; reading it costs a walk of its own."""
    kept = _edges.setdefault(session.get_bind(), {})
    now = time.monotonic()
    found = kept.get((include_archived, window))
    if found is not None and now - found[0] < EDGE_KEPT_S:
        return found[1]
    edge = session.scalar(
        select(ClientRecord.sort_key)
        .where(listed(include_archived))
        .order_by(ClientRecord.sort_key, ClientRecord.id)
        .offset(window)
        .limit(1)
    )
    kept[(include_archived, window)] = (now, edge)
    return edge
