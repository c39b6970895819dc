"""File-name slugs: one rule for every file acudesk suggests (handouts, intake summaries)."""

from __future__ import annotations

from acudesk.domain.text import slug


def test_a_slug_is_folded_words_joined_by_single_hyphens():
    assert slug("D'Angelo / Smith") == "d-angelo-smith"
    assert slug("  Müller-Lüdenscheidt ") == "muller-ludenscheidt"
    assert slug("Zoë") == "zoe"


def test_a_slug_keeps_letters_of_any_script_without_accents():
    assert slug("Ἀλέξης") == "αλεξησ"


def test_an_empty_or_punctuation_only_name_falls_back():
    assert slug("") == "client"
    assert slug("--- / ---") == "client"
    assert slug("", fallback="session") == "session"
