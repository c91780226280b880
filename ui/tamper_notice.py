"""What an IT admin is told at sign-in when users' roles or the security settings were changed
outside Checkpoint (``checkpoint.sign_in`` found and audited it; this says it to a person)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from checkpoint.ledger import Ledger
from checkpoint.permissions import Action
from contract.bidi import isolate


def tamper_text(ledger: Ledger) -> str:
    """The notice for this sign-in, or "" when there is nothing to tell (or the user is not the
    one who can act on it)."""
    if not ledger.actor.may(Action.MANAGE_USERS):
        return ""
    parts = []
    if ledger.unverified_users:
        parts.append(QCoreApplication.translate("tamper_notice",
            "These users' roles were changed outside Checkpoint and are not in force: %1. "
            "Check each one under IT admin › Users: reset the password to grant the role "
            "again, or disable the user.").replace(
                "%1", isolate(", ".join(ledger.unverified_users))))
    if not ledger.settings_verified:
        parts.append(QCoreApplication.translate("tamper_notice",
            "The security settings were changed outside Checkpoint: sync is stopped, and the "
            "idle lock and retention are at their defaults, until you check them and save them "
            "under IT admin › Settings."))
    return "\n\n".join(parts)


def show_tamper_notice(ledger: Ledger, parent: QWidget) -> QMessageBox | None:
    """Open the notice over ``parent`` (not blocking), if there is one. Both facts are in the
    audit log already (``grant_invalid``, ``settings_invalid``)."""
    text = tamper_text(ledger)
    if not text:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("tamper_notice", "Changed outside Checkpoint"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("tamper_notice")
    box.open()
    return box
