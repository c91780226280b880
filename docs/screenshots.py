"""Grab a screenshot of every screen of the app for the user guide, offscreen.

    python docs/screenshots.py            # writes docs/images/*.png

Builds a throw-away demo database (the same one ``checkpoint --demo`` opens), signs in as the
role that uses each screen, shows the main window at 1366×768 (the desks' screens), and some
screens also at 1024×600 (the smallest desk screen) or right to left, and saves what it looks
like. Anyone can rerun it after changing a screen. ``tests/ui/test_screenshots.py`` shoots and
checks the same screens at 1280×720 and 1024×600 in both directions.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from checkpoint.demo_site import make_demo_site
from checkpoint.ledger import open_ledger
from checkpoint.preferences import Preferences
from ui.app import screens
from ui.appearance import Appearance
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog
from ui.workers import SerialWorker

IMAGES = Path(__file__).resolve().parent / "images"
SIZE = (1366, 768)
SMALL = (1024, 600)  # the smallest desk screen the app is made for
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
# (file name, user, tab objectName, window size, direction); the lock screen is shot last of all
SHOTS = [
    ("new-crossing", "clerk", "new_crossing", SIZE, LTR),
    ("new-crossing-1024x600", "clerk", "new_crossing", SMALL, LTR),
    ("records", "lead", "records", SIZE, LTR),
    ("tally", "lead", "tally", SIZE, LTR),
    ("tally-1024x600", "lead", "tally", SMALL, LTR),
    ("complaints", "lead", "complaints", SIZE, LTR),
    ("admin", "admin", "admin", SIZE, LTR),
    ("new-crossing-rtl", "clerk", "new_crossing", SIZE, RTL),
    ("records-rtl", "lead", "records", SIZE, RTL),
    ("tally-rtl", "lead", "tally", SIZE, RTL),
]
LOCKED = ("locked", "clerk", SMALL)
# The Preferences dialog, and the desk at the small screen with what it chose applied.
LARGE_CONTRAST = Preferences(font_scale=150, high_contrast=True)


def settle(milliseconds: int = 400) -> None:
    """Let the window lay itself out and the workers report (no busy loop)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    """Write ``name``.png, small enough to keep in the repository, and say where."""
    path = IMAGES / f"{name}.png"
    # Lossless: Qt's own 256-colour conversion shifts the window's grey to white.
    widget.grab().save(str(path), "PNG", 0)  # 0: the strongest compression
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=True)
    print(f"wrote {path.relative_to(IMAGES.parent.parent)}")


def fill_head(household: HouseholdView) -> None:
    """A head of household typed, with one document checked: the form as a clerk sees it."""
    form = household.forms[0]
    form.full_name.setText("Gul Ahmad Shinwari")
    form.father_name.setText("Abdul Rahim")
    form.sex.set_code("M")
    form.age.setText("42")
    form.origin_province.set_code("PK-KP")
    form.destination_province.set_code("AF-NAN")
    form.return_type.set_code("voluntary")
    row = form.add_document()
    row.kind.set_code("por")
    row.number.setText("PoR 40817325")
    row.result.set_code("verified")
    form.full_name.setFocus()


def open_window(database: Path, user: str, password: str, size: tuple[int, int]) -> MainWindow:
    """The main window signed in as ``user``, shown at ``size``."""
    context = AppContext(open_ledger(database, user, password))
    window = MainWindow(context, screens())
    window.resize(*size)
    window.show()
    return window


def close(window: MainWindow) -> None:
    """Close without a question: what was typed for a picture is not kept."""
    household = window.screens.get("new_crossing")
    if isinstance(household, HouseholdView):
        household.new_household()
    window.close()
    window.context.shut_down()


def shoot_preferences(app: QApplication, database: Path, password: str) -> None:
    """View → Preferences…, and the New crossing screen at 150 % in high contrast."""
    window = open_window(database, "clerk", password, SMALL)
    dialog = window.show_preferences()
    settle()
    save(dialog, "preferences")
    dialog.close()
    appearance = Appearance(app, "en")
    appearance.apply(LARGE_CONTRAST)
    window.rebuild()
    screen = window.screens["new_crossing"]
    assert isinstance(screen, HouseholdView)
    fill_head(screen)
    settle(800)
    save(window, "new-crossing-150-high-contrast")
    close(window)
    appearance.restore()


def main() -> None:
    """Make the demo database and photograph every screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    IMAGES.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="checkpoint-shots-"))
    database = folder / "demo.db"
    passwords = make_demo_site(database)

    worker = SerialWorker("shots")
    dialog = SignInDialog(database, worker, demo_passwords=passwords)
    dialog.show()
    settle()
    save(dialog, "sign-in")
    dialog.close()
    worker.stop()

    for name, user, tab, size, direction in SHOTS:
        app.setLayoutDirection(direction)
        window = open_window(database, user, passwords[user], size)
        screen = window.screens.get(tab)
        if screen is None:
            print(f"skipped {name}: {user} has no {tab} screen")
            close(window)
            continue
        window.tabs.setCurrentWidget(screen)
        if isinstance(screen, HouseholdView):
            fill_head(screen)
        settle(800)
        save(window, name)
        close(window)

    app.setLayoutDirection(LTR)
    shoot_preferences(app, database, passwords["clerk"])
    name, user, size = LOCKED
    window = open_window(database, user, passwords[user], size)
    settle()
    window.lock()
    settle()
    save(window, name)
    close(window)


if __name__ == "__main__":
    main()
