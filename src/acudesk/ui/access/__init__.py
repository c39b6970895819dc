"""Signing in and users: login, lock, the first-run wizard, the users screen and its dialogs."""
