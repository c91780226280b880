"""Printing the tally sheet on paper: print preview and the print dialog, on A4.

The HTML comes from the core; every print goes through ``checkpoint.printing.print_sheet``,
which checks the permission and audits. So the dialogs here only choose the printer (and the
preview shows the pages): the print itself is ``print_on``, which the caller runs inside
``print_sheet`` on a worker. ``QPainter`` may paint on a ``QPrinter`` outside the GUI thread
(Qt, "Thread-Support in Qt Modules") as long as the document holds no pixmaps or widgets — the
sheet is plain HTML. PDF files are written by ``ui/sheet_pdf.py``, which needs no widgets.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPaintEngine
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ui.sheet_pdf import sheet_document

PAGE_SIZE = QPageSize.PageSizeId.A4
# Told the printer the user chose; the print itself then runs through the core.
PrinterChosen = Callable[[QPrinter], None]


def set_up_a4(printer: QPrinter) -> QPrinter:
    """A4 portrait; the document adds its 2 cm margins inside the least the printer allows."""
    printer.setPageSize(QPageSize(PAGE_SIZE))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def print_on(printer: QPrinter, html: str, *, right_to_left: bool = False) -> None:
    """Print ``html`` on ``printer`` (safe off the GUI thread once the dialog has closed).

    ``QTextDocument.print_`` says nothing when the printer cannot start (a folder that cannot
    be written, for "print to file"), so the outcome is checked: ``OSError`` then.
    """
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    target = Path(printer.outputFileName()) if to_file else None
    before = _stamp(target)
    sheet_document(html, right_to_left=right_to_left).print_(printer)
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


class _PreviewDialog(QPrintPreviewDialog):
    """A preview that owns its printer and document for as long as it is open.

    It paints the pages it shows; its Print button hands the printer to ``on_print`` instead
    of printing here, so that printing from the preview is checked and audited by the core
    like any other print.
    """

    def __init__(self, html: str, right_to_left: bool, parent: QWidget | None,
                 on_print: PrinterChosen) -> None:
        printer = set_up_a4(QPrinter(QPrinter.PrinterMode.HighResolution))
        super().__init__(printer, parent)
        self._owned_printer = printer  # the dialog only points at it
        self.document = sheet_document(html, right_to_left=right_to_left, parent=self)
        self.on_print = on_print
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        # The preview paints its pages through a picture engine; any other engine is the
        # real print the user asked for, which is left to the core's print_sheet.
        engine = printer.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            self.document.print_(printer)
        else:
            self.on_print(printer)


def preview(parent: QWidget | None, html: str, *, on_print: PrinterChosen,
            right_to_left: bool = False) -> QPrintPreviewDialog:
    """Open a print preview of ``html`` (window-modal, not blocking); printing from it calls
    ``on_print`` with the printer the user chose."""
    dialog = _PreviewDialog(html, right_to_left, parent, on_print)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(900, 700)
    dialog.open()
    return dialog


class _PrintDialog(QPrintDialog):
    """A print dialog that owns its A4 printer."""

    def __init__(self, parent: QWidget | None) -> None:
        printer = set_up_a4(QPrinter(QPrinter.PrinterMode.HighResolution))
        super().__init__(printer, parent)
        self.chosen_printer = printer  # the dialog only points at it


def print_with_dialog(parent: QWidget | None, on_chosen: PrinterChosen) -> QPrintDialog:
    """Ask where to print (window-modal, not blocking); ``on_chosen`` gets the printer."""
    dialog = _PrintDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_chosen(dialog.chosen_printer))
    QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver; this is QDialog's
    return dialog


def application_is_right_to_left() -> bool:
    """Whether the app is laid out right to left (a right-to-left language is in use)."""
    app = QCoreApplication.instance()
    return isinstance(app, QGuiApplication) and \
        app.layoutDirection() == Qt.LayoutDirection.RightToLeft
