"""Work spread over every core: process pools that are safe beside Qt and the database.

Workers are never forked from the application (a fork copies Qt's threads and the open
database connections): on Linux and macOS they come from a forkserver, a fresh interpreter
started once that has imported the workers' modules, so each worker starts in milliseconds;
on Windows and in a frozen app they are spawned. Workers get plain data (rows of a file, the
plain content of a sheet) and return plain data; they never open the database.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.context import BaseContext

# What every worker imports, loaded once in the forkserver rather than in each worker.
WORKER_MODULES = [
    "acudesk.domain.client_rows",
    "acudesk.documents.aftercare",
    "acudesk.services.handout_batch",
    "acudesk.services.worker_preload",  # the sheets' fonts and diagrams loaded, once
]

_context: BaseContext | None = None


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def pool_context() -> BaseContext:
    """forkserver where there is one (with the workers' modules preloaded), else spawn."""
    global _context
    if _context is None:
        methods = multiprocessing.get_all_start_methods()
        if "forkserver" in methods and not getattr(sys, "frozen", False):
            server = multiprocessing.get_context("forkserver")
            server.set_forkserver_preload(WORKER_MODULES)
            _context = server
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def speak(language: str) -> None:
    """A worker's start: the messages it words in ``language`` ("" for English), as the
    screens that asked for the work speak (a worker has no Qt translator of its own)."""
    from acudesk.domain import i18n

    if not language:
        i18n.set_translator(None)
        return
    from acudesk.domain.i18n_catalogue import ts_translator
    from acudesk.resources import resource

    try:
        path = resource("translations", f"messages_{language}.ts")
    except FileNotFoundError:
        return  # a language without a catalogue: English, as before
    i18n.set_translator(ts_translator(path), language)


@contextmanager
def process_pool(workers: int | None = None, language: str = "") -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` processes (every core by default) that word messages in
    ``language``; leaving the block cancels whatever was not started yet and waits for the
    rest."""
    executor = ProcessPoolExecutor(
        max_workers=workers or cores(),
        mp_context=pool_context(),
        initializer=speak,
        initargs=(language,),
    )
    try:
        yield executor
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
