"""What the session service checks on the way: a readable chart, the cautioned points not
confirmed yet, and the announcement of a changed session."""

from __future__ import annotations

from typing import Any

from acudesk.domain.changes import Changes
from acudesk.domain.chart import ChartDocument, ChartError, Placement
from acudesk.domain.errors import ValidationError
from acudesk.domain.i18n import QT_TRANSLATE_NOOP
from acudesk.domain.point_cautions import PointCaution, point_cautions, unconfirmed
from acudesk.domain.screening import Alert
from acudesk.services.work import Work
from acudesk.store.models import TreatmentSessionRecord

COMPLETED_ALREADY = QT_TRANSLATE_NOOP(
    "sessions", "This session is completed: amend it, giving a reason, to change it."
)


def unconfirmed_points(
    document: ChartDocument, alerts: list[Alert]
) -> list[tuple[Placement, list[PointCaution]]]:
    if not any(p.point for p in document):
        return []
    from acudesk.services.catalog import point_catalog

    cautions = point_cautions(point_catalog().points.values(), alerts)
    return unconfirmed(document, cautions)


def checked_chart(chart: list[dict[str, Any]]) -> ChartDocument:
    try:
        return ChartDocument.from_list(chart)
    except ChartError as error:
        raise ValidationError({"chart": str(error)}) from None


def changed_session(work: Work, record: TreatmentSessionRecord) -> None:
    work.changed(Changes.of(sessions=[record.id], session_clients=[record.client_id]))
