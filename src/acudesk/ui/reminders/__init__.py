"""The reminders outbox screen."""
