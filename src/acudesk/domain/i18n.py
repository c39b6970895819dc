"""The words domain rules and services show to people, in the language of the screens.

Every such message is written in English and passed through ``translate(context, source)``
where it is made (an error when it is raised, an alert when screening runs). By default
``translate`` returns the English source, so the CLI and the tests read English; the UI
points the hook at Qt once at start (``set_translator(QCoreApplication.translate)``, see
``acudesk.ui.i18n_hook``), and from then on the messages come out of the installed
``messages_<lang>.qm`` catalogue.

Why one module-level hook: the language of the screens is the one process-wide setting
there is, exactly like the translators Qt installs on its application object. Passing a
translator down to every rule that words a message would thread a parameter through most
of the domain and change nothing a rule decides. The hook only ever changes words.

How to write a message, so that pyside6-lupdate finds it (its Python parser knows calls
named ``translate`` and ``QT_TRANSLATE_NOOP`` with literal arguments, nothing else):

- ``translate("screening", "Wait {days} more days.").format(days=left)``: translate the
  TEMPLATE, then fill it in. Never an f-string inside ``translate``: lupdate would extract
  the braces, and no translation would ever match the filled-in text.
- A count: Qt's ``%n`` with the count as the FOURTH POSITIONAL argument (lupdate ignores
  ``n=`` given by keyword): ``translate("screening", "%n more day(s)", None, left)``. The
  catalogues then hold the singular and plural (messages_it.ts, and messages_en.ts for the
  English screens). Where no catalogue answers (the CLI), ``(s)`` becomes "" for one and "s"
  for any other count, and ``(try|tries)`` its first word for one and its second otherwise,
  so English reads right without Qt too.
- A constant made at import time (a table of labels): mark the English with
  ``QT_TRANSLATE_NOOP("intake", "Breastfeeding")`` and translate it when it is shown, e.g.
  through a ``label`` property or a ``LazyTexts`` table, so that a language chosen after the
  import still applies.
- A comment for the translator goes on the line before the call, starting ``#:``.

Documents and files that must stay English whatever the screens speak (the intake summary
PDF, exports, audit details) are made inside ``with in_english():``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

Translator = Callable[[str, str, str | None, int], str]
"""The shape of ``QCoreApplication.translate(context, source, disambiguation, n)``."""

K = TypeVar("K", bound=Hashable)
_EITHER = re.compile(r"\((\w*)\|(\w*)\)")  # (try|tries): the singular, then the plural


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source


_translator: Translator = _english
_language = ""  # the catalogue's language behind the translator ("" for the English sources)
# A context variable, not a second global: a thread writing an English document does not
# turn the screens English for another thread, and nesting restores what was there.
_english_only: ContextVar[bool] = ContextVar("acudesk_english_only", default=False)


def set_translator(translator: Translator | None, language: str = "") -> None:
    """Route every message through ``translator`` (None: back to the English sources);
    ``language`` names its catalogue, so worker processes can speak it too."""
    global _translator, _language
    _translator = translator or _english
    _language = language if translator is not None else ""


def messages_language() -> str:
    """The language messages are translated into ("" for English): what a worker installs."""
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language of the screens; ``n`` >= 0 fills ``%n`` and picks the plural."""
    text = source if _english_only.get() else _translator(context, source, disambiguation, n)
    if n >= 0:
        text = text.replace("%n", str(n))
        if text == source.replace("%n", str(n)):  # not translated: English plural
            text = text.replace("(s)", "" if n == 1 else "s")
            text = _EITHER.sub(lambda m: m[1] if n == 1 else m[2], text)
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue without translating it now (it is translated when
    shown). Named as Qt names its own marker, because that name is what lupdate looks for."""
    return source


@contextmanager
def in_english() -> Iterator[None]:
    """Within this block every message is its English source, whatever the screens speak."""
    token = _english_only.set(True)
    try:
        yield
    finally:
        _english_only.reset(token)


class LazyTexts(Mapping[K, str]):
    """A table of English sources, each translated when it is read: ``table[key]``,
    ``.items()``, ``.get()`` give the words of the moment; ``.source(key)`` the English."""

    __slots__ = ("_context", "_sources")

    def __init__(self, context: str, sources: Mapping[K, str]) -> None:
        self._context = context
        self._sources = dict(sources)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._sources[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def source(self, key: K) -> str:
        return self._sources[key]

    def __repr__(self) -> str:
        return f"LazyTexts({self._context!r}, {self._sources!r})"


class LazyPairs:
    """Ordered (key, text) pairs whose texts are translated as they are read: a tuple of pairs
    that speaks the language of the moment. ``dict(pairs)`` and ``for key, text in pairs``
    work as with a tuple (no ``keys()`` method on purpose: ``dict()`` would then treat it as a
    mapping); ``.text(key)`` and ``.source(key)`` look one up."""

    __slots__ = ("_context", "_sources")

    def __init__(self, context: str, pairs: Iterable[tuple[str, str]]) -> None:
        self._context = context
        self._sources = dict(pairs)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((key, translate(self._context, text)) for key, text in self._sources.items())

    def __len__(self) -> int:
        return len(self._sources)

    def ids(self) -> tuple[str, ...]:
        return tuple(self._sources)

    def text(self, key: str, default: str | None = None) -> str:
        """The translated text of ``key``; ``default`` (or the key) when there is none."""
        if key not in self._sources:
            return key if default is None else default
        return translate(self._context, self._sources[key])

    def source(self, key: str) -> str:
        return self._sources[key]

    def __repr__(self) -> str:
        return f"LazyPairs({self._context!r}, {list(self._sources.items())!r})"
