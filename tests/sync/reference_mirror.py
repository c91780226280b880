"""What a desk holds of HQ's reference data, kept as the protocol says to apply an answer
(DESIGN §5 "Down"): a snapshot replaces everything, a delta adds and removes. The server tests
use it to check that what HQ sends brings a device to exactly HQ's lists."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import requests

from contract.documents import DIGEST_BYTES
from contract.wire import Updates
from tests.support.controlroom import ControlRoom, Enrolled


def updates(hq: ControlRoom, device: Enrolled, since: str | None = None) -> dict[str, Any]:
    """One ``GET /updates`` answer, checked against the wire schema."""
    params = {"since": since} if since is not None else {}
    answer = requests.get(hq.url("/updates"), params=params, headers=device.headers,
                          timeout=30)
    assert answer.status_code == 200, answer.text
    Updates.model_validate(answer.json())
    result: dict[str, Any] = answer.json()
    return result


def digests(group: dict[str, Any]) -> list[bytes]:
    raw = base64.b64decode(group["digests"])
    return [raw[i:i + DIGEST_BYTES] for i in range(0, len(raw), DIGEST_BYTES)]


@dataclass
class Mirror:
    """A desk's copy of the lists, and the cursor it would store."""

    cursor: str = ""
    version: int = 0
    digest_key: bytes = b""
    policies: list[dict[str, Any]] = field(default_factory=list)
    cards: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    marks: set[tuple[str, str, bytes]] = field(default_factory=set)
    answers: list[dict[str, Any]] = field(default_factory=list)

    def apply(self, answer: dict[str, Any]) -> None:
        reference = answer["reference"]
        if reference["snapshot"]:
            self.digest_key = base64.b64decode(reference["digest_key"])
            self.policies, self.cards, self.marks = [], {}, set()
        if reference["policies"] is not None:
            self.policies = reference["policies"]
        for group in reference["cards_lifted"]:
            for number in group["numbers"]:
                self.cards.pop((group["document_type"], number), None)
        for group in reference["cards"]:
            assert group["numbers"] == sorted(group["numbers"])
            for number in group["numbers"]:
                self.cards[(group["document_type"], number)] = (group["reason"],
                                                                group["since"])
        for group in reference["departures_removed"]:
            for digest in digests(group):
                self.marks.discard((group["checkpoint"], group["day"], digest))
        for group in reference["departures"]:
            assert digests(group) == sorted(digests(group))
            self.marks.update((group["checkpoint"], group["day"], digest)
                              for digest in digests(group))
        first = date.fromisoformat(reference["departures_from"]).isoformat()
        self.marks = {mark for mark in self.marks if mark[1] >= first}
        self.cursor, self.version = answer["cursor"], reference["version"]
        self.answers.append(answer)

    def sync(self, hq: ControlRoom, device: Enrolled) -> dict[str, Any]:
        """Fetch and apply until HQ has no more (``more``); returns the last answer."""
        while True:
            answer = updates(hq, device, self.cursor or None)
            self.apply(answer)
            if not answer["reference"]["more"]:
                return answer
