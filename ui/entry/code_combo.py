"""A drop-down over one code list that is fast by keyboard: type a name or a short form.

Typing ``kp``, ``KPK`` or ``khy`` picks Khyber Pakhtunkhwa; ``nan`` picks Nangarhar; ``f`` picks
Female. What is typed is compared with every spelling the code list knows (code, name, short
form, aliases, the translated name) the way :func:`contract.codes.match_key` compares
them, so the combo and the CSV import accept the same words. The list stays closed and the
choice shows at once; Alt+Down opens it to browse.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from contract.codes import CodeEntry, CodeList, match_key

# A pause this long starts a new search (a clerk looking at a document between letters).
_SEARCH_PAUSE_S = 1.2


def code_text(entry: CodeEntry) -> str:
    """What a code shows as: its name, or its short form when that is an acronym (PoR, ACC)."""
    short = entry.short
    text = short if short and short != short.lower() else entry.name
    return QCoreApplication.translate("codelists", text)


class CodeCombo(QComboBox):
    """Choose one code of ``codelist``; ``code()`` is the choice (None for the blank entry)."""

    def __init__(self, codelist: CodeList, *, blank: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codelist = codelist
        self.setMaxVisibleItems(20)
        # Narrow enough for a row of document fields; the open list shows names in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        if blank:
            self.addItem("—", None)
        self._keys: list[tuple[str, list[str], str]] = []
        for entry in codelist.entries:
            shown = code_text(entry)
            self.addItem(shown, entry.code)
            spellings = {match_key(s) for s in (*entry.spellings(), shown)}
            self._keys.append((entry.code, sorted(spellings), match_key(shown)))
        self._typed = ""
        self._typed_at = 0.0
        self.setToolTip(self.tr("Type a name or short form to choose; Alt+Down shows the list."))

    def code(self) -> str | None:
        """The chosen code, or None."""
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_code(self, code: str | None) -> None:
        """Choose ``code`` (None or unknown: the blank entry)."""
        index = self.findData(code) if code else -1
        if index < 0 and self.itemData(0) is None:
            index = 0
        self.setCurrentIndex(index)

    def reset_search(self) -> None:
        """Forget what was typed so far (the next letter starts a new search)."""
        self._typed = ""

    def find_code(self, typed: str) -> str | None:
        """The code that ``typed`` picks: an exact spelling, else a name, else a spelling that
        starts with it, else a name that contains it."""
        key = match_key(typed)
        if not key:
            return None
        tests = [lambda spellings, shown: key in spellings,
                 lambda spellings, shown: shown.startswith(key),
                 lambda spellings, shown: any(s.startswith(key) for s in spellings)]
        if len(key) >= 3:  # "kash" finds Azad Jammu and Kashmir; "p" finds no "deported"
            tests.append(lambda spellings, shown: key in shown)
        for test in tests:
            for code, spellings, shown in self._keys:
                if test(spellings, shown):
                    return code
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier |
                                         Qt.KeyboardModifier.AltModifier)
        now = time.monotonic()
        if now - self._typed_at > _SEARCH_PAUSE_S:
            self._typed = ""
        if plain and event.key() == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._typed_at = now
            self._choose(self._typed)
            event.accept()
            return
        if plain and len(text) == 1 and text.isprintable() and (text != " " or self._typed):
            self._typed_at = now
            if self.find_code(self._typed + text) is None:
                self._typed = ""  # no match: this letter starts a new word
            self._typed += text
            self._choose(self._typed)
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, typed: str) -> None:
        code = self.find_code(typed) if typed else None
        if code is not None:
            index = self.findData(code)
            self.setCurrentIndex(index)
            self.activated.emit(index)  # a choice by the user, like picking from the list

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusOutEvent(event)
