"""A small horizontal bar chart painted with QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from contract.bidi import isolate
from ui.display import digits_text, number_text

_BAR_HEIGHT = 18
_GAP = 6
_MARGIN = 8


class BarChart(QWidget):
    """One bar per label, its length proportional to its value; mirrors right to left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[tuple[str, int]], *, empty_text: str = "") -> None:
        """Show ``(label, value)`` bars in this order; ``empty_text`` when all are zero."""
        self.bars = list(bars)
        self.empty_text = empty_text
        # Screen readers get the numbers the bars stand for.
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(360, 2 * _MARGIN + rows * (_BAR_HEIGHT + _GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(150, 2 * _MARGIN + _BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _mirrored(self, rect: QRect) -> QRect:
        # Rects are laid out left to right, then flipped for a right-to-left layout.
        if not self.isRightToLeft():
            return rect
        return QRect(self.width() - rect.x() - rect.width(), rect.y(), rect.width(),
                     rect.height())

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        area = self.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        largest = max((value for _label, value in self.bars), default=0)
        if largest <= 0:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        metrics = painter.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self.bars),
                          area.width() * 2 // 5)
        value_width = metrics.horizontalAdvance(number_text(largest)) + _GAP
        bar_room = max(area.width() - label_width - _GAP - value_width, 1)
        for row, (label, value) in enumerate(self.bars):
            top = area.top() + row * (_BAR_HEIGHT + _GAP)
            label_rect = QRect(area.left(), top, label_width, _BAR_HEIGHT)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            # Isolated: an elided "Islamabad Capital Ter…" keeps its ellipsis at its end.
            painter.drawText(self._mirrored(label_rect), self._align(),
                             isolate(digits_text(text)))
            length = round(bar_room * value / largest)
            bar_left = area.left() + label_width + _GAP
            if length:
                painter.fillRect(self._mirrored(QRect(bar_left, top + 2, length,
                                                      _BAR_HEIGHT - 4)),
                                 palette.color(QPalette.ColorRole.Highlight))
            value_rect = QRect(bar_left + length + _GAP // 2, top, value_width, _BAR_HEIGHT)
            painter.drawText(self._mirrored(value_rect), self._align(), number_text(value))

    def _align(self) -> Qt.AlignmentFlag:
        # Labels start where bars start; values hug their bar's end: both lean to the side
        # the bars grow from (left in a left-to-right layout).
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
