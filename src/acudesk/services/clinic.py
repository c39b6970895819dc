"""The clinic record: first-run set-up, details, and the demo flag."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.clinic import ClinicDetails, validate_clinic
from acudesk.domain.errors import (
    CLINIC,
    CLINIC_DETAILS,
    AlreadySetUp,
    NotFound,
    ValidationError,
)
from acudesk.domain.i18n import translate
from acudesk.domain.settings import ClinicFormats, validate_formats
from acudesk.domain.users import NewUser, Permission, Role, User, validate_new_user
from acudesk.services.guard import require
from acudesk.services.users import insert_user
from acudesk.services.work import Service
from acudesk.store.clinic import client_count_estimate, clinic_record, to_details
from acudesk.store.models import ClientRecord, ClinicRecord, UserRecord
from acudesk.store.settings import formats_values, put_settings
from acudesk.store.users import find_user, to_user

DEMO_PASSWORDS: dict[str, str] = {
    "reception": "reception-demo",
    "practitioner": "practitioner-demo",
    "admin": "admin-demo",
}


def _clean(details: ClinicDetails) -> ClinicDetails:
    return ClinicDetails(
        details.name.strip(), details.address.strip(), details.phone.strip(), details.is_demo
    )


class ClientCount(NamedTuple):
    """How many clients Home shows: exact, or about ``number`` (rounded to two figures)."""

    number: int
    exact: bool


def two_figures(number: int) -> int:
    """1,234,567 -> 1,200,000: an estimate is not shown to more figures than it has."""
    if number < 100:
        return number
    step = int(10 ** (len(str(number)) - 2))
    return (number + step // 2) // step * step


class ClinicService(Service):
    def needs_first_run(self) -> bool:
        """True on a new, empty database: no clinic yet, or no user to sign in with."""
        with self._db.read_only() as session:
            users = session.scalar(select(func.count()).select_from(UserRecord)) or 0
            return clinic_record(session) is None or users == 0

    def details(self) -> ClinicDetails | None:
        with self._db.read_only() as session:
            record = clinic_record(session)
            return None if record is None else to_details(record)

    def set_up(
        self, details: ClinicDetails, admin: NewUser, formats: ClinicFormats | None = None
    ) -> User:
        """First run: the clinic, its country and formats, and its first administrator, in
        one transaction (``formats`` None: the defaults, nothing stored)."""
        admin = NewUser(
            admin.username, admin.display_name, Role.ADMIN, admin.password, admin.language
        )
        errors = {f"clinic.{k}": v for k, v in validate_clinic(details).items()}
        if formats is not None:
            errors.update({f"formats.{k}": v for k, v in validate_formats(formats).items()})
        errors.update({f"admin.{k}": v for k, v in validate_new_user(admin).items()})
        if errors:
            raise ValidationError(errors)
        with self._work(what=CLINIC) as work:
            if clinic_record(work.session) is not None:
                raise AlreadySetUp(
                    translate(
                        "clinic", "This database already belongs to a clinic. Sign in instead."
                    )
                )
            work.actor = user = to_user(insert_user(work.session, admin, self._clock))
            clean = _clean(details)
            work.session.add(
                ClinicRecord(
                    name=clean.name,
                    address=clean.address,
                    phone=clean.phone,
                    is_demo=details.is_demo,
                    created_at=self._clock(),
                )
            )
            work.audit(AuditAction.CREATE, "clinic", clean.name)
            keys = put_settings(work.session, formats_values(formats)) if formats else []
            work.changed(Changes.of(clinic=True, users=[user.id], settings=keys))
            return user

    def update(self, actor: User, details: ClinicDetails) -> ClinicDetails:
        require(actor, Permission.MANAGE_CLINIC)  # before reading the input; again, as now, below
        errors = validate_clinic(details)
        if errors:
            raise ValidationError(errors)
        with self._work(actor, Permission.MANAGE_CLINIC) as work:
            record = clinic_record(work.session)
            if record is None:
                raise CLINIC.not_found()
            record = work.edit(ClinicRecord, record.id, details.version, what=CLINIC_DETAILS)
            clean = _clean(details)
            record.name, record.address, record.phone = clean.name, clean.address, clean.phone
            work.session.flush()
            work.audit(AuditAction.UPDATE, record, clean.name)
            work.changed(Changes.of(clinic=True))
            return to_details(record)

    def demo_passwords(self) -> dict[str, str]:
        """The demo users' passwords, for the login screen: only on a demo database."""
        details = self.details()
        if details is None or not details.is_demo:
            return {}
        return dict(DEMO_PASSWORDS)

    def demo_user(self, username: str = "practitioner") -> User:
        """A demo user without a password, for `acudesk --smoke`: refused on a real clinic."""
        with self._db.read_only() as session:
            clinic = clinic_record(session)
            # For developers running `acudesk --smoke`: left in English, like the CLI.
            if clinic is None or not clinic.is_demo:
                raise NotFound("--smoke needs a demo database (make one with 'acudesk demo').")
            record = find_user(session, username)
            if record is None or not record.active:
                raise NotFound(f"The demo database has no active user '{username}'.")
            return to_user(record)

    def client_count(self, actor: User) -> int:
        """How many clients the clinic has on record, archived ones included.

        A plain COUNT(*), which SQLite answers from the smallest index: the home screen
        shows it at start-up, so no filter that would read every row of 100,000 clients.
        """
        with self._read_as(actor, Permission.VIEW_CLIENTS) as session:
            return session.scalar(select(func.count()).select_from(ClientRecord)) or 0

    def client_count_at_a_glance(self, actor: User) -> ClientCount:
        """For Home's first paint: exact up to 10,000 clients, an estimate past that (from
        statistics the database keeps), so a million clients are not counted at start-up."""
        with self._read_as(actor, Permission.VIEW_CLIENTS) as session:
            number, exact = client_count_estimate(session)
        return ClientCount(number, True) if exact else ClientCount(two_figures(number), False)
