"""How every benchmark times a thing: the median of several runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_ms(action: Callable[..., Any], repeats: int, warmup: int = 0) -> float:
    """``action``'s median time over ``repeats`` runs, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
