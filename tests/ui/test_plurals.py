"""Counted messages read right for one: "1 minute is over", never "1 minutes are over".

Every message counted with %n in the Italian catalogues is checked in English and Italian:
the text for 1 is not the text for 2 with only the number changed.
"""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from acudesk.ui.i18n import install_language, translate, translations_dir


def _counted(catalogue: str) -> list[tuple[str, str]]:
    tree = ElementTree.parse(translations_dir() / f"{catalogue}_it.ts")
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


COUNTED = _counted("acudesk") + _counted("messages")
# Messages whose words do not change with the count ("1 with problems", "2 with problems").
SAME_FOR_ANY = {
    ("BatchPrint", "Stopped before %n: {names}. Print all again to do them."),
    ("ClientsScreen", "First %Ln shown, in name order; scroll for more"),
    ("ImportClientsDialog", "%Ln already registered (left out)"),
    ("ImportClientsDialog", "%Ln with problems"),
    ("ImportClientsDialog", "… and %Ln more."),
}


@pytest.fixture(params=["en", "it"])
def language(request, qapp):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def test_there_are_counted_messages_to_check():
    assert len(COUNTED) > 20
    assert set(COUNTED) >= SAME_FOR_ANY  # nothing stale in the list
    assert (
        "RetentionTimers",
        "{who}: %n minutes are over. Time to remove the needles.",
    ) in COUNTED


def test_one_reads_as_one(language):
    same = []
    for context, source in COUNTED:
        if (context, source) in SAME_FOR_ANY:
            continue
        one, two = translate(context, source, None, 1), translate(context, source, None, 2)
        if one.replace("1", "2") == two:  # no word follows the count
            same.append(f"{context}: {one!r}")
    assert same == [], f"[{language}] one reads like many:\n" + "\n".join(same)


def test_the_retention_notice_for_one_minute(language):
    text = translate(
        "RetentionTimers", "{who}: %n minutes are over. Time to remove the needles.", None, 1
    ).format(who="Anna R.")
    expected = {
        "en": "Anna R.: 1 minute is over. Time to remove the needles.",
        "it": "Anna R.: è passato 1 minuto. È ora di rimuovere gli aghi.",
    }
    assert text == expected[language]
