"""The steps of a client import: check every row, find duplicates, write in short batches.

1. Every row is checked against the client rules, spread over every core for a long file
   (``check_all``: plain rows in, checked rows out, no database in the workers).
2. Duplicates of existing clients are found by one set-based query over the keys of every
   row (``existing_matches``); duplicates within the file by their keys, in file order.
3. The rows are written ``BATCH_ROWS`` at a time, each batch its own short transaction, so
   another workstation's save waits tens of milliseconds, never the whole import.

An import is marked in the audit trail: "started" (with its id, and the instant every client
it adds carries as ``created_at``) before the first batch, "finished" after the last. A
cancel or an error removes what the import had written; a process that dies mid-import leaves
"started" without "finished", which ``unfinished`` lists and ``undo`` takes back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from acudesk.domain.client_rows import CheckedRow, check_plain, check_rows, from_plain
from acudesk.domain.clients import ClientRow, ClientRules
from acudesk.domain.csv_format import CsvRow
from acudesk.store.audit import events_about
from acudesk.store.clients import delete_clients, insert_clients, matching_clients, untouched_since
from acudesk.store.engine import Database

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

BATCH_ROWS = 2000  # rows per write transaction: some tens of milliseconds of write lock
CHECK_ROWS = 500  # rows checked between two progress reports in this process
CHUNK_ROWS = 2500  # rows per task for a worker process
PARALLEL_FROM = 6000  # rows: a shorter file is checked here (starting workers costs more)
MARKER = "client-import"  # the audit trail's entity for import markers
_CREATED = re.compile(r"created at (\S+)")


class Stopped(Exception):
    """The progress callback asked to stop."""


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    size = max(1, size)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def warm_up() -> None:
    """What checking a row loads on first use, loaded now (the forkserver does it once for
    every worker): the phone number and e-mail address libraries, some 70 ms."""
    import email_validator  # noqa: F401
    import phonenumbers  # noqa: F401


def check_all(
    rows: Sequence[CsvRow],
    mapping: dict[int, str],
    header_count: int,
    rules: ClientRules,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
    parallel_from: int = PARALLEL_FROM,
    chunk_rows: int = CHUNK_ROWS,
) -> list[CheckedRow]:
    """Every row checked, in file order; by ``workers`` processes (every core) for a file of
    ``parallel_from`` rows or more."""
    from acudesk.domain.i18n import messages_language
    from acudesk.services.parallel import cores, process_pool

    total = len(rows)
    checked: list[CheckedRow] = []
    processes = cores() if workers is None else workers
    if total < parallel_from or processes < 2:
        for chunk in _chunks(rows, CHECK_ROWS):
            checked += check_rows(chunk, mapping, header_count, rules)
            if progress and not progress(len(checked), total):
                raise Stopped
        return checked
    shards = by_phone(rows, mapping, chunk_rows)
    placed: list[CheckedRow | None] = [None] * total
    done = 0
    with process_pool(processes, messages_language()) as pool:
        futures = [
            pool.submit(
                check_plain,
                [(rows[i].line, rows[i].values) for i in shard],
                mapping,
                header_count,
                rules,
            )
            for shard in shards
        ]
        for shard, future in zip(shards, futures, strict=True):
            for at, plain in zip(shard, future.result(), strict=True):
                placed[at] = from_plain(plain)
            done += len(shard)
            if progress and not progress(done, total):
                raise Stopped  # leaving the pool cancels the chunks not started
    return [row for row in placed if row is not None]


def by_phone(rows: Sequence[CsvRow], mapping: dict[int, str], size: int) -> list[list[int]]:
    """The rows' positions in shards of at most ``size`` rows, the rows that give one phone
    number kept together: a worker checks a number once however many rows repeat it (its
    memo), where shards cut in file order checked most shared numbers twice or more. A group
    larger than a shard is cut (one number on a whole file must not make one worker do all);
    rows without a number fill in by position."""
    size = max(1, size)
    column = next((index for index, name in mapping.items() if name == "phone"), None)
    groups: dict[str, list[int]] = {}
    for at, row in enumerate(rows):
        phone = (
            row.values[column].strip() if column is not None and column < len(row.values) else ""
        )
        groups.setdefault(phone or f"\x00{at}", []).append(at)  # no number: a group of one
    shards: list[list[int]] = [[]]
    for group in groups.values():
        for start in range(0, len(group), size):
            piece = group[start : start + size]
            if len(shards[-1]) + len(piece) > size:
                shards.append([])
            shards[-1] += piece
    return [shard for shard in shards if shard]


def existing_matches(session: Session, valid: Sequence[CheckedRow]) -> dict[str, ClientRow]:
    """Duplicate key -> the oldest existing client with it, for every row that passed (one
    set-based query for the whole file)."""
    keys = [
        (k["name_key"], row.data.date_of_birth, k["phone_digits"], k["email_key"])
        for row in valid
        if row.data is not None and (k := row.keys) is not None
    ]
    found: dict[str, ClientRow] = {}
    for client, client_keys in matching_clients(session, keys):
        for key in client_keys:
            found.setdefault(key, client)  # oldest first: the first one stays
    return found


def write_batches(
    db: Database,
    rows: Sequence[dict[str, Any]],
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> None:
    """The rows, ``batch_rows`` per transaction; progress after each commit."""
    done = 0
    for batch in _chunks(rows, batch_rows):
        with db.unit_of_work() as session:
            insert_clients(session, batch)
        done += len(batch)
        if progress and not progress(done, len(rows)):
            raise Stopped


@dataclass(frozen=True, slots=True)
class UnfinishedImport:
    """An import that started and neither finished nor was undone (the process died)."""

    import_id: str
    started_at: datetime
    created_at: datetime  # what each client it wrote carries
    detail: str


def started_detail(count: int, created_at: datetime) -> str:
    return f"started: {count} clients from CSV, created at {created_at.isoformat()}"


def unfinished(session: Session) -> list[UnfinishedImport]:
    started: dict[str, UnfinishedImport] = {}
    for event in events_about(session, MARKER):
        found = _CREATED.search(event.detail)
        if event.detail.startswith("started:") and found:
            created = datetime.fromisoformat(found[1])
            started[event.entity_id] = UnfinishedImport(
                event.entity_id, event.occurred_at, created, event.detail
            )
        else:  # finished, or undone
            started.pop(event.entity_id, None)
    return list(started.values())


def undo(db: Database, created_at: datetime, batch_rows: int = BATCH_ROWS) -> int:
    """Remove the clients an import wrote (still untouched), in short transactions."""
    with db.read_only() as session:
        ids = untouched_since(session, created_at)
    removed = 0
    for batch in _chunks(ids, batch_rows):
        with db.unit_of_work() as session:
            removed += delete_clients(session, batch)
    return removed
