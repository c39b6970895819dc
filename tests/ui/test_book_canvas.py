"""The book's scene between redraws: what did not change keeps its item, what changed is drawn
anew, a dragged item never survives, the grid follows the columns and the zoom."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from acudesk.domain.appointments import Appointment, AppointmentStatus
from acudesk.domain.book_time import local_moment
from acudesk.ui.book.book_day_view import DAY_COLUMN, BookDayView
from acudesk.ui.book.book_items import AppointmentItem, Column

LONDON = ZoneInfo("Europe/London")
DAY = date(2027, 5, 4)
ROOMS = [Column(1, "Blue room", True), Column(2, "Garden room", True)]


def booked(n: int, room: int, hour: int, name: str = "") -> Appointment:
    start = local_moment(DAY, time(hour), LONDON)
    return Appointment(
        id=n,
        client_id=n,
        client_name=name or f"Client {n}",
        service_id=1,
        service_name="Facial acupuncture",
        location_id=1,
        practitioner_id=7,
        room_id=room,
        device_id=None,
        start=start,
        end=start + timedelta(minutes=60),
        status=AppointmentStatus.BOOKED,
        notes="",
        series_id=None,
        version=1,
    )


def shown(qtbot, appointments: list[Appointment], columns=ROOMS) -> BookDayView:
    view = BookDayView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show_day(DAY, LONDON, columns, appointments, min_column=DAY_COLUMN)
    return view


def texts(item: AppointmentItem) -> list[str]:
    return [child.text() for child in item.childItems()]


def test_a_redraw_keeps_what_did_not_change(qtbot) -> None:
    first, second = booked(1, 1, 10), booked(2, 2, 11)
    view = shown(qtbot, [first, second])
    before = {item.appointment.id: item for item in view.appointment_items}
    renamed = replace(second, client_name="Zoë Marchetti", version=2)
    view.show_day(DAY, LONDON, ROOMS, [first, renamed], min_column=DAY_COLUMN)
    after = {item.appointment.id: item for item in view.appointment_items}
    assert after[1] is before[1]
    assert after[2] is not before[2] and "Zoë Marchetti" in texts(after[2])
    assert before[2].scene() is None  # the old one left the scene
    items = [i for i in view.scene().items() if AppointmentItem.of(i) is not None]
    assert {AppointmentItem.of(i).appointment.client_name for i in items} == {  # type: ignore[union-attr]
        "Client 1",
        "Zoë Marchetti",
    }


def test_the_selection_and_its_mark_survive_a_redraw(qtbot) -> None:
    first, second = booked(1, 1, 10), booked(2, 2, 11)
    view = shown(qtbot, [first, second])
    chosen = []
    view.appointment_selected.connect(chosen.append)
    view.appointment_items[1].setSelected(True)
    assert chosen == [second]
    view.show_day(DAY, LONDON, ROOMS, [first, replace(second, version=2)], min_column=DAY_COLUMN)
    item = next(i for i in view.appointment_items if i.appointment.id == 2)
    assert item.isSelected() and item.graphic.pen().width() == 3


def test_a_moved_appointment_and_another_week_are_drawn_anew(qtbot) -> None:
    first = booked(1, 1, 10)
    view = shown(qtbot, [first])
    old = view.appointment_items[0]
    left = old.rect().left()
    moved = replace(first, room_id=2)
    view.show_day(DAY, LONDON, ROOMS, [moved], min_column=DAY_COLUMN)
    new = view.appointment_items[0]
    assert new is not old and new.rect().left() > left and old.scene() is None
    view.show_day(DAY, LONDON, ROOMS, [booked(n, 1 + n % 2, 9 + n) for n in range(5)])
    assert len(view.appointment_items) == 5 and all(i.scene() for i in view.appointment_items)


def test_a_tooltip_is_made_when_asked_and_says_a_clash(qtbot) -> None:
    view = shown(qtbot, [booked(1, 1, 10, "Maria Quintero")])
    item = view.appointment_items[0]
    assert item.tip().splitlines() == ["Maria Quintero", "Facial acupuncture", "Booked"]
    item.show_clash(["The room is taken."])
    assert item.tip() == "The room is taken."
    view.show_day(DAY, LONDON, ROOMS, [item.appointment], private=True, min_column=DAY_COLUMN)
    assert "Maria Quintero" not in view.appointment_items[0].tip()


def test_the_grid_follows_the_columns(qtbot) -> None:
    view = shown(qtbot, [booked(1, 1, 10)])

    def titles() -> set[str]:
        return {
            i.text()
            for i in view.scene().items()
            if hasattr(i, "text") and AppointmentItem.of(i) is None
        }

    assert {"Blue room", "Garden room", "10:00"} <= titles()
    three = [*ROOMS, Column(3, "Studio", True)]
    view.show_day(DAY, LONDON, three, [booked(1, 1, 10)], min_column=DAY_COLUMN)
    assert "Studio" in titles() and len(view.appointment_items) == 1


def test_zoom_keeps_the_time_at_the_centre(qtbot) -> None:
    from acudesk.ui.book.book_zoom import ZoomControl

    view = shown(qtbot, [booked(1, 1, 14)])
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    zoom = ZoomControl(view, view)
    qtbot.addWidget(zoom)

    def centre_minutes() -> float:
        y = view.mapToScene(view.viewport().rect().center()).y()
        return (y - 30) * 60 / view.hour_height

    view.centerOn(400, 30 + 6 * 64)  # 14:00 (the day starts at 08:00)
    before = centre_minutes()
    rect = view.appointment_items[0].rect()
    zoom.step(1)
    assert zoom.factor == 1.25 and view.hour_height == 80
    assert abs(centre_minutes() - before) < 2
    zoom.set_factor(3.0)
    assert abs(centre_minutes() - before) < 2 and not zoom.in_button.isEnabled()
    assert view.appointment_items[0].rect().height() > rect.height() * 2.5
    zoom.set_factor(1.0)
    assert abs(centre_minutes() - before) < 2 and view.appointment_items[0].rect() == rect
