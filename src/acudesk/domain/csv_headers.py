"""Which client field a column header means, in the words other systems use.

Read from resources/import/client_headers.json ("acudesk-client-headers/1"): for each field
the headers that mean it in English, Italian, Spanish, French and German. A header is compared
after folding case, accents and punctuation ("Téléphone" = "telephone", "E-Mail" = "e mail"),
first as it is, then without the words around it that only say whose it is ("Patient first
name", "Cognome del paziente", "Client's phone").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from acudesk.resources import resource

FORMAT = "acudesk-client-headers/1"
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold_header(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: "Nº de Téléphone" -> "no de telephone"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", plain.replace("ß", "ss")).split())


@dataclass(frozen=True, slots=True)
class HeaderTable:
    by_header: dict[str, str]  # folded header -> field
    affixes: frozenset[str]  # words that only say whose the column is

    def field_for(self, header: str) -> str | None:
        folded = fold_header(header)
        if folded in self.by_header:
            return self.by_header[folded]
        words = folded.split()
        while words and words[0] in self.affixes:
            words.pop(0)
        while words and words[-1] in self.affixes:
            words.pop()
        return self.by_header.get(" ".join(words)) if words else None


def parse_header_table(raw: dict[str, object], fields: tuple[str, ...]) -> HeaderTable:
    """The table, checked: a known format, known fields, no header meaning two fields."""
    if raw.get("format") != FORMAT:
        raise ValueError(f"client headers: expected format {FORMAT!r}")
    table = raw.get("fields")
    if not isinstance(table, dict):
        raise ValueError("client headers: 'fields' must map a field to its headers")
    by_header: dict[str, str] = {}
    for name, headers in table.items():
        if name not in fields:
            raise ValueError(f"client headers: unknown field {name!r}")
        for header in headers:
            folded = fold_header(header)
            if by_header.setdefault(folded, name) != name:
                raise ValueError(f"client headers: {header!r} means two fields")
    affixes = raw.get("affixes", [])
    assert isinstance(affixes, list)
    return HeaderTable(by_header, frozenset(fold_header(a) for a in affixes))


@cache
def header_table() -> HeaderTable:
    from acudesk.domain.csv_format import FIELD_LABELS

    raw = json.loads(resource("import", "client_headers.json").read_text(encoding="utf-8"))
    return parse_header_table(raw, tuple(FIELD_LABELS))
