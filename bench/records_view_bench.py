"""Records view speed: opening the list and scrolling to the end of a million crossings.

The baseline is the raw SQL for the same first page (the same columns and document summary,
newest first) on the same file in the same run: what opening costs at the very least. Next to
it: building the model with its first page, showing the whole screen, a page at the start and
90% deep (the 900,000th row of a million) with keyset paging, the same deep page read with
OFFSET (what the keyset avoids), and the time to reach the end with ``fetchMore``.
"""

from __future__ import annotations

import os
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import text

# The tally benchmark's database: one generated file serves both.
from bench.tally_bench import _database as bench_database
from checkpoint.ledger import Ledger
from ui.context import AppContext
from ui.crossings_model import PAGE_SIZE, CrossingsModel
from ui.records_view import RecordsView

RAW_FIRST_PAGE = (
    "SELECT c.uuid, c.crossed_at, c.local_day, c.full_name, c.father_name, c.sex, "
    "c.age_years, c.birth_date, c.origin_province, c.destination_province, c.return_type, "
    "c.recorded_by, c.voided, c.void_reason, c.late, c.revision, c.synced_revision, "
    "c.household_uuid, c.recorded_at, (SELECT group_concat(d.document_type || ' ' || d.number "
    "|| ' ' || ifnull(d.result, ''), '; ') FROM document_check d "
    "WHERE d.crossing_uuid = c.uuid) FROM crossing c "
    "ORDER BY c.crossed_at DESC, c.uuid DESC LIMIT :limit OFFSET :offset")


def _ms(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _median_ms(action: Callable[[], Any], repeats: int) -> float:
    return statistics.median(_ms(action) for _ in range(repeats))


def _raw_page(ledger: Ledger, offset: int) -> None:
    with ledger.reading() as session:
        session.execute(text(RAW_FIRST_PAGE), {"limit": PAGE_SIZE, "offset": offset}).all()


def _show_view(app: QApplication, context: AppContext) -> RecordsView:
    view = RecordsView(context)
    view.resize(1366, 768)
    view.show()
    app.processEvents()  # laid out and painted once
    return view


def _scroll_to_end(model: CrossingsModel, deep_row: int) -> dict[str, Any]:
    start_pages: list[float] = []
    deep_pages: list[float] = []
    started = time.perf_counter()
    while model.canFetchMore():
        spent = _ms(model.fetchMore)
        if len(start_pages) < 10:
            start_pages.append(spent)
        elif model.rowCount() >= deep_row and len(deep_pages) < 10:
            deep_pages.append(spent)
    return {"rows": model.rowCount(), "to_end_s": round(time.perf_counter() - started, 1),
            "page_ms_start": round(statistics.median(start_pages), 2),
            "page_ms_deep": round(statistics.median(deep_pages or [0.0]), 2)}


def run(records: int, workdir: Path | None) -> dict[str, Any]:
    """Time opening the records view and scrolling it to the end, against raw SQL."""
    ledger, _days = bench_database(records, workdir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is made
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    deep_row = records * 9 // 10
    raw = _median_ms(lambda: _raw_page(ledger, 0), 11)
    model_ms = _median_ms(lambda: CrossingsModel(ledger), 11)
    raw_offset = _median_ms(lambda: _raw_page(ledger, deep_row), 3)
    context = AppContext(ledger)
    try:
        view_ms = _median_ms(lambda: _show_view(app, context).deleteLater(), 5)
        app.processEvents()
        memory_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        scrolled = _scroll_to_end(CrossingsModel(ledger), deep_row)
        memory_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        context.shut_down()  # joins the workers and closes the ledger
    results: dict[str, Any] = {
        "name": "records_view", "records": records,
        "raw_first_page_ms": round(raw, 2), "open_model_ms": round(model_ms, 2),
        "open_ratio": round(model_ms / raw, 2), "open_view_ms": round(view_ms, 1),
        "deep_row": deep_row, "raw_offset_deep_ms": round(raw_offset, 1), **scrolled,
        "deep_keyset_vs_offset": round(scrolled["page_ms_deep"] / raw_offset, 4),
        "memory_to_end_mb": round((memory_after - memory_before) / 1024)}
    print(f"  open: raw first page {raw:7.2f} ms   model + first page {model_ms:7.2f} ms   "
          f"ratio {model_ms / raw:.2f}   whole screen shown {view_ms:7.1f} ms")
    print(f"  scroll: page {scrolled['page_ms_start']:.2f} ms at the start, "
          f"{scrolled['page_ms_deep']:.2f} ms at row {deep_row:,} (OFFSET there: "
          f"{raw_offset:.1f} ms); {scrolled['rows']:,} rows in {scrolled['to_end_s']} s, "
          f"{results['memory_to_end_mb']} MB")
    return results
