"""Run a command and report its wall time and its own peak memory, from a small parent.

A child forked straight from the benchmark's pytest process starts life with pytest's
resident pages counted as its own, and Linux carries that peak across exec. Forked from this
small process instead, the peak is the command's.

Usage: measure.py REPORT_FILE COMMAND [ARG...]; writes "seconds max_rss_kb" to REPORT_FILE and
exits with the command's exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    report, argv = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    proc = subprocess.Popen(argv)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    Path(report).write_text(f"{elapsed} {usage.ru_maxrss}\n", encoding="ascii")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    raise SystemExit(main())
