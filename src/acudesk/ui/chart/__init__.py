"""The point map: a chart editor over the diagrams, the point catalogue browser, PNG rendering."""

from acudesk.ui.chart import none_guard as _none_guard  # noqa: F401  (see the module)
