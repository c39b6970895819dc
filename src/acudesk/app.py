"""Composition root: builds the database, the services and the windows, and runs Qt.

The only module outside ``ui`` that imports it.
"""

from __future__ import annotations

import os
import sys


def run_gui(url: str, *, demo: bool = False, smoke: bool = False) -> int:
    os.environ.setdefault("LANG", "C.UTF-8")
    from acudesk.ui.application import run

    return int(run(url, demo=demo, smoke=smoke, argv=sys.argv[:1]))
