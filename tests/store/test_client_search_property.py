"""Property: over any names (accents, apostrophes, hyphens, other scripts, LIKE's own % _ and
backslash), every way of searching finds exactly the clients a plain Python filter finds,
in the order the walk in name order gives; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from acudesk.domain.clients import ClientData, ClientRules, search_terms
from acudesk.domain.dates import DateOrder
from acudesk.store.client_search import search_rows
from acudesk.store.clients import client_columns, search_query, to_row
from acudesk.store.models import ClientRecord
from tests.store.test_client_search import WAYS

NOW = datetime(2026, 11, 23, 9, 0)
RULES = ClientRules("GB", DateOrder.DAY_FIRST, date(2026, 11, 23))
# Latin with accents and the odd letters of case folding (ß, İ, ı, the title-case ǅ, ℌ which
# folds to an upper-case H), Greek with final sigma, Cyrillic, CJK, digits, punctuation people
# type in names, and what LIKE treats specially.
ALPHABET = "abeoszABEZéüøßİıǅℌ'- .αβσςΣабвЖ田中0147%_\\"


def ascii_lower(text: str) -> str:
    return text.translate({c: c + 32 for c in range(ord("A"), ord("Z") + 1)})


def holds(key: str, term: str, dialect: str) -> bool:
    """LIKE '%term%' as each database has it: SQLite ignores case in ASCII letters only."""
    if dialect == "sqlite":
        return ascii_lower(term) in ascii_lower(key)
    return term in key


@st.composite
def clients_and_query(draw: st.DrawFn) -> tuple[list[tuple[str, str, bool]], str]:
    # A few letters per example: names then share trigrams, as real ones do.
    letters = "".join(draw(st.lists(st.sampled_from(ALPHABET), min_size=2, max_size=6)))
    names = st.text(letters, min_size=1, max_size=10)
    people = draw(st.lists(st.tuples(names, names, st.booleans()), min_size=1, max_size=12))
    first, last, _ = draw(st.sampled_from(people))
    # Part of a name on record (found), or any text at all (mostly a miss).
    part = draw(st.sampled_from([first, last, f"{first} {last}"]))
    start = draw(st.integers(0, len(part)))
    piece = part[start : start + draw(st.integers(1, 6))]
    # Pieces of two names run together: trigrams the index holds, the whole perhaps not.
    other = draw(st.sampled_from(people))[draw(st.integers(0, 1))][:4]
    return people, draw(st.sampled_from([piece, piece + other, draw(st.text(letters, max_size=6))]))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(clients_and_query())
def test_every_way_finds_what_a_plain_filter_finds(any_db, example):
    people, query = example
    dialect = any_db.engine.dialect.name
    rows = [
        client_columns(ClientData(first, last), "GB")
        | {"archived": archived, "created_at": NOW, "updated_at": NOW, "version": 1}
        for first, last, archived in people
    ]
    with any_db.unit_of_work() as session:
        session.execute(delete(ClientRecord))  # the same database serves every example
        session.execute(insert(ClientRecord), rows)
    terms = search_terms(query, RULES)
    with any_db.read_only() as session:
        for archived in (False, True):
            listed = list(session.execute(search_query(terms, include_archived=archived)))
            expected = {
                r.id
                for r in session.execute(
                    ClientRecord.__table__.select().where(
                        ClientRecord.archived.in_([False, archived])
                    )
                )
                if all(holds(r.search_key, t, dialect) for t in terms)
            }
            assert {r.id for r in listed} == expected, (terms, archived)
            for way, limits in WAYS.items():
                found = search_rows(
                    session, terms, include_archived=archived, offset=0, limit=50, limits=limits
                )
                assert found == [to_row(r) for r in listed], (way, terms, archived)
