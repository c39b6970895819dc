"""Classes generated from forms/*.ui by ``python -m acudesk.ui.forms.build``; never edit ui_*.py."""
