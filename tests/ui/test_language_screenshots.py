"""Issue 12, "Must show": the entry screen, the records list and the daily tally in every
language the app offers, at 1280 x 720 and 1024 x 600, each in the language's translation
(``ui.translation_files``), direction and bundled font (``ui.fonts``). One signed-in window per
language and size; the checks of ``test_screenshots`` (nothing cut off sideways, filters and
buttons in sight, tally rows whole) run on each, and here: right-to-left languages are
mirrored, their tab titles are not English, and no label is clipped. The PNGs go to
``$CHECKPOINT_SCREENSHOTS`` (or the test's temporary folder) to be looked at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import screens
from ui.context import AppContext
from ui.fonts import ui_font
from ui.main_window import MainWindow
from ui.translation_files import LANGUAGES, QM_CACHE_ENV, load_translator

from .test_entry_layout import clipped_labels
from .test_screenshots import (
    SIZES,
    daily_tally,
    filled_site,  # noqa: F401 (a fixture: the site with three days of crossings)
    new_crossing,
    records,
    site,  # noqa: F401 (a fixture: this test's copy of the filled site)
)

ENGLISH_TITLES = [spec.title() for spec in screens()]  # read before any translation is loaded


@pytest.fixture(params=list(LANGUAGES), ids=list(LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: QApplication,
             tmp_path_factory: pytest.TempPathFactory,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app in one language for the test, as the desktop sets it at sign-in: translation,
    reading direction and font; all put back afterwards."""
    code: str = request.param
    monkeypatch.setenv(QM_CACHE_ENV, str(tmp_path_factory.getbasetemp() / "qm"))
    translator = load_translator(qapp, code)
    assert (translator is None) == (code == "en"), f"no translation loaded for {code}"
    font, direction = qapp.font(), qapp.layoutDirection()
    if translator is not None:
        QCoreApplication.installTranslator(translator)
    qapp.setLayoutDirection(QLocale(code).textDirection())
    qapp.setFont(ui_font(code))
    yield code
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)


def mirrored(window: MainWindow) -> bool:
    """Whether the window reads right to left: its first tab is right of its second."""
    bar = window.tabs.tabBar()
    return bar.tabRect(0).x() > bar.tabRect(1).x()


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1024x600"])
def test_each_language_at_a_desks_sizes(qtbot: QtBot, sign_in: Callable[[str], AppContext],
                                        tmp_path: Path, size: tuple[int, int],
                                        language: str) -> None:
    context = sign_in("lead")  # the role that has the entry screen, the records and the tally
    window = MainWindow(context, screens())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)

    right_to_left = QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft
    assert (language != "en") == right_to_left  # every offered language but English is RTL
    assert window.isRightToLeft() == right_to_left
    assert mirrored(window) == right_to_left
    name = f"{language}-{{}}-{size[0]}x{size[1]}"
    new_crossing(qtbot, window, name.format("new-crossing"), tmp_path)
    assert clipped_labels(window) == []
    records(qtbot, window, name.format("records"), tmp_path)
    assert clipped_labels(window) == []
    yesterday = context.ledger.today() - timedelta(days=1)
    daily_tally(qtbot, window, yesterday, name.format("tally"), tmp_path)
    assert clipped_labels(window) == []

    # Last, so the pictures and the layout checks above come out while translations are due.
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    if language != "en":
        english = [title for title in titles if title in ENGLISH_TITLES]
        assert english == [], f"tab titles still in English in {language}: {english}"
