"""The services one running app uses, built once by the composition root.

Each service is created (and its module imported) the first time a screen asks for it, so
start-up pays only for what the first window uses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from acudesk.services.changes import ChangeBus
from acudesk.services.clock import Clock, system_clock
from acudesk.store.engine import Database

if TYPE_CHECKING:  # the book searched, and a course changed from one session on
    from acudesk.services.book_search import BookSearchService
    from acudesk.services.book_series import BookSeriesService

if TYPE_CHECKING:
    from acudesk.services.audit import AuditService
    from acudesk.services.auto_backup import AutoBackupService
    from acudesk.services.backup import BackupService
    from acudesk.services.book import BookService
    from acudesk.services.book_reads import BookReadService
    from acudesk.services.book_setup import BookSetupService
    from acudesk.services.book_setup_people import PeopleSetupService
    from acudesk.services.book_setup_services import TreatmentSetupService
    from acudesk.services.change_watch import ChangeWatchService
    from acudesk.services.client_io import ClientTransferService
    from acudesk.services.clients import ClientService
    from acudesk.services.clinic import ClinicService
    from acudesk.services.courses import CourseService
    from acudesk.services.handouts import HandoutService
    from acudesk.services.intake import IntakeService
    from acudesk.services.products import ProductService
    from acudesk.services.protocols import ProtocolService
    from acudesk.services.records import RecordService
    from acudesk.services.reminder_settings import ReminderSettingsService
    from acudesk.services.reminders import ReminderService
    from acudesk.services.sessions import SessionService
    from acudesk.services.settings import SettingsService
    from acudesk.services.today import TodayService
    from acudesk.services.users import UserService
    from acudesk.services.visits import VisitService
    from acudesk.services.waitlist import WaitlistService


class Services:
    def __init__(
        self,
        db: Database,
        clock: Clock = system_clock,
        bus: ChangeBus | None = None,
        keyring: Any = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.bus = bus if bus is not None else ChangeBus()
        # Where the SMTP password is kept: None is the operating system's keyring.
        self.keyring = keyring

    def __repr__(self) -> str:
        return f"Services({self.db.info.description})"

    @cached_property
    def clinic(self) -> ClinicService:
        from acudesk.services.clinic import ClinicService

        return ClinicService(self.db, self.clock, self.bus)

    @cached_property
    def audit(self) -> AuditService:
        from acudesk.services.audit import AuditService

        return AuditService(self.db, self.clock, self.bus)

    @cached_property
    def users(self) -> UserService:
        from acudesk.services.users import UserService

        return UserService(self.db, self.clock, self.bus)

    @cached_property
    def backup(self) -> BackupService:
        from acudesk.services.backup import BackupService

        return BackupService(self.db, self.clock, self.bus)

    @cached_property
    def book(self) -> BookService:
        from acudesk.services.book import BookService

        return BookService(self.db, self.clock, self.bus)

    @cached_property
    def book_reads(self) -> BookReadService:
        from acudesk.services.book_reads import BookReadService

        return BookReadService(self.db, self.clock, self.bus)

    @cached_property
    def book_setup(self) -> BookSetupService:
        from acudesk.services.book_setup import BookSetupService

        return BookSetupService(self.db, self.clock, self.bus)

    @cached_property
    def book_services(self) -> TreatmentSetupService:
        from acudesk.services.book_setup_services import TreatmentSetupService

        return TreatmentSetupService(self.db, self.clock, self.bus)

    @cached_property
    def book_people(self) -> PeopleSetupService:
        from acudesk.services.book_setup_people import PeopleSetupService

        return PeopleSetupService(self.db, self.clock, self.bus)

    @cached_property
    def auto_backup(self) -> AutoBackupService:
        from acudesk.services.auto_backup import AutoBackupService

        return AutoBackupService(self.db, self.clock, self.bus)

    @cached_property
    def clients(self) -> ClientService:
        from acudesk.services.clients import ClientService

        return ClientService(self.db, self.clock, self.bus)

    @cached_property
    def courses(self) -> CourseService:
        from acudesk.services.courses import CourseService

        return CourseService(self.db, self.clock, self.bus)

    @cached_property
    def book_search(self) -> BookSearchService:
        from acudesk.services.book_search import BookSearchService

        return BookSearchService(self.db, self.clock, self.bus)

    @cached_property
    def book_series(self) -> BookSeriesService:
        from acudesk.services.book_series import BookSeriesService

        return BookSeriesService(self.db, self.clock, self.bus)

    @cached_property
    def protocols(self) -> ProtocolService:
        from acudesk.services.protocols import ProtocolService

        return ProtocolService(self.db, self.clock, self.bus)

    @cached_property
    def intake(self) -> IntakeService:
        from acudesk.services.intake import IntakeService

        return IntakeService(self.db, self.clock, self.bus)

    @cached_property
    def settings(self) -> SettingsService:
        from acudesk.services.settings import SettingsService

        return SettingsService(self.db, self.clock, self.bus)

    @cached_property
    def transfers(self) -> ClientTransferService:
        from acudesk.services.client_io import ClientTransferService

        return ClientTransferService(self.db, self.clock, self.bus)

    @cached_property
    def records(self) -> RecordService:
        from acudesk.services.records import RecordService

        return RecordService(self.db, self.clock, self.bus)

    @cached_property
    def products(self) -> ProductService:
        from acudesk.services.products import ProductService

        return ProductService(self.db, self.clock, self.bus)

    @cached_property
    def sessions(self) -> SessionService:
        from acudesk.services.sessions import SessionService

        return SessionService(self.db, self.clock, self.bus)

    @cached_property
    def reminders(self) -> ReminderService:
        from acudesk.services.reminders import ReminderService

        return ReminderService(self.db, self.clock, self.bus, keyring=self.keyring)

    @cached_property
    def reminder_settings(self) -> ReminderSettingsService:
        from acudesk.services.reminder_settings import ReminderSettingsService

        return ReminderSettingsService(self.db, self.clock, self.bus, keyring=self.keyring)

    @cached_property
    def handouts(self) -> HandoutService:
        from acudesk.services.handouts import HandoutService

        return HandoutService(self.db, self.clock, self.bus)

    @cached_property
    def change_watch(self) -> ChangeWatchService:
        from acudesk.services.change_watch import ChangeWatchService

        return ChangeWatchService(self.db, self.clock, self.bus)

    @cached_property
    def today(self) -> TodayService:
        from acudesk.services.today import TodayService

        return TodayService(self.db, self.clock, self.bus)

    @cached_property
    def visits(self) -> VisitService:
        from acudesk.services.visits import VisitService

        return VisitService(self.db, self.clock, self.bus)

    @cached_property
    def waitlist(self) -> WaitlistService:
        from acudesk.services.waitlist import WaitlistService

        return WaitlistService(self.db, self.clock, self.bus)


def build_services(
    db: Database, clock: Clock = system_clock, bus: ChangeBus | None = None, keyring: Any = None
) -> Services:
    """Every service over one database, clock and change bus (a new bus when none given);
    ``keyring`` keeps the SMTP password (None: the operating system's)."""
    return Services(db, clock, bus, keyring)
