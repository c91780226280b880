"""A day-by-day bar chart of departures as SVG, drawn on the server (no script, no library).

It is made to be read, not only seen: a ``<title>`` and a ``<desc>`` (the range, the total, the
busiest and quietest days) that screen readers announce, each bar with its own ``<title>`` (the
day and its number, shown on hover), the numbers written above the bars while they fit (up to
31 days), and a scale with round numbers. Sizes are in the ``viewBox``, so the chart scales to
its box on a phone and on a wide screen; colours are classes the console's style sheet sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from sync.server.picture import DayCount

WIDTH, HEIGHT = 960, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 28, 44
MOST_NUMBERED_DAYS = 31  # bars with their number written above them
MOST_DATED_DAYS = 16  # day labels under the axis; more days: one label every few


def _scale(top: int) -> list[int]:
    """Round numbers from 0 to at least ``top``, in at most 5 steps of 1, 2 or 5 x 10^n."""
    if top <= 0:
        return [0, 1]
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if step * 5 >= top:
                return list(range(0, -(-top // step) * step + 1, step))
        power *= 10


def _number(n: int) -> str:
    return f"{n:,}"


def describe(days: Sequence[DayCount]) -> str:
    """The chart in one sentence (its ``<desc>``, and the page's text next to it)."""
    if not days:
        return "No days."
    total = sum(line.departures for line in days)
    first, last = days[0].day.isoformat(), days[-1].day.isoformat()
    if total == 0:
        return f"No departures counted from {first} to {last}."
    busiest = max(days, key=lambda line: line.departures)
    quietest = min(days, key=lambda line: line.departures)
    sentence = (f"{_number(total)} departures from {first} to {last}, over {len(days)} days. "
                if len(days) > 1 else f"{_number(total)} departures on {first}.")
    if len(days) > 1:
        sentence += (f"Busiest day {busiest.day.isoformat()} with "
                     f"{_number(busiest.departures)}; quietest {quietest.day.isoformat()} "
                     f"with {_number(quietest.departures)}.")
    return sentence


def day_chart_svg(days: Sequence[DayCount], title: str = "Departures by day") -> str:
    """The chart as an inline ``<svg>`` element."""
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    ticks = _scale(max((line.departures for line in days), default=0))
    top = ticks[-1]
    slot = plot_w / max(len(days), 1)
    bar = min(max(slot * 0.72, 1.0), 90.0)  # two days are two bars, not two walls
    parts = [f'<svg class="day-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="day-chart-title day-chart-desc" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title id="day-chart-title">{escape(title)}</title>',
             f'<desc id="day-chart-desc">{escape(describe(days))}</desc>']
    for tick in ticks:
        y = TOP + plot_h - plot_h * tick / top
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/>')
        parts.append(f'<text class="scale" x="{LEFT - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{_number(tick)}</text>')
    every = max(1, -(-len(days) // MOST_DATED_DAYS))
    for i, line in enumerate(days):
        height = plot_h * line.departures / top
        x = LEFT + slot * i + (slot - bar) / 2
        y = TOP + plot_h - height
        label = f"{line.day.isoformat()}: {_number(line.departures)} departures"
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                     f'height="{height:.1f}"><title>{escape(label)}</title></rect>')
        middle = x + bar / 2
        if len(days) <= MOST_NUMBERED_DAYS:
            parts.append(f'<text class="value" x="{middle:.1f}" y="{y - 5:.1f}" '
                         f'text-anchor="middle">{_number(line.departures)}</text>')
        if i % every == 0:
            text = line.day.strftime("%d %b") if len(days) > 1 else line.day.isoformat()
            parts.append(f'<text class="day" x="{middle:.1f}" y="{HEIGHT - BOTTOM + 18}" '
                         f'text-anchor="middle">{escape(text)}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" '
                 f'y2="{TOP + plot_h}"/>')
    parts.append("</svg>")
    return "\n".join(parts)
