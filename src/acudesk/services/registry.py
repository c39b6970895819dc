"""The services one running app uses, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from acudesk.services.backup import BackupService
from acudesk.services.client_io import ClientTransferService
from acudesk.services.clients import ClientService
from acudesk.services.clinic import ClinicService
from acudesk.services.clock import Clock, system_clock
from acudesk.services.intake import IntakeService
from acudesk.services.records import RecordService
from acudesk.services.settings import SettingsService
from acudesk.services.users import UserService
from acudesk.store.engine import Database


@dataclass(frozen=True)
class Services:
    db: Database
    clinic: ClinicService
    users: UserService
    backup: BackupService
    clients: ClientService
    intake: IntakeService
    settings: SettingsService
    transfers: ClientTransferService
    records: RecordService
    clock: Clock = field(default=system_clock)


def build_services(db: Database, clock: Clock = system_clock) -> Services:
    return Services(
        db=db,
        clinic=ClinicService(db, clock),
        users=UserService(db, clock),
        backup=BackupService(db, clock),
        clients=ClientService(db, clock),
        intake=IntakeService(db, clock),
        settings=SettingsService(db, clock),
        transfers=ClientTransferService(db, clock),
        records=RecordService(db, clock),
        clock=clock,
    )
