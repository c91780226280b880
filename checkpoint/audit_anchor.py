"""Anchors: where each signed-in user last saw the audit chain end, kept outside the database.

Every user can unwrap the data key, so whatever lives only inside the database can be cut
short, wiped or recomputed by any of them; signatures stop a colleague re-signing someone
else's entries, but not deleting them. An anchor is a high-water mark kept in the key file
(``KeySlots.anchors``): the chain's last entry as that user last saw it (``seq``, ``hash``,
``at``), signed with their own key, so nobody else can move it. The chain must still hold
every anchored entry with that hash: an anchor naming an entry that is gone means the log was
cut short or wiped; another hash there means it was rewritten.

A user's anchor only moves forward along the same chain: while the chain no longer holds the
entry it names, it is left as it is, so the evidence waits for the IT officer. HQ's word is the
third mark: the last entry HQ said it holds (``SettingKey.HQ_AUDIT_HEAD``) must still be there.

Anchors are written when the ledger closes (the command line, sign-out, quit), when the desk
locks, and after a write at most once a minute (``ANCHOR_INTERVAL``): a save stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.audit import ChainBreak
from checkpoint.errors import CheckpointError
from checkpoint.keyslots import KeySlots
from checkpoint.models import AuditEntry
from checkpoint.settings import SettingKey, read_values
from contract.auditrule import GENESIS, utc_text
from contract.canonical import canonical_json
from contract.errors import ErrorCode

if TYPE_CHECKING:  # the ledger calls in here; only its type is needed
    from checkpoint.ledger import Ledger

log = logging.getLogger(__name__)

ANCHOR_INTERVAL = 60.0  # seconds between anchors left after writes
_ANCHOR_SIGNATURE_PREFIX = b"checkpoint-audit-anchor:"


@dataclass(frozen=True)
class Anchor:
    """One user's signed mark of the chain's end as they saw it."""

    user: str
    seq: int
    hash: str
    at: datetime
    signature: str

    def message(self) -> bytes:
        """The bytes its signature is made over."""
        return anchor_message(self.user, self.seq, self.hash, self.at)

    def stored(self) -> dict[str, Any]:
        """As the key file keeps it (under the user's name)."""
        return {"seq": self.seq, "hash": self.hash, "at": utc_text(self.at),
                "signature": self.signature}

    @classmethod
    def from_stored(cls, user: str, raw: Any) -> Anchor | None:
        """The anchor the key file keeps for ``user``, or None when it is not one."""
        try:
            seq, hashed, signature = raw["seq"], raw["hash"], raw["signature"]
            at = datetime.fromisoformat(raw["at"])
        except (TypeError, KeyError, ValueError):
            return None
        if not (isinstance(seq, int) and isinstance(hashed, str) and isinstance(signature, str)):
            return None
        return cls(user, seq, hashed, at if at.tzinfo else at.replace(tzinfo=UTC), signature)


def anchor_message(user: str, seq: int, hashed: str, at: datetime) -> bytes:
    """What an anchor's signature covers: who, which entry, which hash, when."""
    body = {"user": user, "seq": seq, "hash": hashed, "at": utc_text(at)}
    return _ANCHOR_SIGNATURE_PREFIX + canonical_json(body).encode("utf-8")


def stored_anchors(keyfile: Path) -> list[Anchor]:
    """Every well-formed anchor the key file holds (what a sync batch carries to HQ)."""
    raw = read_anchors(keyfile)
    found = (Anchor.from_stored(user, value) for user, value in sorted(raw.items()))
    return [anchor for anchor in found if anchor is not None]


def chain_head(session: Session) -> tuple[int, str]:
    """The chain's last entry (seq, hash); (0, GENESIS) for an empty chain."""
    last = session.execute(select(col(AuditEntry.seq), col(AuditEntry.hash))
                           .order_by(col(AuditEntry.seq).desc()).limit(1)).first()
    return (last[0], last[1]) if last else (0, GENESIS)


def hash_at(session: Session, seq: int) -> str | None:
    """The hash of entry ``seq``, or None when the chain has no such entry."""
    return session.execute(select(col(AuditEntry.hash))
                           .where(col(AuditEntry.seq) == seq)).scalar_one_or_none()


# -- leaving an anchor ----------------------------------------------------------------------------

def leave_anchor(ledger: Ledger) -> Anchor | None:
    """Sign the chain's end as the signed-in user sees it and keep it in the key file.

    Nothing is written without a signer, when the anchor would not move, or when the chain no
    longer holds the entry this user's anchor names (it stays as evidence). Returns the user's
    anchor as it now stands (None when they have none).
    """
    signer = ledger.signer
    if signer is None:
        return None
    current = Anchor.from_stored(signer.username,
                                 KeySlots.load(ledger.keyfile).anchors.get(signer.username))
    with ledger.reading() as session:
        seq, hashed = chain_head(session)
        if current is not None and hash_at(session, current.seq) != current.hash:
            return current  # the chain left this user's mark behind: keep the evidence
    if seq == 0 or (current is not None and (current.seq, current.hash) == (seq, hashed)):
        return current
    at = datetime.now(UTC)
    anchor = Anchor(signer.username, seq, hashed, at,
                    signer.sign(anchor_message(signer.username, seq, hashed, at)))
    with KeySlots.changing(ledger.keyfile) as slots:
        slots.anchors[signer.username] = anchor.stored()
    return anchor


def leave_anchor_quietly(ledger: Ledger) -> None:
    """:func:`leave_anchor` where failing must not stop what the user is doing (closing, a
    save that already committed): the next anchor is left later."""
    try:
        leave_anchor(ledger)
    except (OSError, CheckpointError, SQLAlchemyError) as error:
        # A database damaged or re-keyed elsewhere cannot be read to anchor: closing still must.
        log.warning("the audit anchor was not written: %s", type(error).__name__)


# -- checking ------------------------------------------------------------------------------------

def check_anchors(session: Session, anchors: Mapping[str, Any],
                  keys: audit.SigningKeys) -> ChainBreak | None:
    """The first anchor (lowest entry) the chain contradicts, or one whose signature does not
    verify against ``keys``; None when every anchor holds."""
    problems: list[ChainBreak] = []
    for user, raw in sorted(anchors.items()):
        anchor = Anchor.from_stored(user, raw)
        if anchor is None or not audit.signed_by_one_of(keys.get(user, ()), anchor.message(),
                                                         anchor.signature):
            problems.append(ChainBreak(
                None, f"{user}'s audit anchor in the key file does not verify (the key file "
                "was edited)", ErrorCode.AUDIT_ANCHOR_FORGED, {"user": user}))
            continue
        held = hash_at(session, anchor.seq)
        if held == anchor.hash:
            continue
        params = {"user": user, "at": utc_text(anchor.at)}
        if held is None:
            problems.append(ChainBreak(
                anchor.seq, f"missing, but {user}'s anchor of {params['at']} names it (entries "
                "were deleted)", ErrorCode.AUDIT_TRUNCATED, params))
        else:
            problems.append(ChainBreak(
                anchor.seq, f"differs from the entry {user}'s anchor of {params['at']} names "
                "(the log was rewritten)", ErrorCode.AUDIT_REWRITTEN, params))
    return min(problems, key=_order, default=None)


def _order(problem: ChainBreak) -> tuple[int, int]:
    return (1, 0) if problem.seq is None else (0, problem.seq)


def hq_head(session: Session) -> tuple[int, str] | None:
    """The last entry HQ said it holds (seq, hash), or None before HQ said any."""
    stored = read_values(session).get(SettingKey.HQ_AUDIT_HEAD, "")
    seq, _, hashed = stored.partition(":")
    return (int(seq), hashed) if seq.isdigit() and hashed else None


def check_hq_head(session: Session) -> ChainBreak | None:
    """Whether the chain still holds the entry HQ acknowledged, with the hash HQ holds."""
    acknowledged = hq_head(session)
    if acknowledged is None:
        return None
    seq, hashed = acknowledged
    held = hash_at(session, seq)
    if held is None:
        return ChainBreak(seq, "missing, but HQ holds it (entries were deleted after they "
                          "were sent to HQ)", ErrorCode.AUDIT_BEHIND_HQ)
    if held != hashed:
        return ChainBreak(seq, "differs from the copy HQ holds (the log was rewritten after it "
                          "was sent to HQ)", ErrorCode.AUDIT_DIFFERS_FROM_HQ)
    return None


def read_anchors(keyfile: Path) -> dict[str, Any]:
    """The key file's anchors as stored, for :func:`check_audit`. Read them before the
    database: an anchor left meanwhile then names an entry the check's snapshot holds."""
    return KeySlots.load(keyfile).anchors


def check_audit(session: Session, anchors: Mapping[str, Any],
                keys: audit.SigningKeys | None = None) -> tuple[int, ChainBreak | None]:
    """The whole check: the chain and its signatures, then every anchor (:func:`read_anchors`),
    then HQ's acknowledged entry. Returns (entries of the chain that verify, first problem)."""
    if keys is None:
        keys = audit.signing_keys(session)
    checked, broken = audit.verify(session, keys)
    if broken is None:
        broken = check_anchors(session, anchors, keys)
    if broken is None:
        broken = check_hq_head(session)
    return checked, broken
