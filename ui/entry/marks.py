"""Problems shown on the field they concern: a red border, the words under the field, and the
same words as the field's tooltip. Marks never touch what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from ui.theme import Tone, problem_border, tone


def marks_style() -> str:
    """The entry screens' style sheet in the look now on (``ui.theme``); fields carry the
    dynamic property ``problem``, labels their ``role``."""
    return f"""
QLineEdit[problem="true"], QComboBox[problem="true"] {{
    border: {problem_border()}; border-radius: 3px; padding: 1px 3px;
}}
QLabel[role="problem"] {{ color: {tone(Tone.PROBLEM)}; }}
QLabel[role="hint"] {{ color: {tone(Tone.HINT)}; }}
QLabel[role="warning"] {{ color: {tone(Tone.WARNING)}; font-weight: bold; }}
QLabel[role="saved"] {{ color: {tone(Tone.SAVED)}; font-weight: bold; }}
QLabel[role="heading"] {{ font-weight: bold; }}
"""


class Marks:
    """The problem marks of one form: which field shows which words."""

    def __init__(self) -> None:
        self._labels: dict[QWidget, QLabel] = {}
        self._tooltips: dict[QWidget, str] = {}
        self._marked: list[QWidget] = []

    def message_label(self, field: QWidget) -> QLabel:
        """The label that shows ``field``'s problem (laid out under it by the form)."""
        label = QLabel()
        label.setProperty("role", "problem")
        label.setWordWrap(True)
        label.hide()
        self._labels[field] = label
        return label

    def attach(self, field: QWidget, label: QLabel) -> None:
        """Show ``field``'s problem in ``label`` (shared by the fields of a document row)."""
        self._labels[field] = label

    def mark(self, field: QWidget, text: str) -> None:
        """Show ``text`` on ``field``."""
        if field not in self._marked:
            self._tooltips[field] = field.toolTip()
            self._marked.append(field)
        field.setProperty("problem", True)
        field.setToolTip(text)
        _repolish(field)
        self._show_label(self._labels.get(field))

    def clear(self, field: QWidget) -> None:
        """Remove ``field``'s mark (the clerk changed it)."""
        if field not in self._marked:
            return
        self._marked.remove(field)
        field.setProperty("problem", False)
        field.setToolTip(self._tooltips.pop(field, ""))
        _repolish(field)
        self._show_label(self._labels.get(field))

    def _show_label(self, label: QLabel | None) -> None:
        # A label shared by a row's fields says every problem of the row, in field order.
        if label is None:
            return
        texts = list(dict.fromkeys(f.toolTip() for f in self._marked
                                   if self._labels.get(f) is label))
        label.setText(" ".join(texts))
        label.setVisible(bool(texts))
        if texts:
            keep_in_sight_while_working(label, lambda focus: any(
                field is focus or field.isAncestorOf(focus)
                for field, shown_in in self._labels.items() if shown_in is label))

    def clear_all(self) -> None:
        """Remove every mark."""
        for field in list(self._marked):
            self.clear(field)

    def text(self, field: QWidget) -> str:
        """The problem shown on ``field`` ("" if none)."""
        return field.toolTip() if field in self._marked else ""

    def marked(self) -> list[QWidget]:
        """Fields showing a problem, in the order they were marked."""
        return list(self._marked)

    def forget(self, field: QWidget) -> None:
        """Drop a field that is going away."""
        if field in self._marked:
            self._marked.remove(field)
        self._labels.pop(field, None)
        self._tooltips.pop(field, None)


def keep_in_sight_while_working(line: QWidget, working: Callable[[QWidget], bool]) -> None:
    """Once the form is laid out again, scroll it so ``line`` (words just shown under a field)
    is in sight, if the clerk is still ``working`` where it concerns: on a small screen the
    words under the form's last block fall below the fold, and a clerk who does not see them
    presses Save without knowing."""
    area = line.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    scroll_area = area

    def scroll() -> None:
        focus = QApplication.focusWidget()
        if line.isVisible() and focus is not None and working(focus):
            scroll_area.ensureWidgetVisible(line, 0, 24)
    # Timed on the line itself: a line removed before the timer fires (its document row
    # deleted) takes the timer with it, and the line dies with its scroll area.
    QTimer.singleShot(0, line, scroll)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
