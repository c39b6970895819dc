"""The messages of domain/ and services/: the Italian catalogue (and the English one, which
holds only the singular and plural of counted messages) is complete and current, each .qm is
what lrelease makes of its .ts, and with Qt's translator behind the hook real rules speak
Italian, while without it they speak English as before."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from acudesk.domain import i18n
from acudesk.domain.clients import ClientInput, ClientRules, validate_client
from acudesk.domain.dates import DateOrder
from acudesk.domain.intake import (
    CONDITIONS_BY_ID,
    FITZPATRICK,
    Consent,
    IntakeData,
    Procedure,
    ProcedureKind,
)
from acudesk.domain.screening import ScreeningSettings, screen
from acudesk.domain.users import Role
from acudesk.ui.forms import catalogues
from tests.i18n_support import MESSAGES, messages_in

TS_FILE = catalogues.ts_path(MESSAGES, "it")
QM_FILE = catalogues.qm_path(MESSAGES, "it")
LANGUAGES = pytest.mark.parametrize("language", ["it", "en"])
SOURCE_DIRS = [catalogues.repo_root() / folder for folder in MESSAGES.sources]
_FIELD = re.compile(r"\{[^{}]*\}")  # {name}, {name:,}, {}: the whole field, spec included


def _messages(ts_file: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts_file).getroot().iter("message"))


def _keys(ts_file: Path) -> set[tuple[str, str, bool]]:
    keys = set()
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            keys.add((name, message.findtext("source") or "", numerus))
    return keys


def _translations(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# -- the catalogue -----------------------------------------------------------------------


def test_the_catalogue_holds_the_messages_of_domain_and_services():
    contexts = {context for context, _source, _numerus in _keys(TS_FILE)}
    assert {"screening", "intake", "clients", "users", "treatment"} <= contexts
    assert len(_messages(TS_FILE)) > 300


@LANGUAGES
def test_every_message_is_translated_and_none_is_left_over(language: str):
    problems = []
    for message in _messages(catalogues.ts_path(MESSAGES, language)):
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        forms = _translations(message)
        if kind in {"unfinished", "vanished", "obsolete", "missing"}:
            problems.append(f"{kind}: {source!r}")
        elif not all(form.strip() for form in forms):
            problems.append(f"empty: {source!r}")
        elif message.get("numerus") == "yes" and len(forms) != 2:  # one, many
            problems.append(f"{len(forms)} plural forms: {source!r}")
    assert problems == []


@LANGUAGES
def test_translations_keep_every_placeholder_and_the_count(language: str):
    """A translation that drops or renames {name} would raise KeyError, or lose a value,
    when the message is filled in; one without %n would print no count."""
    problems = []
    for message in _messages(catalogues.ts_path(MESSAGES, language)):
        source = message.findtext("source") or ""
        wanted = sorted(_FIELD.findall(source))
        for form in _translations(message):
            if sorted(_FIELD.findall(form)) != wanted:
                problems.append(f"{source!r} -> {form!r}")
            if ("%n" in source) != ("%n" in form):
                problems.append(f"%n: {source!r} -> {form!r}")
    assert problems == []


def test_english_holds_exactly_the_counted_messages():
    counted = {key for key in _keys(TS_FILE) if key[2]}
    assert counted and _keys(catalogues.ts_path(MESSAGES, "en")) == counted


@LANGUAGES
def test_a_fresh_lupdate_finds_nothing_the_committed_catalogue_lacks(tmp_path: Path, language):
    fresh = tmp_path / f"messages_{language}.ts"
    catalogues.lupdate(MESSAGES, language, fresh)
    found, committed = _keys(fresh), _keys(catalogues.ts_path(MESSAGES, language))
    assert sorted(found - committed) == [], "new strings: run `make forms`, then translate them"
    assert sorted(committed - found) == [], "strings no longer in the code: run `make forms`"


@LANGUAGES
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path: Path, language: str):
    fresh = tmp_path / f"messages_{language}.qm"
    catalogues.lrelease(catalogues.ts_path(MESSAGES, language), fresh)
    committed = catalogues.qm_path(MESSAGES, language)
    assert committed.read_bytes() == fresh.read_bytes(), "stale .qm: run `make forms`"


def _translate_calls() -> Iterator[tuple[Path, ast.Call]]:
    """Every call that words a message; i18n.py itself passes contexts along, by design."""
    for folder in SOURCE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            if path.name == "i18n.py" and path.parent.name == "domain":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in {"translate", "QT_TRANSLATE_NOOP"}:
                        yield path, node


def test_every_message_is_written_so_that_lupdate_can_extract_it():
    """lupdate reads only literal contexts and sources, and the count only as the fourth
    positional argument; an f-string would be extracted with its braces and never match."""
    problems = []
    for path, call in _translate_calls():
        where = f"{path.name}:{call.lineno}"
        context = call.args[0] if call.args else None
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            problems.append(f"{where}: the context is not a literal string")
        if any(isinstance(arg, ast.JoinedStr) for arg in call.args):
            problems.append(f"{where}: an f-string inside the call")
        if any(keyword.arg in {"n", "disambiguation"} for keyword in call.keywords):
            problems.append(f"{where}: pass the count positionally (lupdate ignores n=)")
    assert problems == []


# -- the hook, without Qt ----------------------------------------------------------------


@pytest.fixture
def no_translator() -> Iterator[None]:
    i18n.set_translator(None)
    yield
    i18n.set_translator(None)


def test_english_plurals_when_nothing_translates(no_translator):
    assert i18n.translate("screening", "%n day(s)", None, 1) == "1 day"
    assert i18n.translate("screening", "%n day(s)", None, 0) == "0 days"
    assert i18n.translate("screening", "%n day(s)", None, 5) == "5 days"
    assert i18n.translate("screening", "(s) stays without a count") == "(s) stays without a count"
    assert i18n.translate("users", "%n (try|tries) left", None, 1) == "1 try left"
    assert i18n.translate("users", "%n (try|tries) left", None, 4) == "4 tries left"


def test_in_english_wins_over_the_translator_and_nests(no_translator):
    i18n.set_translator(lambda context, source, disambiguation, n: f"<{context}:{source}>")
    assert i18n.translate("users", "Admin") == "<users:Admin>"
    with i18n.in_english():
        assert Role.ADMIN.label == "Admin"
        with i18n.in_english():
            assert Role.ADMIN.label == "Admin"
        assert Role.ADMIN.label == "Admin"
    assert Role.ADMIN.label == "<users:Admin>"


def test_lazy_tables_translate_when_read_not_when_imported(no_translator):
    assert FITZPATRICK[1] == "Very pale; always burns, never tans"
    i18n.set_translator(lambda context, source, disambiguation, n: source.upper())
    assert FITZPATRICK[1] == "VERY PALE; ALWAYS BURNS, NEVER TANS"
    assert dict(FITZPATRICK.items())[6] == "DARK BROWN TO BLACK; NEVER BURNS"
    assert FITZPATRICK.source(1) == "Very pale; always burns, never tans"


# -- with Qt's translator behind the hook ------------------------------------------------

TODAY = date(2026, 11, 23)
SIGNED = Consent(treatment=True, signed_on=TODAY, signature_png=b"\x89PNG fake")


def _intake(*conditions: str, procedures: tuple[Procedure, ...] = ()) -> IntakeData:
    return IntakeData(taken_on=TODAY, conditions=conditions, procedures=procedures, consent=SIGNED)


def _filler_alert(days_ago: int) -> str:
    """The recent-procedure alert for a dermal filler (the clinic waits 28 days)."""
    done = Procedure(ProcedureKind.DERMAL_FILLER, TODAY - timedelta(days=days_ago))
    (alert,) = screen(_intake(procedures=(done,)), ScreeningSettings(), TODAY)
    assert alert.id == "recent-procedure"
    return alert.message


@pytest.fixture
def italian(qapp) -> Iterator[None]:
    yield from messages_in(qapp, "it")


@pytest.fixture
def english(qapp) -> Iterator[None]:
    yield from messages_in(qapp, "en")


def test_a_pregnancy_alert_reads_italian(italian):
    (alert,) = screen(_intake("pregnancy"), ScreeningSettings(), TODAY)
    assert alert.message == "Gravidanza in corso o possibile."
    assert alert.action.startswith("Rimandare il ciclo estetico.")


def test_a_client_form_error_reads_italian(italian):
    rules = ClientRules(region="GB", date_order=DateOrder.DAY_FIRST, today=TODAY)
    _data, errors = validate_client(ClientInput(date_of_birth="1/1/2030"), rules)
    assert errors == {
        "first_name": "Inserisci il nome del cliente.",
        "date_of_birth": "La data di nascita è nel futuro.",
    }


def test_a_role_and_a_condition_read_italian(italian):
    assert Role.PRACTITIONER.label == "Operatore"
    assert CONDITIONS_BY_ID["pregnancy"].label == "Gravidanza in corso o possibile"
    assert CONDITIONS_BY_ID["anticoagulants"].label == (
        "Assume fluidificanti del sangue (anticoagulanti / antiaggreganti)"
    )


def test_one_day_and_five_days_take_the_italian_singular_and_plural(italian):
    one, five = _filler_alert(27), _filler_alert(23)
    assert "manca ancora 1 giorno (il centro attende 28 giorni)" in one
    assert "mancano ancora 5 giorni (il centro attende 28 giorni)" in five
    assert one.startswith("Filler dermico il 27 ott 2026")


def test_the_english_catalogue_gives_one_day_and_five_days(english):
    from PySide6.QtCore import QCoreApplication

    # Qt itself, not the hook's "(s)" fallback, spells the singular out.
    assert QCoreApplication.translate("screening", "%n day(s)", None, 1) == "1 day"
    assert QCoreApplication.translate("screening", "%n day(s)", None, 5) == "5 days"
    assert "wait 1 more day (clinic waits 28 days)" in _filler_alert(27)
    assert "wait 5 more days (clinic waits 28 days)" in _filler_alert(23)
    assert Role.PRACTITIONER.label == "Practitioner"  # not in the catalogue: the source


def test_without_the_translator_the_same_rules_read_english(no_translator):
    (alert,) = screen(_intake("pregnancy"), ScreeningSettings(), TODAY)
    assert alert.message == "Pregnant or possibly pregnant."
    assert Role.PRACTITIONER.label == "Practitioner"
    assert "wait 1 more day (clinic waits 28 days)" in _filler_alert(27)
    assert "wait 5 more days (clinic waits 28 days)" in _filler_alert(23)
    _data, errors = validate_client(
        ClientInput(), ClientRules(region="GB", date_order=DateOrder.DAY_FIRST, today=TODAY)
    )
    assert errors == {"first_name": "Enter the client's name."}
