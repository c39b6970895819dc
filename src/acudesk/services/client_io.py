"""Client lists in and out as CSV: preview, row-by-row report, duplicates, all-or-nothing."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.clients import CLIENT_FIELD_LABELS, ClientData, validate_client
from acudesk.domain.csv_format import CsvFormatError, CsvTable, read_table, row_input, write_rows
from acudesk.domain.errors import AcudeskError
from acudesk.domain.i18n import translate
from acudesk.domain.text import digits_only, fold
from acudesk.domain.users import Permission, User
from acudesk.services.guard import require
from acudesk.services.work import Service
from acudesk.store.clients import client_columns, duplicates
from acudesk.store.models import ClientRecord
from acudesk.store.settings import client_rules, load_settings

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

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

    def __str__(self) -> str:
        #: One problem of an imported file; {field} is a field's name ("date of birth").
        if self.field:
            return translate("client import", "line {line} ({field}): {message}").format(
                line=self.line, field=self.field, message=self.message
            )
        return translate("client import", "line {line}: {message}").format(
            line=self.line, message=self.message
        )


@dataclass(slots=True)
class ImportReport:
    total: int = 0
    valid: list[tuple[int, ClientData]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (line, what it matches)
    imported: int = 0
    dry_run: bool = True

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems})


def read_csv_file(path: Path) -> str:
    from acudesk.domain.csv_format import decode

    try:
        raw = path.read_bytes()
    except OSError as error:
        #: {problem} is the system's own reason, e.g. "Permission denied".
        message = translate("client import", "The file {path} cannot be read: {problem}.")
        raise AcudeskError(message.format(path=path, problem=error.strerror or error)) from None
    return decode(raw)


def _key_sets(data: ClientData) -> list[str]:
    keys = []
    if data.date_of_birth:
        keys.append(f"n:{fold(data.first_name)} {fold(data.last_name)}|{data.date_of_birth}")
    if data.phone:
        keys.append(f"p:{digits_only(data.phone)}")
    if data.email:
        keys.append(f"e:{data.email.lower()}")
    return keys


class ClientTransferService(Service):
    def preview(
        self,
        actor: User,
        text: str,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
    ) -> tuple[CsvTable, dict[int, str], ImportReport]:
        """Read and check every row without writing; the GUI shows this before importing."""
        require(actor, Permission.EDIT_CLIENTS)
        try:
            table = read_table(text)
        except CsvFormatError as error:
            raise AcudeskError(str(error)) from None
        from acudesk.domain.csv_format import guess_mapping

        mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
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
        report = ImportReport(total=len(table.rows))
        seen: dict[str, int] = {}
        with self._db.read_only() as session:
            rules = client_rules(session, self._clock().date())
            for done, row in enumerate(table.rows, 1):
                value, shape = row_input(row, mapping, len(table.headers))
                data, errors = validate_client(value, rules)
                if shape:
                    report.problems.append(RowProblem(row.line, "", shape))
                for name, message in errors.items():
                    label = CLIENT_FIELD_LABELS.get(name, name.replace("_", " "))
                    report.problems.append(RowProblem(row.line, label, message))
                if not shape and not errors:
                    match = self._duplicate(session, data, seen, row.line)
                    if match:
                        report.duplicates.append((row.line, match))
                    else:
                        report.valid.append((row.line, data))
                if progress and done % 200 == 0 and not progress(done, report.total):
                    raise ImportCancelled(_cancelled())
        return table, mapping, report

    def _duplicate(
        self, session: Session, data: ClientData, seen: dict[str, int], line: int
    ) -> str:
        for key in _key_sets(data):
            if key in seen:
                return translate("client import", "the same client as line {line}").format(
                    line=seen[key]
                )
        for row in duplicates(session, data, limit=1):
            #: {name} and {id} are the client already on record.
            return translate("client import", "already registered as {name} (client {id})").format(
                name=row.display_name, id=row.id
            )
        for key in _key_sets(data):
            seen[key] = line
        return ""

    def import_csv(
        self,
        actor: User,
        text: str,
        *,
        dry_run: bool = False,
        skip_invalid: bool = False,
        mapping: dict[int, str] | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import clients. By default nothing is written when any row is bad; duplicates of
        existing clients (or of an earlier line) are listed and not imported."""
        _table, _mapping, report = self.preview(actor, text, mapping, progress)
        report.dry_run = dry_run
        if dry_run or not report.valid or (report.problems and not skip_invalid):
            return report
        now = self._clock()
        with self._work(actor) as work:
            session = work.session
            region = load_settings(session).phone_region
            rows = [
                client_columns(data, region)
                | {"archived": False, "created_at": now, "updated_at": now, "version": 1}
                for _line, data in report.valid
            ]
            for start in range(0, len(rows), 5000):
                session.execute(insert(ClientRecord), rows[start : start + 5000])
                if progress and not progress(start + len(rows[start : start + 5000]), len(rows)):
                    raise ImportCancelled(_cancelled())
            work.audit(AuditAction.IMPORT, "client", f"{len(rows)} clients from CSV")
            work.changed(Changes.of(everything=True))
        report.imported = len(report.valid)
        return report

    def export_csv(
        self, actor: User, out: io.TextIOBase | io.StringIO, *, include_archived: bool = True
    ) -> int:
        """Write every client as CSV; cells a spreadsheet would run as formulas are guarded."""
        require(actor, Permission.EDIT_CLIENTS)
        with self._work(actor) as work:
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
