"""Previewing, printing and exporting the tally sheet of a period.

Every print and export is the core's ``print_sheet`` (permission, sheet, audit) run on the
long-task worker with progress and cancel, its audit entry handed to the one database writer
(rendering a sheet never holds up a save); this module chooses its renderer: a PDF file
(``ui/sheet_pdf.py``) or the printer the user chose in a dialog on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from checkpoint.ledger import Ledger, WriteRunner
from checkpoint.printing import Output, SheetWording, print_sheet, sheet_to_print
from checkpoint.tally import Period
from contract.bidi import fill
from ui.context import AppContext
from ui.display import date_style
from ui.messages import code_label, error_text
from ui.operations import TaskOp
from ui.printing import application_is_right_to_left, preview, print_on, print_with_dialog
from ui.sheet_labels import sheet_labels
from ui.sheet_pdf import write_sheet_pdf
from ui.workers import Job

STEPS = 3


def app_wording() -> SheetWording:
    """The sheet in the app's language, direction, digits and calendar (read on the GUI
    thread; the language in effect is the default locale's, see ``ui.appearance``)."""
    return SheetWording(sheet_labels(), application_is_right_to_left(), code_label,
                        date_style(), QLocale().bcp47Name())


def preview_task(period: Period, wording: SheetWording) -> Callable[[Ledger, Job], str | None]:
    """The slow part of a preview, for the long-task worker: the sheet's HTML, or None when
    cancelled."""
    def run(ledger: Ledger, job: Job) -> str | None:
        job.progress(0, STEPS)
        html = sheet_to_print(ledger, period, wording)
        job.progress(STEPS, STEPS)
        return None if job.should_stop() else html
    return run


def print_task(period: Period, wording: SheetWording, output: Output,
               put_out: Callable[[str], object],
               write: WriteRunner) -> Callable[[Ledger, Job], bool]:
    """The core's ``print_sheet`` for the long-task worker, ``put_out`` rendering the HTML and
    ``write`` running the audit write (the desktop's writer); False (nothing printed, nothing
    audited) when cancelled before it went out."""
    def run(ledger: Ledger, job: Job) -> bool:
        job.progress(0, STEPS)

        def render(html: str) -> bool:
            job.progress(STEPS - 1, STEPS)
            if job.should_stop():
                return False
            put_out(html)
            job.progress(STEPS, STEPS)
            return True
        return print_sheet(ledger, period, render, output=output, wording=wording, write=write)
    return run


class SheetJobs(QObject):
    """One sheet at a time: preview, print or PDF, each audited by the core once it happened."""

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
        self._period: Period | None = None
        self._output = Output.PDF
        self._written_path = ""
        self._printer: QPrinter | None = None  # kept alive while a job prints on it

    def busy(self) -> bool:
        """Whether a sheet is being prepared."""
        return self.job is not None

    def preview(self, period: Period) -> None:
        """Prepare the sheet, then show it as it will print."""
        if self.job is not None:
            return
        self._period = period
        self._run(preview_task(period, app_wording()), self._preview_ready)

    def print(self, period: Period) -> None:
        """Ask which printer, then print the sheet there (a long task)."""
        if self.job is None:
            self.print_dialog = print_with_dialog(
                self.window, lambda printer: self._print_on(period, printer))

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
        if self.job is not None:
            return
        right_to_left = application_is_right_to_left()
        self._written_path = str(path)
        self._print(period, Output.PDF,
                    lambda html: write_sheet_pdf(html, path, right_to_left=right_to_left))

    def cancel(self) -> None:
        """Stop preparing the sheet at its next step."""
        if self.job is not None:
            self.job.cancel()

    def _print_on(self, period: Period, printer: QPrinter) -> None:
        if self.job is not None:
            return
        right_to_left = application_is_right_to_left()
        self._printer = printer
        self._print(period, Output.PRINTER,
                    lambda html: print_on(printer, html, right_to_left=right_to_left))

    def _print(self, period: Period, output: Output, put_out: Callable[[str], object]) -> None:
        self._period, self._output = period, output
        self._run(print_task(period, app_wording(), output, put_out, self.context.writer.call),
                  self._printed)

    def _run(self, task: Callable[[Ledger, Job], object],
             on_done: Callable[[object], None]) -> None:
        self.job = TaskOp(self, self.context, self.context.tasks, task).success(on_done) \
            .failure(self._failed).progress(self.sig_progress.emit).run_in_background()
        self.sig_busy.emit(True)

    def _ended(self) -> None:
        self.job = None
        self._printer = None
        self.sig_busy.emit(False)

    def _preview_ready(self, html: object) -> None:
        self._ended()
        period = self._period
        if not isinstance(html, str) or period is None:
            self.context.sig_status.emit(self.tr("Stopped; nothing was printed."))
            return
        self.preview_dialog = preview(self.window, html,
                                      right_to_left=application_is_right_to_left(),
                                      on_print=lambda printer: self._print_on(period, printer))

    def _printed(self, went_out: object) -> None:
        self._ended()
        if not went_out:
            self.context.sig_status.emit(self.tr("Stopped; nothing was printed."))
            return
        if self._output == Output.PDF:
            self.context.sig_status.emit(
                fill(self.tr("Tally sheet saved to %1"), self._written_path))
            self.sig_sheet_written.emit(self._written_path)
        else:
            self.context.sig_status.emit(self.tr("Tally sheet sent to the printer."))
        self.sig_printed.emit(self._output.value)

    def _failed(self, error: Exception) -> None:
        if self.job is not None and self.job.finished:
            self._ended()
        if isinstance(error, OSError):
            # A folder that cannot be written, a full disk, a printer that would not start.
            self.sig_failed.emit(
                fill(self.tr("The sheet could not be written to %1 (%2). Choose another "
                             "printer or folder."), error.filename or "",
                     error.strerror or type(error).__name__))
        else:
            self.sig_failed.emit(error_text(error))
