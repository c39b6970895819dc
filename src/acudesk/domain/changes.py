"""What one successful write changed: a small immutable value every screen can filter.

Modelled on Anki's OpChanges. A service announces a ``Changes`` after it commits; screens
subscribed to the change bus refresh only what concerns them. Ids name the rows changed;
``client_ids`` lists every client whose page shows something that changed (their details,
an intake, a session, a handout), so a client page can ask one question.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields


def _ids(values: Iterable[int] | None) -> frozenset[int]:
    return frozenset(int(v) for v in values) if values is not None else frozenset()


@dataclass(frozen=True, slots=True)
class Changes:
    """Which records one operation changed. Empty sets mean "nothing of that kind"."""

    clients: frozenset[int] = field(default_factory=frozenset)  # client details
    intakes: frozenset[int] = field(default_factory=frozenset)  # clients whose intake changed
    sessions: frozenset[int] = field(default_factory=frozenset)  # session ids
    session_clients: frozenset[int] = field(default_factory=frozenset)  # their clients
    handouts: frozenset[int] = field(default_factory=frozenset)  # session ids given a sheet
    drafts: frozenset[int] = field(default_factory=frozenset)  # clients whose intake draft changed
    protocols: frozenset[int] = field(default_factory=frozenset)  # protocol ids
    products: frozenset[int] = field(default_factory=frozenset)
    waitlist: frozenset[int] = field(default_factory=frozenset)  # waitlist entry ids
    users: frozenset[int] = field(default_factory=frozenset)
    signed_out: frozenset[int] = field(default_factory=frozenset)  # accounts that lost access
    settings: frozenset[str] = field(default_factory=frozenset)  # setting keys
    appointments: frozenset[int] = field(default_factory=frozenset)  # appointment ids
    reminders: frozenset[int] = field(default_factory=frozenset)  # outbox message ids
    book: bool = False  # the book's set-up: locations, rooms, devices, services, hours
    clinic: bool = False  # clinic details (name, address, phone)
    everything: bool = False  # an import or a restore: every screen reloads

    @classmethod
    def of(
        cls,
        *,
        clients: Iterable[int] | None = None,
        intakes: Iterable[int] | None = None,
        sessions: Iterable[int] | None = None,
        session_clients: Iterable[int] | None = None,
        handouts: Iterable[int] | None = None,
        drafts: Iterable[int] | None = None,
        protocols: Iterable[int] | None = None,
        products: Iterable[int] | None = None,
        waitlist: Iterable[int] | None = None,
        users: Iterable[int] | None = None,
        signed_out: Iterable[int] | None = None,
        settings: Iterable[str] | None = None,
        appointments: Iterable[int] | None = None,
        reminders: Iterable[int] | None = None,
        book: bool = False,
        clinic: bool = False,
        everything: bool = False,
    ) -> Changes:
        """Build from any iterables (lists, generators, single-item tuples)."""
        return cls(
            clients=_ids(clients),
            intakes=_ids(intakes),
            sessions=_ids(sessions),
            session_clients=_ids(session_clients),
            handouts=_ids(handouts),
            drafts=_ids(drafts),
            protocols=_ids(protocols),
            products=_ids(products),
            waitlist=_ids(waitlist),
            users=_ids(users),
            signed_out=_ids(signed_out),
            settings=frozenset(settings or ()),
            appointments=_ids(appointments),
            reminders=_ids(reminders),
            book=book,
            clinic=clinic,
            everything=everything,
        )

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, object] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine or theirs) if isinstance(mine, bool) else mine | theirs
        return Changes(**merged)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return any(bool(getattr(self, f.name)) for f in fields(self))

    @property
    def client_ids(self) -> frozenset[int]:
        """Every client whose page shows something this change touched."""
        return self.clients | self.intakes | self.session_clients

    def touches_client(self, client_id: int) -> bool:
        return self.everything or client_id in self.client_ids

    def touches_settings(self, *keys: str) -> bool:
        """True when any of ``keys`` changed (any setting at all when none are given)."""
        if self.everything:
            return True
        return bool(self.settings) if not keys else bool(self.settings.intersection(keys))


NO_CHANGES = Changes()
