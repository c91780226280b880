"""Looking a document up as soon as its number is typed or read, so the clerk knows what the
desk will warn about before pressing Save (the same ``checkpoint.warnings`` call as at Save).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject

from checkpoint.entries import DocumentEntry
from checkpoint.warnings import DocumentWarning, document_warnings
from ui.context import AppContext
from ui.entry.document_rows import DocumentRow, DocumentRows
from ui.entry.warning_dialog import warning_sentence
from ui.operations import QueryOp


class FindingLookup(QObject):
    """Looks up every row of the document rows it watches, on the database reader."""

    def __init__(self, context: AppContext, day: Callable[[], date],
                 exclude: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._day = day
        self._exclude = tuple(exclude)

    def watch(self, rows: DocumentRows) -> None:
        """Look up ``rows``' documents whenever one settles."""
        rows.sig_look_up.connect(self.look_up)

    def look_up(self, row: DocumentRow) -> None:
        """Find what the desk would warn about ``row``'s document and show it under the row."""
        kind, number = row.kind.code() or "", row.number.text()
        key, day, exclude = row.looked_up(), self._day(), self._exclude
        entry = DocumentEntry(kind, number)
        # A failed lookup only means no early mark: Save checks again and says what failed.
        QueryOp(row.block, self.context,
                lambda ledger: document_warnings(ledger, [entry], day, exclude=exclude)) \
            .success(lambda found: self._found(row, key, found)) \
            .failure(lambda _error: None).run_in_background()

    def _found(self, row: DocumentRow, key: tuple[str, str],
               found: list[DocumentWarning]) -> None:
        if row.looked_up() != key:
            return  # changed meanwhile: its own lookup is on its way
        zone = self.context.ledger.settings.zone
        row.show_findings([warning_sentence(warning, zone) for warning in found])
