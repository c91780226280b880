"""Locking the desk leaves the signed-in user's audit anchor (issue 9, item 3): a desk may stay
locked for hours, and the anchor must name the chain's end as the user left it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from checkpoint.audit_anchor import chain_head
from checkpoint.entries import PersonEntry
from checkpoint.keyslots import KeySlots
from checkpoint.records import record_household
from tests.support.windows import open_window
from ui.context import AppContext


def test_locking_leaves_the_users_anchor(qtbot: QtBot,
                                         sign_in: Callable[[str], AppContext]) -> None:
    context = sign_in("clerk")
    ledger = context.ledger
    record_household(ledger, [PersonEntry(full_name="Lock Person", sex="F", age_years=33,
                                          origin_province="PK-KP")])
    assert ledger.signer is not None  # the clerk signs with the key from their slot
    window = open_window(qtbot, context)
    # The first write left an anchor; this one, within the minute, leaves none.
    record_household(ledger, [PersonEntry(full_name="Second Person", sex="M", age_years=35,
                                          origin_province="PK-KP")])
    with ledger.reading() as session:
        before_lock, _ = chain_head(session)
    assert KeySlots.load(ledger.keyfile).anchors.get("clerk", {}).get("seq") != before_lock

    window.lock()

    with ledger.reading() as session:
        seq, hashed = chain_head(session)
    qtbot.waitUntil(lambda: KeySlots.load(ledger.keyfile).anchors.get("clerk", {})
                    .get("seq") == seq, timeout=10_000)
    assert KeySlots.load(ledger.keyfile).anchors["clerk"]["hash"] == hashed
