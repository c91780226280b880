"""Wire payloads built the way the device builds them: ``CrossingData`` shape, canonical JSON,
the contract's ``data_hash``, and audit entries chained by the contract's rule."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import requests

from contract.auditrule import GENESIS, entry_hash
from contract.canonical import canonical_json, data_hash, sha256_hex
from contract.wire import PROTOCOL_VERSION, CloseoutData, ComplaintData, CrossingData

DAY = date(2025, 4, 1)


def _as_json(model: Any) -> dict[str, Any]:
    """What travels: the aggregate as the device's canonical JSON (dates as ISO text)."""
    loaded: dict[str, Any] = json.loads(canonical_json(model.model_dump()))
    return loaded


def new_uuid() -> str:
    """A record UUID as the device makes it."""
    return str(uuid.uuid4())


def crossing(checkpoint: str = "TORKHAM", *, day: date = DAY, household: str | None = None,
             sex: str = "M", age: int | None = 30, birth_date: date | None = None,
             province: str = "PK-KP", documents: Sequence[dict[str, Any]] | None = None,
             return_type: str | None = "voluntary", vulnerabilities: Sequence[str] = (),
             voided: bool = False, uuid_: str | None = None, **extra: Any) -> dict[str, Any]:
    """One crossing's ``data``."""
    crossed_at = datetime(day.year, day.month, day.day, 5, 0, tzinfo=UTC)
    if documents is None:
        documents = [{"document_type": "por", "number": "PoR123", "result": "verified"}]
    model = CrossingData(
        uuid=uuid_ or new_uuid(), checkpoint=checkpoint, direction="departure",
        crossed_at=crossed_at, local_day=day, recorded_by="clerk1",
        household_uuid=household or new_uuid(), full_name="Gul Khan", father_name="Wali Khan",
        sex=sex, age_years=age, birth_date=birth_date, origin_province=province,
        destination_province="AF-NAN", return_type=return_type,
        vulnerabilities=list(vulnerabilities), voided=voided,
        void_reason="entered twice" if voided else "", documents=list(documents), **extra)
    return _as_json(model)


def complaint(checkpoint: str = "TORKHAM", *, urgency: str = "normal",
              uuid_: str | None = None) -> dict[str, Any]:
    """One complaint's ``data``."""
    return _as_json(ComplaintData(
        uuid=uuid_ or new_uuid(), checkpoint=checkpoint, category="extortion_or_bribe",
        description="asked for money at the gate", urgency=urgency, taken_by="lead1",
        taken_at=datetime(2025, 4, 1, 9, 30, tzinfo=UTC)))


def closeout(checkpoint: str, day: date, total: int, *,
             uuid_: str | None = None) -> dict[str, Any]:
    """A close-out whose frozen tally says ``total`` people crossed on ``day``."""
    frozen = canonical_json({"checkpoint": checkpoint, "from": day.isoformat(),
                             "to": day.isoformat(), "total": total})
    return _as_json(CloseoutData(
        uuid=uuid_ or new_uuid(), checkpoint=checkpoint, day=day, tally_json=frozen,
        tally_hash=sha256_hex(frozen), closed_by="lead1",
        signed_name="Shift Lead", closed_at=datetime.combine(day, datetime.min.time(), UTC)
        + timedelta(hours=20)))


def record(data: dict[str, Any], kind: str = "crossing", revision: int = 1,
           hash_: str | None = None) -> dict[str, Any]:
    """A ``RecordIn`` for ``data``, hashed with the contract's ``data_hash``."""
    return {"kind": kind, "uuid": data["uuid"], "revision": revision,
            "hash": hash_ or data_hash(data), "updated_at": datetime.now(UTC).isoformat(),
            "data": data}


def audit_entries(first: int, last: int, prev_hash: str = GENESIS) -> list[dict[str, Any]]:
    """Audit entries ``first``..``last`` chained by the contract's rule; ``prev_hash`` is the
    hash of entry ``first - 1``."""
    entries = []
    for seq in range(first, last + 1):
        at = datetime(2025, 4, 1, 6, 0, tzinfo=UTC) + timedelta(minutes=seq, microseconds=seq)
        body = {"seq": seq, "at": at.isoformat(), "actor": "clerk1", "action": "create",
                "target": new_uuid(), "details": "{}"}
        digest = entry_hash(prev_hash, seq, at, "clerk1", "create", body["target"], "{}")
        entries.append({**body, "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    return entries


def batch(device: Any, records: Iterable[dict[str, Any]] = (),
          audit: Iterable[dict[str, Any]] = (), *, batch_id: str | None = None,
          checkpoint: str | None = None, protocol: int = PROTOCOL_VERSION) -> dict[str, Any]:
    """A ``BatchIn`` body from ``device`` (an ``Enrolled``)."""
    return {"protocol": protocol, "batch_id": batch_id or new_uuid(),
            "device_id": device.device_id, "checkpoint": checkpoint or device.checkpoint,
            "records": list(records), "audit": list(audit)}


def post_batch(hq: Any, device: Any, body: dict[str, Any] | bytes, *,
               compress: bool = True, headers: dict[str, str] | None = None
               ) -> requests.Response:
    """``POST /batches`` as the device sends it (gzip, Bearer token)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    sent = {"Content-Type": "application/json", **device.headers, **(headers or {})}
    if compress:
        raw = gzip.compress(raw)
        sent["Content-Encoding"] = "gzip"
    return requests.post(hq.url("/batches"), data=raw, headers=sent, timeout=30)


def statuses(response: requests.Response) -> list[str]:
    """The per-record statuses of a batch answer."""
    assert response.status_code == 200, response.text
    return [result["status"] for result in response.json()["results"]]


def device_health(hq: Any, device_id: str) -> dict[str, Any]:
    """The staff API's sync health of one device."""
    answer = requests.get(hq.url("/control/devices"), headers=hq.admin_headers, timeout=10)
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = next(d for d in answer.json() if d["device_id"] == device_id)
    return found


def national_tally(hq: Any, start: date, end: date | None = None,
                   checkpoint: str | None = None) -> dict[str, Any]:
    """The staff API's national tally."""
    params = {"from": start.isoformat(), "to": (end or start).isoformat()}
    if checkpoint:
        params["checkpoint"] = checkpoint
    answer = requests.get(hq.url("/control/tally"), params=params, headers=hq.admin_headers,
                          timeout=10)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result
