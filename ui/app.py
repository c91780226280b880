"""Composition root of the desktop app: ``checkpoint`` and ``checkpoint --demo``.

The one place that opens the database, builds the core context and the windows, and wires
them together (sign-in -> main window -> sign-out -> sign-in). Nothing else keeps globals.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import logging.handlers
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from checkpoint.demo_site import make_demo_site
from checkpoint.ledger import Ledger
from checkpoint.paths import APP_NAME, DATABASE_ENV, database_path
from checkpoint.permissions import Action
from checkpoint.preferences import (
    LANGUAGE_CODES,
    Preferences,
    device_language,
    offered_language,
    remember_device_language,
)
from ui.admin.admin_view import AdminView
from ui.appearance import Appearance
from ui.complaints_view import ComplaintsView
from ui.context import AppContext
from ui.entry import HouseholdView
from ui.first_window import FirstWindowClock
from ui.main_window import MainWindow, ScreenSpec
from ui.messages import error_text
from ui.platform_check import exit_unless_window_can_open
from ui.records_view import RecordsView
from ui.sign_in import FirstRunDialog, NewPasswordDialog, SignInDialog, next_steps
from ui.tally_view import TallyView
from ui.tamper_notice import show_tamper_notice
from ui.termination import TerminationWatch
from ui.workers import SerialWorker

log = logging.getLogger("checkpoint")


def screens() -> list[ScreenSpec]:
    """The main window's screens, in tab order (each shown only to roles that may use it)."""
    # Each title is a literal translate() call, so lupdate extracts it in the "app" context.
    return [
        ScreenSpec(lambda: QCoreApplication.translate("app", "New crossing"), HouseholdView,
                   Action.RECORD),
        ScreenSpec(lambda: QCoreApplication.translate("app", "Records"), RecordsView),
        ScreenSpec(lambda: QCoreApplication.translate("app", "Daily tally"), TallyView,
                   Action.TALLY),
        ScreenSpec(lambda: QCoreApplication.translate("app", "Complaints"), ComplaintsView,
                   Action.COMPLAINTS),
        ScreenSpec(lambda: QCoreApplication.translate("app", "IT admin"), AdminView,
                   Action.MANAGE_USERS),
    ]


class CheckpointApp(QObject):
    """Sign-in, the main window, sign-out and back: the app's life as one object."""

    def __init__(self, database: Path, *, demo_passwords: dict[str, str] | None = None,
                 language: str | None = None) -> None:
        super().__init__()
        self.database = database
        self.demo_passwords = demo_passwords
        # ``--language`` speaks before anyone signs in, and for users who chose none.
        self.language = language
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.appearance = Appearance(app, language)
        self.sign_in_worker = SerialWorker("sign-in", self)
        self.window: MainWindow | None = None
        self.dialog: SignInDialog | FirstRunDialog | NewPasswordDialog | None = None
        # Why the last session ended, when it was not the user's choice (shown at sign-in).
        self.sign_in_note = ""

    def start(self) -> None:
        """First run creates the database; otherwise ask who signs in."""
        if self.database.exists():
            self.show_sign_in()
            return
        self._apply_device_language()
        dialog = FirstRunDialog(self.database, self.sign_in_worker)
        dialog.accepted.connect(lambda: self._first_run_done(dialog.ledger))
        dialog.rejected.connect(QCoreApplication.quit)
        self._show(dialog)

    def _apply_device_language(self) -> None:
        # Before anyone signs in: ``--language``, else the language last chosen on this device,
        # else the computer's; no one's text size or contrast.
        self.appearance.apply(Preferences(language=self.language or
                                          device_language(self.database)))

    def _apply_preferences(self, preferences: Preferences) -> None:
        self.appearance.apply(preferences)
        if preferences.language:  # the next sign-in window speaks it
            try:
                remember_device_language(self.database, preferences.language)
            except OSError as error:  # a read-only folder costs only that convenience
                log.warning("device language not kept: %s", type(error).__name__)

    def show_sign_in(self) -> None:
        """The sign-in dialog; the app ends if it is closed."""
        self._apply_device_language()
        dialog = SignInDialog(self.database, self.sign_in_worker,
                              demo_passwords=self.demo_passwords)
        if self.sign_in_note:  # why the last session ended, said once
            dialog.say(self.sign_in_note)
            self.sign_in_note = ""
        dialog.accepted.connect(lambda: self._signed_in(dialog.ledger))
        dialog.rejected.connect(QCoreApplication.quit)
        self._show(dialog)

    def _show(self, dialog: SignInDialog | FirstRunDialog | NewPasswordDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Finished comes before accepted: a dialog that deletes itself is forgotten first.
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.show()
        dialog.raise_()

    def _first_run_done(self, ledger: Ledger | None) -> None:
        self._signed_in(ledger)
        window = self.window
        if window is not None:  # the IT admin is shown what comes next, once
            admin = window.screens.get("admin")
            if admin is not None:
                window.show_screen(window.tabs.indexOf(admin))
            next_steps(window).open()

    def _dialog_finished(self, dialog: QObject) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _signed_in(self, ledger: Ledger | None) -> None:
        assert ledger is not None
        if not ledger.must_change_password:
            self._open_window(ledger)
            return
        dialog = NewPasswordDialog(ledger, self.sign_in_worker)
        dialog.accepted.connect(lambda: self._open_window(ledger))
        dialog.rejected.connect(lambda: self._password_not_changed(ledger))
        self._show(dialog)

    def _password_not_changed(self, ledger: Ledger) -> None:
        ledger.close()
        self.show_sign_in()

    def _open_window(self, ledger: Ledger) -> None:
        self.dialog = None
        context = AppContext(ledger)
        context.sig_key_changed.connect(self._note_for_sign_in)
        # The user's own language and look, before a word of their window is built.
        self._apply_preferences(context.preferences)
        context.sig_preferences_changed.connect(self._apply_preferences)
        try:
            window = MainWindow(context, screens())
        except BaseException:
            context.shut_down()  # never leave threads running behind a window that failed
            raise
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.sig_closed.connect(self._window_closed)
        self.window = window
        screen = window.screen().availableGeometry()
        if screen.width() <= 1280 or screen.height() <= 720:
            # A laptop screen: the whole of it, so the status bar is never below its edge.
            window.showMaximized()
        else:
            window.resize(1280, 720)
            window.show()
        show_tamper_notice(ledger, window)

    def _note_for_sign_in(self, text: str) -> None:
        self.sign_in_note = text

    def _window_closed(self, signed_out: bool) -> None:
        # The window deletes itself once closed: nothing may touch it after this.
        self.window = None
        if signed_out:
            self.show_sign_in()

    def stop(self) -> None:
        """End a session still open (the app was told to quit some other way) and join the
        sign-in worker."""
        if self.window is not None:
            self.window.end_session()
        self.sign_in_worker.stop()
        self.appearance.restore()


def _configure_logging() -> None:
    # Errors and their types only: the core's messages name fields, never a person's details.
    folder = user_log_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "checkpoint.log",
                                                   maxBytes=1_000_000, backupCount=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], error: BaseException, trace: object) -> None:
    log.error("unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
    if QApplication.instance() is not None:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Checkpoint"),
                             error_text(error))


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The desktop app's command line."""
    parser = argparse.ArgumentParser(prog="checkpoint", description="Checkpoint desktop app.")
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away demo database filled with sample records")
    parser.add_argument("--db", type=Path, default=None,
                        help=f"database file (default: env {DATABASE_ENV} or the app's data "
                             "folder)")
    parser.add_argument("--language", default=None, type=_language,
                        help=f"one of {', '.join(sorted(LANGUAGE_CODES))} (default: the one "
                             "last chosen on this computer, else the system's)")
    return parser.parse_args(argv)


def _language(text: str) -> str:
    code = offered_language(text)
    if code is None:  # argparse says this with the usage line, not a traceback
        raise argparse.ArgumentTypeError(
            f"{text!r} is not offered; choose one of {', '.join(sorted(LANGUAGE_CODES))}")
    return code


def app_for(args: argparse.Namespace) -> CheckpointApp:
    """The app on the database the command line chose: a throw-away demo, or the one both
    faces pick (``--db``, env ``CHECKPOINT_DB``, the data folder)."""
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="checkpoint-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        database = folder / "demo.db"
        return CheckpointApp(database, demo_passwords=make_demo_site(database),
                             language=args.language)
    database = database_path(args.db)
    database.parent.mkdir(parents=True, exist_ok=True)
    return CheckpointApp(database, language=args.language)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``checkpoint``."""
    args = parse_arguments(argv)
    exit_unless_window_can_open()
    _configure_logging()
    # instance() is typed QCoreApplication; in this program it can only be a QApplication.
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.installEventFilter(FirstWindowClock(app))
    termination = TerminationWatch(app)
    sys.excepthook = _excepthook
    controller = app_for(args)
    controller.start()
    status = app.exec()
    controller.stop()
    termination.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
