"""The waitlist on the Book: a cancelled hour shows a badge with how many waiting clients fit
it; a click lists them and Book here books one; when another desk took the time first, the
person is told and nothing is double-booked."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from acudesk.domain.appointments import AppointmentStatus, BookingRequest
from acudesk.domain.book_time import local_moment
from acudesk.domain.waitlist import WaitlistStatus
from acudesk.ui.book.book_items import SELECTED_PEN_COLOUR
from acudesk.ui.book.book_screen import BookScreen
from acudesk.ui.book.waitlist_badges import WEEK_BAR, WaitlistBadges, attach_waitlist
from tests.ui.waitlist_support import DAY, LONDON, waiting_book
from tests.ui.widgets import named, press, show_active


def make_screen(qtbot, services, user, relay) -> tuple[BookScreen, WaitlistBadges]:
    screen = BookScreen(
        services.book, services.book_setup, services.clients, services.clock, user, relay
    )
    badges = attach_waitlist(screen, services.waitlist, services.book_setup, user, relay)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    screen.show_date(DAY)
    return screen, badges


def click_badge(qtbot, screen: BookScreen, badges: WaitlistBadges) -> None:
    [badge] = badges.badges
    view = screen.view
    view.ensureVisible(badge)
    point = view.mapFromScene(badge.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: badges.matches_dialog is not None)
    qtbot.waitExposed(badges.matches_dialog)


def held_at_ten(services, admin, location_id):
    ten = local_moment(DAY, time(10), LONDON)
    day = services.book.between(admin, location_id, ten.replace(hour=0), ten.replace(hour=23))
    return [a for a in day if a.status.holds_time and a.start == ten]


def test_a_cancelled_hour_shows_who_waits_and_books_one_of_them(
    qtbot, services, admin, relay
) -> None:
    book = waiting_book(services, admin)
    screen, badges = make_screen(qtbot, services, admin, relay)
    qtbot.waitUntil(lambda: [b.text for b in badges.badges] == ["2 waiting"])
    [badge] = badges.badges
    blue = screen.view.current_layout().columns.index(
        next(c for c in screen.view.current_layout().columns if c.key == book.rooms[0].id)
    )
    layout = screen.view.current_layout()
    left = 56 + blue * layout.width
    assert left < badge.sceneBoundingRect().left() < left + layout.width  # in the Blue room
    click_badge(qtbot, screen, badges)
    dialog = badges.matches_dialog
    matches = named(dialog, "Waiting clients who fit", QListWidget)
    assert [matches.item(i).text().split(" — ")[0] for i in range(matches.count())] == [
        "Maria Quintero",
        "Bruno Alves",
    ]
    press(qtbot, dialog, "Book here")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [made] = held_at_ten(services, admin, book.location.id)
    assert made.client_name == "Maria Quintero" and made.room_id == book.rooms[0].id
    assert made.practitioner_id == book.pat.id
    statuses = {
        e.client_name: e.stored_status for e in services.waitlist.entries(admin, waiting_only=False)
    }
    assert statuses == {
        "Maria Quintero": WaitlistStatus.BOOKED,
        "Bruno Alves": WaitlistStatus.ACTIVE,
    }
    qtbot.waitUntil(lambda: badges.badges == [])  # the hour is taken again
    qtbot.waitUntil(lambda: screen.ui.detailTitle.text() == "Maria Quintero")  # chosen


def test_when_another_desk_took_the_time_first_nothing_is_double_booked(
    qtbot, services, admin, relay
) -> None:
    book = waiting_book(services, admin)
    screen, badges = make_screen(qtbot, services, admin, relay)
    qtbot.waitUntil(lambda: len(badges.badges) == 1)
    click_badge(qtbot, screen, badges)
    dialog = badges.matches_dialog
    # The other desk books Bruno into the same hour while this one still shows the list.
    freed = badges.freed[0]
    bruno = next(m for m in freed.matches if m.entry.client_name == "Bruno Alves")
    services.waitlist.book(admin, bruno, freed.slot)
    press(qtbot, dialog, "Book here")  # Maria, chosen first
    message = named(dialog, "Freed time message").text()
    assert message.startswith("Not booked: The room is taken then.")
    assert dialog.isVisible()
    assert named(dialog, "Waiting clients who fit", QListWidget).count() == 0
    assert not dialog.book_button.isEnabled()
    [made] = held_at_ten(services, admin, book.location.id)
    assert made.client_name == "Bruno Alves"


def test_alt_w_lists_the_freed_times_and_the_badge_follows_the_waitlist(
    qtbot, services, admin, relay
) -> None:
    book = waiting_book(services, admin)
    screen, badges = make_screen(qtbot, services, admin, relay)
    qtbot.waitUntil(lambda: [b.text for b in badges.badges] == ["2 waiting"])
    services.waitlist.remove(admin, book.entries[1])  # at another desk
    qtbot.waitUntil(lambda: [b.text for b in badges.badges] == ["1 waiting"])
    show_active(qtbot, screen)
    qtbot.keyClick(screen, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: badges.matches_dialog is not None)
    assert "10:00–11:00" in named(badges.matches_dialog, "Freed time").currentText()


def test_the_week_shows_the_badge_on_its_day_and_a_moved_booking_frees_its_hour(
    qtbot, services, admin, relay
) -> None:
    book = waiting_book(services, admin)
    screen, badges = make_screen(qtbot, services, admin, relay)
    screen.ui.spanCombo.setCurrentIndex(1)  # the week
    qtbot.waitUntil(lambda: len(badges.badges) == 1)
    layout = screen.view.current_layout()
    tuesday = [c.day for c in layout.columns].index(DAY)
    left = 56 + tuesday * layout.width
    assert left < badges.badges[0].sceneBoundingRect().center().x() < left + layout.width
    # Bruno takes the hour; moving his booking to the afternoon frees it again.
    freed = badges.freed[0]
    bruno = next(m for m in freed.matches if m.entry.client_name == "Bruno Alves")
    made = services.waitlist.book(admin, bruno, freed.slot)
    qtbot.waitUntil(lambda: badges.badges == [])
    services.book.move(admin, made, local_moment(DAY, time(15), LONDON))
    qtbot.waitUntil(lambda: [b.text for b in badges.badges] == ["1"])  # Maria fits
    assert book.cancelled.status is AppointmentStatus.CANCELLED
    # In the week the freed time is a bar at its day's left edge, the count beside it: the
    # day's other rooms stand side by side there, and their names stay uncovered.
    [bar] = badges._outlines
    edge = bar.sceneBoundingRect()
    assert left <= edge.left() < left + 4 and edge.width() <= WEEK_BAR + 2
    assert badges.badges[0].sceneBoundingRect().left() < left + 40


def test_a_freed_time_never_looks_like_the_chosen_appointment(
    qtbot, services, admin, relay
) -> None:
    """The chosen appointment: a solid outline in the selection's colour. A freed time: a
    dashed outline and a badge in another colour."""
    book = waiting_book(services, admin)
    c = book.cancelled
    afternoon = local_moment(DAY, time(15), LONDON)
    services.book.book(
        admin,
        BookingRequest(c.client_id, c.service_id, book.location.id, afternoon, None, c.room_id),
    )
    screen, badges = make_screen(qtbot, services, admin, relay)
    qtbot.waitUntil(lambda: len(badges.badges) == 1)
    chosen = next(i for i in screen.view.appointment_items if i.appointment.status.holds_time)
    chosen.setSelected(True)
    selected = chosen.graphic.pen()
    [outline] = badges._outlines
    freed = outline.pen()
    assert selected.style() == Qt.PenStyle.SolidLine and freed.style() == Qt.PenStyle.DashLine
    assert selected.color().name() == SELECTED_PEN_COLOUR
    assert freed.color().name() != selected.color().name()
    assert badges.badges[0].brush().color().name() != selected.color().name()
