"""Words as acudesk compares them in ingredient lists, allergies and medications.

The same rules run on both sides of every comparison (a label and an allergy, a table name
and what a receptionist typed), so an odd result still compares equal with itself:

* case, accents, spacing, hyphens and punctuation are ignored;
* a plain English plural is the same word ("Oxides" = "oxide");
* British spellings meet American ones ("sulphate" = "sulfate", "aluminium" = "aluminum");
* Colour Index numbers are one token however written: "CI 77891", "ci77891", "C.I. 77891",
  "CI-77891"; a list such as "CI 77491/77492" names each number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from acudesk.domain.text import fold

# "CI 77491", "C.I. 77491", "ci-77491", and lists "CI 77491/77492, 77499".
_CI_LIST = re.compile(
    r"(?<![a-z0-9])c\s*\.?\s*i\s*\.?[\s-]*(\d{5}(?:\s*[/,;&]\s*(?:c\s*\.?\s*i\s*\.?[\s-]*)?\d{5})*)"
    r"(?!\d)"
)
# A comma between digits belongs to a chemical name ("1,2-Hexanediol").
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NON_WORD = re.compile(r"[^\w]+")
_BARE_CI = re.compile(r"^\d{5}$")
_KEEP_FINAL_S = ("ss", "us", "is", "ys", "os")
# One spelling where British and American English differ in ingredient names.
_SPELLINGS = (("sulph", "sulf"), ("aluminium", "aluminum"))


def _singular(token: str) -> str:
    """A plain English plural as its singular; Latin names ending in -s still compare equal
    with themselves because the same rule runs on both sides."""
    if len(token) <= 3 or not token.endswith("s") or token.endswith(_KEEP_FINAL_S):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    return token[:-1]


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` as matching compares them: folded, singular, CI numbers joined."""
    folded = fold(text)
    for british, american in _SPELLINGS:
        folded = folded.replace(british, american)
    folded = _CI_LIST.sub(
        lambda m: " " + " ".join(f"ci{n}" for n in re.findall(r"\d{5}", m[1])), folded
    )
    folded = _DIGIT_COMMA.sub("", folded)
    words = _NON_WORD.sub(" ", folded.replace("_", " ")).split()
    return tuple(f"ci{w}" if _BARE_CI.match(w) else _singular(w) for w in words)


def normalise(text: str) -> str:
    """One spelling for comparisons and duplicate checks: "BISMUTH-OXYCHLORIDE" and
    "bismuth  oxychloride" both give "bismuth oxychloride"."""
    return " ".join(tokens(text))


def contains_phrase(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    """Whether the words ``needle`` appear, in order and next to each other, in ``haystack``."""
    n = len(needle)
    if n == 0 or n > len(haystack):
        return False
    first = needle[0]
    return any(
        haystack[i] == first and tuple(haystack[i : i + n]) == tuple(needle)
        for i in range(len(haystack) - n + 1)
    )


class PhraseIndex:
    """Phrases (tuples of tokens) to the keys they stand for, found anywhere in a text.

    ``outermost`` lookups drop a phrase found inside a longer one that was also found, so
    "noce di cocco" (coconut) is not also read as "noce" (walnut).
    """

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], frozenset[str]]]) -> None:
        self._phrases: dict[tuple[str, ...], frozenset[str]] = {}
        for phrase, keys in entries:
            if phrase:
                self._phrases[phrase] = self._phrases.get(phrase, frozenset()) | keys
        self.longest = max((len(p) for p in self._phrases), default=0)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self._phrases

    def __len__(self) -> int:
        return len(self._phrases)

    @property
    def phrases(self) -> Mapping[tuple[str, ...], frozenset[str]]:
        return self._phrases

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, frozenset[str]]]:
        """Every (start, end, keys) where a known phrase sits in ``words``."""
        found: list[tuple[int, int, frozenset[str]]] = []
        for size in range(1, min(self.longest, len(words)) + 1):
            for start in range(len(words) - size + 1):
                keys = self._phrases.get(tuple(words[start : start + size]))
                if keys:
                    found.append((start, start + size, keys))
        return found

    def lookup(self, words: Sequence[str], *, outermost: bool = False) -> frozenset[str]:
        spans = self.spans(words)
        if outermost:
            spans = [
                (s, e, k)
                for s, e, k in spans
                if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)
            ]
        result: frozenset[str] = frozenset()
        for _start, _end, keys in spans:
            result |= keys
        return result
