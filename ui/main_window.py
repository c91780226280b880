"""The main window: one tab per screen the signed-in role can use, menus, the status bar and
the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from checkpoint.audit_anchor import leave_anchor_quietly
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from checkpoint.preferences import Preferences
from checkpoint.search import CrossingFilter, count_crossings
from contract import codes
from contract.bidi import isolate
from ui.admin.sync_panel import state_text
from ui.context import AppContext
from ui.display import digits_text, number_text
from ui.idle_lock import IdleWatcher, LockPage
from ui.leave_question import LeaveQuestion
from ui.lock_cover import LockCover
from ui.messages import code_label, role_label, sync_error_text
from ui.operations import CollectionOp, QueryOp
from ui.preferences_dialog import PreferencesDialog
from ui.purge_schedule import PurgeSchedule
from ui.reference_age import lists_bar_text, lists_text, warning_style
from ui.shortcuts_help import ShortcutsWindow, listed_shortcuts
from ui.status_message import StatusMessage
from ui.sync_worker import SyncStatus
from ui.times import recent_text
from ui.unsaved import UnsavedWork


@dataclass(frozen=True)
class ScreenSpec:
    """A screen of the main window: its tab title, how to build it, who may see it."""

    title: Callable[[], str]
    build: Callable[[AppContext], QWidget]
    needs: Action | None = None


def departures_today(ledger: Ledger) -> int:
    """Today's departures at this checkpoint, voided ones not counted."""
    today = ledger.today()
    return count_crossings(ledger, CrossingFilter(date_from=today, date_to=today,
                                                  include_voided=False))


class MainWindow(QMainWindow):
    """Tabs of screens over one signed-in ledger; locks itself when idle."""

    sig_closed = Signal(bool)
    """The session ended and the window closed; True if the user signed out (or switched
    user), so the app asks who signs in next, False if they quit."""

    def __init__(self, context: AppContext, screens: list[ScreenSpec],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        ledger = context.ledger
        self._specs = screens
        self.tabs = QTabWidget()
        self.tabs.setObjectName("screens")
        self.screens: dict[str, QWidget] = {}
        self._build_screens()
        context.sig_sign_out.connect(self.sign_out)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self._build_lock_page()
        self.setCentralWidget(self.stack)
        self._menu_actions: list[QAction] = []
        self._build_menus()
        self._build_status_bar()
        self._name_things()
        self.idle = IdleWatcher(ledger.settings.idle_lock_minutes, self)
        self.idle.sig_idle.connect(self.lock)
        self.cover = LockCover(self, self.lock_action.shortcut())
        self.cover.sig_lock_requested.connect(self.lock)
        context.sig_records_changed.connect(self.refresh_count)
        context.sig_settings_changed.connect(
            lambda: self.idle.set_minutes(context.ledger.settings.idle_lock_minutes))
        self.refresh_count()
        self._signing_out = False
        self._leaving = False
        self._sync_started = False
        self.leave_question: QMessageBox | None = None
        self.preferences_question: LeaveQuestion | None = None
        # Retention runs whoever signs in: at sign-in (first show), then daily.
        self.purge_schedule = PurgeSchedule(context, self)

    # -- screens, menus and status bar -----------------------------------------------------

    def _build_screens(self) -> None:
        for spec in self._specs:
            if spec.needs is None or self.context.may(spec.needs):
                screen = spec.build(self.context)
                self.screens[screen.objectName() or spec.title()] = screen
                self.tabs.addTab(screen, spec.title())

    def _build_lock_page(self) -> None:
        self.lock_page = LockPage(self.context)
        self.lock_page.sig_unlocked.connect(self.unlock)
        self.lock_page.sig_sign_out.connect(self._sign_out_from_lock)
        self.stack.addWidget(self.lock_page)

    def rebuild(self) -> None:
        """Build the screens, the menus and the status bar's words again, in the language and
        look now applied (``ui.appearance``), keeping the session and the screen in front.
        What the old screens held unsaved is gone: ask first (``MainWindow.unsaved_forms``)."""
        front = self.tabs.currentIndex()
        locked = self.is_locked()  # a save that finished after the lock came: stay locked
        focus = self.focusWidget()  # the window's own, whether or not it is active now
        if focus is not None and not locked:
            focus.clearFocus()  # the screen shown next puts the cursor where it belongs
        for screen in self.screens.values():
            # Removed from the tabs it is hidden, so its shortcuts stop before it is deleted.
            self.tabs.removeTab(self.tabs.indexOf(screen))
            screen.deleteLater()
        self.screens.clear()
        self._build_screens()
        self.tabs.setCurrentIndex(front)
        old_page = self.lock_page
        self.stack.removeWidget(old_page)
        old_page.deleteLater()
        self._build_lock_page()
        if locked:
            self.stack.setCurrentWidget(self.lock_page)
            self.lock_page.password.setFocus()
        elif self.focusWidget() is None:
            self._focus_first_field()
        self.menuBar().clear()
        for action in self._menu_actions:
            action.deleteLater()
        self._menu_actions.clear()
        self._build_menus()
        self._name_things()
        if self._last_sync is not None:
            self.show_sync(self._last_sync)
        self.refresh_count()

    def _focus_first_field(self) -> None:
        # A screen that does not place the cursor itself: its first field that takes Tab.
        screen = self.tabs.currentWidget()
        if screen is None:
            return
        widget = screen.nextInFocusChain()
        while widget is not None and widget is not screen:  # a ring through the window
            if screen.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action = self._action(session, self.tr("&Lock now"), self.lock,
                                        QKeySequence("Ctrl+L"))
        self._action(session, self.tr("S&ync now"), self.context.sync.sync_now,
                     QKeySequence("Ctrl+Shift+Y"))
        self._action(session, self.tr("&Switch user / sign out"), self.sign_out,
                     QKeySequence("Ctrl+Shift+Q"))
        session.addSeparator()
        # Spelled out: the platform's "Quit" binding is empty on Windows and offscreen.
        self._action(session, self.tr("&Quit"), self.quit, QKeySequence("Ctrl+Q"))
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index in range(self.tabs.count()):
            self._action(go, self.tabs.tabText(index),
                         lambda _checked=False, i=index: self.show_screen(i),
                         QKeySequence(f"Ctrl+{index + 1}"))
        # No underlined letter: every letter of "View" is a screen's Alt key already. Ctrl+,
        # opens Preferences; from another menu, the arrow keys reach this one.
        view = self.menuBar().addMenu(self.tr("View"))
        self._action(view, self.tr("&Preferences…"), self.show_preferences,
                     QKeySequence("Ctrl+,"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                     QKeySequence("F1"))
        self._action(help_menu, self.tr("&About Checkpoint"), self.show_about)

    def _action(self, menu: QMenu, text: str, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = QKeySequence(shortcut)
            action.setShortcut(keys)
            label = keys.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({label})")
        action.triggered.connect(slot)
        menu.addAction(action)
        self._menu_actions.append(action)
        return action

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel()
        self.user_label.setObjectName("status_user")
        self.place_label = QLabel()
        self.count_label = QLabel()
        self.count_label.setObjectName("status_count")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("status_sync")
        self._last_sync: SyncStatus | None = None
        # How old HQ's lists are: a few words here (the bar must read whole at 1024 pixels),
        # the whole sentence in its tooltip and in the IT sync panel.
        self.lists_label = QLabel()
        self.lists_label.setObjectName("status_lists")
        self.context.sync.sig_status.connect(self.show_sync)
        for label in (self.user_label, self.place_label, self.count_label, self.sync_label,
                      self.lists_label):
            bar.addPermanentWidget(label)
        self.status_message = StatusMessage()
        bar.addWidget(self.status_message, 1)
        self.context.sig_status.connect(self.status_message.show_message)

    def _name_things(self) -> None:
        # The words of the window itself, said again after a change of language.
        ledger = self.context.ledger
        actor = ledger.actor
        place = code_label(codes.crossing_points(), ledger.settings.checkpoint)
        self.setWindowTitle(self.tr("Checkpoint — %1").replace("%1", place))
        self.user_label.setText(f"{actor.username} · {role_label(actor.role.value)}")
        self.place_label.setText(place)
        self.count_label.setToolTip(self.tr("Departures recorded today at this checkpoint "
                                            "(voided ones not counted)"))
        if self._last_sync is None:
            self.sync_label.setText(self.tr("Sync: not set up"))

    def show_sync(self, status: SyncStatus) -> None:
        """Online / offline / syncing, pending count and last sync time, in the status bar."""
        self._last_sync = status
        ledger = self.context.ledger
        text = self.tr("Sync: %1 · %2 pending").replace(
            "%1", state_text(status)).replace("%2", number_text(status.pending))
        if status.last_success:  # never synced: the state says it ("not set up", "offline")
            text += self.tr(" · last %1").replace("%1", isolate(recent_text(
                status.last_success, ledger.settings.zone, ledger.today())))
        if status.rejected:
            text += digits_text(self.tr(" · %n rejected", "", status.rejected))
        self.sync_label.setText(text)
        self.sync_label.setToolTip(sync_error_text(status.error_code) if status.error_code
                                   else "")
        if status.lists is not None:
            self.lists_label.setText(lists_bar_text(status.lists))
            self.lists_label.setToolTip(lists_text(status.lists))
            self.lists_label.setStyleSheet(warning_style() if status.lists.stale else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sync_started:
            self._sync_started = True
            self.context.sync.start()
            self.purge_schedule.start()

    def refresh_count(self) -> None:
        """Today's departures at this checkpoint (voided ones not counted), read on the
        reader."""
        QueryOp(self, self.context, departures_today).success(self._show_count) \
            .run_in_background()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(digits_text(self.tr("Today: %n", "", count)))

    def show_shortcuts(self) -> ShortcutsWindow:
        """Help → Keyboard shortcuts: every key of this session's screens."""
        window = ShortcutsWindow(listed_shortcuts(self, self.tabs), self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()
        return window

    def show_about(self) -> QMessageBox:
        """Help → About: what the app is and its version (from the installed package)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Checkpoint"), self.tr(
            "<b>Checkpoint %1</b><p>Records departures and document checks at border "
            "checkpoints, offline, encrypted, and sends them to the control room when the "
            "link is up.</p>").replace("%1", version("checkpoint")),
            QMessageBox.StandardButton.Close, self)
        box.setObjectName("about")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # no loop of its own: the idle lock can cover it like any window
        return box

    # -- screens, lock, sign-out ------------------------------------------------------------

    def show_screen(self, index: int) -> None:
        """Bring a screen forward (Ctrl+1, Ctrl+2, ...)."""
        if self.stack.currentWidget() is self.tabs:
            self.tabs.setCurrentIndex(index)

    def is_locked(self) -> bool:
        """Whether the lock page is showing."""
        return self.stack.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide the screens behind the lock page, and every other window of the app with
        them (they keep what was typed)."""
        if self.is_locked():
            return
        focus = self.focusWidget()
        self._focus_before_lock = focus if focus is not None and focus.window() is self else None
        self.cover.cover()
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_page)
        self.raise_()
        self.activateWindow()
        self.lock_page.password.setFocus()
        # The desk may stay locked a long time: the user's audit anchor names the chain's end
        # as they leave it (on the writer, after the saves queued before it).
        ledger = self.context.ledger
        self.context.writer.submit(lambda _job: leave_anchor_quietly(ledger))

    def unlock(self) -> None:
        """Back to where the user was: every window as it was, focus included."""
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.idle.restart()
        focus = getattr(self, "_focus_before_lock", None)
        if focus is not None:
            focus.setFocus()
        self.cover.uncover()

    # -- preferences ------------------------------------------------------------------------

    def show_preferences(self) -> PreferencesDialog:
        """View → Preferences…: the signed-in user's own; OK stores and applies them."""
        dialog = PreferencesDialog(self.context.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_chosen.connect(self.change_preferences)
        dialog.open()
        return dialog

    def change_preferences(self, chosen: Preferences) -> None:
        """Store ``chosen``, have the app apply it, and build the screens again in it.

        Typing not saved yet would go with the old screens, so first the question leaving
        asks: Save (then change), Discard (and change) or Cancel (nothing changes). Carrying
        the typing over was the other way; asking keeps one copy of a form's state, and every
        field of a half-typed household (a date half written, a reader's zone) is kept as it
        is or saved the usual way, its checks and warnings included.
        """
        if chosen == self.context.preferences:
            return
        forms = self.unsaved_forms()
        if not forms:
            self._store_preferences(chosen)
            return
        box = LeaveQuestion(forms, may_save=True, parent=self, informative=self.tr(
            "The screens are built again in your new preferences: save it first, discard "
            "it, or cancel and keep the preferences as they are."))
        box.setObjectName("preferences_question")
        self.preferences_question = box
        box.finished.connect(lambda _result: self._answered_for_preferences(box, forms,
                                                                            chosen))
        box.open()

    def _answered_for_preferences(self, box: LeaveQuestion, forms: list[UnsavedWork],
                                  chosen: Preferences) -> None:
        self.preferences_question = None
        box.deleteLater()
        if box.choice == LeaveQuestion.DISCARD:
            self._store_preferences(chosen)
        elif box.choice == LeaveQuestion.SAVE:
            self._save_then(forms, lambda: self._store_preferences(chosen))

    def _store_preferences(self, chosen: Preferences) -> None:
        CollectionOp(self, self.context, lambda ledger: ledger.set_preferences(chosen),
                     records_changed=False) \
            .success(lambda _none: self._preferences_stored(chosen)).run_in_background()

    def _preferences_stored(self, chosen: Preferences) -> None:
        self.context.preferences = chosen
        self.context.sig_preferences_changed.emit(chosen)  # the app applies them now
        self.rebuild()

    # -- leaving ----------------------------------------------------------------------------

    def unsaved_forms(self) -> list[UnsavedWork]:
        """The screens and open dialogs holding typing that is not saved yet."""
        widgets = [self, *self.findChildren(QWidget)]
        return [w for w in widgets if isinstance(w, UnsavedWork) and w.unsaved_work()]

    def sign_out(self) -> None:
        """Leave this session (asking first about unsaved typing); the app then asks who
        signs in next."""
        self._leave(signing_out=True)

    def quit(self) -> None:
        """End the app (asking first about unsaved typing)."""
        self._leave(signing_out=False)

    def _sign_out_from_lock(self) -> None:
        # Whoever stands at a locked desk has not proven who they are: they may throw the
        # unsaved typing away, never save it in the locked user's name.
        self._leave(signing_out=True, may_save=False)

    def _leave(self, *, signing_out: bool, may_save: bool = True) -> None:
        forms = self.unsaved_forms()
        if not forms:
            self.end_session(signing_out=signing_out)
            return
        asking = self.leave_question
        if asking is not None:
            if asking.isVisible():
                return  # already asking
            asking.done(0)  # hidden by the lock since: ask again, from the lock page
        self.leave_question = box = LeaveQuestion(forms, may_save=may_save, parent=self)
        if not may_save:  # asked from the lock page, where it must stay in view; any other
            self.cover.allow(box)  # question hides with the forms when the lock comes
        box.finished.connect(lambda _result: self._answered(box, forms, signing_out))
        box.open()

    def _answered(self, box: LeaveQuestion, forms: list[UnsavedWork],
                  signing_out: bool) -> None:
        self.leave_question = None
        box.deleteLater()
        if box.choice == LeaveQuestion.DISCARD:
            self.end_session(signing_out=signing_out)
        elif box.choice == LeaveQuestion.SAVE:
            self._save_then(forms, lambda: self.end_session(signing_out=signing_out))

    def _save_then(self, forms: list[UnsavedWork], then: Callable[[], None]) -> None:
        waiting = list(forms)

        def saved_by(form: UnsavedWork) -> Callable[[], None]:
            def saved() -> None:
                waiting.remove(form)
                if not waiting:
                    then()
            return saved

        for form in forms:
            form.save_unsaved(saved_by(form))

    def end_session(self, *, signing_out: bool = False) -> None:
        """Close the window now, without asking (what was typed and not saved is lost)."""
        self._signing_out = signing_out
        self._leaving = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:  # the window's close button, or the desktop ending
            if self.unsaved_forms():
                event.ignore()
                self.quit()  # asks; closes again once answered
                return
            self._leaving, self._signing_out = True, False
        self.idle.stop()
        self.cover.stop()
        self.context.shut_down()
        super().closeEvent(event)
        self.sig_closed.emit(self._signing_out)
