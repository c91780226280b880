"""Preparing, previewing, printing and exporting the tally sheet of a period.

The slow part (reading the period, building the HTML and, for a PDF, rendering it) runs on the
long-task worker with progress and cancel; the dialogs run on the GUI thread; every print and
export is then written to the audit log through the database writer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from checkpoint.ledger import Ledger
from checkpoint.sheet import gather_sheet, record_printed, sheet_html
from checkpoint.tally import Period
from ui.context import AppContext
from ui.messages import code_label, error_text
from ui.operations import CollectionOp, TaskOp
from ui.printing import application_is_right_to_left, preview, print_to_pdf, print_with_dialog
from ui.sheet_labels import sheet_labels
from ui.workers import Job

STEPS = 3


def sheet_task(period: Period, right_to_left: bool,
               path: Path | None) -> Callable[[Ledger, Job], str | None]:
    """The slow part of printing, for the long-task worker: the sheet's HTML, or (with
    ``path``) the PDF written there; None when cancelled. The words are fetched here, on the
    GUI thread, before it runs."""
    labels = sheet_labels()

    def run(ledger: Ledger, job: Job) -> str | None:
        job.progress(0, STEPS)
        built = gather_sheet(ledger, period)
        if job.should_stop():
            return None
        job.progress(1, STEPS)
        html = sheet_html(built, labels, right_to_left=right_to_left, code_name=code_label)
        job.progress(2, STEPS)
        if path is None:
            return html
        if job.should_stop():
            return None
        print_to_pdf(html, path, right_to_left=right_to_left)
        job.progress(STEPS, STEPS)
        return str(path)
    return run


class SheetJobs(QObject):
    """One sheet at a time: preview, print or PDF, each audited once it happened."""

    sig_busy = Signal(bool)
    """A sheet is being prepared (True), or that ended (False)."""
    sig_progress = Signal(int, int)
    """Preparing the sheet: (steps done, steps in all)."""
    sig_sheet_written = Signal(str)
    """A PDF sheet was written and its export audited; carries the file's path."""
    sig_printed = Signal(str)
    """The sheet was printed ("printer") or exported ("pdf"), and it is in the audit log."""
    sig_failed = Signal(str)
    """Preparing, writing, printing or auditing failed; carries the sentence to show."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window  # the dialogs' parent
        self.job: Job | None = None
        self.file_dialog: QFileDialog | None = None
        self.preview_dialog: QWidget | None = None
        self.print_dialog: QWidget | None = None
        self._purpose = ""
        self._period: Period | None = None
        self._audit_kind = ""
        self._written_path = ""

    def busy(self) -> bool:
        """Whether a sheet is being prepared."""
        return self.job is not None

    def preview(self, period: Period) -> None:
        """Prepare the sheet, then show it as it will print."""
        self._start("preview", period)

    def print(self, period: Period) -> None:
        """Prepare the sheet, then ask which printer."""
        self._start("print", period)

    def ask_pdf(self, period: Period) -> None:
        """Ask where to save the PDF (not blocking), then write it in the background."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"tally-{self.context.ledger.settings.checkpoint}-{period.start.isoformat()}"
        if period.end != period.start and not period.is_shift:
            name += f"-to-{period.end.isoformat()}"
        if period.shift_start is not None:
            name += f"-shift-{period.shift_start:%H%M}"
        dialog = QFileDialog(self.window, self.tr("Export the tally sheet as PDF"),
                             str(Path(folder) / f"{name}.pdf"), self.tr("PDF files (*.pdf)"))
        dialog.setObjectName("tally_pdf_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        self._period = period
        dialog.fileSelected.connect(self._pdf_chosen)
        self.file_dialog = dialog
        dialog.open()

    def _pdf_chosen(self, path: str) -> None:
        if path and self._period is not None:
            self.export_pdf(self._period, Path(path))

    def export_pdf(self, period: Period, path: Path) -> None:
        """Write the sheet of ``period`` to ``path`` as a PDF (a long task)."""
        self._start("pdf", period, path)

    def cancel(self) -> None:
        """Stop preparing the sheet at its next step."""
        if self.job is not None:
            self.job.cancel()

    def _start(self, purpose: str, period: Period, path: Path | None = None) -> None:
        if self.job is not None:
            return
        self._purpose, self._period = purpose, period
        task = sheet_task(period, application_is_right_to_left(), path)
        self.job = TaskOp(self, self.context, self.context.tasks, task).success(self._ready) \
            .failure(self._failed).progress(self.sig_progress.emit).run_in_background()
        self.sig_busy.emit(True)

    def _ready(self, result: str | None) -> None:
        self.job = None
        self.sig_busy.emit(False)
        if result is None or self._period is None:
            self.context.sig_status.emit(self.tr("Stopped; nothing was printed."))
            return
        right_to_left = application_is_right_to_left()
        if self._purpose == "pdf":
            self._written_path = result
            self._audit("pdf")
        elif self._purpose == "preview":
            self.preview_dialog = preview(self.window, result, right_to_left=right_to_left,
                                          on_printed=self._printed_on_paper)
        elif self._purpose == "print":
            self.print_dialog = print_with_dialog(self.window, result,
                                                  right_to_left=right_to_left,
                                                  on_printed=self._printed_on_paper,
                                                  on_failed=self._failed)

    def _printed_on_paper(self) -> None:
        self._audit("printer")

    def _audit(self, kind: str) -> None:
        period = self._period
        if period is None:
            return
        self._audit_kind = kind
        CollectionOp(self, self.context, lambda ledger: record_printed(ledger, period, kind),
                     records_changed=False).success(self._audited).failure(self._failed) \
            .run_in_background()

    def _audited(self, _result: object) -> None:
        if self._audit_kind == "pdf":
            self.context.sig_status.emit(
                self.tr("Tally sheet saved to %1").replace("%1", self._written_path))
            self.sig_sheet_written.emit(self._written_path)
        else:
            self.context.sig_status.emit(self.tr("Tally sheet sent to the printer."))
        self.sig_printed.emit(self._audit_kind)

    def _failed(self, error: Exception) -> None:
        if self.job is not None and self.job.finished:
            self.job = None
            self.sig_busy.emit(False)
        if isinstance(error, OSError):
            # A folder that cannot be written, a full disk, a printer that would not start.
            self.sig_failed.emit(
                self.tr("The sheet could not be written to %1 (%2). Choose another printer "
                        "or folder.").replace("%1", str(error.filename or ""))
                .replace("%2", error.strerror or type(error).__name__))
        else:
            self.sig_failed.emit(error_text(error))
