"""The Book screen's tools that live in their own modules, attached in one call: Next free…
(Ctrl+Shift+F) and, for a course's sessions, "This one" or "This and the following"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from acudesk.services.book_search import BookSearchService
from acudesk.services.book_series import BookSeriesService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.next_free_action import NextFreeAction
from acudesk.ui.book.series_flow import SeriesFlow

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen


def attach_tools(
    screen: BookScreen,
    setup: BookSetupService,
    clock: Clock,
    search: BookSearchService | None,
    series: BookSeriesService | None,
) -> tuple[NextFreeAction | None, SeriesFlow | None]:
    """Each tool whose service the screen was given, hooked into the screen and its card."""
    finder = NextFreeAction(screen, search, setup, clock) if search is not None else None
    flow = SeriesFlow(screen, series, screen.user) if series is not None else None
    if flow is not None:
        screen.card.series_cancel = flow.offer_cancel
    return finder, flow
