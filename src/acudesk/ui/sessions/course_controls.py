"""The course on the Sessions tab: where the client stands in each course ("Course 2: 4 of
10"), "New course…" with its planned length, and "Close course"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from acudesk.domain.courses import DEFAULT_COURSE_LENGTH, MAX_COURSE_LENGTH, Course
from acudesk.domain.errors import AcudeskError
from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.forms.ui_session_history_widget import Ui_SessionHistoryWidget
from acudesk.ui.i18n import translate


class NewCourseDialog(QDialog):
    """How many sessions the new course plans (default 10)."""

    def __init__(self, length: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("newCourseDialog")
        self.setWindowTitle(translate("CourseControls", "New course"))
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "CourseControls",
                "The current course is closed and the next session is the first of the new one.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.length_spin = QSpinBox()
        self.length_spin.setRange(1, MAX_COURSE_LENGTH)
        self.length_spin.setValue(length)
        self.length_spin.setAccessibleName(translate("CourseControls", "Planned sessions"))
        form.addRow(translate("CourseControls", "Planned sessions:"), self.length_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CourseControls", "Start the course")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CourseControls:
    """Reads the client's courses (one service call) and starts or closes one."""

    def __init__(
        self,
        ui: Ui_SessionHistoryWidget,
        services: Services,
        user: User,
        client_id: int,
        say: Callable[[str], None],
    ) -> None:
        self.ui = ui
        self._services = services
        self._user = user
        self._client_id = client_id
        self._say = say
        self.courses: list[Course] = []
        self.dialog: NewCourseDialog | None = None
        self.new_button = QPushButton(translate("CourseControls", "New c&ourse…"))
        self.new_button.setObjectName("newCourseButton")
        self.new_button.setToolTip(
            translate("CourseControls", "Close this course and plan the next one")
        )
        self.close_button = QPushButton(translate("CourseControls", "Close course"))
        self.close_button.setObjectName("closeCourseButton")
        self.close_button.setToolTip(
            translate("CourseControls", "This course is over: the next session starts a new one")
        )
        at = ui.courseLayout.indexOf(ui.repeatButton)
        ui.courseLayout.insertWidget(at, self.close_button)
        ui.courseLayout.insertWidget(at, self.new_button)
        can_chart = user.can(Permission.CHART_SESSIONS)
        self.new_button.setVisible(can_chart)
        self.close_button.setVisible(can_chart)
        self.new_button.clicked.connect(self.ask_new)
        self.close_button.clicked.connect(self.close)

    def refresh(self) -> None:
        try:
            self.courses = self._services.courses.courses(self._user, self._client_id)
        except AcudeskError as error:
            self.courses = []
            self._say(error.message)
        ui = self.ui
        current = self.courses[0] if self.courses else None
        if current is None:
            ui.courseLabel.setText(
                translate(
                    "SessionHistoryWidget", "No sessions yet  ·  a course is {length}"
                ).format(length=DEFAULT_COURSE_LENGTH)
            )
            ui.courseBar.setRange(0, DEFAULT_COURSE_LENGTH)
            ui.courseBar.setValue(0)
        else:
            text = current.progress
            if not current.is_open:
                text += translate("CourseControls", "  ·  closed")
            earlier = "  ·  ".join(c.progress for c in self.courses[1:4])
            ui.courseLabel.setText(text)
            ui.courseLabel.setToolTip(earlier)
            ui.courseBar.setRange(0, current.planned_length)
            ui.courseBar.setValue(min(current.completed, current.planned_length))
        self.close_button.setEnabled(current is not None and current.is_open)

    def ask_new(self) -> NewCourseDialog:
        length = self.courses[0].planned_length if self.courses else DEFAULT_COURSE_LENGTH
        dialog = NewCourseDialog(length, self.ui.courseLabel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(dialog.length_spin.value()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, length: int) -> None:
        try:
            self._services.courses.start_course(self._user, self._client_id, length)
        except AcudeskError as error:
            self._say(error.message)
            return
        self._say("")
        self.refresh()

    def close(self) -> None:
        try:
            self._services.courses.close_course(self._user, self._client_id)
        except AcudeskError as error:
            self._say(error.message)
            return
        self._say("")
        self.refresh()
