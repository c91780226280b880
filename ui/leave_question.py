"""The question asked before a session ends with typing not saved: Save, Discard or Cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.unsaved import UnsavedWork


class LeaveQuestion(QMessageBox):
    """Lists what would be lost. S (or Enter) saves, D discards, Esc cancels; from a locked
    desk there is no Save and Enter cancels."""

    class Choice(Enum):
        """What the user chose."""

        SAVE = "save"
        DISCARD = "discard"
        CANCEL = "cancel"

    SAVE, DISCARD, CANCEL = Choice.SAVE, Choice.DISCARD, Choice.CANCEL

    def __init__(self, forms: list[UnsavedWork], *, may_save: bool,
                 parent: QWidget | None = None, informative: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("leave_question")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Not saved yet"))
        self.setText(self.tr("This is not saved yet:") + "<ul>" + "".join(
            f"<li>{form.unsaved_work()}</li>" for form in forms) + "</ul>")
        self.setInformativeText(
            informative if informative else
            self.tr("Save it before leaving, discard it, or cancel and go back to it.")
            if may_save else
            self.tr("Only the signed-in user can save it: sign out and lose it, or cancel."))
        self.choice = self.CANCEL
        self.save_button = self.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole) \
            if may_save else None
        self.discard_button = self.addButton(self.tr("&Discard"),
                                             QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        # Enter never throws typing away by accident; Esc is Cancel.
        self.setDefaultButton(self.save_button or self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._chosen)

    def _chosen(self, button: object) -> None:
        self.choice = (self.SAVE if button is self.save_button and button is not None
                       else self.DISCARD if button is self.discard_button else self.CANCEL)
