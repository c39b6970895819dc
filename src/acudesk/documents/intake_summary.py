"""The printable intake summary: one intake assessment with today's alerts and the signature."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from acudesk.documents.blocks import (
    DASH,
    Cell,
    alert_table,
    date_time,
    fact_panel,
    house_table,
    label_value_table,
    list_table,
    long_date,
    para,
    paragraphs,
    section,
    subsection,
    yes_no,
)
from acudesk.documents.layout import Letterhead, build_pdf, frame_width
from acudesk.documents.styles import PALETTE
from acudesk.domain.clinic import ClinicDetails
from acudesk.domain.intake import (
    CONCERNS,
    CONDITIONS_BY_ID,
    FITZPATRICK,
    GLOGAU,
    Consent,
    Controlled,
    IntakeData,
    roman,
)
from acudesk.domain.screening import Alert

TITLE = "Intake assessment"
NONE_REPORTED = "None reported"
NOT_ASSESSED = "Not assessed"
SIGNATURE_WIDTH = 6 * cm
SIGNATURE_MAX_HEIGHT = 2.6 * cm


@dataclass(frozen=True, slots=True)
class IntakeSummary:
    """Everything the intake summary prints, gathered by the service."""

    clinic: ClinicDetails
    client_name: str
    date_of_birth: date | None
    phone: str
    email: str
    intake: IntakeData
    recorded_by: str
    recorded_at: datetime
    consent_text: str
    generated_on: datetime
    alerts: tuple[Alert, ...] = field(default=())
    # Alerts come from the client's latest intake; when this one is older, say so.
    newer_intake_on: date | None = None


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _born(doc: IntakeSummary) -> str:
    born = doc.date_of_birth
    if born is None:
        return ""
    return f"{long_date(born)} (age {_age(born, doc.generated_on.date())})"


def _client_block(doc: IntakeSummary, width: float) -> list[Flowable]:
    facts = [
        ("Client", doc.client_name),
        ("Phone", doc.phone),
        ("Date of birth", _born(doc)),
        ("Email", doc.email),
    ]
    return [fact_panel(facts, width)]


def _alerts(doc: IntakeSummary, width: float) -> list[Flowable]:
    note = f"As of {long_date(doc.generated_on.date())}, from the client's latest intake"
    if doc.newer_intake_on:
        note += f" (taken on {long_date(doc.newer_intake_on)}, newer than this one)"
    return [
        *section("Screening alerts"),
        para(note + ".", "small"),
        Spacer(1, 5),
        alert_table(doc.alerts, width),
    ]


def _condition_detail(cid: str, detail: str) -> str:
    condition = CONDITIONS_BY_ID.get(cid)
    if condition is not None and condition.detail == "controlled" and detail:
        return "Not controlled" if detail == Controlled.UNCONTROLLED else "Controlled"
    return detail or DASH


def _health(data: IntakeData, width: float) -> list[Flowable]:
    out: list[Flowable] = [*section("Health history"), *subsection("Conditions")]
    if data.conditions:
        rows = [
            (
                CONDITIONS_BY_ID[cid].label if cid in CONDITIONS_BY_ID else cid,
                _condition_detail(cid, data.condition_details.get(cid, "").strip()),
            )
            for cid in data.conditions
        ]
        out.append(list_table(("Condition", "Details"), rows, (0.55 * width, 0.45 * width)))
    else:
        out.append(para(NONE_REPORTED, "empty"))

    out += subsection("Medications, allergies and sensitivities")
    meds: list[Cell] = list(data.medications) or [para(NONE_REPORTED, "empty")]
    allergies: list[Cell] = list(data.allergies) or [para(NONE_REPORTED, "empty")]
    length = max(len(meds), len(allergies))
    meds += [""] * (length - len(meds))
    allergies += [""] * (length - len(allergies))
    out.append(
        list_table(
            ("Medications", "Allergies and sensitivities"),
            list(zip(meds, allergies, strict=True)),
            (width / 2, width / 2),
        )
    )

    out += subsection("Recent cosmetic procedures")
    if data.procedures:
        procedures = sorted(data.procedures, key=lambda p: p.done_on, reverse=True)
        rows3 = [(p.kind.label, long_date(p.done_on), p.area or DASH) for p in procedures]
        out.append(
            list_table(
                ("Procedure", "Date", "Area"), rows3, (0.42 * width, 0.2 * width, 0.38 * width)
            )
        )
    else:
        out.append(para(NONE_REPORTED, "empty"))
    return out


def _or_empty(value: str, empty: str) -> Cell:
    return value or para(empty, "empty")


def _scale(value: int | None, definitions: Mapping[int, str]) -> Cell:
    if value is None or value not in definitions:
        return para(NOT_ASSESSED, "empty")
    return f"Type {roman(value)}: {definitions[value]}"


def _skin(data: IntakeData, width: float) -> list[Flowable]:
    skin = data.skin
    concerns = ", ".join(CONCERNS.text(c) for c in skin.concerns)
    rows = [
        ("Fitzpatrick skin type", _scale(skin.fitzpatrick, FITZPATRICK)),
        ("Glogau photo-ageing", _scale(skin.glogau, GLOGAU)),
        ("Skin type", _or_empty(skin.skin_type.capitalize(), NOT_ASSESSED)),
        ("Concerns", _or_empty(concerns, NONE_REPORTED)),
    ]
    out: list[Flowable] = [*section("Skin assessment"), label_value_table(rows, width)]
    out += subsection("Goals")
    out += paragraphs(skin.goals) or [para(NONE_REPORTED, "empty")]
    return out


def _signature_image(png: bytes) -> Flowable | None:
    """The drawn signature at about 6 cm wide, or None when the picture cannot be read."""
    try:
        pixels_w, pixels_h = ImageReader(io.BytesIO(png)).getSize()
    except Exception:  # a damaged picture must not stop the summary from printing
        return None
    if pixels_w <= 0 or pixels_h <= 0:
        return None
    w = SIGNATURE_WIDTH
    h = w * pixels_h / pixels_w
    if h > SIGNATURE_MAX_HEIGHT:
        w, h = w * SIGNATURE_MAX_HEIGHT / h, SIGNATURE_MAX_HEIGHT
    return Image(io.BytesIO(png), width=w, height=h, mask="auto", hAlign="LEFT")


def _signature_block(consent: Consent) -> Flowable:
    image = _signature_image(consent.signature_png) if consent.signature_png else None
    if image is not None and consent.is_signed:
        signed: Flowable | list[Flowable] = image
    else:
        # Room above the line, so that the client can still sign the paper copy.
        words = "Not signed" if not consent.signature_png else "Signature picture unreadable"
        signed = [Spacer(1, 1 * cm), para(words, "stamp")]
    date_cell = para(long_date(consent.signed_on) if consent.signed_on else "", "value")
    sig_w, gap, date_w = SIGNATURE_WIDTH + 1 * cm, 1.2 * cm, 4.5 * cm
    return house_table(
        [
            [signed, "", date_cell],
            [para("Client signature", "small"), "", para("Date signed", "small")],
        ],
        [sig_w, gap, date_w],
        [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ("TOPPADDING", (0, 1), (-1, 1), 3),
            ("LINEBELOW", (0, 0), (0, 0), 0.8, PALETTE.ink),
            ("LINEBELOW", (2, 0), (2, 0), 0.8, PALETTE.ink),
        ],
    )


def _consent(doc: IntakeSummary, width: float) -> list[Flowable]:
    consent = doc.intake.consent
    out: list[Flowable] = [*section("Consent"), *paragraphs(doc.consent_text)]
    out.append(Spacer(1, 4))
    out.append(
        label_value_table(
            [
                (
                    "Consent to treatment",
                    yes_no(True) if consent.treatment else para(yes_no(False), "warning"),
                ),
                ("Consent to photographs", yes_no(consent.photos)),
            ],
            width,
        )
    )
    out.append(Spacer(1, 10))
    out.append(KeepTogether([Spacer(1, 4), _signature_block(consent)]))
    return out


def intake_story(doc: IntakeSummary, width: float) -> list[Flowable]:
    """The flowables of the summary, in reading order (exposed for previews and tests)."""
    subtitle = (
        f"Taken on {long_date(doc.intake.taken_on)} · recorded by {doc.recorded_by} "
        f"on {date_time(doc.recorded_at)}"
    )
    return [
        para(TITLE, "title"),
        para(subtitle, "subtitle"),
        *_client_block(doc, width),
        *_alerts(doc, width),
        *_health(doc.intake, width),
        *_skin(doc.intake, width),
        *_consent(doc, width),
    ]


def build_intake_summary(doc: IntakeSummary, page_size: str = "A4") -> bytes:
    """The intake summary as PDF bytes, on A4 or Letter paper."""
    width = frame_width(page_size)
    about = doc.client_name
    if doc.date_of_birth:
        about += f" · born {long_date(doc.date_of_birth)}"
    letterhead = Letterhead(
        clinic=doc.clinic,
        document=TITLE,
        about=about,
        printed=f"Printed {date_time(doc.generated_on)}",
    )
    return build_pdf(
        intake_story(doc, width),
        letterhead,
        page_size,
        title=f"{TITLE}: {doc.client_name}",
        subject=f"Intake taken on {doc.intake.taken_on.isoformat()}",
    )
