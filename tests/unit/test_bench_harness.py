"""The benchmarks' goal check, on numbers given to it (nothing is timed here)."""

from __future__ import annotations

import pytest

from tests.benchmarks.harness import meets_goal, report


def test_a_ratio_within_its_goal_prints_the_line_and_returns_the_ratio(capsys):
    assert report("client-search", 2.4, 1.2, goal=3.0) == pytest.approx(2.0)
    line = capsys.readouterr().out.strip()
    assert line == "client-search: ratio 2.00 (acudesk 2.4 ms, floor 1.2 ms) goal <= 3"


def test_a_ratio_past_its_goal_fails_with_the_same_line(capsys):
    with pytest.raises(AssertionError) as failed:
        report("startup", 1400.0, 1000.0, goal=1.3)
    line = "startup: ratio 1.40 (acudesk 1400 ms, floor 1000 ms) goal <= 1.3"
    assert capsys.readouterr().out.strip() == line
    assert line in str(failed.value)


def test_an_absolute_goal_is_checked_on_acudesks_figure_not_the_ratio(capsys):
    report("chart-click", 8.0, 0.2, under=100.0)  # ratio 40, well within 100 ms
    assert capsys.readouterr().out.strip().endswith("goal < 100 ms")
    with pytest.raises(AssertionError, match=r"search-keystroke: ratio 2\.00 .* goal < 50 ms"):
        report("search-keystroke", 60.0, 30.0, under=50.0)


def test_a_benchmark_must_state_its_goal():
    with pytest.raises(ValueError, match="states its goal"):
        report("chart-render", 25.0, 23.0)


def test_a_measure_without_a_floor_fails_with_its_line_when_it_misses():
    meets_goal("aftercare-batch: 12.0 sheets/s goal >= 8 sheets/s", True)
    with pytest.raises(AssertionError, match=r"aftercare-batch: 5\.0 sheets/s goal >= 8"):
        meets_goal("aftercare-batch: 5.0 sheets/s goal >= 8 sheets/s", False)
