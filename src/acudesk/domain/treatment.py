"""A treatment session: its place in the course, the pre-treatment check, the needle count,
reactions and incidents, notes, and the rules for completing and amending it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from acudesk.domain.chart import PlacementKind, placement_from_dict, placement_to_dict
from acudesk.domain.courses import DEFAULT_COURSE_LENGTH
from acudesk.domain.i18n import QT_TRANSLATE_NOOP, LazyTexts, translate
from acudesk.domain.screening import Alert, Severity

DEFAULT_RETENTION_MINUTES = 30
MAX_RETENTION_MINUTES = 120


class SessionStatus(enum.StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # started, then called off with a reason; out of the history


class AdverseEventKind(enum.StrEnum):
    BRUISING = "bruising"
    BLEEDING = "bleeding"
    PAIN = "pain"
    FAINTING = "fainting"
    DROWSINESS = "drowsiness"
    NAUSEA = "nausea"
    AGGRAVATION = "aggravation"
    INFECTION = "infection"
    ALLERGY = "allergy"
    STUCK_NEEDLE = "stuck-needle"
    BENT_NEEDLE = "bent-needle"
    BROKEN_NEEDLE = "broken-needle"
    MISSING_NEEDLE = "missing-needle"
    OTHER = "other"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]


EVENT_LABELS = LazyTexts(
    "treatment",
    {
        AdverseEventKind.BRUISING: QT_TRANSLATE_NOOP("treatment", "Bruising"),
        AdverseEventKind.BLEEDING: QT_TRANSLATE_NOOP("treatment", "Bleeding"),
        AdverseEventKind.PAIN: QT_TRANSLATE_NOOP("treatment", "Pain"),
        AdverseEventKind.FAINTING: QT_TRANSLATE_NOOP("treatment", "Fainting"),
        AdverseEventKind.DROWSINESS: QT_TRANSLATE_NOOP("treatment", "Drowsiness"),
        AdverseEventKind.NAUSEA: QT_TRANSLATE_NOOP("treatment", "Nausea"),
        AdverseEventKind.AGGRAVATION: QT_TRANSLATE_NOOP("treatment", "Aggravation"),
        AdverseEventKind.INFECTION: QT_TRANSLATE_NOOP("treatment", "Infection"),
        AdverseEventKind.ALLERGY: QT_TRANSLATE_NOOP("treatment", "Allergy"),
        AdverseEventKind.STUCK_NEEDLE: QT_TRANSLATE_NOOP("treatment", "Stuck needle"),
        AdverseEventKind.BENT_NEEDLE: QT_TRANSLATE_NOOP("treatment", "Bent needle"),
        AdverseEventKind.BROKEN_NEEDLE: QT_TRANSLATE_NOOP("treatment", "Broken needle"),
        AdverseEventKind.MISSING_NEEDLE: QT_TRANSLATE_NOOP("treatment", "Missing needle"),
        AdverseEventKind.OTHER: QT_TRANSLATE_NOOP("treatment", "Other"),
    },
)

# What a practitioner usually does, offered as a starting text for the "action" field (in the
# language of the screens: once saved, it is the practitioner's own note).
STANDARD_RESPONSE = LazyTexts(
    "treatment",
    {
        AdverseEventKind.BRUISING: QT_TRANSLATE_NOOP(
            "treatment",
            "Firm pressure with dry sterile cotton; told the client it fades within days.",
        ),
        AdverseEventKind.BLEEDING: QT_TRANSLATE_NOOP(
            "treatment", "Pressure with dry sterile cotton; handled as blood."
        ),
        AdverseEventKind.PAIN: QT_TRANSLATE_NOOP(
            "treatment", "Withdrew or repositioned the needle."
        ),
        AdverseEventKind.FAINTING: QT_TRANSLATE_NOOP(
            "treatment",
            "Stopped, removed all needles, laid the client flat with legs raised, monitored "
            "until recovered; warm sweet drink.",
        ),
        AdverseEventKind.DROWSINESS: QT_TRANSLATE_NOOP("treatment", "Advised care before driving."),
        AdverseEventKind.NAUSEA: QT_TRANSLATE_NOOP("treatment", "Client lay down and rested."),
        AdverseEventKind.STUCK_NEEDLE: QT_TRANSLATE_NOOP(
            "treatment",
            "Client relaxed; rotated back or massaged around the point, then withdrew.",
        ),
        AdverseEventKind.BENT_NEEDLE: QT_TRANSLATE_NOOP(
            "treatment", "Withdrew and replaced the needle."
        ),
        AdverseEventKind.BROKEN_NEEDLE: QT_TRANSLATE_NOOP(
            "treatment", "Kept the client still; removed the fragment or referred for removal."
        ),
        AdverseEventKind.MISSING_NEEDLE: QT_TRANSLATE_NOOP(
            "treatment", "Searched the client, clothing, couch and floor."
        ),
    },
)


class EventSeverity(enum.StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


@dataclass(frozen=True, slots=True)
class AdverseEvent:
    kind: AdverseEventKind
    severity: EventSeverity = EventSeverity.MILD
    description: str = ""
    action: str = ""


@dataclass(frozen=True, slots=True)
class NeedleIncident:
    """Recorded when the needles out do not match the needles in."""

    searched: str  # where was searched (client, clothing, couch, floor, hairline...)
    found: bool
    action: str


@dataclass(frozen=True, slots=True)
class PreCheck:
    """Before needling: the alerts were read, and nothing changed since the intake."""

    alerts_reviewed: bool = False
    intake_unchanged: bool = False
    intake_id: int | None = None
    override_reason: str = ""  # required to go ahead while a "block" alert stands


@dataclass(frozen=True, slots=True)
class Confirmation:
    """A practitioner's confirmation to needle a cautioned point, with the reason."""

    point: str
    alert: str
    reason: str


@dataclass(frozen=True, slots=True)
class SessionNotes:
    treated: str = ""
    response: str = ""
    plan: str = ""


@dataclass(frozen=True, slots=True)
class SessionRecordData:
    """Everything of a session that the practitioner edits (the chart travels beside it)."""

    started_at: datetime
    course_number: int = 1
    course_length: int = DEFAULT_COURSE_LENGTH
    retention_minutes: int = DEFAULT_RETENTION_MINUTES
    precheck: PreCheck = PreCheck()
    needles_in: int | None = None  # None: taken from the chart
    needles_out: int | None = None
    gua_sha: bool = False
    adverse_events: tuple[AdverseEvent, ...] = ()
    incident: NeedleIncident | None = None
    confirmations: tuple[Confirmation, ...] = ()
    notes: SessionNotes = SessionNotes()
    next_appointment: datetime | None = None  # printed on the aftercare sheet when booked


@dataclass(frozen=True, slots=True)
class TreatmentSession:
    id: int
    client_id: int
    version: int
    status: SessionStatus
    practitioner: str
    data: SessionRecordData
    chart: list[dict[str, object]] = field(default_factory=list)
    completed_at: datetime | None = None
    timer_started_at: datetime | None = None
    # Imported from a record file: by whom and when here, and who the file says recorded it.
    provenance: str = ""
    course: int = 1  # the number of the client's course the session belongs to
    cancel_reason: str = ""
    appointment_id: int | None = None  # the appointment it treats, when started at an arrival

    @property
    def course_label(self) -> str:
        #: The session's place in the course: "3 of 10".
        return translate("treatment", "{number} of {length}").format(
            number=self.data.course_number, length=self.data.course_length
        )

    @property
    def course_position(self) -> str:
        return course_position(self.course, self.data.course_number, self.data.course_length)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of a client's session history, read without the session's details.

    ``chart_json`` is the chart as stored (JSON text): a list parses it only for the rows it
    shows (``ChartDocument.from_json``), once.
    """

    id: int
    version: int
    status: SessionStatus
    started_at: datetime
    course_number: int
    course_length: int
    practitioner: str
    needles_in: int | None  # None: count them on the chart
    amended: bool
    chart_json: str = "[]"
    course: int = 1
    cancel_reason: str = ""

    @property
    def course_label(self) -> str:
        return translate("treatment", "{number} of {length}").format(
            number=self.course_number, length=self.course_length
        )

    @property
    def course_position(self) -> str:
        return course_position(self.course, self.course_number, self.course_length)


def course_position(course: int, number: int, length: int) -> str:
    """Where a session stands: "Course 2: 4 of 10"."""
    return translate("treatment", "Course {course}: {number} of {length}").format(
        course=course, number=number, length=length
    )


def needles_only(chart: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What "Repeat last session" and a protocol carry over: the needles and their electro
    pairs. Never the reactions and marks seen that day, the notes written on a needle, or the
    reason a cautioned point was confirmed (confirmed again for the new session's alerts)."""
    kept = []
    for raw in chart:
        placement = placement_from_dict(raw)
        if placement.kind is PlacementKind.NEEDLE:
            kept.append(replace(placement, note="", caution=""))
    ends: dict[str, int] = {}
    for placement in kept:
        if placement.electro_pair:
            ends[placement.electro_pair] = ends.get(placement.electro_pair, 0) + 1
    return [
        placement_to_dict(
            p if not p.electro_pair or ends[p.electro_pair] == 2 else replace(p, electro_pair=None)
        )
        for p in kept
    ]


def needles_in(data: SessionRecordData, chart_needles: int) -> int:
    return count_in(data.needles_in, chart_needles)


def count_in(adjusted: int | None, chart_needles: int) -> int:
    """Needles in: the chart's count, unless the practitioner adjusted it by hand."""
    return chart_needles if adjusted is None else adjusted


def needle_mismatch(needles_in: int, needles_out: int | None) -> str:
    """What to do when the needles out are not the needles in ("" when they agree or the
    needles out are not counted yet). The same words on the screen and from the service."""
    if needles_out is None or needles_out == needles_in:
        return ""
    return translate(
        "treatment",
        "%n needle(s) went in but {out} came out. Search the client (hairline, clothing), "
        "the couch and the floor, then record an incident.",
        None,
        needles_in,
    ).format(out=needles_out)


def validate_session(data: SessionRecordData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 1 <= data.course_length <= 100:
        errors["course_length"] = translate("treatment", "A course is 1 to 100 sessions.")
    if not 1 <= data.course_number <= max(data.course_length, 1):
        errors["course_number"] = translate(
            "treatment", "The session number is 1 to {last}."
        ).format(last=data.course_length)
    if not 1 <= data.retention_minutes <= MAX_RETENTION_MINUTES:
        errors["retention_minutes"] = translate(
            "treatment", "Retention is 1 to {most} minutes."
        ).format(most=MAX_RETENTION_MINUTES)
    for name in ("needles_in", "needles_out"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= 500:
            errors[name] = translate("treatment", "A needle count is 0 to 500.")
    for text, name in (
        (data.notes.treated, "treated"),
        (data.notes.response, "response"),
        (data.notes.plan, "plan"),
    ):
        if len(text) > 20_000:
            errors[name] = translate(
                "treatment", "This note is too long (20,000 characters at most)."
            )
    return errors


def precheck_problem(precheck: PreCheck, alerts: list[Alert]) -> str:
    """Why the pre-treatment check is not done ("" when it is): the alerts read, nothing changed
    since the intake, and with a stop alert the reason to go ahead."""
    if not precheck.alerts_reviewed or not precheck.intake_unchanged:
        return translate(
            "treatment",
            "Do the pre-treatment check first: read the alerts and confirm nothing has "
            "changed since the intake (or update the intake).",
        )
    if any(a.severity is Severity.BLOCK for a in alerts) and not precheck.override_reason:
        return translate(
            "treatment",
            "A stop alert stands for this client: record why treatment goes ahead, or do not "
            "treat.",
        )
    return ""


def needle_gate(precheck: PreCheck, alerts: list[Alert], chart_needles: int) -> str:
    """Why these needles cannot be on the chart yet ("" when they can): no needle goes in
    before the pre-treatment check is done."""
    if not chart_needles:
        return ""
    problem = precheck_problem(precheck, alerts)
    if not problem:
        return ""
    return translate(
        "treatment", "No needle before the pre-treatment check is done. {problem}"
    ).format(problem=problem)


def completion_problems(
    data: SessionRecordData, chart_needles: int, alerts: list[Alert]
) -> dict[str, str]:
    """Why the session cannot be completed yet (empty when it can)."""
    problems = validate_session(data)
    problem = precheck_problem(data.precheck, alerts)
    if problem:
        problems["precheck"] = problem
    mismatch = needle_mismatch(needles_in(data, chart_needles), data.needles_out)
    if data.needles_out is None:
        problems["needles_out"] = translate(
            "treatment", "Count the needles out before completing the session."
        )
    elif mismatch and data.incident is None:
        problems["needles_out"] = mismatch
    return problems
