"""PySide6 screens, widgets and item models: the only package that imports Qt."""

from acudesk.ui import none_guard as _none_guard  # noqa: F401  (must run before any Qt call)
