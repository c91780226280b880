"""The settings panel of the IT admin screen: time zone, idle lock, retention and when HQ's
lists count as out of date."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkpoint.errors import CheckpointError, ValidationError
from checkpoint.permissions import Action
from checkpoint.settings import (
    DEFAULT_TIMEZONE,
    IDLE_LOCK_RANGE,
    REFERENCE_STALE_RANGE,
    RETENTION_RANGE,
    update_settings,
)
from contract import codes
from contract.errors import ErrorCode
from ui.context import AppContext
from ui.display import number_text
from ui.messages import error_text
from ui.operations import CollectionOp
from ui.scaled import scaled

ERROR_STYLE = "color: #b00020;"
# Offered in the list; any other IANA name can be typed.
COMMON_ZONES = ("Asia/Karachi", "Asia/Kabul", "Asia/Tehran", "Asia/Dushanbe", "Asia/Tashkent",
                "Asia/Ashgabat", "Asia/Dubai", "UTC")


class SettingsPanel(QWidget):
    """Edit the checkpoint's settings; Save writes them through the core."""

    sig_saved = Signal(list)
    """Settings were saved; carries the keys that changed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_panel")
        self.context = context
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = [codes.crossing_point_timezone(code)
                 for code in codes.crossing_points().codes]
        for zone in dict.fromkeys([DEFAULT_TIMEZONE, *zones, *COMMON_ZONES]):
            if zone:
                self.timezone.addItem(zone)
        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,5}"), self)
        self.idle_lock = QLineEdit()
        self.idle_lock.setObjectName("idle_lock_minutes")
        self.retention = QLineEdit()
        self.retention.setObjectName("retention_days")
        self.stale_days = QLineEdit()
        self.stale_days.setObjectName("reference_stale_days")
        for box in (self.idle_lock, self.retention, self.stale_days):
            box.setValidator(digits)
            box.setMaximumWidth(scaled(120))
            box.returnPressed.connect(self.save)
        line_edit = self.timezone.lineEdit()
        assert line_edit is not None
        line_edit.returnPressed.connect(self.save)
        self.errors = {field: self._error_label(field)
                       for field in ("timezone", "idle_lock_minutes", "retention_days",
                                     "reference_stale_days")}
        self.save_button = QPushButton(self.tr("Sa&ve settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.setToolTip(self.tr("Save the settings (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Show the saved settings again"))
        self.revert_button.clicked.connect(self.revert)
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        self._lay_out()
        if not context.may(Action.SETTINGS):
            why = self.tr("Only an IT admin changes the settings.")
            for widget in (self.timezone, self.idle_lock, self.retention, self.stale_days,
                           self.save_button):
                widget.setEnabled(False)
                widget.setToolTip(why)
        self.revert()

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: QWidget, name: str, hint: str) -> QWidget:
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(field)
        if hint:
            row.addWidget(QLabel(hint))
        row.addStretch()
        column.addLayout(row)
        column.addWidget(self.errors[name])
        holder = QWidget()
        holder.setLayout(column)
        return holder

    def _lay_out(self) -> None:
        low, high = IDLE_LOCK_RANGE
        idle_hint = self.tr("%1 to %2; 0 never locks").replace("%1", number_text(low)).replace(
            "%2", number_text(high))
        low, high = RETENTION_RANGE
        retention_hint = self.tr("%1 to %2").replace("%1", number_text(low)).replace(
            "%2", number_text(high))
        low, high = REFERENCE_STALE_RANGE
        stale_hint = self.tr("%1 to %2").replace("%1", number_text(low)).replace(
            "%2", number_text(high))
        self.timezone.setMinimumWidth(scaled(240))
        form = QFormLayout()
        form.addRow(self.tr("Time &zone"), self._with_error(self.timezone, "timezone", ""))
        form.addRow(self.tr("&Idle lock, minutes"),
                    self._with_error(self.idle_lock, "idle_lock_minutes", idle_hint))
        form.addRow(self.tr("&Keep personal data, days"),
                    self._with_error(self.retention, "retention_days", retention_hint))
        form.addRow(self.tr("HQ's lists &out of date after, days"),
                    self._with_error(self.stale_days, "reference_stale_days", stale_hint))
        # QFormLayout made the labels; give each its field as buddy for the mnemonic.
        for row, field in enumerate((self.timezone, self.idle_lock, self.retention,
                                     self.stale_days)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        notes = QLabel(self.tr(
            "<p>The time zone decides which day a crossing counts on. A new time zone applies "
            "to records saved from now on; records already saved keep the day they were "
            "counted on.</p>"
            "<p>The window locks itself after the idle minutes without a key press or mouse "
            "use.</p>"
            "<p>Personal details are removed from this computer that many days after the "
            "control room holds them; the counts stay for the tallies.</p>"
            "<p>HQ's lists (cancelled cards, documents recorded at other checkpoints, policy "
            "dates) older than that many days are shown as out of date: the desk's warnings "
            "may be missing.</p>"))
        notes.setWordWrap(True)
        notes.setObjectName("settings_notes")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch()
        box = QGroupBox(self.tr("Checkpoint settings"))
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(notes)
        column.addLayout(buttons)
        column.addWidget(self.message)
        box.setMaximumWidth(scaled(760))
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch()
        self.setTabOrder(self.timezone, self.idle_lock)
        self.setTabOrder(self.idle_lock, self.retention)
        self.setTabOrder(self.retention, self.stale_days)
        self.setTabOrder(self.stale_days, self.save_button)
        self.setTabOrder(self.save_button, self.revert_button)

    def revert(self) -> None:
        """Show the settings as they are saved, without messages."""
        self._show_saved()
        self._clear_errors()
        self.message.clear()

    def _show_saved(self) -> None:
        settings = self.context.ledger.settings
        self.timezone.setCurrentText(settings.timezone)
        self.idle_lock.setText(str(settings.idle_lock_minutes))
        self.retention.setText(str(settings.retention_days))
        self.stale_days.setText(str(settings.reference_stale_days))

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def _show_error(self, field: str, text: str) -> None:
        label = self.errors.get(field)
        widget = {"timezone": self.timezone, "idle_lock_minutes": self.idle_lock,
                  "retention_days": self.retention,
                  "reference_stale_days": self.stale_days}.get(field)
        if label is None or widget is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(text)
            return
        label.setText(text)
        label.show()
        widget.setFocus()
        line_edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if isinstance(line_edit, QLineEdit):
            line_edit.selectAll()

    def _number(self, box: QLineEdit, field: str) -> int | None:
        text = box.text().strip()
        if not text:
            self._show_error(field, error_text(ValidationError(
                f"{field} is required", code=ErrorCode.REQUIRED, field=field)))
            return None
        return int(text)

    def save(self) -> None:
        """Check and save the settings; the main window follows the new idle time."""
        if not self.save_button.isEnabled():
            return
        self._clear_errors()
        self.message.clear()
        zone = self.timezone.currentText().strip()
        minutes = self._number(self.idle_lock, "idle_lock_minutes")
        days = self._number(self.retention, "retention_days")
        stale_days = self._number(self.stale_days, "reference_stale_days")
        if minutes is None or days is None or stale_days is None:
            return
        self.save_button.setEnabled(False)

        def done(changed: list[str]) -> None:
            self.save_button.setEnabled(True)
            self.message.setStyleSheet("")
            if changed:
                text = self.tr("Settings saved.")
                self.context.sig_settings_changed.emit()
                self.context.sig_status.emit(text)
            else:
                text = self.tr("Nothing to save: the settings are as they were.")
            self.message.setText(text)
            self._show_saved()  # as the core normalised them
            self.sig_saved.emit(changed)

        def failed(error: Exception) -> None:
            self.save_button.setEnabled(True)
            field = error.field if isinstance(error, CheckpointError) else None
            self._show_error(field or "", error_text(error))

        CollectionOp(self, self.context, lambda ledger: update_settings(
            ledger, timezone=zone, idle_lock_minutes=minutes, retention_days=days,
            reference_stale_days=stale_days),
            records_changed=False).success(done).failure(failed).run_in_background()
