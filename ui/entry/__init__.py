"""The New crossing screen: keyboard-first entry of a household, document reader input,
inline validation, the duplicate warning and the desk's recent saves."""

from ui.entry.household_view import HouseholdView

__all__ = ["HouseholdView"]
