"""Two workstations edit the same records at once: do they ever lose an update?

Each workstation is its own ``Services`` over its own engine on the same database (the same
SQLite file, or the same PostgreSQL database), in its own thread. Every round it loads a
record, adds one to a counter kept in one of the record's fields, and saves. A save either
succeeds or is refused with a ConflictError (the person is told and keeps what they typed);
anything else is an unexpected error. At the end the counter must equal the number of saves
that succeeded: each one missing is an update lost.

Run it with bigger counts than the test does::

    .venv/bin/python -m tests.adversarial.hammer --rounds 300               # SQLite
    .venv/bin/python -m tests.adversarial.hammer --rounds 300 --postgres    # a throwaway server
"""

from __future__ import annotations

import argparse
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from acudesk.domain.clients import ClientData, ClientInput
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import ConflictError
from acudesk.domain.intake import Consent, IntakeData
from acudesk.domain.products import ProductCategory, ProductInput
from acudesk.domain.users import NewUser, Role, User
from acudesk.services.registry import Services, build_services
from acudesk.services.startup import open_database

KINDS = ("clients", "sessions", "products", "intakes", "settings", "clinic")
NOW = datetime(2026, 11, 23, 9, 0)
PNG = b"\x89PNG\r\n\x1a\nsig"


def fixed_clock() -> datetime:
    return NOW


@dataclass
class Tally:
    """What one kind of record went through: saves tried, refused and lost."""

    tried: int = 0
    saved: int = 0
    conflicts: int = 0
    unexpected: list[str] = field(default_factory=list)
    final: int = 0

    @property
    def lost(self) -> int:
        return self.saved - self.final


@dataclass(frozen=True)
class Targets:
    client: int
    session: int
    product: int


def _input_of(data: ClientData) -> ClientInput:
    return ClientInput(
        first_name=data.first_name,
        last_name=data.last_name,
        phone=data.phone,
        email=data.email,
        language=data.language,
        notes=data.notes,
    )


def _count(text: str) -> int:
    digits = text.rsplit(" ", 1)[-1]
    return int(digits) if digits.isdigit() else 0


def _bump_client(s: Services, actor: User, t: Targets) -> None:
    client = s.clients.get(actor, t.client)
    notes = str(_count(client.data.notes) + 1)
    s.clients.update(actor, client, replace(_input_of(client.data), notes=notes))


def _bump_session(s: Services, actor: User, t: Targets) -> None:
    loaded = s.sessions.get(actor, t.session)
    notes = replace(loaded.data.notes, treated=str(_count(loaded.data.notes.treated) + 1))
    s.sessions.save(actor, loaded, replace(loaded.data, notes=notes), loaded.chart)


def _bump_product(s: Services, actor: User, t: Targets) -> None:
    p = s.products.get(actor, t.product)
    value = ProductInput(p.name, p.brand, p.category, p.ingredients, notes=str(_count(p.notes) + 1))
    s.products.update(actor, p, value)


def _bump_intake(s: Services, actor: User, t: Targets) -> None:
    latest = s.intake.latest(actor, t.client)
    assert latest is not None
    skin = replace(latest.data.skin, goals=str(_count(latest.data.skin.goals) + 1))
    s.intake.record(actor, t.client, replace(latest.data, skin=skin), based_on=latest.id)


def _bump_settings(s: Services, actor: User, _t: Targets) -> None:
    loaded = s.settings.current()
    text = f"I agree. Revision {_count(loaded.consent_text) + 1}"
    s.settings.update(actor, replace(loaded, consent_text=text))


def _bump_clinic(s: Services, actor: User, _t: Targets) -> None:
    loaded = s.clinic.details()
    assert loaded is not None
    s.clinic.update(actor, replace(loaded, address=str(_count(loaded.address) + 1)))


BUMPS: dict[str, Callable[[Services, User, Targets], None]] = {
    "clients": _bump_client,
    "sessions": _bump_session,
    "products": _bump_product,
    "intakes": _bump_intake,
    "settings": _bump_settings,
    "clinic": _bump_clinic,
}


def _final(kind: str, s: Services, actor: User, t: Targets) -> int:
    if kind == "clients":
        return _count(s.clients.get(actor, t.client).data.notes)
    if kind == "sessions":
        return _count(s.sessions.get(actor, t.session).data.notes.treated)
    if kind == "products":
        return _count(s.products.get(actor, t.product).notes)
    if kind == "intakes":
        latest = s.intake.latest(actor, t.client)
        assert latest is not None
        return _count(latest.data.skin.goals)
    if kind == "settings":
        return _count(s.settings.current().consent_text)
    details = s.clinic.details()
    assert details is not None
    return _count(details.address)


def set_up(s: Services) -> tuple[User, Targets]:
    """A clinic, an admin, and the records both workstations will fight over."""
    admin = s.clinic.set_up(
        ClinicDetails("Hammer Clinic"), NewUser("owner", "Olivia", Role.ADMIN, "a good password")
    )
    client = s.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))
    consent = Consent(True, False, date(2026, 11, 20), PNG)
    s.intake.record(
        admin, client.id, IntakeData(taken_on=date(2026, 11, 20), consent=consent), based_on=None
    )
    session = s.sessions.start(admin, client.id)
    product = s.products.create(
        admin, ProductInput("Calm Serum", "Willow", ProductCategory.SOOTHING_SERUM, ("aqua",))
    )
    return admin, Targets(client.id, session.id, product.id)


def _workstation(
    s: Services,
    actor: User,
    targets: Targets,
    kinds: tuple[str, ...],
    rounds: int,
    tallies: dict[str, Tally],
    lock: threading.Lock,
    start: threading.Barrier,
) -> None:
    start.wait()
    for _ in range(rounds):
        for kind in kinds:
            outcome = "saved"
            try:
                BUMPS[kind](s, actor, targets)
            except ConflictError:
                outcome = "conflict"
            except Exception as error:  # counted and reported: the point of the hammer
                outcome = f"{type(error).__name__}: {error}"[:300]
            with lock:
                tally = tallies[kind]
                tally.tried += 1
                if outcome == "saved":
                    tally.saved += 1
                elif outcome == "conflict":
                    tally.conflicts += 1
                else:
                    tally.unexpected.append(outcome)


def hammer(
    url: str, rounds: int, kinds: tuple[str, ...] = KINDS, workstations: int = 2
) -> dict[str, Tally]:
    """``workstations`` threads, each on its own engine, ``rounds`` edits of every kind each."""
    opened = [open_database(url) for _ in range(workstations)]
    desks = [build_services(o.db, fixed_clock) for o in opened]
    try:
        actor, targets = set_up(desks[0])
        tallies = {kind: Tally() for kind in kinds}
        start_counts = {kind: _final(kind, desks[0], actor, targets) for kind in kinds}
        lock = threading.Lock()
        start = threading.Barrier(workstations)
        threads = [
            threading.Thread(
                target=_workstation,
                args=(desk, actor, targets, kinds, rounds, tallies, lock, start),
            )
            for desk in desks
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for kind in kinds:
            tallies[kind].final = _final(kind, desks[0], actor, targets) - start_counts[kind]
        return tallies
    finally:
        for o in opened:
            o.db.dispose()


def report(tallies: dict[str, Tally]) -> str:
    lines = [f"{'kind':<10}{'tried':>7}{'saved':>7}{'conflicts':>11}{'lost':>6}{'errors':>8}"]
    for kind, t in tallies.items():
        lines.append(
            f"{kind:<10}{t.tried:>7}{t.saved:>7}{t.conflicts:>11}{t.lost:>6}{len(t.unexpected):>8}"
        )
        lines.extend(f"    {e}" for e in sorted(set(t.unexpected))[:5])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="database URL (default: a new SQLite file)")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--postgres", action="store_true", help="start a throwaway server")
    parser.add_argument("--workstations", type=int, default=2)
    args = parser.parse_args()
    server = None
    if args.postgres:
        from tests.pgserver import start_server

        server = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            url = args.url or f"sqlite:///{Path(folder) / 'hammer.sqlite3'}"
            if server is not None:
                url = server.create_database()
            print(report(hammer(url, args.rounds, workstations=args.workstations)))
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
