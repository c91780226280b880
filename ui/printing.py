"""Printing HTML sheets through Qt's print support: PDF export, print preview and the print
dialog, on A4.

The HTML comes from the core (``checkpoint.sheet``); this module only lays it out on pages.
``QTextDocument.print_`` paginates: with no page size of its own the document is laid out on the
printer's page with 2 cm margins and numbered pages, so the printer's own margins are set to
the least the device allows.

Threads: ``QTextDocument`` and its related classes are reentrant, and ``QPainter`` may paint on
a ``QPrinter`` outside the GUI thread (Qt, "Thread-Support in Qt Modules"), as long as the
document holds no pixmaps or widgets — the sheet is plain HTML. So ``print_to_pdf`` builds its
own document and printer and may run in a worker. The print preview renders in its dialog's
``paintRequested`` on the GUI thread (the preview widget paints there), and ``print_with_dialog``
prints on the GUI thread to the printer its dialog configured; callers build the HTML, the slow
part of a long range, in a worker first.

``checkpoint-admin tally --pdf`` imports ``print_to_pdf`` lazily (the one import of ``ui`` the
core may make, DESIGN §3); with no Qt application running it starts an offscreen one.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument, QTextOption
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PAGE_SIZE = QPageSize.PageSizeId.A4


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen one (a command line has no window)."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1] or ["checkpoint"])
    return app


def sheet_document(html: str, *, right_to_left: bool = False,
                   parent: QObject | None = None) -> QTextDocument:
    """A text document of ``html``, its paragraphs running right to left when asked."""
    document = QTextDocument(parent)
    option = QTextOption(document.defaultTextOption())
    if right_to_left:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    else:
        option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    return document


def set_up_a4(printer: QPrinter) -> QPrinter:
    """A4 portrait; the document adds its 2 cm margins inside the least the printer allows."""
    printer.setPageSize(QPageSize(PAGE_SIZE))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def print_to_pdf(html: str, path: str | os.PathLike[str], *, right_to_left: bool = False) -> Path:
    """Write ``html`` as an A4 PDF at ``path`` (safe off the GUI thread); returns the path.

    The file appears whole or not at all: it is written beside the target and then renamed.
    Raises ``OSError`` when the folder cannot be written.
    """
    ensure_application()
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb"):  # fails here, plainly, on a folder that cannot be written
            pass
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from None
    try:
        printer = set_up_a4(QPrinter(QPrinter.PrinterMode.HighResolution))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setCreator("Checkpoint")
        sheet_document(html, right_to_left=right_to_left).print_(printer)
        del printer  # ends the PDF engine: the file is complete after this
        if partial.stat().st_size == 0:
            raise OSError(f"the PDF could not be written: {target}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


class _PreviewDialog(QPrintPreviewDialog):
    """A preview that owns its printer and document for as long as it is open."""

    def __init__(self, html: str, right_to_left: bool, parent: QWidget | None) -> None:
        printer = set_up_a4(QPrinter(QPrinter.PrinterMode.HighResolution))
        super().__init__(printer, parent)
        self._owned_printer = printer  # the dialog only points at it
        self.document = sheet_document(html, right_to_left=right_to_left, parent=self)
        self.paintRequested.connect(self.document.print_)


def preview(parent: QWidget | None, html: str, *, right_to_left: bool = False,
            on_printed: Callable[[], None] | None = None) -> QPrintPreviewDialog:
    """Open a print preview of ``html`` (window-modal, not blocking); ``on_printed`` runs when
    the user printed from it."""
    dialog = _PreviewDialog(html, right_to_left, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_printed is not None:
        # The preview accepts only after its Print button printed the document.
        dialog.finished.connect(
            lambda result: on_printed() if result == QDialog.DialogCode.Accepted else None)
    dialog.resize(900, 700)
    dialog.open()
    return dialog


class _PrintDialog(QPrintDialog):
    """A print dialog that owns its printer and prints ``html`` when accepted."""

    def __init__(self, html: str, right_to_left: bool, parent: QWidget | None) -> None:
        printer = set_up_a4(QPrinter(QPrinter.PrinterMode.HighResolution))
        super().__init__(printer, parent)
        self._owned_printer = printer  # the dialog only points at it
        self.html = html
        self.right_to_left = right_to_left

    def print_sheet(self) -> None:
        """Print to the printer the user chose (GUI thread: the dialog configured it here).

        ``QTextDocument.print_`` says nothing when the printer cannot start (a folder that
        cannot be written, for "print to file"), so the outcome is checked: ``OSError`` then.
        """
        printer = self._owned_printer
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        target = Path(printer.outputFileName()) if to_file else None
        before = _stamp(target)
        sheet_document(self.html, right_to_left=self.right_to_left).print_(printer)
        failed = printer.printerState() == QPrinter.PrinterState.Error
        if target is not None:
            failed = failed or _stamp(target) in (before, None)
        if failed:
            where = str(target) if target is not None else printer.printerName()
            raise OSError(errno.EIO, "the tally sheet could not be printed", where)


def _stamp(path: Path | None) -> tuple[int, int] | None:
    # Size and modification time of a file, None when there is none.
    if path is None or not path.is_file():
        return None
    found = path.stat()
    return found.st_size, found.st_mtime_ns


def print_with_dialog(parent: QWidget | None, html: str, *, right_to_left: bool = False,
                      on_printed: Callable[[], None] | None = None,
                      on_failed: Callable[[OSError], None] | None = None) -> QPrintDialog:
    """Ask where to print (window-modal, not blocking), then print ``html`` there;
    ``on_printed`` runs after it was sent, ``on_failed`` if the printer could not start."""
    dialog = _PrintDialog(html, right_to_left, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        try:
            dialog.print_sheet()
        except OSError as error:
            if on_failed is None:
                raise
            on_failed(error)
            return
        if on_printed is not None:
            on_printed()

    dialog.accepted.connect(accepted)
    QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver; this is QDialog's
    return dialog


def application_is_right_to_left() -> bool:
    """Whether the app is laid out right to left (a right-to-left language is in use)."""
    app = QCoreApplication.instance()
    return isinstance(app, QGuiApplication) and \
        app.layoutDirection() == Qt.LayoutDirection.RightToLeft
