"""The needle-count rule of a session: one rule, one wording, for the screen and the service."""

from __future__ import annotations

from datetime import datetime

from acudesk.domain.treatment import (
    NeedleIncident,
    PreCheck,
    SessionRecordData,
    completion_problems,
    count_in,
    needle_mismatch,
)

STARTED = datetime(2026, 11, 23, 9, 30)


def record(**kwargs) -> SessionRecordData:
    return SessionRecordData(started_at=STARTED, precheck=PreCheck(True, True, 1), **kwargs)


def test_needles_in_follow_the_chart_until_adjusted_by_hand():
    assert count_in(None, 4) == 4
    assert count_in(5, 4) == 5
    assert count_in(0, 4) == 0  # adjusted to none is still adjusted


def test_a_mismatch_says_what_went_in_what_came_out_and_what_to_do():
    said = needle_mismatch(3, 2)
    assert said.startswith("3 needles went in but 2 came out.")
    assert "record an incident" in said
    assert needle_mismatch(3, 3) == ""
    assert needle_mismatch(3, None) == ""  # not counted yet: nothing to say about a difference


def test_completion_stops_on_the_same_words_until_an_incident_is_recorded():
    problems = completion_problems(record(needles_out=2), chart_needles=3, alerts=[])
    assert problems == {"needles_out": needle_mismatch(3, 2)}
    incident = NeedleIncident("couch and floor", True, "Disposed in the sharps bin.")
    assert completion_problems(record(needles_out=2, incident=incident), 3, []) == {}


def test_completion_asks_for_the_count_out_and_takes_a_hand_count_in():
    assert "Count the needles out" in completion_problems(record(), 3, [])["needles_out"]
    assert completion_problems(record(needles_in=2, needles_out=2), 3, []) == {}
