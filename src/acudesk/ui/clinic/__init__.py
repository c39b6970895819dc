"""Clinic-wide settings: the settings screen (clinic details, rules, handout defaults)."""
