"""Client lists in and out as CSV: preview, row-by-row report, duplicates, all-or-nothing.

The steps of an import (checking on every core, duplicates by batch, short write
transactions, the marker an interrupted import leaves) are in services/client_import.py.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from acudesk.domain.audit import AuditAction
from acudesk.domain.bulk import collector_paused
from acudesk.domain.changes import Changes
from acudesk.domain.client_rows import CheckedRow
from acudesk.domain.clients import ClientData, ClientRow, ClientRules
from acudesk.domain.csv_format import CsvFormatError, CsvRow, CsvTable, read_table, write_rows
from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate
from acudesk.domain.users import Permission, User
from acudesk.services import client_import as steps
from acudesk.services.client_import import Progress
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.clients import client_columns
from acudesk.store.models import ClientRecord
from acudesk.store.search_index import settle_after_bulk_write
from acudesk.store.settings import client_rules

# The file's own column names: English, whatever the screens speak, so that any computer's
# import recognises them.
EXPORT_HEADERS = [
    "First Name",
    "Last Name",
    "Preferred Name",
    "Date of Birth",
    "Gender",
    "Phone",
    "Email",
    "Address",
    "Emergency Contact",
    "Physician",
    "Language",
    "Referral Source",
    "Notes",
    "Archived",
]


class ImportCancelled(AcudeskError):
    """The person cancelled the import; nothing was written."""


def _cancelled() -> str:
    return translate("client import", "Import cancelled: nothing was imported.")


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    field: str
    message: str
    client: str = ""  # the name the row gives, when it gives one

    def where(self) -> str:
        """Which row, and whose: "Line 3 (Bea Bianchi)"."""
        if self.client:
            return translate("client import", "Line {line} ({client})").format(
                line=self.line, client=self.client
            )
        return translate("client import", "Line {line}").format(line=self.line)

    def __str__(self) -> str:
        """A sentence that says where and whose: "Line 3 (Bea Bianchi), date of birth: …"."""
        where = self.where()
        #: One problem of an imported file: {where} is "Line 3 (Bea Bianchi)", {field} a
        #: field's name ("date of birth"), {message} a whole sentence.
        if self.field:
            return translate("client import", "{where}, {field}: {message}").format(
                where=where, field=self.field, message=self.message
            )
        return translate("client import", "{where}: {message}").format(
            where=where, message=self.message
        )


@dataclass(slots=True)
class ImportReport:
    total: int = 0
    valid: list[tuple[int, ClientData]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    # (line, "Line 5 (Anna Rossi): left out, already registered as … (client 3).")
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    imported: int = 0
    dry_run: bool = True
    import_id: str = ""  # the import's marker in the audit trail, once it started writing
    columns: list[dict[str, Any]] = field(default_factory=list, repr=False)  # of each valid row

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems})


def _duplicate(keys: list[str], seen: dict[str, int], existing: dict[str, ClientRow]) -> str:
    """What a row duplicates: an earlier line of the file, else the oldest existing client."""
    for key in keys:
        if key in seen:
            return translate("client import", "the same client as line {line}").format(
                line=seen[key]
            )
    matches = [existing[key] for key in keys if key in existing]
    if matches:
        row = min(matches, key=lambda client: client.id)
        #: {name} and {id} are the client already on record.
        return translate("client import", "already registered as {name} (client {id})").format(
            name=row.display_name, id=row.id
        )
    return ""


def read_csv_file(path: Path) -> str:
    from acudesk.domain.csv_format import decode

    try:
        raw = path.read_bytes()
    except OSError as error:
        #: {problem} is the system's own reason, e.g. "Permission denied".
        message = translate("client import", "The file {path} cannot be read: {problem}.")
        raise AcudeskError(message.format(path=path, problem=error.strerror or error)) from None
    return decode(raw)


def _read(
    text: str,
    mapping: dict[int, str] | None,
    columns: dict[str, str] | None,
    corrections: dict[int, tuple[str, ...]] | None,
) -> tuple[CsvTable, dict[int, str]]:
    """The file's table (corrected rows in place) and which column goes into which field."""
    from acudesk.domain.csv_format import apply_column_choices, guess_mapping

    try:
        table = read_table(text)
        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
        if columns:
            mapping = apply_column_choices(table.headers, mapping, columns)
    except CsvFormatError as error:
        raise AcudeskError(str(error)) from None
    if corrections:
        table.rows = [
            CsvRow(r.line, corrections[r.line]) if r.line in corrections else r for r in table.rows
        ]
    return table, mapping


class ClientTransferService(Service):
    def preview(
        self,
        actor: User,
        text: str,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
        *,
        columns: dict[str, str] | None = None,
        corrections: dict[int, tuple[str, ...]] | None = None,
    ) -> tuple[CsvTable, dict[int, str], ImportReport]:
        """Read and check every row without writing; the GUI shows this before importing.

        ``mapping`` (column index -> field) replaces the guess from the headers; ``columns``
        (header -> field, as ``--map`` gives them) goes on top of either. ``corrections``
        (line -> the row's values as corrected in the preview) replace those rows."""
        require(actor, Permission.TRANSFER_DATA)  # before reading the input; again, as now, below
        with collector_paused():
            return self._preview(actor, text, mapping, progress, columns, corrections)

    def _preview(
        self,
        actor: User,
        text: str,
        mapping: dict[int, str] | None,
        progress: Progress | None,
        columns: dict[str, str] | None,
        corrections: dict[int, tuple[str, ...]] | None,
    ) -> tuple[CsvTable, dict[int, str], ImportReport]:
        table, mapping = _read(text, mapping, columns, corrections)
        fields = set(mapping.values())
        if not fields & {"first_name", "last_name", "full_name"}:
            blank = translate("client import", "(blank)")
            raise AcudeskError(
                translate(
                    "client import",
                    "acudesk cannot find a name column in this file. Its columns are: "
                    "{columns}. Choose which column holds the names.",
                ).format(columns=", ".join(h or blank for h in table.headers[:20]))
            )
        with self._read_as(actor, Permission.TRANSFER_DATA) as session:
            rules = client_rules(session, self._clock().date())
        checked = self._checked_rows(table, mapping, rules, progress, text, corrections)
        report = ImportReport(total=len(table.rows))
        passed = [row for row in checked if row.data is not None]
        with self._db.read_only() as session:
            existing = steps.existing_matches(session, passed)
        seen: dict[str, int] = {}
        for row in checked:
            report.problems += [RowProblem(row.line, f, m, row.name) for f, m in row.problems]
            if row.data is None or row.keys is None:
                continue
            keys = row.duplicate_keys()
            match = _duplicate(keys, seen, existing)
            if match:
                where = RowProblem(row.line, "", "", row.name).where()
                #: {where} is "Line 5 (Anna Rossi)"; {match} what the row repeats.
                left_out = translate("client import", "{where}: left out, {match}.")
                report.duplicates.append((row.line, left_out.format(where=where, match=match)))
                continue
            seen.update(dict.fromkeys(keys, row.line))
            report.valid.append((row.line, row.data))
            report.columns.append(client_columns(row.data, rules.region, row.keys))
        return table, mapping, report

    _last_check: tuple[tuple[Any, ...], list[CheckedRow]] | None = None

    def _checked_rows(
        self,
        table: CsvTable,
        mapping: dict[int, str],
        rules: ClientRules,
        progress: Progress | None,
        text: str,
        corrections: dict[int, tuple[str, ...]] | None,
    ) -> list[CheckedRow]:
        """Every row checked (``check_all``), or the rows the last check of this very input
        gave: the preview a person reads, then the import they ask for, check a file once.
        Checking a row reads no database, so the same file, columns, corrections, rules and
        language check the same; duplicates of existing clients are looked for every time."""
        from acudesk.domain.i18n import messages_language

        key = (
            hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(),
            tuple(sorted(mapping.items())),
            tuple(sorted((corrections or {}).items())),
            rules,
            messages_language(),
        )
        last = self._last_check
        if last is not None and last[0] == key:
            if progress is not None and not progress(len(table.rows), len(table.rows)):
                raise ImportCancelled(_cancelled())
            return last[1]
        self._last_check = None
        try:
            checked = steps.check_all(table.rows, mapping, len(table.headers), rules, progress)
        except steps.Stopped:
            raise ImportCancelled(_cancelled()) from None
        self._last_check = (key, checked)
        return checked

    def import_csv(
        self,
        actor: User,
        text: str,
        *,
        dry_run: bool = False,
        skip_invalid: bool = False,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
        batch_rows: int = steps.BATCH_ROWS,
        columns: dict[str, str] | None = None,
        corrections: dict[int, tuple[str, ...]] | None = None,
    ) -> ImportReport:
        """Import clients. By default nothing is written when any row is bad; duplicates of
        existing clients (or of an earlier line) are listed and not imported.

        Every row is checked before anything is written; the rows are then written in short
        transactions (``batch_rows`` each), between which other workstations save as usual.
        A cancel or an error takes back what was written; see ``unfinished_imports``.
        """
        _table, _mapping, report = self.preview(
            actor, text, mapping, progress, columns=columns, corrections=corrections
        )
        report.dry_run = dry_run
        if dry_run or not report.valid or (report.problems and not skip_invalid):
            return report
        return self._write(actor, report, progress, batch_rows)

    def _write(
        self, actor: User, report: ImportReport, progress: Progress | None, batch_rows: int
    ) -> ImportReport:
        """The checked rows written, the import marked in the audit trail (see import_csv)."""
        now = self._clock()
        report.import_id = uuid.uuid4().hex[:12]
        count = len(report.columns)
        with self._work(actor) as work:
            detail = steps.started_detail(count, now)
            work.audit(AuditAction.IMPORT, steps.MARKER, detail, entity_id=report.import_id)
        extra = {"archived": False, "created_at": now, "updated_at": now, "version": 1}
        rows = [columns | extra for columns in report.columns]
        try:
            steps.write_batches(self._db, rows, progress, batch_rows)
        except steps.Stopped:
            self._take_back(actor, report.import_id, now, "cancelled")
            raise ImportCancelled(_cancelled()) from None
        except BaseException as error:
            self._take_back(actor, report.import_id, now, f"failed: {error}")
            raise
        with self._work(actor) as work:
            work.audit(AuditAction.IMPORT, "client", f"{count} clients from CSV")
            finished = f"finished: {count} clients"
            work.audit(AuditAction.IMPORT, steps.MARKER, finished, entity_id=report.import_id)
            work.changed(Changes.of(everything=True))
        settle_after_bulk_write(self._db, count)
        self._last_check = None  # written: its rows need not stay in memory
        report.imported = count
        return report

    def _take_back(self, actor: User, import_id: str, created_at: datetime, why: str) -> int:
        removed = steps.undo(self._db, created_at)
        with self._work(actor) as work:
            detail = f"undone ({why[:200]}): {removed} clients removed"
            work.audit(AuditAction.IMPORT, steps.MARKER, detail, entity_id=import_id)
            if removed:
                work.changed(Changes.of(everything=True))
        return removed

    def unfinished_imports(self, actor: User) -> list[steps.UnfinishedImport]:
        """Imports that started and neither finished nor were undone: the process stopped
        half-way (a crash, a power cut). Each can be taken back with ``undo_import``."""
        with self._read_as(actor, Permission.TRANSFER_DATA) as session:
            return steps.unfinished(session)

    def undo_import(self, actor: User, import_id: str) -> int:
        """Remove the clients an unfinished import wrote (those nobody touched since); returns
        how many were removed."""
        found = {u.import_id: u for u in self.unfinished_imports(actor)}.get(import_id)
        if found is None:
            raise AcudeskError(f"There is no unfinished import {import_id}.")
        return self._take_back(actor, import_id, found.created_at, "undone by hand")

    def export_csv(
        self, actor: User, out: io.TextIOBase | io.StringIO, *, include_archived: bool = True
    ) -> int:
        """Write every client as CSV; cells a spreadsheet would run as formulas are guarded."""
        with self._work(actor, Permission.TRANSFER_DATA) as work:
            query = select(ClientRecord).order_by(ClientRecord.sort_key, ClientRecord.id)
            if not include_archived:
                query = query.where(ClientRecord.archived.is_(False))

            def rows() -> Iterator[list[str]]:
                yield EXPORT_HEADERS
                for r in work.session.scalars(query.execution_options(yield_per=2000)):
                    yield [
                        r.first_name,
                        r.last_name,
                        r.preferred_name,
                        r.date_of_birth.isoformat() if r.date_of_birth else "",
                        r.gender,
                        r.phone,
                        r.email,
                        r.address,
                        r.emergency_contact,
                        r.physician,
                        r.language,
                        r.referral_source,
                        r.notes,
                        "yes" if r.archived else "no",
                    ]

            count = write_rows(rows(), out) - 1
            work.audit(AuditAction.EXPORT, "client", f"{count} clients to CSV")
            return count
