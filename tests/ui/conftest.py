"""Every UI test starts in English, as acudesk does on an English computer: acudesk's English
catalogue (the singular of "%n minutes") installed, no Italian left over from another test."""

from __future__ import annotations

import pytest

from acudesk.ui.i18n import install_language


@pytest.fixture(autouse=True)
def _english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")
