"""The IT admin screen: users, settings, data (import, export, backup, restore), sync with HQ
and the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.admin.audit_panel import AuditPanel
from ui.admin.data_panel import DataPanel
from ui.admin.sections import ScrollingSections
from ui.admin.settings_panel import SettingsPanel
from ui.admin.sync_panel import SyncPanel
from ui.admin.users_panel import UsersPanel
from ui.context import AppContext


class AdminView(QWidget):
    """What an IT officer manages on this computer (shown to IT admins only)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admin")
        self.users = UsersPanel(context)
        self.settings = SettingsPanel(context)
        self.data = DataPanel(context)
        self.sync = SyncPanel(context)
        self.audit = AuditPanel(context)
        self.sections = ScrollingSections()
        self.sections.setObjectName("admin_sections")
        self.sections.setDocumentMode(True)
        self.sections.add_section(self.users, self.tr("&Users"))
        self.sections.add_section(self.settings, self.tr("Se&ttings"))
        self.sections.add_section(self.data, self.tr("&Data"))
        self.sections.add_section(self.sync, self.tr("S&ync with HQ"))
        # No Alt letter: every letter of these words is taken on the screen already; Ctrl+Tab
        # reaches the tab.
        self.sections.add_section(self.audit, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
