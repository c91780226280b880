"""The warnings about a household's documents, shown before saving (``checkpoint.warnings``).

Recording is never refused for them (the core only warns): the clerk sees, for each document,
what was found, since when, where and from which version of HQ's lists (and how old those are),
then chooses to go back and look, or to save anyway. Going back is the default and Esc: Enter
pressed out of habit must not record what the desk warned about. Saving anyway stores the
warnings shown with the document checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkpoint.warnings import DocumentWarning
from contract import codes
from contract.bidi import fill, isolate
from ui import reference_age
from ui.entry.code_combo import code_text
from ui.messages import code_label

# The dialog fits a 1024 x 600 desk with its frame; the list scrolls beyond that.
_MAX_WIDTH, _MAX_HEIGHT = 980, 520
_FRAME = (24, 48)  # the window frame and the taskbar


def _local(at: datetime, zone: ZoneInfo) -> datetime:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone)


def document_text(warning: DocumentWarning) -> str:
    """"PoR PK-778899": the document's type and number."""
    types = codes.document_types()
    kind = code_text(types.entry(warning.document_type)) \
        if warning.document_type in types else warning.document_type
    return (
        fill(QCoreApplication.translate("WarningDialog", "%1 %2"), kind, warning.number)
        if warning.number
        else kind
    )


def found_text(warning: DocumentWarning) -> str:
    """What was found, in a few words, with the detail that says why."""
    name = code_label(codes.document_warnings(), warning.code)
    if warning.code == "cancelled" and warning.reason:
        return fill(
            QCoreApplication.translate("WarningDialog", "%1: %2"),
            name,
            code_label(codes.card_reasons(), warning.reason),
            isolated=False,
        )
    if warning.code == "duplicate" and warning.earlier is not None:
        return fill(
            QCoreApplication.translate("WarningDialog", "%1: %2, recorded by %3"),
            name,
            warning.earlier.full_name,
            warning.earlier.recorded_by,
        )
    return name


def since_text(warning: DocumentWarning, zone: ZoneInfo) -> str:
    """Since when: departed on, listed since, or the last day the policy allows."""
    if warning.code == "policy_expired":
        return fill(
            QCoreApplication.translate("WarningDialog", "valid until %1"), warning.since.isoformat()
        )
    if warning.earlier is not None:
        return isolate(_local(warning.earlier.crossed_at, zone).strftime("%Y-%m-%d %H:%M"))
    return isolate(warning.since.isoformat())


def where_text(warning: DocumentWarning) -> str:
    """The crossing point a departure was recorded at ("" when not a departure)."""
    if not warning.checkpoint:
        return ""
    return code_label(codes.crossing_points(), warning.checkpoint)


def list_text(warning: DocumentWarning) -> str:
    """Where the warning comes from: this desk's records, or a version of HQ's lists."""
    if warning.list_version is None:
        return QCoreApplication.translate("WarningDialog", "This desk's records")
    return fill(
        QCoreApplication.translate("WarningDialog", "HQ's lists, version %1"), warning.list_version
    )


def age_text(as_of: datetime) -> str:
    """How old HQ's lists are, counted as the status bar counts it (``ui.reference_age``):
    "less than an hour old", "3 hours old", "12 days old"."""
    return fill(
        QCoreApplication.translate("WarningDialog", "%1 old"),
        reference_age.age_text(max(datetime.now(UTC) - as_of, timedelta(0))),
    )


def lists_text(found: Sequence[DocumentWarning], zone: ZoneInfo) -> str:
    """One sentence on the version of HQ's lists the warnings came from and how old it is
    ("" when every warning comes from this desk's own records)."""
    held = [warning for warning in found if warning.list_version is not None]
    if not held:
        return ""
    newest = max(held, key=lambda warning: warning.list_version or 0)
    if newest.as_of is None:
        return fill(
            QCoreApplication.translate("WarningDialog", "HQ's lists on this device: version %1."),
            newest.list_version,
        )
    return fill(
        QCoreApplication.translate(
            "WarningDialog", "HQ's lists on this device: version %1, current at HQ on %2 (%3)."
        ),
        newest.list_version,
        _local(newest.as_of, zone).strftime("%Y-%m-%d %H:%M"),
        age_text(newest.as_of),
    )


def warning_sentence(warning: DocumentWarning, zone: ZoneInfo) -> str:
    """One warning as one line under the document's number, before anything is saved."""
    parts = [found_text(warning), since_text(warning, zone), where_text(warning),
             list_text(warning)]
    if warning.as_of is not None:
        parts.append(age_text(warning.as_of))
    return " · ".join(part for part in parts if part)


class WarningDialog(QDialog):
    """Every warning about the documents to be saved; accepted means "save anyway"."""

    def __init__(self, found: Sequence[DocumentWarning], zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_warnings")
        self.setWindowTitle(self.tr("Check before saving"))
        documents = len({(warning.document_type, warning.number_key) for warning in found})
        intro = QLabel(self.tr(
            "Documents with warnings: %n. Look at the documents and the person again: save "
            "only if you are sure. Saving anyway keeps the warnings with the record.", "",
            documents))
        intro.setWordWrap(True)
        self.warnings = QTreeWidget()
        self.warnings.setObjectName("warning_list")
        self.warnings.setRootIsDecorated(False)
        self.warnings.setWordWrap(True)
        self.warnings.setHeaderLabels([self.tr("Document"), self.tr("Found"), self.tr("Since"),
                                       self.tr("Where"), self.tr("From")])
        for warning in found:
            texts = [document_text(warning), found_text(warning), since_text(warning, zone),
                     where_text(warning), list_text(warning)]
            item = QTreeWidgetItem(self.warnings, texts)
            for column, text in enumerate(texts):  # the whole text, where a column cuts it
                item.setToolTip(column, text)
        header = self.warnings.header()
        header.setStretchLastSection(False)
        for column in range(self.warnings.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.back_button = QPushButton(self.tr("&Go back"))
        self.back_button.setObjectName("go_back")
        self.back_button.setToolTip(self.tr("Back to the form; nothing is saved (Esc)"))
        self.save_button = QPushButton(self.tr("Save &anyway"))
        self.save_button.setObjectName("save_anyway")
        self.save_button.setToolTip(self.tr("Save, keeping these warnings with the record "
                                            "(Alt+A)"))
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter, pressed out of habit, must not record what the desk warned about.
        self.save_button.setAutoDefault(False)
        self.back_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warnings, 1)
        self.lists = QLabel(lists_text(found, zone))
        self.lists.setObjectName("lists_age")
        self.lists.setWordWrap(True)
        self.lists.setVisible(bool(self.lists.text()))
        layout.addWidget(self.lists)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(_MAX_WIDTH, screen.width() - _FRAME[0]),
                    min(_MAX_HEIGHT, screen.height() - _FRAME[1], 200 + 26 * len(found)))
        self.back_button.setFocus()
