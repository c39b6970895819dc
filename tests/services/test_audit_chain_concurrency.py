"""Workstations writing audit events at the same moment still make one unbroken chain."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from acudesk.domain.clients import ClientInput
from acudesk.domain.users import NewUser, Role
from acudesk.services.registry import build_services
from acudesk.store.audit_chain import verify
from tests.conftest import CLINIC

WORKERS, READS = 4, 15


def test_concurrent_events_chain_without_gaps_or_forks(any_db, clock):
    services = build_services(any_db, clock)
    admin = services.clinic.set_up(CLINIC, NewUser("owner", "Olivia", Role.ADMIN, "pass-word-1"))
    anna = services.clients.create(admin, ClientInput(first_name="Anna", last_name="Rossi"))

    def workstation(_number: int) -> int:
        here = build_services(any_db, clock)  # its own services, the same database
        for _ in range(READS):
            here.clients.get(admin, anna.id)
        return READS

    with ThreadPoolExecutor(WORKERS) as pool:
        assert sum(pool.map(workstation, range(WORKERS))) == WORKERS * READS
    with any_db.read_only() as session:
        report = verify(session)
    assert report.intact
    assert report.checked == 2 + WORKERS * READS  # set-up, create, and every read
