"""A batch of aftercare sheets on every core: the PDFs built by a process pool, each kept in
the database (one transaction, one audit event) by the service as it comes back, in order.

The sheets' contents are read first, in this process; the workers get plain data (the sheet
and its paper size) and return the PDF's bytes. A sheet whose session changed meanwhile is
built again by HandoutService.issue, so what is kept is always what the session says now.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING

from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import User
from acudesk.services.handouts import HandoutService, IssuedHandout
from acudesk.services.parallel import cores, process_pool

if TYPE_CHECKING:
    from acudesk.documents.aftercare import AftercareSheet

Outcome = IssuedHandout | AcudeskError


def warm_up() -> None:
    """What a sheet's first build in a process loads (the four faces read, some 100 ms; each
    diagram's outline parsed), loaded now: the forkserver does it once for every worker."""
    from acudesk.documents.chart_drawing import diagram_art
    from acudesk.documents.fonts import sans
    from acudesk.services.catalog import point_catalog

    sans()
    for diagram in point_catalog().diagrams.values():
        diagram_art(diagram)


def sheet_pdf(sheet: AftercareSheet, page_size: str) -> bytes:
    """A worker's task: one sheet's PDF (the same bytes the service would build)."""
    return HandoutService.build_pdf(sheet, page_size)


def issue_all(
    handouts: HandoutService,
    actor: User,
    session_ids: Sequence[int],
    *,
    stop: Callable[[], bool] = lambda: False,
    workers: int | None = None,
) -> Generator[tuple[int, Outcome], None, None]:
    """Issue the sheet of each session, in order: (session id, the handout or why not).

    ``stop`` is asked before each sheet is kept; once it says so, nothing more is kept and
    the sheets still being built are dropped. ``workers`` defaults to every core; with one
    (or one sheet) everything happens in this process.
    """
    prepared: list[tuple[int, tuple[AftercareSheet, str] | AcudeskError]] = []
    for session_id in session_ids:
        try:
            prepared.append((session_id, handouts.prepare(actor, session_id)))
        except AcudeskError as error:
            prepared.append((session_id, error))
    count = workers or cores()
    if count < 2 or len(session_ids) < 2:
        for session_id, _sheet in prepared:
            if stop():
                return
            yield session_id, _issue(handouts, actor, session_id, None)
        return
    with process_pool(count) as pool:
        futures: list[tuple[int, Future[bytes] | None, tuple[AftercareSheet, str] | None]] = []
        for session_id, ready in prepared:
            if isinstance(ready, AcudeskError):
                futures.append((session_id, None, None))
            else:
                futures.append((session_id, pool.submit(sheet_pdf, *ready), ready))
        for session_id, future, sheet in futures:
            if stop():
                return
            built = None if future is None or sheet is None else (*sheet, future.result())
            yield session_id, _issue(handouts, actor, session_id, built)


def _issue(
    handouts: HandoutService,
    actor: User,
    session_id: int,
    built: tuple[AftercareSheet, str, bytes] | None,
) -> Outcome:
    try:
        return handouts.issue(actor, session_id, built=built)
    except AcudeskError as error:
        return error
