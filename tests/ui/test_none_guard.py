"""PySide6 6.12 on CPython 3.11 drops a reference to None on every void call; acudesk.ui guards.

Without the guard this test aborts the interpreter after a few thousand calls.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtGui import QPen

import acudesk.ui  # noqa: F401  (installs the guard)


def test_many_void_qt_calls_do_not_exhaust_none():
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        pen.setWidth(1)
    gc.collect()
    assert sys.getrefcount(None) > 10_000
    assert before > 10_000


def test_true_and_false_have_the_same_headroom():
    assert sys.getrefcount(True) > 1 << 39
    assert sys.getrefcount(False) > 1 << 39
