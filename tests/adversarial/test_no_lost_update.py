"""Two workstations edit the same client, session, product, intake, settings and clinic
details at once, on SQLite and on PostgreSQL: no update is lost and nothing but a
ConflictError ever reaches the person (tests/adversarial/hammer.py runs bigger counts)."""

from __future__ import annotations

from tests.adversarial.hammer import KINDS, hammer


def test_two_workstations_lose_no_update(any_db_url):
    tallies = hammer(any_db_url, rounds=25)
    for kind in KINDS:
        tally = tallies[kind]
        assert tally.unexpected == [], kind
        assert tally.lost == 0, kind
        assert tally.tried == 50 and tally.saved + tally.conflicts == 50, kind
        assert tally.saved >= 1, kind
