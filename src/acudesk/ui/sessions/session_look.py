"""How the session screen looks: its own inks (state chips, the timer, the folded check) and
the amendment trail as text. The theme's palette stays the base; these belong to this screen,
like the severity colours belong to the alerts banner."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtWidgets import QLabel

from acudesk.domain.treatment import TreatmentSession
from acudesk.ui.i18n import QT_TRANSLATE_NOOP, day_text, time_text, translate
from acudesk.ui.widgets.theme import ACCENT_DARK, BORDER, ERROR, MUTED, NOTICE, restyle

STATE_TEXT = {
    "open": QT_TRANSLATE_NOOP("SessionLook", "OPEN"),
    "completed": QT_TRANSLATE_NOOP("SessionLook", "COMPLETED"),
    "amended": QT_TRANSLATE_NOOP("SessionLook", "AMENDED"),
    "amending": QT_TRANSLATE_NOOP("SessionLook", "AMENDING"),
}
_CHIPS = {
    "open": ("#e4f1ec", ACCENT_DARK),
    "completed": ("#eceff1", MUTED),
    "amended": ("#fdf3e1", "#9a5b00"),
    "amending": ("#fdf3e1", "#9a5b00"),
}

STYLE_SHEET = (
    "\n".join(
        f'QLabel#statusLabel[state="{state}"] {{ background: {bg}; color: {ink}; '
        f"border: 1px solid {ink}; border-radius: 4px; padding: 2px 8px; font-size: 8pt; "
        "font-weight: 700; letter-spacing: 1px; }"
        for state, (bg, ink) in _CHIPS.items()
    )
    + f"""
QLabel[role="banner"] {{ background: #fcebea; border: 1px solid #efb8b3; border-radius: 6px;
    color: {ERROR}; padding: 6px 10px; }}
QLabel[role="timer"] {{ font-size: 30pt; font-weight: 600; color: {MUTED};
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }}
QLabel[role="timer"][state="running"] {{ color: {ACCENT_DARK}; }}
QLabel[role="timer"][state="ended"] {{ color: {ERROR}; font-size: 16pt; font-weight: 700;
    font-family: sans-serif; }}
QFrame#timerFrame[state="ended"] {{ border: 2px solid {ERROR}; background: #fcebea; }}
QFrame[role="strip"] {{ border: 1px solid {BORDER}; border-radius: 6px; background: #ffffff; }}
QFrame[role="strip"][state="done"] {{ background: #e8f3ec; border-color: #b9dcc6; }}
QFrame[role="strip"][state="done"] QLabel {{ color: {NOTICE}; }}
QFrame[role="strip"][state="todo"] {{ background: #fdf3e1; border-color: #eccf96; }}
"""
)


def show_state(label: QLabel, state: str) -> None:
    text = STATE_TEXT.get(state)
    label.setText(translate("SessionLook", text) if text else state.upper())
    label.setProperty("state", state)
    restyle(label)


def _when(moment: datetime) -> str:
    return translate("SessionLook", "{date} at {time}").format(
        date=day_text(moment.date()), time=time_text(moment)
    )


def trail_html(session: TreatmentSession, amendments: list[dict[str, object]]) -> str:
    """Completed …; then each amendment: when, who, why (newest last)."""
    if session.completed_at is None:
        return ""
    lines = [translate("SessionLook", "Completed {when}.").format(when=_when(session.completed_at))]
    for entry in amendments:
        when = entry.get("amended_at")
        stamp = _when(when) if isinstance(when, datetime) else ""
        lines.append(
            translate("SessionLook", "Amended {when} by <b>{name}</b>: “{reason}”").format(
                when=stamp,
                name=escape(str(entry.get("by", ""))),
                reason=escape(str(entry.get("reason", ""))),
            )
        )
    return "<br>".join(lines)
