"""Aftercare handouts: the sheet of a completed session, and every sheet handed out.

Each sheet given is kept as it was printed (the PDF and its SHA-256), so the clinic can
reprint exactly what the client took home, whatever changed since.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from acudesk.domain.audit import AuditAction
from acudesk.domain.changes import Changes
from acudesk.domain.chart import ChartDocument, ChartError
from acudesk.domain.errors import CLIENT, CLINIC, SESSION, AcudeskError, NotFound, ValidationError
from acudesk.domain.handout_words import area_words, reaction_words
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, in_english, translate
from acudesk.domain.treatment import SessionStatus, needles_in
from acudesk.domain.users import Permission, User
from acudesk.services.work import Service
from acudesk.store.models import ClientRecord, HandoutRecord, TreatmentSessionRecord

if TYPE_CHECKING:
    from acudesk.documents.aftercare import AftercareSheet
    from acudesk.domain.points import PointCatalog
    from acudesk.domain.recommendations import Recommendation

NOT_COMPLETED = QT_TRANSLATE_NOOP(
    "handouts",
    "This session is not completed yet: complete it first, then print the aftercare sheet.",
)


@dataclass(frozen=True, slots=True)
class IssuedHandout:
    """A sheet just handed out: the exact bytes that were kept."""

    id: int
    pdf: bytes
    sha256: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedHandoutInfo:
    """One line of "Handouts given"."""

    id: int
    session_id: int
    issued_at: datetime
    issued_by: str
    language: str
    page_size: str
    sha256: str
    size: int


class PendingSession(NamedTuple):
    """A session completed today (for "Print all of today's handouts")."""

    session_id: int
    client_name: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _areas(chart: ChartDocument, catalog: PointCatalog, language: str) -> tuple[str, ...]:
    zones: list[str] = []
    for placement in chart:
        if placement.needle_count and placement.point in catalog.points:
            zones += catalog.point(placement.point).zones
    return area_words(zones, language)


class HandoutService(Service):
    # Building

    def _sheet(
        self,
        session: Session,
        session_id: int,
        language: str | None,
        picks: Sequence[Recommendation] | None,
    ) -> tuple[AftercareSheet, TreatmentSessionRecord, str]:
        """The sheet of a completed session, and the page size to print it on."""
        from acudesk.documents.aftercare import AftercareSheet
        from acudesk.services.catalog import point_catalog
        from acudesk.store.clinic import clinic_record, to_details
        from acudesk.store.sessions import to_session
        from acudesk.store.settings import load_clinic_handout_template, load_handout_settings

        record = session.get(TreatmentSessionRecord, session_id)
        if record is None:
            raise SESSION.not_found()
        if record.status != SessionStatus.COMPLETED.value:
            raise ValidationError({"session": translate("handouts", NOT_COMPLETED)})
        client = session.get(ClientRecord, record.client_id)
        if client is None:
            raise CLIENT.not_found()
        clinic = clinic_record(session)
        if clinic is None:
            raise CLINIC.not_found()
        treatment = to_session(record)
        try:
            chart = ChartDocument.from_list(list(record.chart))
        except ChartError as error:
            #: {problem} says what is malformed in the stored chart.
            message = translate("handouts", "The chart of this session cannot be read: {problem}")
            raise AcudeskError(message.format(problem=error)) from None
        lang = language or client.language or "en"
        template = load_clinic_handout_template(session, lang)
        lang = template.language
        settings = load_handout_settings(session)
        chosen = self._recommend(session, client.id, picks, lang)
        data = treatment.data
        sheet = AftercareSheet(
            clinic=to_details(clinic),
            logo_png=settings.logo_png,
            client_name=f"{client.first_name} {client.last_name}".strip(),
            language=lang,
            session_date=data.started_at,
            practitioner=record.practitioner,
            areas=_areas(chart, point_catalog(), lang),
            needle_count=needles_in(data, chart.needle_count),
            electro=chart.uses_electro,
            gua_sha=data.gua_sha,
            chart=chart if len(chart) else None,
            reactions=reaction_words(chart, data.adverse_events, lang),
            products=chosen,
            next_appointment=self._next_visit(session, record, data.next_appointment),
            template=template,
        )
        return sheet, record, settings.page_size

    @staticmethod
    def _next_visit(
        session: Session, record: TreatmentSessionRecord, typed: datetime | None
    ) -> datetime | None:
        """The client's next appointment in the book after this session (not the one it
        treats); the date typed on the session only when the book holds none."""
        from acudesk.store.day import next_appointment

        after = record.completed_at or record.started_at
        booked = next_appointment(session, record.client_id, after, besides=record.appointment_id)
        return booked or typed

    def _recommend(
        self,
        session: Session,
        client_id: int,
        picks: Sequence[Recommendation] | None,
        language: str,
    ) -> tuple[Recommendation, ...]:
        """The practitioner's picks, or else the catalogue's for the client's latest intake (in
        this transaction), each with its reason re-explained in the sheet's language."""
        from acudesk.domain.recommendations import explain, recommend
        from acudesk.store.intakes import client_skin
        from acudesk.store.products import load_products

        _intake, skin, allergies = client_skin(session, client_id)
        products = load_products(session)
        if picks is None:
            picks = recommend(products, skin, allergies).picks
        # The catalogue is where an allergy acudesk's table does not know may still be found
        # word for word; without it, nothing is claimed about that allergy.
        return tuple(
            replace(p, reason=explain(p.product, skin, allergies, language, catalogue=products))
            for p in picks
        )

    @staticmethod
    def build_pdf(sheet: AftercareSheet, page_size: str) -> bytes:
        from acudesk.documents.aftercare import build_aftercare_sheet
        from acudesk.services.catalog import point_catalog

        # The sheet speaks the client's language from its own template and tables; nothing on
        # it follows the screens' language, whatever a fallback might otherwise reach for.
        with in_english():
            return build_aftercare_sheet(sheet, point_catalog(), page_size=page_size)

    def _read(
        self,
        actor: User,
        session_id: int,
        language: str | None,
        picks: Sequence[Recommendation] | None,
    ) -> tuple[AftercareSheet, str]:
        """The sheet and its paper size, read in one audited transaction."""
        with self._work(actor, Permission.PRINT_HANDOUTS) as work:
            sheet, record, size = self._sheet(work.session, session_id, language, picks)
            work.audit(AuditAction.READ, record, "aftercare sheet")
            return sheet, size

    def sheet_for(
        self,
        actor: User,
        session_id: int,
        *,
        language: str | None = None,
        picks: Sequence[Recommendation] | None = None,
    ) -> AftercareSheet:
        """What the sheet of a completed session says; ``picks`` replace the catalogue's."""
        return self._read(actor, session_id, language, picks)[0]

    def preview(
        self,
        actor: User,
        session_id: int,
        *,
        language: str | None = None,
        picks: Sequence[Recommendation] | None = None,
    ) -> bytes:
        """The PDF as it would print, without recording it as handed out."""
        sheet, size = self._read(actor, session_id, language, picks)
        return self.build_pdf(sheet, size)

    def prepare(self, actor: User, session_id: int) -> tuple[AftercareSheet, str]:
        """The sheet and its paper size, for a PDF to be built outside the service (a batch's
        worker) and handed to issue(); issue() records and audits what it keeps."""
        with self._read_as(actor, Permission.PRINT_HANDOUTS) as session:
            sheet, _record, size = self._sheet(session, session_id, None, None)
            return sheet, size

    # Handing out

    def issue(
        self,
        actor: User,
        session_id: int,
        *,
        language: str | None = None,
        picks: Sequence[Recommendation] | None = None,
        built: tuple[AftercareSheet, str, bytes] | None = None,
    ) -> IssuedHandout:
        """Build the sheet and keep it as handed out, with an audit event, in one transaction.

        ``built`` is a PDF made beforehand from (sheet, page size), as prepare() gave them: it
        is kept if the session still gives that same sheet, else the sheet is built afresh.
        """
        with self._work(actor, Permission.PRINT_HANDOUTS) as work:
            sheet, record, size = self._sheet(work.session, session_id, language, picks)
            if built is not None and built[:2] == (sheet, size):
                pdf = built[2]  # made elsewhere (a batch's worker) from what is still true
            else:
                pdf = self.build_pdf(sheet, size)
            kept = HandoutRecord(
                session_id=record.id,
                client_id=record.client_id,
                issued_at=self._clock(),
                issued_by_id=actor.id,
                issued_by=actor.display_name,
                language=sheet.language,
                page_size=size,
                sha256=sha256_hex(pdf),
                pdf=pdf,
            )
            work.session.add(kept)
            work.session.flush()
            detail = f"session {record.id}, {sheet.language}, {size}, sha256 {kept.sha256[:12]}"
            work.audit(AuditAction.CREATE, kept, detail)
            work.changed(Changes.of(handouts=[record.id], session_clients=[record.client_id]))
            return IssuedHandout(kept.id, pdf, kept.sha256, kept.issued_at)

    def issued(self, actor: User, session_id: int) -> list[IssuedHandoutInfo]:
        """The sheets handed out for a session, newest first."""
        with self._work(actor, Permission.PRINT_HANDOUTS) as work:
            session = work.session
            rows = session.execute(
                select(
                    HandoutRecord.id,
                    HandoutRecord.session_id,
                    HandoutRecord.issued_at,
                    HandoutRecord.issued_by,
                    HandoutRecord.language,
                    HandoutRecord.page_size,
                    HandoutRecord.sha256,
                )
                .where(HandoutRecord.session_id == session_id)
                .order_by(HandoutRecord.issued_at.desc(), HandoutRecord.id.desc())
            ).all()
            sizes = self._sizes(session, [r.id for r in rows])
            client_id = session.scalar(
                select(TreatmentSessionRecord.client_id).where(
                    TreatmentSessionRecord.id == session_id
                )
            )
            work.audit(
                AuditAction.READ, "session", "handouts given", entity_id=session_id,
                client_id=client_id,
            )  # fmt: skip
            return [IssuedHandoutInfo(*r, size=sizes.get(r.id, 0)) for r in rows]

    @staticmethod
    def _sizes(session: Session, ids: list[int]) -> dict[int, int]:
        if not ids:
            return {}
        length = func.length(HandoutRecord.pdf)
        rows = session.execute(
            select(HandoutRecord.id, length).where(HandoutRecord.id.in_(ids))
        ).all()
        return {row[0]: int(row[1] or 0) for row in rows}

    def reprint(self, actor: User, handout_id: int) -> bytes:
        """Exactly the stored bytes of a sheet given, checked against its SHA-256."""
        with self._work(actor, Permission.PRINT_HANDOUTS) as work:
            record = work.session.get(HandoutRecord, handout_id)
            if record is None:
                raise NotFound(translate("handouts", "That handout is not on record."))
            pdf = bytes(record.pdf)
            if sha256_hex(pdf) != record.sha256:
                raise AcudeskError(
                    translate(
                        "handouts",
                        "The stored copy of this handout does not match its fingerprint, so it "
                        "is not printed. Restore a backup, or ask your administrator.",
                    )
                )
            work.audit(AuditAction.EXPORT, record, f"reprint, session {record.session_id}")
            return pdf

    def todays_completed_sessions(
        self, actor: User, *, without_handout: bool = False
    ) -> list[PendingSession]:
        """Sessions completed today, in the order they were completed; ``without_handout``
        leaves out those that already have a sheet handed out."""
        start = datetime.combine(self._clock().date(), time.min)
        statement = (
            select(TreatmentSessionRecord.id, ClientRecord.first_name, ClientRecord.last_name)
            .join(ClientRecord, ClientRecord.id == TreatmentSessionRecord.client_id)
            .where(
                TreatmentSessionRecord.status == SessionStatus.COMPLETED.value,
                TreatmentSessionRecord.completed_at >= start,
                TreatmentSessionRecord.completed_at < start + timedelta(days=1),
            )
            .order_by(TreatmentSessionRecord.completed_at, TreatmentSessionRecord.id)
        )
        if without_handout:
            given = exists().where(HandoutRecord.session_id == TreatmentSessionRecord.id)
            statement = statement.where(~given)
        with self._work(actor, Permission.PRINT_HANDOUTS) as work:
            found = [
                PendingSession(sid, f"{first} {last}".strip())
                for sid, first, last in work.session.execute(statement)
            ]
            ids = ",".join(str(p.session_id) for p in found)[:1800]
            work.audit(AuditAction.READ, "session", f"completed today: {ids}")
            return found
