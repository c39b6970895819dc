"""acudesk: practice management for cosmetic acupuncture clinics."""

from __future__ import annotations

__version__ = "0.1.0"
