"""Grab a screenshot of every screen of the app for the user guide, offscreen.

    python docs/screenshots.py            # writes docs/images/*.png

Builds a throw-away demo database (the same one ``checkpoint --demo`` opens), signs in as the
role that uses each screen, shows the main window at 1366×768 (the desks' screens) and saves
what it looks like. Anyone can rerun it after changing a screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from checkpoint.demo_site import make_demo_site
from checkpoint.ledger import open_ledger
from ui.app import screens
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog
from ui.workers import SerialWorker

IMAGES = Path(__file__).resolve().parent / "images"
SIZE = (1366, 768)
# (file name, user, tab objectName or None, extra step)
SHOTS = [
    ("new-crossing", "clerk", "new_crossing"),
    ("records", "lead", "records"),
    ("tally", "lead", "tally"),
    ("complaints", "lead", "complaints"),
    ("admin", "admin", "admin"),
]


def settle(milliseconds: int = 400) -> None:
    """Let the window lay itself out and the workers report (no busy loop)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    """Write ``name``.png and say where."""
    path = IMAGES / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(IMAGES.parent.parent)}")


def main() -> None:
    """Make the demo database and photograph every screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
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

    for name, user, tab in SHOTS:
        context = AppContext(open_ledger(database, user, passwords[user]))
        window = MainWindow(context, screens())
        window.resize(*SIZE)
        window.show()
        screen = window.screens.get(tab)
        if screen is None:
            print(f"skipped {name}: {user} has no {tab} screen")
            window.close()
            continue
        window.tabs.setCurrentWidget(screen)
        if isinstance(screen, HouseholdView):
            screen.add_document()  # the form with a document row, as a clerk sees it most
        settle(800)
        save(window, name)
        if name == "new-crossing":
            window.lock()
            settle()
            save(window, "locked")
        window.close()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    context = AppContext(open_ledger(database, "clerk", passwords["clerk"]))
    window = MainWindow(context, screens())
    window.resize(*SIZE)
    window.show()
    household = window.screens["new_crossing"]
    assert isinstance(household, HouseholdView)
    household.add_document()
    settle(800)
    save(window, "new-crossing-rtl")
    window.close()


if __name__ == "__main__":
    main()
