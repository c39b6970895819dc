"""Passes over many rows at once (a client list file, a demo clinic).

Such a pass builds hundreds of thousands of objects and keeps nearly all of them until it
ends. Python's cycle collector, woken every few hundred new objects, then walks the whole
growing heap again and again and frees nothing: a fifth of an import's time. The pass runs
with it paused, and it resumes (if it was running) when the pass ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block (nested blocks are fine)."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
