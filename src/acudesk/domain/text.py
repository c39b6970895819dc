"""Text folding for search (accent- and case-insensitive in any script), and file-name slugs."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache


@lru_cache(maxsize=8192)  # names repeat: a list of 100,000 clients has a few thousand
def fold(text: str) -> str:
    """Lower-case, accent-free form of ``text`` used for search keys.

    "Zoë" and "ZOE" both fold to "zoe"; Greek and Cyrillic keep their letters
    but lose their accents and case; casefold also makes a final sigma
    a plain one, so "Ἀλέξης" and "ΑΛΕΞΗΣ" both fold to "αλεξησ".
    """
    if text.isascii():  # nothing to decompose: the same result, without the Unicode passes
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def digits_only(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def slug(text: str, fallback: str = "client") -> str:
    """A name part any file system takes: folded (no case, no accents), letters and digits
    of any script, one hyphen between words. "D'Angelo / Smith" gives "d-angelo-smith"."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    return "-".join(words) or fallback


def unstorable(text: str) -> bool:
    """True when ``text`` holds what no database column takes as text: a NUL, or half of a
    character (a lone surrogate, which a file or a script can carry, a keyboard cannot)."""
    if text.isascii():
        return "\x00" in text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return "\x00" in text


def unstorable_message() -> str:
    from acudesk.domain.i18n import translate

    return translate(
        "text",
        "This text has a character that cannot be stored (a NUL or a broken character): remove it.",
    )


def unstorable_fields(texts: Mapping[str, object]) -> dict[str, str]:
    """field -> message for each text (or list of texts) holding an unstorable character."""
    out = {}
    for name, value in texts.items():
        items = value if isinstance(value, (list, tuple)) else (value,)
        if any(isinstance(i, str) and unstorable(i) for i in items):
            out[name] = unstorable_message()
    return out
