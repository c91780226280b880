"""The data panel of the IT admin screen: import a register, export to CSV, back up, restore,
and when the retention purge last ran.

Each runs as a long task on the database writer (each writes: records, or the audit entry of
an export or a backup), with a progress bar; an import can be cancelled between chunks (what
it committed stays). File names are typed or pasted into a
field, or chosen with Browse; the action button reads the field, so the keyboard alone works
and tests need no native dialog.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkpoint.backup import backup
from checkpoint.csv_export import export_crossings
from checkpoint.csv_import import ImportReport, import_register
from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from checkpoint.retention import LastPurge, last_purge
from contract.bidi import fill, isolate
from ui.admin.models import RejectedRowsModel
from ui.admin.restore_box import RestoreBox
from ui.context import AppContext
from ui.entry.date_input import DayInput
from ui.messages import error_text
from ui.operations import QueryOp, TaskOp
from ui.tables import list_view
from ui.workers import Job

ERROR_STYLE = "color: #b00020;"
MAX_WRAPPED_REASONS = 500


class DataPanel(QWidget):
    """Import, export and backup, one at a time, with progress and a report."""

    sig_finished = Signal(str)
    """A task ended (well or not); carries its kind: "import", "export" or "backup"."""
    sig_imported = Signal(object)
    """An import ended; carries its ``ImportReport``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("data_panel")
        self.context = context
        self.job: Job | None = None
        self.last_report: ImportReport | None = None
        self._build_import()
        self._build_export()
        self._build_backup()
        self.restore_box = RestoreBox(context)
        self._build_retention()
        self._build_progress()
        self._build_report()
        self._lay_out()
        self._set_running(None)

    # -- building ---------------------------------------------------------------------------

    def _path_row(self, name: str, placeholder: str,
                  browse: Callable[[], None]) -> tuple[QLineEdit, QWidget]:
        box = QLineEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        button = QPushButton(isolate(self.tr("Browse…")))
        button.setObjectName(f"{name}_browse")
        button.setToolTip(self.tr("Choose the file in a dialog"))
        button.clicked.connect(browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box, 1)
        row.addWidget(button)
        holder = QWidget()
        holder.setLayout(row)
        return box, holder

    def _form(self, group: QGroupBox, rows: list[tuple[str, QWidget, QWidget]],
              intro: str, button: QPushButton) -> None:
        layout = QVBoxLayout(group)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        for label_text, shown, buddy in rows:
            label = QLabel(label_text)
            label.setBuddy(buddy)
            form.addRow(label, shown)
        layout.addLayout(form)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_import(self) -> None:
        self.import_path, holder = self._path_row(
            "import_path", self.tr("the register, a .csv file"), self.browse_import)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.start_import)
        self.import_path.returnPressed.connect(self.start_import)
        self.import_box = QGroupBox(self.tr("Import a register"))
        self._form(self.import_box, [(self.tr("Register &file"), holder, self.import_path)],
                   self.tr("A legacy register saved as CSV (UTF-8). Rows already imported are "
                           "not added twice; rows that cannot be read are listed with their "
                           "line and reason."), self.import_button)

    def _build_export(self) -> None:
        today = self.context.ledger.today()
        self.export_from = self._date_edit("export_from", today.replace(day=1))
        self.export_to = self._date_edit("export_to", today)
        self.export_path, holder = self._path_row(
            "export_path", self.tr("a new .csv file"), self.browse_export)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.start_export)
        self.export_path.returnPressed.connect(self.start_export)
        days = QHBoxLayout()
        days.setContentsMargins(0, 0, 0, 0)
        days.addWidget(self.export_from)
        to_label = QLabel(self.tr("&Last day"))
        to_label.setBuddy(self.export_to)
        days.addWidget(to_label)
        days.addWidget(self.export_to)
        days.addStretch()
        range_holder = QWidget()
        range_holder.setLayout(days)
        self.export_box = QGroupBox(self.tr("Export to CSV"))
        self._form(self.export_box,
                   [(self.tr("Fi&rst day"), range_holder, self.export_from),
                    (self.tr("E&xport file"), holder, self.export_path)],
                   self.tr("Every record of those days, voided ones marked. The file holds "
                           "personal data: keep it safe and delete it when done. The export is "
                           "written in the audit log."), self.export_button)

    def _date_edit(self, name: str, day: date) -> DayInput:
        edit = DayInput(name, day=day, today=self.context.ledger.today)
        edit.setObjectName(name)
        return edit

    def _build_backup(self) -> None:
        self.backup_path, holder = self._path_row(
            "backup_path", self.tr("a new file, e.g. on a USB drive"), self.browse_backup)
        self.backup_button = QPushButton(self.tr("&Back up"))
        self.backup_button.setObjectName("backup_button")
        self.backup_button.clicked.connect(self.start_backup)
        self.backup_path.returnPressed.connect(self.start_backup)
        self.backup_box = QGroupBox(self.tr("Backup"))
        self._form(self.backup_box, [(self.tr("Bac&kup file"), holder, self.backup_path)],
                   self.tr("A copy of the whole database, still encrypted, while work goes on. "
                           "A key file (the same name ending in .keys) is written beside it: "
                           "keep the two together, the backup cannot be opened without it."),
                   self.backup_button)

    def _build_retention(self) -> None:
        self.purge_status = QLabel()
        self.purge_status.setObjectName("purge_status")
        self.purge_status.setWordWrap(True)
        self.retention_box = QGroupBox(self.tr("Retention"))
        layout = QVBoxLayout(self.retention_box)
        intro = QLabel(self.tr("Every day the app removes the personal details (names, birth "
                               "dates, document numbers, remarks) of records older than the "
                               "retention period that the control room holds. Counts, "
                               "tallies and close-outs stay."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.purge_status)
        self.context.sig_purge_ran.connect(lambda _report: self.show_last_purge())
        self.show_last_purge()

    def show_last_purge(self) -> None:
        """Read when the purge last ran and what it did (on the reader)."""
        QueryOp(self, self.context, last_purge).success(self._show_last_purge) \
            .run_in_background()

    def _show_last_purge(self, last: LastPurge | None) -> None:
        if last is None:
            self.purge_status.setText(self.tr("The purge has not run yet."))
            return
        at = last.at.astimezone(self.context.ledger.settings.zone)
        self.purge_status.setText(
            self.tr("Last run %1 (records older than %2 days): %n purged", "",
                    last.report.purged)
            .replace("%1", at.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", str(last.older_than_days))
            + self.tr("; %n kept until the control room holds them.", "",
                      last.report.kept_unsynced))

    def _build_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Nothing is running."))
        self.status.setObjectName("task_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("cancel_task")
        self.cancel_button.clicked.connect(self.cancel)

    def _build_report(self) -> None:
        self.report_summary = QLabel(self.tr("The report of the last import shows here."))
        self.report_summary.setObjectName("report_summary")
        self.report_summary.setWordWrap(True)
        self.rejected_model = RejectedRowsModel(self)
        self.rejected_table = list_view(self.rejected_model, "rejected_rows")
        self.rejected_table.setWordWrap(True)
        header = self.rejected_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rejected_file = QLabel()
        self.rejected_file.setObjectName("rejected_file")
        self.rejected_file.setWordWrap(True)
        self.rejected_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        boxes = QWidget()
        left = QVBoxLayout(boxes)
        left.setContentsMargins(0, 0, 0, 0)
        for box in (self.import_box, self.export_box, self.backup_box, self.restore_box,
                    self.retention_box):
            left.addWidget(box)
        left.addStretch()
        # Four tasks do not fit a 1024×600 screen: they scroll rather than squeeze their text.
        tasks = QScrollArea()
        tasks.setObjectName("data_tasks")
        tasks.setWidgetResizable(True)
        tasks.setFrameShape(QFrame.Shape.NoFrame)
        tasks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tasks.setWidget(boxes)
        task = QGroupBox(self.tr("Progress"))
        task_row = QHBoxLayout()
        task_row.addWidget(self.progress, 1)
        task_row.addWidget(self.cancel_button)
        task_layout = QVBoxLayout(task)
        task_layout.addLayout(task_row)
        task_layout.addWidget(self.status)
        report = QGroupBox(self.tr("Import report"))
        report_layout = QVBoxLayout(report)
        report_layout.addWidget(self.report_summary)
        report_layout.addWidget(self.rejected_table, 1)
        report_layout.addWidget(self.rejected_file)
        right = QVBoxLayout()
        right.addWidget(task)
        right.addWidget(report, 1)
        outer = QHBoxLayout(self)
        outer.addWidget(tasks, 1)
        outer.addLayout(right, 1)
        order = [self.import_path, self.import_button, self.export_from, self.export_to,
                 self.export_path, self.export_button, self.backup_path, self.backup_button,
                 self.restore_box.path, self.restore_box.button,
                 self.cancel_button, self.rejected_table]
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    # -- choosing files ---------------------------------------------------------------------

    def _folder_of(self, box: QLineEdit) -> str:
        text = box.text().strip()
        return str(Path(text).parent) if text else str(Path.home())

    def browse_import(self) -> None:
        """Choose the register to import in a file dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a register"), self._folder_of(self.import_path),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_path.setText(path)
            self.import_button.setFocus()

    def browse_export(self) -> None:
        """Choose where the export goes in a file dialog."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), self._folder_of(self.export_path),
            self.tr("CSV files (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # we refuse existing files
        if path:
            self.export_path.setText(path)
            self.export_button.setFocus()

    def browse_backup(self) -> None:
        """Choose where the backup goes in a file dialog."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Backup"), self._folder_of(self.backup_path),
            self.tr("Checkpoint backups (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.backup_path.setText(path)
            self.backup_button.setFocus()

    # -- running ----------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Whether an import, export or backup is running."""
        return self.job is not None

    def _set_running(self, kind: str | None, *, cancellable: bool = False) -> None:
        busy = self.tr("Wait for the running task to finish.")
        for button, action, why in (
                (self.import_button, Action.IMPORT, self.tr("Only an IT admin imports.")),
                (self.export_button, Action.EXPORT, self.tr("Only an IT admin exports.")),
                (self.backup_button, Action.BACKUP, self.tr("Only an IT admin backs up."))):
            allowed = self.context.may(action)
            button.setEnabled(allowed and kind is None)
            button.setToolTip(why if not allowed else busy if kind else "")
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setToolTip(
            self.tr("Stop the import after the current chunk; what was saved stays")
            if cancellable else self.tr("An export or a backup cannot be stopped part-way.")
            if kind else self.tr("Nothing is running."))

    def _problem(self, text: str, field: QWidget | None = None) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        if field is not None:
            field.setFocus()

    def _run(self, kind: str, call: Callable[[Ledger, Job], Any],
             done: Callable[[Any], str], *, cancellable: bool = False) -> None:
        self._set_running(kind, cancellable=cancellable)
        self.progress.setRange(0, 0)  # busy until the task says how far it is
        self.status.setStyleSheet("")

        def finished(result: Any) -> None:
            self.job = None
            self._set_running(None)
            text = done(result)
            self.status.setText(text)
            self.context.sig_status.emit(text)
            if kind == "import":
                self.sig_imported.emit(result)
            self.sig_finished.emit(kind)

        def failed(error: Exception) -> None:
            self.job = None
            self._set_running(None)
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self._problem(error_text(error))
            self.sig_finished.emit(kind)

        # Import, export and backup all write (records, or the audit entry of an export or a
        # backup), so they run on the one writer; a save made meanwhile waits its turn.
        self.job = TaskOp(self, self.context, self.context.writer, call).success(finished) \
            .failure(failed).progress(self._progress).run_in_background()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish_bar(self) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self.progress.setValue(self.progress.maximum())

    def cancel(self) -> None:
        """Ask the running import to stop after the chunk it is saving."""
        if self.job is not None and self.cancel_button.isEnabled():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the current chunk…"))

    def start_import(self) -> None:
        """Import the register named in the field."""
        if self.is_running() or not self.import_button.isEnabled():
            return
        text = self.import_path.text().strip()
        if not text:
            self._problem(self.tr("Type or choose the register file first."), self.import_path)
            return
        path = Path(text)
        if not path.is_file():
            self._problem(self.tr("There is no file at %1.").replace("%1", text),
                          self.import_path)
            return
        self.rejected_model.set_rows([])
        self.report_summary.setText(self.tr("Importing %1…").replace("%1", path.name))
        self.rejected_file.clear()
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.progress.setFormat(self.tr("%v of %m rows"))
        self._run("import", lambda ledger, job: import_register(
            ledger, path, progress=job.progress, should_stop=job.should_stop),
            self._imported, cancellable=True)

    def _imported(self, report: ImportReport) -> str:
        if not report.cancelled:
            self._finish_bar()
        self.last_report = report
        self.rejected_model.set_rows(report.rejected)
        if len(report.rejected) <= MAX_WRAPPED_REASONS:
            self.rejected_table.resizeRowsToContents()  # long reasons wrap; huge lists elide
        lines = [self.tr("Records imported: %n.", "", report.accepted),
                 self.tr("Already present (not added again): %n.", "", report.already_present),
                 self.tr("Rows rejected: %n.", "", len(report.rejected))]
        if report.skipped_voided:
            lines.append(self.tr("Voided records skipped: %n.", "", report.skipped_voided))
        if report.cancelled:
            lines.insert(0, self.tr("Cancelled part-way. The rows counted here are saved; "
                                    "import the same file again to finish (nothing is added "
                                    "twice)."))
        self.report_summary.setText("\n".join(lines))
        if report.rejected_path is not None:
            self.rejected_file.setText(self.tr(
                "The rejected rows, with their line and reason, are in %1. Correct them there "
                "and import that file.").replace("%1", str(report.rejected_path)))
        if report.accepted:
            self.context.sig_records_changed.emit()
        if report.cancelled:
            return self.tr("Import cancelled. Records saved: %n.", "", report.accepted)
        return self.tr("Import finished. Records added: %n.", "", report.accepted)

    def _new_file(self, box: QLineEdit, empty: str) -> Path | None:
        text = box.text().strip()
        if not text:
            self._problem(empty, box)
            return None
        path = Path(text)
        if path.exists():
            self._problem(self.tr("%1 already exists. Choose a new file name; nothing is "
                                  "overwritten.").replace("%1", text), box)
            return None
        if not path.parent.is_dir():
            self._problem(self.tr("There is no folder %1.").replace("%1", str(path.parent)),
                          box)
            return None
        return path

    def start_export(self) -> None:
        """Export the chosen days to the file named in the field."""
        if self.is_running() or not self.export_button.isEnabled():
            return
        path = self._new_file(self.export_path,
                              self.tr("Type or choose the file to export to first."))
        if path is None:
            return
        # Never empty (DayInput keeps its last day), whatever is typed meanwhile.
        start, end = cast(date, self.export_from.day()), cast(date, self.export_to.day())
        self.status.setText(self.tr("Exporting…"))
        self.progress.setFormat("")

        def exported(count: int) -> str:
            self._finish_bar()
            return fill(self.tr("Exported to %1. Records: %n.", "", count), str(path))

        self._run("export", lambda ledger, _job: export_crossings(ledger, start, end, path),
                  exported)

    def start_backup(self) -> None:
        """Back up the database to the file named in the field."""
        if self.is_running() or not self.backup_button.isEnabled():
            return
        path = self._new_file(self.backup_path,
                              self.tr("Type or choose the file to back up to first."))
        if path is None:
            return
        self.status.setText(self.tr("Backing up…"))
        self.progress.setFormat("")

        def backed_up(keys: Path) -> str:
            self._finish_bar()
            return self.tr("Backup written to %1. Keep the key file %2 with it: the backup "
                           "cannot be opened without it. It opens with the same users and "
                           "passwords as this database.").replace("%1", str(path)).replace(
                               "%2", str(keys))

        self._run("backup", lambda ledger, _job: backup(ledger, path), backed_up)
