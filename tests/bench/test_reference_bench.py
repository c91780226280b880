"""The reference-data benchmark's code at a tiny scale: HQ's cards reach a fresh device whole
(the run checks the device holds every one), a day's delta is paged and smaller than the first
download, and every figure has its baseline from the same run."""

from __future__ import annotations

from pathlib import Path

from bench.reference_bench import card_numbers, run


def test_card_numbers_are_distinct_seeded_and_shaped_like_cards() -> None:
    cards = card_numbers(500, seed=3)
    assert cards == card_numbers(500, seed=3) and len(set(cards)) == 500
    assert {kind for kind, _ in cards} == {"por", "acc", "tazkira"}
    # A bigger run with the same seed holds the smaller one (the delta's new cards are new).
    assert set(cards) <= set(card_numbers(600, seed=3))


def test_the_benchmark_runs_end_to_end_at_a_tiny_scale(tmp_path: Path) -> None:
    figures = run(3_000, tmp_path, delta_changes=600, lookups=100)
    first, delta, lookup = figures["first_download"], figures["day_delta"], figures["lookup"]
    assert figures["cards"] == 3_000
    assert 0 < first["wire_bytes"] < first["uncompressed_bytes"]
    assert first["apply_s"] > 0 and first["baseline_executemany_s"] > 0
    assert 0 < delta["wire_bytes"] < first["wire_bytes"] and delta["answers"] >= 1
    assert lookup["baseline_p50_ms"] > 0 and 0 < lookup["p50_ms"] <= lookup["p99_ms"]
