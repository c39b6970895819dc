"""Imported once by the forkserver that process pools start their workers from (it is last in
``parallel.WORKER_MODULES``): every worker then starts with what its first aftercare sheet
or its first checked client row would otherwise load on its own, in each worker of each new
pool (``handout_batch.warm_up``, ``client_import.warm_up``).

A failure here only leaves the loading to the first sheet, where it is reported as usual: a
forkserver that cannot import a preload module would not start at all.
"""

from __future__ import annotations

import contextlib

from acudesk.services import client_import, handout_batch

for warm_up in (handout_batch.warm_up, client_import.warm_up):
    with contextlib.suppress(Exception):
        warm_up()
