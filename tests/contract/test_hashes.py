"""The bytes every hash covers, and the audit chain's rule, as both ends compute them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from contract.auditrule import GENESIS, entry_hash, utc_text
from contract.canonical import canonical_json, data_hash, sha256_hex


def test_canonical_json_is_sorted_compact_utf8_with_iso_dates() -> None:
    text = canonical_json({"b": [1, "گل"], "a": date(2025, 4, 1),
                           "c": datetime(2025, 4, 1, 5, 0, tzinfo=UTC)})

    assert text == '{"a":"2025-04-01","b":[1,"گل"],"c":"2025-04-01T05:00:00+00:00"}'
    assert data_hash({"x": 1}) == sha256_hex('{"x":1}') == (
        "5041bf1f713df204784353e82f6a4a535931cb64f1f4b4a5aeaffcb720918b22")


def test_an_entry_hashes_the_same_whatever_zone_its_time_is_read_back_in() -> None:
    at = datetime(2025, 4, 1, 5, 0, 0, 123456, tzinfo=UTC)
    karachi = at.astimezone(timezone(timedelta(hours=5)))
    zoneless = at.replace(tzinfo=None)  # as a database without zones gives it back

    hashes = {entry_hash(GENESIS, 1, moment, "clerk1", "create", "u-1", "{}")
              for moment in (at, karachi, zoneless, utc_text(at))}

    assert len(hashes) == 1
    assert entry_hash(GENESIS, 1, at, "clerk1", "void", "u-1", "{}") not in hashes
