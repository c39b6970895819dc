"""Aftercare handouts in the app: preview, print, save, the sheets given, today's batch."""
