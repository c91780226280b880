"""Bidi isolation for text composed of words and values (DESIGN §3: one helper, every face).

A code, number, date or name dropped into a sentence of the other direction is reordered with
its neighbours ("to 17 years 0", "(TORKHAM) Torkham", an ellipsis jumping to the front of a
right-to-left button). A Unicode first-strong isolate (FSI ... PDI) keeps such a piece in its
own reading order and keeps the sentence around it in its own; the marks are invisible. The
desktop app and the printed sheet compose their mixed text through ``isolate`` and ``fill``.
"""

from __future__ import annotations

FSI = "\u2068"  # first strong isolate: the piece's own first letter decides its direction
PDI = "\u2069"  # pop directional isolate


def isolate(value: object) -> str:
    """``value`` as a bidi isolate: a date, number, code, name or whole phrase keeps its own
    reading order inside text of the other direction (no letter at all reads left to right)."""
    return f"{FSI}{value}{PDI}"


def fill(text: str, *values: object, isolated: bool = True) -> str:
    """``text`` with ``%1``, ``%2``... replaced (highest number first, so %1 never eats %10).

    Unless ``isolated`` is false (a left-to-right printed sheet, where the marks would only
    cost a little baseline), each value is isolated, and so is the whole: an untranslated
    English sentence then reads left to right in a right-to-left screen, a translated one
    right to left, each with its values in place.
    """
    for number in range(len(values), 0, -1):
        value = values[number - 1]
        text = text.replace(f"%{number}", isolate(value) if isolated else str(value))
    return isolate(text) if isolated else text


def shown(text: str) -> str:
    """``text`` without its bidi marks: what a reader sees (for searching and comparing)."""
    return text.translate(_NO_MARKS)


_NO_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
