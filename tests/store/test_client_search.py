"""Client search by the trigram index gives the rows the walk in name order gives, on real
SQLite and PostgreSQL databases: whichever way ``search_rows`` takes, for every kind of term.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, event, insert, update

from acudesk.domain.clients import ClientData, ClientRules, search_terms
from acudesk.domain.dates import DateOrder
from acudesk.store.client_search import SearchLimits, search_rows
from acudesk.store.clients import client_columns, search_query, to_row
from acudesk.store.models import ClientRecord

NOW = datetime(2026, 11, 23, 9, 0)
RULES = ClientRules("GB", DateOrder.DAY_FIRST, date(2026, 11, 23))
BIG = 10**6
# Limits that send a search down each way (on this handful of clients), and the defaults.
WAYS = {
    "default": None,
    "candidates sorted": SearchLimits(few=BIG, window=BIG, many=BIG),
    "window": SearchLimits(few=0, window=BIG, many=BIG),
    "past the window, candidates sorted": SearchLimits(few=0, window=1, many=BIG),
    "past the window, walk to the end": SearchLimits(few=0, window=1, many=0),
}
CLIENTS = [
    ClientData("Zoë", "Müller", date_of_birth=date(1980, 2, 29), phone="020 7946 0123"),
    ClientData("Siobhán", "O'Brien", email="siobhan@example.ie"),
    ClientData("Anne-Marie", "Lefèvre", phone="+44 113 496 0456"),
    ClientData("Ελένη", "Παπαδοπούλου", date_of_birth=date(1991, 2, 4)),
    ClientData("Наталья", "Иванова"),
    ClientData("美咲", "田中"),
    ClientData("Per_cent", "100%"),
    ClientData("Back\\slash", "Ross"),
    ClientData("Rosa", "Amato", preferred_name="Rosie"),
    ClientData("Anna", "Rossi"),
    ClientData("Marco", "Rossi", email="marco.rossi@example.com"),
    ClientData("Sara", "Costa", phone="0113 496 0789"),
    ClientData("Ann", "Nnamdi"),  # holds every trigram of "anna", but not "anna"
]
QUERIES = [
    "zoe",
    "ZOË",
    "mull",
    "zoe mü",
    "o'brien",
    "o'b",
    "anne-marie",
    "e-m",
    "lefev",
    "ελενη",
    "παπα",
    "иван",
    "田中",
    "美咲 田中",
    "100%",
    "%",
    "_",
    "r_c",
    "1_0",
    "back\\",
    "k\\s",
    "ros",
    "ro",
    "r",
    "rossi anna",
    "anna",
    "nnam",
    "a ros",
    "example.com",
    "02079460123",
    "020-7946-0123",
    "+44 113 496 0456",
    "4960",
    "0123",
    "0001",
    "0044 113 496 0456",
    "29.02.1980",
    "1991-02-04",
    "xyzzy",
    "qq",
    "",
]


def add_clients(session, clients, *, archived_every: int = 0) -> list[int]:
    rows = [
        client_columns(data, "GB")
        | {
            "archived": bool(archived_every) and i % archived_every == archived_every - 1,
            "created_at": NOW,
            "updated_at": NOW,
            "version": 1,
        }
        for i, data in enumerate(clients)
    ]
    result = session.execute(
        insert(ClientRecord).returning(ClientRecord.id, sort_by_parameter_order=True), rows
    )
    return list(result.scalars())


def walk(session, terms, *, include_archived: bool) -> list[int]:
    """What the list always gave: every match, by the walk in name order."""
    query = search_query(terms, include_archived=include_archived)
    return [to_row(r).id for r in session.execute(query)]


@pytest.mark.parametrize("way", list(WAYS))
def test_every_way_gives_the_rows_the_walk_in_name_order_gives(any_db, way):
    with any_db.unit_of_work() as session:
        add_clients(session, CLIENTS * 3, archived_every=4)
    limits = WAYS[way]
    with any_db.read_only() as session:
        for query in QUERIES:
            terms = search_terms(query, RULES)
            for archived in (False, True):
                expected = walk(session, terms, include_archived=archived)
                for offset, limit in ((0, 100), (0, 2), (3, 4)):
                    rows = search_rows(
                        session,
                        terms,
                        include_archived=archived,
                        offset=offset,
                        limit=limit,
                        limits=limits,
                    )
                    page = expected[offset : offset + limit]
                    assert [r.id for r in rows] == page, (query, archived, offset)


def test_the_searches_find_what_a_person_expects(any_db):
    with any_db.unit_of_work() as session:
        ids = add_clients(session, CLIENTS)
    with any_db.read_only() as session:

        def found(query: str) -> set[str]:
            terms = search_terms(query, RULES)
            rows = search_rows(session, terms, include_archived=False, offset=0, limit=100)
            return {f"{r.first_name} {r.last_name}" for r in rows}

        assert len(ids) == len(CLIENTS)
        assert found("zoe mü") == found("02079460123") == found("29.02.1980") == {"Zoë Müller"}
        assert found("o'brien") == found("siobhan") == found(".ie") == {"Siobhán O'Brien"}
        assert found("παπα") == found("1991-02-04") == {"Ελένη Παπαδοπούλου"}
        assert found("100%") == found("r_c") == {"Per_cent 100%"} and found("1_0") == set()
        assert found("k\\s") == {"Back\\slash Ross"}
        assert found("ros") == {"Back\\slash Ross", "Rosa Amato", "Anna Rossi", "Marco Rossi"}
        assert found("rossi anna") == found("anna") == {"Anna Rossi"}
        assert found("xyzzy") == set()
        # A digit fragment is matched as typed, a leading "00" included; a whole "00..."
        # number is international.
        assert found("0123") == found("7946 0123") == {"Zoë Müller"}
        assert found("0456") == found("0044 113 496 0456") == {"Anne-Marie Lefèvre"}
        assert found("0001") == found("001") == set()  # not every number with a 1 in it
        assert found("0113") == {"Anne-Marie Lefèvre", "Sara Costa"}  # national forms too


def _statements(any_db):
    seen: list[str] = []
    event.listen(
        any_db.engine,
        "before_cursor_execute",
        lambda _conn, _cur, statement, *_rest: seen.append(statement),
    )
    return seen


def test_a_term_with_a_trigram_asks_the_index_and_a_short_one_walks(any_db):
    with any_db.unit_of_work() as session:
        add_clients(session, CLIENTS)
    seen = _statements(any_db)
    sqlite = any_db.engine.dialect.name == "sqlite"
    asks = "client_search MATCH" if sqlite else "AS MATERIALIZED"
    with any_db.read_only() as session:
        for query, asked in (("rossi", True), ("ro", False), ("xyzzy", True), ("", False)):
            seen.clear()
            search_rows(
                session, search_terms(query, RULES), include_archived=False, offset=0, limit=9
            )
            assert any(asks in s for s in seen) is asked, query
            if query == "xyzzy":
                assert len(seen) == 1  # a miss costs the one question to the index


def test_the_index_follows_every_insert_change_and_delete(any_db):
    with any_db.unit_of_work() as session:
        anna, marco = add_clients(session, [ClientData("Anna", "Rossi"), ClientData("Marco", "Bo")])
    with any_db.unit_of_work() as session:
        renamed = client_columns(ClientData("Anna", "Kowalska"), "GB")
        session.execute(update(ClientRecord).where(ClientRecord.id == anna).values(renamed))
        session.execute(update(ClientRecord).where(ClientRecord.id == marco).values(notes="n"))
        session.execute(delete(ClientRecord).where(ClientRecord.id == marco))
    with any_db.read_only() as session:

        def found(term: str) -> list[int]:
            rows = search_rows(session, [term], include_archived=False, offset=0, limit=9)
            return [r.id for r in rows]

        assert found("kowal") == [anna] and found("rossi") == [] and found("marco") == []
    if any_db.engine.dialect.name == "sqlite":
        with any_db.engine.begin() as conn:  # raises if the index and the table disagree
            conn.exec_driver_sql(
                "INSERT INTO client_search (client_search, rank) VALUES ('integrity-check', 1)"
            )


@pytest.mark.parametrize("grows", [True, False])
def test_a_window_edge_read_before_the_list_changed_still_gives_the_right_page(any_db, grows):
    """The window's edge is reused for a while; whatever the list did since, the page is
    the walk's. ``grows``: the edge was read while the list was shorter than the window."""
    window = 40 if grows else 6
    limits = SearchLimits(few=0, window=window, many=0)
    terms = search_terms("ros", RULES)
    with any_db.unit_of_work() as session:
        ids = add_clients(session, CLIENTS * 2)

    def page() -> list[int]:
        with any_db.read_only() as session:
            found = search_rows(
                session, terms, include_archived=True, offset=0, limit=3, limits=limits
            )
            assert [r.id for r in found] == walk(session, terms, include_archived=True)[:3]
            return [r.id for r in found]

    before = page()  # the edge is read, and kept
    earlier = [ClientData(f"Rosa{chr(65 + i)}", "Abate") for i in range(50)]
    with any_db.unit_of_work() as session:
        new = add_clients(session, earlier)  # all sort before every match seen so far
        session.execute(delete(ClientRecord).where(ClientRecord.id.in_(ids[:10])))
    after = page()
    assert after != before and set(after) <= set(new)
