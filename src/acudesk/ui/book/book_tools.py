"""The Book screen's tools that live in their own modules, attached in one call by the
composition: Next free… (Ctrl+Shift+F) with Find next free in its booking dialog, and, for a
course's sessions, "This one" or "This and the following" when one is dragged or cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from acudesk.services.book_search import BookSearchService
from acudesk.services.book_series import BookSeriesService
from acudesk.services.book_setup import BookSetupService
from acudesk.services.clock import Clock
from acudesk.ui.book.next_free_action import NextFreeAction
from acudesk.ui.book.series_flow import SeriesFlow

if TYPE_CHECKING:
    from acudesk.ui.book.book_screen import BookScreen


@dataclass(frozen=True)
class BookTools:
    next_free: NextFreeAction | None
    series: SeriesFlow | None


def attach_tools(
    screen: BookScreen,
    setup: BookSetupService,
    clock: Clock,
    search: BookSearchService | None,
    series: BookSeriesService | None,
) -> BookTools:
    """Each tool whose service is given, hooked into the screen and its card."""
    screen.search = search
    finder = NextFreeAction(screen, search, setup, clock) if search is not None else None
    flow = SeriesFlow(screen, series, screen.user) if series is not None else None
    if flow is not None:
        screen.drop_hook = flow.offer_move
        screen.card.series_cancel = flow
    tools = BookTools(finder, flow)
    screen.tools = tools
    return tools
