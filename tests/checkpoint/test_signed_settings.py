"""Sync refuses an HQ address changed behind the app's back (issue 9, item 2: security settings
are bound by the grant key), until an IT admin saves the settings again."""

from __future__ import annotations

from pathlib import Path

from checkpoint.ledger import Ledger, open_ledger
from checkpoint.settings import SettingKey, sync_settings, update_settings
from contract.errors import ErrorCode
from sync.client import SyncClient
from tests.checkpoint.test_grants import as_insider
from tests.support.sites import PASSWORDS


def test_sync_refuses_an_hq_address_written_outside_checkpoint(staff: dict[str, Ledger],
                                                              db_path: Path) -> None:
    as_insider(db_path, "clerk", "INSERT INTO setting (key, value) VALUES (?, ?), (?, ?)",
               SettingKey.HQ_URL.value, "http://127.0.0.1:9/", SettingKey.TOKEN.value, "t" * 40)

    report = SyncClient(staff["lead"]).sync_once()

    assert report.error is not None and report.error.code == ErrorCode.SETTINGS_UNVERIFIED

    # The IT admin saves the settings (checking what they say): they are signed again.
    update_settings(staff["admin"])
    lead = open_ledger(db_path, "lead", PASSWORDS["lead"])
    try:
        assert lead.settings_verified and sync_settings(lead).verified
    finally:
        lead.close()
