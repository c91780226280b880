"""Forms that can hold typing not yet saved, so leaving the session (sign out, switch user,
quit) can ask first: Save, Discard or Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class UnsavedWork(Protocol):
    """A screen or dialog whose typing would be lost if the session ended now."""

    def unsaved_work(self) -> str:
        """What would be lost, in a few words without personal data ("" if nothing)."""
        ...

    def save_unsaved(self, on_saved: Callable[[], None]) -> None:
        """Save what was typed the usual way; call ``on_saved`` only once it is committed (a
        refused save shows its problem as usual and never calls it)."""
        ...
