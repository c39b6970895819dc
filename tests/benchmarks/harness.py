"""Shared timing helpers for the benchmarks (`make bench`; never part of `make test`).

Every benchmark compares acudesk with a floor (the same work done by the bare stack) in one
process tree, alternating the two (acudesk, floor, acudesk, floor, ...) so that a slow patch of
the machine hurts both sides alike, and prints exactly one line:

    NAME: ratio R (acudesk A ms, floor B ms) goal <= G

where A and B are medians and G is the goal written in the benchmark's docstring (a ratio;
see DESIGN.md, "Performance floors"). A few goals are absolute instead ("goal < 50 ms": a
wait a person feels whatever the floor is). Each benchmark fails, with that line, when its
figure is past its goal: `make bench` is red when acudesk is too slow. Alternating with the
floor keeps a busy machine from failing a ratio on its own; `make test` never times anything.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH_DIR = Path(__file__).resolve().parent
PYTHON = sys.executable  # the venv's interpreter that runs pytest

MIN_RUNS = 10


def runs() -> int:
    """Pairs of runs per benchmark: $ACUDESK_BENCH_RUNS, never fewer than MIN_RUNS."""
    return max(MIN_RUNS, int(os.environ.get("ACUDESK_BENCH_RUNS", MIN_RUNS)))


def bench_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for child processes: headless Qt, UTF-8.

    Bytecode is allowed (and compiled once by the benchmarks' conftest): an installed
    acudesk has its .pyc files, so compiling the sources on every start would not be fair.
    """
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": env.get("LANG") or "C.UTF-8",
        }
    )
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if extra:
        env.update(extra)
    return env


@dataclass(frozen=True, slots=True)
class ProcessRun:
    """One child process: wall time from spawn to exit, and its own peak RSS."""

    seconds: float
    max_rss_kb: int

    @property
    def ms(self) -> float:
        return self.seconds * 1000.0

    @property
    def rss_mb(self) -> float:
        return self.max_rss_kb / 1024.0


class ProcessFailed(AssertionError):
    pass


def run_process(
    argv: Sequence[str], env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> ProcessRun:
    """Run argv to completion; its wall time and its own peak RSS, as floors/measure.py
    reports them (measured from a small parent, so pytest's memory is not counted).

    Output goes to a temp file, shown if the process fails (a pipe could fill and block it).
    """
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as numbers:
        proc = subprocess.Popen(
            [PYTHON, str(BENCH_DIR / "floors" / "measure.py"), numbers.name, *argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=dict(env) if env is not None else bench_env(),
            cwd=cwd,
        )
        proc.wait()
        if proc.returncode != 0:
            out.seek(0)
            tail = out.read().decode(errors="replace")[-4000:]
            raise ProcessFailed(f"{' '.join(argv)} exited {proc.returncode}:\n{tail}")
        seconds, rss = numbers.read().split()
    return ProcessRun(float(seconds), int(rss))


@dataclass
class Alternated:
    """The samples of two sides measured in alternation."""

    acudesk: list[ProcessRun] = field(default_factory=list)
    floor: list[ProcessRun] = field(default_factory=list)

    def median_ms(self, side: str) -> float:
        return statistics.median(r.ms for r in getattr(self, side))

    def median_rss_mb(self, side: str) -> float:
        return statistics.median(r.rss_mb for r in getattr(self, side))


def alternate(
    acudesk: Callable[[], ProcessRun],
    floor: Callable[[], ProcessRun],
    n: int | None = None,
    warmup: int = 1,
) -> Alternated:
    """Call acudesk, floor, acudesk, floor ... n times each after `warmup` unrecorded pairs."""
    n = runs() if n is None else max(MIN_RUNS, n)
    for _ in range(warmup):
        acudesk()
        floor()
    result = Alternated()
    for _ in range(n):
        result.acudesk.append(acudesk())
        result.floor.append(floor())
    return result


def timed(fn: Callable[[], object]) -> Callable[[], ProcessRun]:
    """Wrap an in-process callable so that alternate() can time it (RSS is not measured)."""

    def call() -> ProcessRun:
        started = time.perf_counter()
        fn()
        return ProcessRun(time.perf_counter() - started, 0)

    return call


def ratio_line(
    name: str,
    acudesk: float,
    floor: float,
    unit: str = "ms",
    *,
    goal: float | None = None,
    under: float | None = None,
) -> str:
    """The one line a benchmark prints: `NAME: ratio R (acudesk A ms, floor B ms) goal <= G`.

    ``goal`` is a ratio goal, ``under`` an absolute one (in ``unit``): "goal < U ms".
    """
    ratio = acudesk / floor if floor > 0 else float("inf")
    digits = 0 if unit == "ms" and max(acudesk, floor) >= 100 else 1
    if unit == "ms" and max(acudesk, floor) < 1:
        digits = 3
    line = (
        f"{name}: ratio {ratio:.2f} (acudesk {acudesk:.{digits}f} {unit}, "
        f"floor {floor:.{digits}f} {unit})"
    )
    if goal is not None:
        line += f" goal <= {goal:g}"
    if under is not None:
        line += f" goal < {under:g} {unit}"
    return line


def meets_goal(line: str, ok: bool) -> None:
    """Print a benchmark's line; fail the benchmark with that same line when it missed."""
    print(f"\n{line}", flush=True)
    if not ok:
        raise AssertionError(f"past its goal: {line}")


def report(
    name: str,
    acudesk: float,
    floor: float,
    unit: str = "ms",
    *,
    goal: float | None = None,
    under: float | None = None,
) -> float:
    """Print the benchmark's line and return the ratio; raise AssertionError past the goal.

    Every benchmark states its goal: ``goal`` (the ratio may be at most this) or ``under``
    (acudesk's figure must stay below this, in ``unit``), or both.
    """
    if goal is None and under is None:
        raise ValueError(f"{name}: a benchmark states its goal (goal= or under=)")
    ratio = acudesk / floor if floor > 0 else float("inf")
    ok = (goal is None or ratio <= goal) and (under is None or acudesk < under)
    meets_goal(ratio_line(name, acudesk, floor, unit, goal=goal, under=under), ok)
    return ratio
