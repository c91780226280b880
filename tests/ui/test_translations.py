"""Issue 12: every text the app, the printed sheet and the code lists show reaches the ``.ts``
files, the ``.ts`` files are complete, and they compile.

The proof that nothing visible escapes translation is a pseudo-translation: a copy of a ``.ts``
whose every translation is its source wrapped in ⟪…⟫ is compiled and installed, the real
screens are built on a real database and walked, and any English word left outside ⟪…⟫ (other
than people's names, user names and codes, which are data) is a text lupdate never saw.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkpoint.closeout import close_day
from checkpoint.demo import make_demo_data
from checkpoint.ledger import open_ledger
from checkpoint.printing import sheet_to_print
from checkpoint.records import get_crossing, void_crossing
from checkpoint.search import CrossingFilter, search_crossings
from checkpoint.tally import Period, tally
from resources import RESOURCES_ENV, resource_path
from resources.translations import qm_name, release, ts_files
from resources.translations.__main__ import SOURCE_FOLDER, UPDATE_COMMAND
from resources.translations.__main__ import main as translations_main
from resources.translations.catalog import (
    Catalog,
    Translation,
    carry_over,
    differences,
    read_ts,
    unfinished,
    write_ts,
)
from resources.translations.extract import extract, plural_forms
from tests.support.sites import PASSWORDS, Site
from ui.admin.restore_box import RestoreDialog
from ui.app import screens
from ui.close_day_dialog import CloseDayDialog
from ui.context import AppContext
from ui.correction_dialog import CorrectionDialog
from ui.crossings_model import UUID_ROLE
from ui.entry import HouseholdView
from ui.idle_lock import LockPage
from ui.main_window import MainWindow
from ui.record_dialog import VoidDialog
from ui.records_view import RecordsView
from ui.sheet_jobs import app_wording
from ui.sheet_labels import sheet_labels
from ui.sign_in import FirstRunDialog, NewPasswordDialog, SignInDialog
from ui.translation_files import LANGUAGES, QM_CACHE_ENV, load_translator, qm_folder
from ui.workers import SerialWorker

COMMITTED = ts_files(SOURCE_FOLDER)
OPEN, CLOSE = "⟪", "⟫"


def test_the_languages_offered_are_the_translation_files() -> None:
    assert set(COMMITTED) == set(LANGUAGES) - {"en"} == {"ur", "ps", "fa_AF"}
    for language, path in COMMITTED.items():
        assert read_ts(path).language == language


@pytest.mark.parametrize("language", sorted(COMMITTED))
def test_each_ts_equals_a_fresh_extraction(language: str) -> None:
    """A text added to the app without updating the .ts fails here, named."""
    committed = read_ts(COMMITTED[language])
    problems = differences(carry_over(extract(language), committed), committed)
    assert problems == [], (
        f"{COMMITTED[language].name} is not what the app shows; run `{UPDATE_COMMAND}` and "
        "commit the .ts files:\n  " + "\n  ".join(problems))


@pytest.mark.parametrize("language", sorted(COMMITTED))
def test_each_ts_is_completely_translated(language: str) -> None:
    catalog = read_ts(COMMITTED[language])
    assert len(catalog.messages) > 900  # the app's texts, the sheet's and the code lists'
    forms = plural_forms(language)
    wrong_forms = [m.source for m in catalog.messages
                   if m.numerus and len(m.translation.forms) != forms]
    assert wrong_forms == [], f"plural entries without {forms} forms"
    left = [f"[{m.context}] {m.source}" for m in unfinished(catalog)]
    assert not left, f"{len(left)} texts not translated in {COMMITTED[language].name}, e.g. " \
                     + "; ".join(left[:5])


MNEMONIC = re.compile(r"&(?!&)(\w)")


@pytest.mark.parametrize("language", sorted(COMMITTED))
def test_each_translation_keeps_the_alt_letter_of_its_source(language: str) -> None:
    """Alt+S saves, Alt+F jumps to the full name, in every language: the tooltips, the
    shortcuts window and the quick card say so, so a translation keeps the source's letter."""
    lost = []
    for message in read_ts(COMMITTED[language]).messages:
        wanted = MNEMONIC.search(message.source.replace("&&", ""))
        if wanted is None or message.numerus:
            continue
        shown = [MNEMONIC.search(form.replace("&&", "")) for form in message.translation.forms]
        if not all(found and found.group(1).upper() == wanted.group(1).upper()
                   for found in shown):
            lost.append(f"[{message.context}] {message.source!r}")
    assert lost == [], f"{len(lost)} translations lost their Alt letter, e.g. {lost[:5]}"


@pytest.mark.parametrize("language", sorted(COMMITTED))
def test_each_ts_compiles_and_the_app_loads_it(
        language: str, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No .qm is committed: a fresh checkout compiles them on first use, then reuses them."""
    monkeypatch.setenv(QM_CACHE_ENV, str(tmp_path / "cache"))
    folder = qm_folder()
    assert {path.name for path in folder.glob("*.qm")} == {qm_name(lang) for lang in COMMITTED}
    assert qm_folder() == folder
    translator = load_translator(qapp, language)
    assert translator is not None
    done = [m for m in read_ts(COMMITTED[language]).messages
            if m.translation.finished and not m.numerus]
    for message in done[:20]:  # what a translator wrote is what the app says
        assert translator.translate(message.context, message.source, message.comment or None) \
            == message.translation.forms[0]


def test_an_edited_ts_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A translator's change shows at the next start, never shadowed by an older .qm."""
    resources = tmp_path / "resources"
    shutil.copytree(SOURCE_FOLDER, resources / "translations",
                    ignore=shutil.ignore_patterns("*.py", "*.qm", "__pycache__"))
    monkeypatch.setenv(RESOURCES_ENV, str(resources))
    monkeypatch.setenv(QM_CACHE_ENV, str(tmp_path / "cache"))
    before = qm_folder()
    ts = resources / "translations" / "checkpoint_ur.ts"
    catalog = read_ts(ts)
    first = catalog.messages[0]
    catalog.messages[0] = replace(first, translation=Translation(("ترجمہ",), finished=True))
    write_ts(catalog, ts)
    after = qm_folder()
    assert after != before
    translator = QTranslator()
    assert translator.load(qm_name("ur"), str(after))
    assert translator.translate(first.context, first.source, first.comment or None) == "ترجمہ"


def test_english_and_unknown_languages_load_no_translator(qapp: QApplication) -> None:
    assert load_translator(qapp, "en") is None
    assert load_translator(qapp, "xx") is None


def test_every_code_list_name_is_in_each_ts() -> None:
    """The names (and short forms) the app shows for codes are translated in "codelists"."""
    shown = set()
    for path in resource_path("codelists").glob("*.json"):
        for entry in json.loads(path.read_text(encoding="utf-8"))["entries"]:
            shown |= {text for text in (entry["name"], entry.get("short")) if text}
    assert len(shown) > 88
    for path in COMMITTED.values():
        held = {m.source for m in read_ts(path).messages if m.context == "codelists"}
        assert shown - held == set(), path.name


def test_the_command_line_checks_and_builds(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert translations_main(["check"]) == 0
    assert translations_main(["build", "--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == {qm_name(lang) for lang in COMMITTED}
    complete = not any(unfinished(read_ts(path)) for path in COMMITTED.values())
    capsys.readouterr()
    assert translations_main(["check", "--complete"]) == (0 if complete else 1)
    assert complete or "not translated" in capsys.readouterr().out


# -- the pseudo-translation ------------------------------------------------------------------

def pseudo_catalog(catalog: Catalog) -> Catalog:
    """Every text translated as itself in ⟪…⟫, every plural form too, all finished."""
    return Catalog(catalog.language, [
        replace(m, translation=Translation(
            tuple(OPEN + m.source + CLOSE for _form in m.translation.forms), finished=True))
        for m in catalog.messages])


@pytest.fixture
def pseudo_translated(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The application speaking pseudo-Urdu (⟪…⟫) for the test."""
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    write_ts(pseudo_catalog(read_ts(COMMITTED["ur"])), ts)
    release(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


# Words a walk meets that are data, not the app's words: the user names, a void reason as a
# clerk typed it and the keys' names (printed on the keyboard in Latin letters); the demo
# people's names and districts come from ``demo_words``.
VOID_REASON = "entered twice"
# Lists of codes shown as codes: the audit log's action keys and raw details (the IT admin's
# record of what the software did, as ``verify-audit`` names it) and the IANA time zones.
CODE_VIEWS = {"audit_table", "audit_action", "timezone"}
KEY_NAMES = {"Ctrl", "Shift", "Alt", "Return", "Enter", "Esc", "Del", "Tab", "PgUp", "PgDown"}
DATA_WORDS = {*PASSWORDS, *VOID_REASON.split(), *KEY_NAMES}


def untranslated_words(text: str, allowed: set[str]) -> list[str]:
    """The English words of ``text`` outside every ⟪…⟫ (HTML tags and entities dropped)."""
    rest = re.sub(r"\w+://\S+", " ", unescape(re.sub(r"<[^>]*>", " ", text)))  # addresses
    while True:
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if inner == rest:
            break
        rest = inner
    # Codes are upper case (PK-KP, AFG); a token with a digit is a number, a date or a hash.
    words = [token for token in re.findall(r"[A-Za-z0-9']+", rest)
             if not re.search(r"[0-9]", token) and re.search(r"[a-z]", token)]
    return [word for word in words if word not in allowed]


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a user sees in the visible part of ``widget``."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        name = f"{type(child).__name__} {child.objectName()!r}"
        yield f"{name} tooltip", child.toolTip()
        if isinstance(child, (QLabel, QAbstractButton)):
            yield name, child.text()
        elif isinstance(child, QGroupBox):
            yield name, child.title()
        elif isinstance(child, QLineEdit):
            yield f"{name} placeholder", child.placeholderText()
        elif isinstance(child, QComboBox) and child.objectName() not in CODE_VIEWS:
            for index in range(child.count()):
                yield f"{name} item", child.itemText(index)
            yield f"{name} placeholder", child.placeholderText()
        elif isinstance(child, QTabBar):
            for index in range(child.count()):
                yield f"{name} tab", child.tabText(index)
        elif isinstance(child, QAbstractItemView) and not isinstance(child, QHeaderView) \
                and child.objectName() not in CODE_VIEWS:
            yield from _table_texts(name, child)


def _table_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    if isinstance(view, QListWidget):  # its model's counts are private to Python
        for row in range(min(view.count(), 30)):
            yield f"{name} item {row}", view.item(row).text()
        return
    model = view.model()
    root = QModelIndex()
    for column in range(model.columnCount(root)):
        yield f"{name} header", str(model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for row in range(min(model.rowCount(root), 30)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield f"{name} cell {row},{column}", value


def menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    """The menu bar's titles and every action's text and tip."""
    for menu_action in window.menuBar().actions():
        yield "menu", menu_action.text()
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            yield f"menu {menu_action.text()!r}", action.text()
            yield f"menu {menu_action.text()!r} tip", action.toolTip()


def walk(qtbot: QtBot, widget: QWidget, where: str, *,
         part: QWidget | None = None) -> list[tuple[str, str]]:
    """Every text of ``widget`` with each tab of each tab widget in it (or in ``part`` of it)
    shown in turn."""
    texts: list[tuple[str, str]] = []
    inner_tabs = [tabs for tabs in (part or widget).findChildren(QTabWidget)
                  if tabs.isVisible()]
    for tabs in inner_tabs or [None]:
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            qtbot.wait(300)  # a screen loads its rows off the GUI thread
            texts += [(f"{where}: {what}", text) for what, text in shown_texts(widget)]
    return texts


def walk_window(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str]]:
    """The menus, every screen (the entry form with a document row), a record's dialog, the
    shortcuts window, the About box and a field's right-click menu."""
    texts = [("window title", window.windowTitle()), *menu_texts(window)]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        screen = window.tabs.currentWidget()
        if isinstance(screen, HouseholdView):
            screen.forms[0].add_document()
        texts += walk(qtbot, window, window.tabs.tabText(index), part=screen)
    records = window.screens["records"]
    assert isinstance(records, RecordsView)
    window.tabs.setCurrentWidget(records)
    qtbot.waitUntil(lambda: records.model.rowCount() > 0, timeout=10_000)
    record = records.open_record(records.model.data(records.model.index(0, 0), UUID_ROLE))
    qtbot.waitSignal(record.sig_loaded, timeout=10_000)
    texts += walk(qtbot, record, "record dialog")
    record.close()
    for dialog in (window.show_shortcuts(), window.show_about()):
        texts += walk(qtbot, dialog, dialog.objectName() or type(dialog).__name__)
        dialog.close()
    menu = records.search.createStandardContextMenu()
    texts += [("a field's menu", action.text()) for action in menu.actions()]
    menu.deleteLater()
    return texts


@pytest.fixture
def filled_site(site: Site) -> Site:
    """The test's site with two days of demo crossings, yesterday closed, one record voided."""
    lead = open_ledger(site.path, "lead", PASSWORDS["lead"])
    today = lead.today()
    make_demo_data(lead, today - timedelta(days=1), 2, 12, seed=7)
    rows = search_crossings(lead, CrossingFilter(date_from=today, date_to=today), limit=1)
    void_crossing(lead, rows[0].uuid, VOID_REASON)
    close_day(lead, today - timedelta(days=1), "Shift Lead")
    lead.close()
    return site


def demo_words() -> set[str]:
    """Every word of the demo people's names and districts (data, typed by a clerk)."""
    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    people = json.loads(resource_path("demo", "people.json").read_text(encoding="utf-8"))
    names = [people[key] for key in ("male_given", "female_given", "tribal_names",
                                     "origin_districts")]
    return {word for text in strings(names) for word in re.findall(r"[A-Za-z']+", text)}


@pytest.mark.parametrize("user", ["lead", "admin"])
def test_no_screen_shows_an_untranslated_text(
        qtbot: QtBot, pseudo_translated: None, filled_site: Site,
        sign_in: Callable[[str], AppContext], user: str) -> None:
    window = MainWindow(sign_in(user), screens())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    texts = walk_window(qtbot, window)
    assert len(texts) > 200  # the walk saw the screens
    allowed = DATA_WORDS | demo_words()
    left = sorted({f"{what}: {text!r} ({', '.join(words)})" for what, text in texts
                   if (words := untranslated_words(text, allowed))})
    assert left == [], f"{len(left)} texts shown untranslated:\n" + "\n".join(left)


def test_no_dialog_shows_an_untranslated_text(
        qtbot: QtBot, pseudo_translated: None, filled_site: Site,
        sign_in: Callable[[str], AppContext], tmp_path: Path) -> None:
    """The dialogs met at sign-in, at a close-out, a void, a correction and a restore."""
    context = sign_in("lead")
    ledger = context.ledger
    row = search_crossings(ledger, CrossingFilter(), limit=1)[0]
    today = ledger.today()
    worker = SerialWorker("dialogs")
    dialogs: list[QWidget] = [
        SignInDialog(filled_site.path, worker), FirstRunDialog(tmp_path / "new.db", worker),
        NewPasswordDialog(ledger, worker),
        CloseDayDialog(today, "Torkham", tally(ledger, today), sheet_labels(), "lead",
                       datetime.now(ledger.settings.zone)),
        VoidDialog(context, row.uuid), CorrectionDialog(context, get_crossing(ledger, row.uuid)),
        RestoreDialog(tmp_path / "backup.db"), LockPage(context)]
    texts = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        texts += walk(qtbot, dialog, dialog.objectName() or type(dialog).__name__)
        dialog.close()
    worker.stop(cancel=True)
    allowed = DATA_WORDS | demo_words() | {"Torkham"}  # a place name handed in, as data
    left = sorted({f"{what}: {text!r} ({', '.join(words)})" for what, text in texts
                   if (words := untranslated_words(text, allowed))})
    assert left == [], f"{len(left)} texts shown untranslated:\n" + "\n".join(left)


def test_the_printed_sheet_shows_no_untranslated_text(
        pseudo_translated: None, filled_site: Site) -> None:
    lead = open_ledger(filled_site.path, "lead", PASSWORDS["lead"])
    yesterday = lead.today() - timedelta(days=1)
    html = sheet_to_print(lead, Period(yesterday, lead.today()), app_wording())
    lead.close()
    body = html[html.index("<body"):]
    words = untranslated_words(body, DATA_WORDS | demo_words() | {"Shift", "Lead"})
    assert words == [], f"the sheet prints untranslated words: {sorted(set(words))}"
    assert f"{OPEN}Tally sheet{CLOSE}" in html

