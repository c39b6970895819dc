"""The screens of the main window's navigation, and how each is put together.

This is where the composition picks, from the ``Services`` registry, the few services each
screen uses: a screen's constructor names them (``ClientsScreen(clients, clock, user, relay,
make_page)``) and never sees the registry. Each builder imports its screen when first called,
so start-up pays only for Home.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from acudesk.domain.users import Permission, User
from acudesk.services.registry import Services
from acudesk.ui.i18n import QT_TRANSLATE_NOOP
from acudesk.ui.shell.change_relay import ChangeRelay

if TYPE_CHECKING:
    from acudesk.ui.book.visit_windows import VisitsFactory, VisitWindows
    from acudesk.ui.clients.client_page import ClientPage
    from acudesk.ui.intake.intake_widget import IntakeWidget
    from acudesk.ui.sessions.session_history_widget import SessionHistoryWidget


@dataclass(frozen=True)
class Context:
    """What the composition holds for one signed-in user: the registry, who, the change relay."""

    services: Services
    user: User
    relay: ChangeRelay


@dataclass(frozen=True)
class Screen:
    name: str  # the key code and tests use; the navigation shows it translated ("MainWindow")
    build: Callable[[Context], QWidget]
    permission: Permission | None = None  # None: everyone

    def shown_to(self, user: User) -> bool:
        return self.permission is None or user.can(self.permission)


def home_screen(context: Context) -> QWidget:
    from acudesk.ui.shell.home_screen import HomeScreen

    services = context.services
    today = None
    if context.user.can(Permission.BOOK):
        from acudesk.ui.book.today_widget import TodayWidget

        today = TodayWidget(
            services.today,
            services.book,
            services.handouts,
            services.clock,
            context.user,
            context.relay,
            visits=visit_windows(context),
        )
    return HomeScreen(
        services.clinic,
        services.clock,
        context.user,
        context.relay,
        services.auto_backup,
        today=today,
    )


def bare_book_screen(context: Context) -> QWidget:
    from acudesk.ui.book.book_screen import BookScreen

    services = context.services
    return BookScreen(
        services.book,
        services.book_setup,
        services.clients,
        services.clock,
        context.user,
        context.relay,
        visits=visit_windows(context),
    )


def visit_windows(context: Context) -> VisitsFactory:
    """How Home and the book open a visit's session and check-out windows."""

    def make(host: QWidget) -> VisitWindows:
        from acudesk.ui.book.visit_windows import VisitWindows

        return VisitWindows(context.services, context.user, host)

    return make


def outbox_screen(context: Context) -> QWidget:
    from acudesk.ui.reminders.outbox_screen import OutboxScreen

    return OutboxScreen(context.services.reminders, context.user, context.relay)


def clients_screen(context: Context) -> QWidget:
    from acudesk.ui.clients.clients_screen import ClientsScreen

    services = context.services
    return ClientsScreen(
        services.clients,
        services.clock,
        context.user,
        context.relay,
        lambda client_id: booked_client_page(context, client_id),
    )


def client_page(
    context: Context, client_id: int | None, parent: QWidget | None = None
) -> ClientPage:
    """One client's page (None: the form for a new client), its tabs built when first shown."""
    from acudesk.ui.clients.client_page import ClientPage, ClientTabs

    services = context.services

    def intake_tab(client_id: int, parent: QWidget) -> IntakeWidget:
        from acudesk.ui.intake.intake_widget import IntakeWidget

        return IntakeWidget(services, context.user, client_id, parent)

    def sessions_tab(
        client_id: int, name: tuple[str, str], parent: QWidget
    ) -> SessionHistoryWidget:
        from acudesk.ui.sessions.session_history_widget import SessionHistoryWidget

        return SessionHistoryWidget(services, context.user, client_id, name, parent)

    return ClientPage(
        services.clients,
        services.intake,
        services.settings,
        services.clock,
        context.user,
        context.relay,
        ClientTabs(intake_tab, sessions_tab, waitlist_action(context)),
        client_id,
        parent,
    )


def waitlist_action(context: Context) -> Callable[[ClientPage], object]:
    """What puts the "Add to waitlist…" button on a client's page."""

    def attach(page: ClientPage) -> object:
        from acudesk.ui.book.waitlist_client import attach_waitlist_button

        services = context.services
        return attach_waitlist_button(
            page,
            services.waitlist,
            services.book_setup,
            services.clients,
            services.clock,
            context.user,
            context.relay,
        )

    return attach


def products_screen(context: Context) -> QWidget:
    from acudesk.ui.products.products_screen import ProductsScreen

    return ProductsScreen(context.services.products, context.user, context.relay)


def point_catalogue_screen(_context: Context) -> QWidget:
    from acudesk.services.catalog import point_catalog
    from acudesk.ui.chart.point_catalogue_screen import PointCatalogueScreen

    return PointCatalogueScreen(point_catalog())  # the shipped catalogue: nothing to follow


def book_screen(context: Context) -> QWidget:
    """The Book with the tools of their own modules: Next free…, a course's changes."""
    from acudesk.ui.book.book_screen import BookScreen
    from acudesk.ui.book.book_tools import attach_tools

    services = context.services
    screen = bare_book_screen(context)
    assert isinstance(screen, BookScreen)
    attach_tools(
        screen, services.book_setup, services.clock, services.book_search, services.book_series
    )
    return screen


def booked_client_page(
    context: Context, client_id: int | None, parent: QWidget | None = None
) -> ClientPage:
    """A client's page with, for a role that books, Book appointment… and their appointments."""
    page = client_page(context, client_id, parent)
    if context.user.can(Permission.BOOK):
        from acudesk.ui.book.client_appointments_widget import attach_client_booking

        services = context.services
        attach_client_booking(
            page,
            services.book_search,
            services.book,
            services.book_setup,
            services.clients,
            services.clock,
            context.user,
            context.relay,
        )
    return page


def users_screen(context: Context) -> QWidget:
    from acudesk.ui.access.users_screen import UsersScreen

    return UsersScreen(context.services.users, context.user, context.relay)


def settings_screen(context: Context) -> QWidget:
    from acudesk.ui.clinic.settings_screen import SettingsScreen

    services = context.services
    return SettingsScreen(
        services.settings,
        services.clinic,
        context.user,
        context.relay,
        services.auto_backup,
        reminders=services.reminder_settings,
    )


def audit_screen(context: Context) -> QWidget:
    from acudesk.ui.audit.audit_screen import AuditScreen

    return AuditScreen(context.services.audit, context.user)


SCREENS: tuple[Screen, ...] = (
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Home"), home_screen),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Book"), book_screen, Permission.BOOK),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Outbox"), outbox_screen, Permission.BOOK),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Clients"), clients_screen, Permission.VIEW_CLIENTS),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Products"), products_screen, Permission.VIEW_CATALOGUE),
    Screen(
        QT_TRANSLATE_NOOP("MainWindow", "Point catalogue"), point_catalogue_screen
    ),  # reference for everyone, read-only
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Users"), users_screen, Permission.MANAGE_USERS),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Settings"), settings_screen, Permission.MANAGE_CLINIC),
    Screen(QT_TRANSLATE_NOOP("MainWindow", "Audit log"), audit_screen, Permission.VIEW_AUDIT),
)


def screens_for(user: User) -> list[Screen]:
    return [s for s in SCREENS if s.shown_to(user)]


def waitlist_on_book(context: Context, screen: QWidget) -> object:
    """The waitlist's badges on the Book's day (ui/book/waitlist_badges.py)."""
    from acudesk.ui.book.book_screen import BookScreen
    from acudesk.ui.book.waitlist_badges import attach_waitlist

    if not isinstance(screen, BookScreen):
        return None
    services = context.services
    return attach_waitlist(
        screen, services.waitlist, services.book_setup, context.user, context.relay
    )


# What other features put on a screen once it is built: its name -> attach(context, screen).
ATTACHMENTS: dict[str, Callable[[Context, QWidget], object]] = {"Book": waitlist_on_book}
