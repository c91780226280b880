"""The IT admin screen's sections as tabs whose pages scroll when the window is shorter than
a page (a large text size on a 600-pixel screen), instead of making the window taller than
the screen. Callers name the panels themselves; the scroll areas around them stay inside."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class _PanelArea(QScrollArea):
    """A panel's vertical scroll area: as wide as the panel needs, as short as one line."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a field: Tab skips it
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        panel.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        panel = self.widget()
        width = panel.minimumSizeHint().width() if panel is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar, self.fontMetrics().height() * 4)


class ScrollingSections(QTabWidget):
    """A tab per panel, each panel inside its own vertical scroll area."""

    def add_section(self, panel: QWidget, title: str) -> int:
        """Add ``panel`` under ``title``; returns its index."""
        return self.addTab(_PanelArea(panel), title)

    def panel(self, index: int) -> QWidget:
        """The panel shown at ``index`` (not its scroll area)."""
        area = self.widget(index)
        assert isinstance(area, _PanelArea)  # every page is added by add_section
        panel = area.widget()
        assert panel is not None
        return panel

    def currentWidget(self) -> QWidget:
        """The panel in front."""
        return self.panel(self.currentIndex())

    def setCurrentWidget(self, panel: QWidget) -> None:
        """Bring ``panel`` to the front."""
        for index in range(self.count()):
            if self.panel(index) is panel:
                self.setCurrentIndex(index)
                return
