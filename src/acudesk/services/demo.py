"""Synthetic demo clinic: made-up people only, never real health data."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from acudesk.domain.clients import ClientData
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.errors import AlreadySetUp
from acudesk.domain.phones import remember_national_digits
from acudesk.domain.text import digits_only, fold
from acudesk.domain.users import NewUser, Role
from acudesk.services.clinic import DEMO_PASSWORDS, ClinicService
from acudesk.services.clock import Clock, system_clock
from acudesk.services.users import insert_user
from acudesk.store.clients import client_columns, insert_clients
from acudesk.store.engine import Database
from acudesk.store.models import ClientRecord
from acudesk.store.search_index import settle_after_bulk_write

DEMO_CLINIC = ClinicDetails(
    name="Lotus Demo Clinic",
    address="12 Example Street\nSampletown SA1 2BC",
    phone="+44 20 7946 0000",
    is_demo=True,
)

FIRST_NAMES = [
    "Anna",
    "Zoë",
    "Chloé",
    "Lucía",
    "Sofía",
    "Giulia",
    "Émilie",
    "Maëlle",
    "Ingrid",
    "Björk",
    "Agnieszka",
    "Małgorzata",
    "Nuala",
    "Siobhán",
    "Aoife",
    "Leilani",
    "Priya",
    "Aiko",
    "Mei",
    "Fatima",
    "Amara",
    "Olivia",
    "Emma",
    "Isla",
    "Freya",
    "Martina",
    "Chiara",
    "Elena",
    "Sara",
    "Noémie",
    "Ana",
    "Inês",
    "João",
    "Luca",
    "Marco",
    "Tomás",
    "James",
    "Oliver",
    "Daniel",
    "Ελένη",
    "Μαρία",
    "Δήμητρα",
    "Νίκος",
    "Анна",
    "Мария",
    "Ольга",
    "Дмитрий",
    "Наталья",
]
LAST_NAMES = [
    "Rossi",
    "Bianchi",
    "Müller",
    "Schäfer",
    "García",
    "Martínez",
    "López",
    "Dubois",
    "Lefèvre",
    "Novák",
    "Dvořák",
    "Kowalska",
    "Wiśniewska",
    "O'Brien",
    "Ní Bhriain",
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Evans",
    "Thompson",
    "Nakamura",
    "Tanaka",
    "Chen",
    "Wang",
    "Patel",
    "Sharma",
    "Okafor",
    "Mensah",
    "Haddad",
    "Silva",
    "Santos",
    "Pereira",
    "Costa",
    "Ferrari",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Larsen",
    "Johansson",
    "Nieminen",
    "Παπαδοπούλου",
    "Γεωργίου",
    "Οικονόμου",
    "Иванова",
    "Петрова",
    "Смирнова",
    "Кузнецова",
]
SOURCES = ["Friend", "Instagram", "Google", "Walk-in", "Leaflet", "Returning", ""]
LANGUAGES = ["en", "en", "en", "it"]
DEMO_REGION = "GB"
# UK numbers Ofcom keeps for drama and examples: valid, and nobody's real phone.
DRAMA_RANGES = [
    "+44 20 7946 0",
    "+44 113 496 0",
    "+44 114 496 0",
    "+44 116 496 0",
    "+44 117 496 0",
    "+44 118 496 0",
    "+44 121 496 0",
    "+44 131 496 0",
    "+44 141 496 0",
    "+44 151 496 0",
    "+44 161 496 0",
    "+44 191 498 0",
    "+44 28 9649 6",
    "+44 29 2018 0",
]


def _email_local(first: str, last: str, n: int) -> str:
    ascii_first = fold(first).encode("ascii", "ignore").decode() or "client"
    ascii_last = fold(last).replace(" ", "").replace("'", "").encode("ascii", "ignore").decode()
    return f"{ascii_first}.{ascii_last or 'demo'}{n}"


def _national_digits(international: str) -> str:
    """The digits of a UK number's national form: its trunk prefix 0, then the number after
    +44 (true of every UK number; a test checks it against phonenumbers for the demo's)."""
    return "0" + digits_only(international)[2:]


def _client_rows(count: int, start: int, rng: random.Random, now: Any) -> Iterator[dict[str, Any]]:
    today = date(2026, 1, 1)
    for i in range(start, start + count):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        dob = today - timedelta(days=rng.randint(18 * 365, 80 * 365))
        phone = f"{DRAMA_RANGES[i % len(DRAMA_RANGES)]}{(i // len(DRAMA_RANGES)) % 1000:03d}"
        email = f"{_email_local(first, last, i)}@example.com"
        data = ClientData(
            first_name=first,
            last_name=last,
            date_of_birth=dob,
            phone=phone,
            email=email,
            language=rng.choice(LANGUAGES),
            referral_source=rng.choice(SOURCES),
        )
        remember_national_digits(phone, DEMO_REGION, _national_digits(phone))  # no parsing
        yield client_columns(data, DEMO_REGION) | {
            "archived": i % 50 == 49,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }


def _set_up_demo_clinic(db: Database, clock: Clock) -> None:
    """One demo user per role, then the clinic row (last, so a half-made demo never looks
    set up)."""
    with db.unit_of_work() as session:
        for role in Role:
            insert_user(
                session,
                NewUser(role.value, f"Demo {role.label}", role, DEMO_PASSWORDS[role.value]),
                clock,
            )
    with db.unit_of_work() as session:
        from acudesk.store.models import ClinicRecord

        session.add(
            ClinicRecord(
                name=DEMO_CLINIC.name,
                address=DEMO_CLINIC.address,
                phone=DEMO_CLINIC.phone,
                is_demo=True,
                created_at=clock(),
            )
        )


def seed_demo(
    db: Database,
    clients: int = 500,
    *,
    clock: Clock = system_clock,
    progress: Callable[[int, int], None] | None = None,
    seed: int = 20261123,
    histories: int = 0,
) -> int:
    """Create the demo clinic, one user per role, and ``clients`` synthetic clients.

    A new demo clinic also gets ``histories`` clients with a signed intake and a course of
    sessions. On a database that already holds the demo clinic, only adds clients. Refuses a
    database that belongs to a real clinic. Returns the number of clients added.
    """
    clinic = ClinicService(db, clock)
    existing = clinic.details()
    if existing is not None and not existing.is_demo:
        raise AlreadySetUp(
            "This database belongs to a real clinic: demo data is only added to a demo database."
        )
    if existing is None:
        _set_up_demo_clinic(db, clock)
    rng = random.Random(seed)
    now = clock()
    batch = 5_000
    with db.unit_of_work() as session:
        start = session.scalar(select(func.count()).select_from(ClientRecord)) or 0
    done = 0
    while done < clients:
        size = min(batch, clients - done)
        rows = list(_client_rows(size, start + done, rng, now))
        with db.unit_of_work() as session:  # a short write: other workstations carry on
            insert_clients(session, rows)
        done += size
        if progress:
            progress(done, clients)
    settle_after_bulk_write(db, done)
    if existing is None and histories:
        from acudesk.services.demo_histories import seed_histories

        seed_histories(db, min(histories, done), clock=clock)
    if existing is None and done:
        from acudesk.services.demo_book import seed_demo_book

        with db.read_only() as session:  # the book's clients: the first few of the demo
            first = list(
                session.scalars(select(ClientRecord.id).order_by(ClientRecord.id).limit(40))
            )
        seed_demo_book(db, first, clock=clock)
    return done
