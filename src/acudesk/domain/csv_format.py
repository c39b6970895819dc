"""Client lists as CSV: recognising the columns of other systems' exports, and safe cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from acudesk.domain.clients import ClientInput
from acudesk.domain.i18n import translate

MAX_FIELD = 100_000  # characters in one cell
MAX_ROWS = 1_000_000

FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "gender": "Gender",
    "phone": "Phone",
    "email": "Email",
    "address": "Address",
    "emergency_contact": "Emergency contact",
    "physician": "Physician",
    "language": "Language",
    "referral_source": "How they heard of us",
    "notes": "Notes",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class CsvFormatError(ValueError):
    """The file cannot be read as CSV at all; ``line`` says where, when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> client field for the headers acudesk recognises, by meaning and in
    five languages (``csv_headers``); the first column of a field wins."""
    from acudesk.domain.csv_headers import header_table

    table = header_table()
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        name = table.field_for(header)
        if name and name not in taken:
            mapping[index] = name
            taken.add(name)
    return mapping


def apply_column_choices(
    headers: list[str], mapping: dict[int, str], choices: dict[str, str]
) -> dict[int, str]:
    """``mapping`` with the person's own choices on top: column header -> field name (or
    label, or "" / "ignore" to leave the column out). Raises CsvFormatError naming what
    does not exist."""
    from acudesk.domain.csv_headers import fold_header

    by_label = {fold_header(label): name for name, label in FIELD_LABELS.items()}
    by_label.update({fold_header(name): name for name in FIELD_LABELS})
    columns = {fold_header(h): i for i, h in reversed(list(enumerate(headers)))}
    chosen = dict(mapping)
    for header, field_text in choices.items():
        index = columns.get(fold_header(header))
        if index is None:
            raise CsvFormatError(
                translate(
                    "csv", "The file has no column called “{column}”. Its columns are: {columns}."
                ).format(column=header, columns=", ".join(headers[:30]))
            )
        folded = fold_header(field_text)
        if folded in ("", "ignore", "none", "skip"):
            chosen.pop(index, None)
            continue
        name = by_label.get(folded)
        if name is None:
            raise CsvFormatError(
                translate("csv", "“{field}” is not a client field. Use one of: {fields}.").format(
                    field=field_text, fields=", ".join(FIELD_LABELS)
                )
            )
        for other in [i for i, n in chosen.items() if n == name and i != index]:
            del chosen[other]  # one column per field: the person's choice wins
        chosen[index] = name
    return chosen


def decode(raw: bytes) -> str:
    """UTF-8 with or without BOM; Windows-1252 as a fallback for old spreadsheet exports."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class CsvRow:
    line: int  # the line in the file where the row starts (header is line 1)
    values: tuple[str, ...]


@dataclass(slots=True)
class CsvTable:
    headers: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    delimiter: str = ","


def read_table(text: str) -> CsvTable:
    """Split a CSV text into the header row and data rows, with their line numbers."""
    if "\x00" in text:
        raise CsvFormatError(
            translate("csv", "The file holds binary data (NUL bytes): it is not a CSV file.")
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    table: CsvTable | None = None
    start = 1
    try:
        for values in reader:
            line = start
            start = reader.line_num + 1
            if any(len(v) > MAX_FIELD for v in values):
                raise CsvFormatError(
                    translate(
                        "csv", "Line {line}: a cell is longer than {limit} characters."
                    ).format(line=line, limit=MAX_FIELD),
                    line,
                )
            if table is None:
                if not any(v.strip() for v in values):
                    continue  # blank lines before the header
                table = CsvTable([v.strip() for v in values], delimiter=delimiter)
                continue
            if not any(v.strip() for v in values):
                continue
            if len(table.rows) >= MAX_ROWS:
                raise CsvFormatError(
                    translate("csv", "The file has more than {rows} rows.").format(rows=MAX_ROWS),
                    line,
                )
            table.rows.append(CsvRow(line, tuple(values)))
    except csv.Error as error:
        line = reader.line_num
        if "field larger than field limit" in str(error):
            raise CsvFormatError(
                translate(
                    "csv",
                    "Line {line}: a cell is longer than the {limit} characters a CSV "
                    "cell may hold.",
                ).format(line=line, limit=csv.field_size_limit()),
                line,
            ) from None
        #: {problem} is Python's own description of the fault, in English.
        raise CsvFormatError(
            translate("csv", "Line {line}: {problem}.").format(line=line, problem=error), line
        ) from None
    if table is None:
        raise CsvFormatError(
            translate(
                "csv", "The file is empty: it needs a header row and then one row per client."
            )
        )
    return table


def unneutralise(value: str) -> str:
    """Undo export's formula guard: "'=SUM(1)" read back is "=SUM(1)"."""
    if value[:1] == "'" and len(value) > 1 and value[1] in "=+-@":
        return value[1:]
    return value


def row_input(row: CsvRow, mapping: dict[int, str], header_count: int) -> tuple[ClientInput, str]:
    """The client a row describes, and a problem with the row's shape ("" when none)."""
    problem = ""
    if len(row.values) > header_count and any(v.strip() for v in row.values[header_count:]):
        problem = translate(
            "csv",
            "The row has {values} values but the header has {columns} columns (a missing "
            "quote or an extra separator?).",
        ).format(values=len(row.values), columns=header_count)
    values, count = row.values, len(row.values)
    fields = {name: unneutralise(values[i].strip()) for i, name in mapping.items() if i < count}
    full = fields.pop("full_name", "")
    if full and not fields.get("first_name") and not fields.get("last_name"):
        parts = full.rsplit(" ", 1)
        fields["first_name"], fields["last_name"] = (
            (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")
        )
    if "language" in fields:
        fields["language"] = fields["language"].lower()[:2] or "en"
    return ClientInput(**fields), problem  # type: ignore[arg-type]  # text fields only


def neutralise(value: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_rows(rows: Iterator[list[str]], out: io.TextIOBase | io.StringIO) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return count
