"""Where the session screen says what went wrong: next to the field, or in the banner.

The service's errors come keyed by field; each lands under its field, and what has no field
of its own (a conflict, a lost permission) goes to the banner above the pre-check.
"""

from __future__ import annotations

from acudesk.ui.forms.ui_session_widget import Ui_SessionWidget
from acudesk.ui.sessions.needle_count import NeedleCountSection
from acudesk.ui.sessions.precheck import PreCheckSection

NOTES = ("treated", "response", "plan")


class SessionMessages:
    """The banner and the messages under the fields of one session screen."""

    def __init__(
        self, ui: Ui_SessionWidget, precheck: PreCheckSection, needles: NeedleCountSection
    ) -> None:
        self.ui = ui
        self._precheck = precheck
        self._needles = needles
        self._labels = {
            "course_length": ui.courseMessage,
            "course_number": ui.courseMessage,
            "retention_minutes": ui.retentionMessage,
            "needles_in": ui.needlesInMessage,
            **dict.fromkeys(NOTES, ui.notesMessage),
        }

    def say(self, message: str) -> None:
        """The banner: conflicts and anything that has no field of its own."""
        self.ui.bannerLabel.setText(message)
        self.ui.bannerLabel.setVisible(bool(message))

    def banner(self) -> str:
        return self.ui.bannerLabel.text()

    def clear(self) -> None:
        for label in set(self._labels.values()):
            label.setText("")
            label.setVisible(False)
        self._precheck.show_problem("")
        self._needles.refresh()
        self.say("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message next to its field; what has no field goes to the banner."""
        self.clear()
        stray = []
        for name, message in errors.items():
            if name == "precheck":
                self._precheck.show_problem(message)
            elif name == "needles_out":
                self._needles.show_problem(message)
            elif name in self._labels:
                self._labels[name].setText(message)
                self._labels[name].setVisible(True)
            else:
                stray.append(message)
        if set(NOTES) & set(errors):
            self.ui.sideTabs.setCurrentWidget(self.ui.notesTab)
        if "precheck" in errors:
            self._precheck.show_problem(errors["precheck"])  # the first thing to fix has focus
        self.say(" ".join(stray))
