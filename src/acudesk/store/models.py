"""SQLAlchemy 2 models. Alembic migrations own the schema; a test keeps them in step."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from acudesk.domain.clients import KEY_LIMITS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ClinicRecord(Base):
    """The one clinic this database belongs to (a single row)."""

    __tablename__ = "clinic"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class SettingRecord(Base):
    """Clinic-wide settings as key/value text (region, review period, waits...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    # Each key is saved compare-and-set: a change refused if the key moved since it was loaded.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class UserRecord(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Interface language ("en", "it"); NULL follows the computer's language.
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AuditEventRecord(Base):
    """Who did what, when: every write and every read of clinical data."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True
    )
    username: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    # The client the event concerns (filtering by client); no foreign key: the log outlives rows.
    client_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    # Tamper evidence: the event's place in the chain, and SHA-256 over its fields and the
    # previous event's hash (store/audit_chain.py). Triggers refuse UPDATE and DELETE.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)


class AuditChainRecord(Base):
    """The chain's head, one row: the last event's place and hash. Updating it orders writers."""

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class ClientRecord(Base):
    """A client of the clinic, with folded keys that search and duplicate checks run on."""

    __tablename__ = "client"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")
    physician: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    referral_source: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # The client's consent to appointment reminders, by kind: the day it was given (NULL: not).
    reminder_email_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    reminder_sms_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Keys: folded "first last" for duplicates, digits and lower-case email, and the
    # list's sort order and search text (kept together in one index the list scans).
    name_key: Mapped[str] = mapped_column(String(KEY_LIMITS["name_key"]))
    phone_digits: Mapped[str] = mapped_column(String(40), default="", index=True)
    email_key: Mapped[str] = mapped_column(String(254), default="", index=True)
    sort_key: Mapped[str] = mapped_column(String(KEY_LIMITS["sort_key"]))
    search_key: Mapped[str] = mapped_column(String(KEY_LIMITS["search_key"]))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_client_name_dob", "name_key", "date_of_birth"),
        Index("ix_client_list", "archived", "sort_key", "id", "search_key"),
    )


class IntakeRecord(Base):
    """One dated intake assessment. A review adds a row; rows are never rewritten."""

    __tablename__ = "intake"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    taken_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True
    )
    recorded_by: Mapped[str] = mapped_column(String(120))
    health: Mapped[dict[str, Any]] = mapped_column(JSON)
    skin: Mapped[dict[str, Any]] = mapped_column(JSON)
    consent_treatment: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    signature_png: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    # 1, 2, 3... per client, unique: two intakes saved from the same latest one cannot both
    # be the next, so one of two reviews at the same moment is refused, never lost.
    seq: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_intake_client_taken", "client_id", "taken_on", "id"),
        Index("uq_intake_client_seq", "client_id", "seq", unique=True),
    )


class DraftRecord(Base):
    """Unsaved form contents, kept while a person types so a crash loses nothing."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_draft_user_kind", "user_id", "kind"),)


OPEN_SESSION = text("status = 'open'")
OPEN_COURSE = text("closed_at IS NULL")


def one_open(name: str, where: Any) -> Index:
    """A client's one open course (or session): a unique index on the rows ``where`` holds.
    SQLite's predicate is given here; PostgreSQL's is added by ``partial_indexes_for_postgresql``
    (when a database on PostgreSQL is opened, and before any migration runs or is written),
    since naming it here would load the PostgreSQL dialect (some 40 ms) at every start on
    SQLite."""
    return Index(name, "client_id", unique=True, sqlite_where=where, info={"where": where})


def partial_indexes_for_postgresql() -> None:
    """The partial indexes' predicate for PostgreSQL too (the migrations create them so; the
    models say so before anything compares the two)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            where = index.info.get("where")
            if where is not None:
                index.dialect_kwargs["postgresql_where"] = where


class CourseRecord(Base):
    """A client's course of treatment: numbered per client, a planned length, open until
    closed. At most one open course per client (a partial unique index)."""

    __tablename__ = "treatment_course"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    planned_length: Mapped[int] = mapped_column(Integer, default=10)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("uq_treatment_course_client_number", "client_id", "number", unique=True),
        one_open("uq_treatment_course_one_open", OPEN_COURSE),
    )


class TreatmentSessionRecord(Base):
    """One treatment session of a client: the chart and everything charted around it.

    At most one open session per client (a partial unique index); a cancelled one keeps its
    reason and stays out of the history."""

    __tablename__ = "treatment_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    practitioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True
    )
    practitioner: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="open")
    course_number: Mapped[int] = mapped_column(Integer, default=1)
    course_length: Mapped[int] = mapped_column(Integer, default=10)
    retention_minutes: Mapped[int] = mapped_column(Integer, default=30)
    timer_started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    needles_in: Mapped[int | None] = mapped_column(Integer, nullable=True)
    needles_out: Mapped[int | None] = mapped_column(Integer, nullable=True)
    gua_sha: Mapped[bool] = mapped_column(Boolean, default=False)
    chart: Mapped[list[Any]] = mapped_column(JSON)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)  # precheck, events, notes, ...
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Imported from a record file: who imported it when, and who the file says recorded it.
    provenance: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_course.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The appointment it treats (started at the client's arrival): completing the session
    # completes that appointment. At most one session an appointment.
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), nullable=True, unique=True
    )
    course: Mapped[CourseRecord | None] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_treatment_session_client", "client_id", "started_at"),
        one_open("uq_treatment_session_one_open", OPEN_SESSION),
    )


class SessionAmendmentRecord(Base):
    """A change to a completed session: who, when, why, and the session before and after."""

    __tablename__ = "session_amendment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_session.id", ondelete="CASCADE"), index=True
    )
    amended_at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True
    )
    username: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)


class ProtocolRecord(Base):
    """A named chart a practitioner applies to new sessions."""

    __tablename__ = "protocol"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    chart: Mapped[list[Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ProductRecord(Base):
    """One product of the clinic's catalogue (recommended in aftercare)."""

    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    brand: Mapped[str] = mapped_column(String(120), default="")
    category: Mapped[str] = mapped_column(String(40))
    ingredients: Mapped[list[str]] = mapped_column(JSON)
    skin_types: Mapped[list[str]] = mapped_column(JSON)
    concerns: Mapped[list[str]] = mapped_column(JSON)
    fitzpatrick_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fitzpatrick_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fragrance_free: Mapped[bool] = mapped_column(Boolean, default=False)
    mineral_filters_only: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_product_category", "category", "name"),)


class HandoutRecord(Base):
    """An aftercare sheet as it was handed out: the PDF itself and its SHA-256, never rewritten."""

    __tablename__ = "handout"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_session.id", ondelete="RESTRICT"), index=True
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    issued_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True
    )
    issued_by: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8))
    page_size: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


# The appointment book's tables are in their own module; importing it here puts them in
# Base.metadata wherever the models are used (migrations, the schema test).
from acudesk.store import book_models as _book_models  # noqa: E402, F401
from acudesk.store import reminder_models as _reminder_models  # noqa: E402, F401
