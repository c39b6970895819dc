"""Composition root: builds the database, the services and the windows, and runs Qt.

The only module outside ``ui`` that imports it.
"""

from __future__ import annotations

import os
import sys


def _import_core_before_qt() -> None:
    """Import the Qt-free modules the first window needs before PySide6 itself.

    Once PySide6 is imported it reads the source of every module imported after it (its
    ``__feature__`` check): ~100 ms over acudesk's own modules at each start. Modules already
    imported are not read.
    """
    import acudesk.domain.clinic
    import acudesk.domain.errors
    import acudesk.domain.users
    import acudesk.services.clinic
    import acudesk.services.registry
    import acudesk.services.startup
    import acudesk.services.users
    import acudesk.store.models  # noqa: F401


def run_gui(url: str, *, demo: bool = False, smoke: bool = False) -> int:
    os.environ.setdefault("LANG", "C.UTF-8")
    _import_core_before_qt()
    from acudesk.ui.application import run

    return int(run(url, demo=demo, smoke=smoke, argv=sys.argv[:1]))
