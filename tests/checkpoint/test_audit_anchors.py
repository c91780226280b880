"""The audit log holds against a signed-in insider (issue 9, item 3): entries signed by who wrote
them, anchors in the key file, and a normal day that stays intact.

The insider below does what the issue found possible: derive the data key from their own
password and the key file, and change the database through SQLCipher directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from checkpoint.audit import ChainBreak, entry_signature_message
from checkpoint.audit_anchor import check_audit, leave_anchor, read_anchors
from checkpoint.database import make_engine
from checkpoint.entries import PersonEntry
from checkpoint.errors import WrongPassword
from checkpoint.keyslots import KeySlots, keyfile_path
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, record_household, void_crossing
from checkpoint.signing import UserSigner
from contract.auditrule import entry_hash
from contract.errors import ErrorCode
from tests.support.insider import insider_engine
from tests.support.sites import PASSWORDS, copy_database

AT = datetime(2025, 5, 3, 6, tzinfo=UTC)


@pytest.fixture
def keys(db_path: Path, site_template: Path) -> dict[str, UserSigner]:
    """A site's admin, lead and clerk, each with the signing key sign-in takes from their slot
    (the insider in these tests signs with their own)."""
    copy_database(site_template, db_path)
    signers = {}
    for name in ("admin", "lead", "clerk"):
        ledger = open_ledger(db_path, name, PASSWORDS[name])
        assert ledger.signer is not None
        signers[name] = ledger.signer
        ledger.close()
    return signers


def sign_in(path: Path, name: str, keys: dict[str, UserSigner]) -> Ledger:
    ledger = open_ledger(path, name, PASSWORDS[name])
    assert ledger.signer is not None
    assert ledger.signer.public_key == keys[name].public_key
    return ledger


def person(name: str = "Test Person") -> PersonEntry:
    return PersonEntry(full_name=name, sex="M", age_years=30, origin_province="PK-KP")


def verdict(path: Path, name: str,
            keys: dict[str, UserSigner]) -> tuple[int, ChainBreak | None]:
    """What ``verify-audit`` would say, read by a fresh sign-in of ``name``."""
    ledger = sign_in(path, name, keys)
    try:
        with ledger.reading() as session:
            return check_audit(session, read_anchors(ledger.keyfile))
    finally:
        ledger.close()


@pytest.fixture
def insider(db_path: Path) -> Iterator[Engine]:
    """The database opened by a clerk with nothing but their password and the key file."""
    with insider_engine(db_path, "clerk", PASSWORDS["clerk"]) as engine:
        yield engine


def a_day_of_work(path: Path, keys: dict[str, UserSigner]) -> None:
    """Record, correct, void; each user signs out (leaving their anchor)."""
    clerk = sign_in(path, "clerk", keys)
    saved = record_household(clerk, [person(), person("Second Person")])
    correct_crossing(clerk, saved[0], {"full_name": "Corrected Person"}, reason="typo")
    clerk.close()
    lead = sign_in(path, "lead", keys)
    void_crossing(lead, saved[1], "entered twice")
    lead.close()


def head(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT max(seq) FROM audit_entry")).scalar_one())


def test_a_normal_day_is_signed_anchored_and_intact(db_path: Path,
                                                    keys: dict[str, UserSigner]) -> None:
    a_day_of_work(db_path, keys)
    with pytest.raises(WrongPassword):  # written, and signed, by whoever signs in next
        open_ledger(db_path, "clerk", "not-the-password")
    a_day_of_work(db_path, keys)  # signed in again the next shift

    checked, broken = verdict(db_path, "admin", keys)

    assert broken is None
    anchors = KeySlots.load(keyfile_path(db_path)).anchors
    assert {"clerk", "lead", "admin"} <= set(anchors)
    engine = make_engine(db_path, KeySlots.load(keyfile_path(db_path))
                         .unlock("admin", PASSWORDS["admin"]))
    try:
        with engine.connect() as connection:
            signers: dict[str, str] = dict(connection.execute(text(
                "SELECT action, signed_by FROM audit_entry WHERE action IN "
                "('create', 'correct', 'void', 'login_failed')")).all())
    finally:
        engine.dispose()
    # The failed sign-in is signed by the clerk who signed in next.
    assert signers == {"create": "clerk", "correct": "clerk", "void": "lead",
                       "login_failed": "clerk"}
    assert checked == head_of(db_path)


def head_of(path: Path) -> int:
    engine = make_engine(path, KeySlots.load(keyfile_path(path)).unlock("admin",
                                                                         PASSWORDS["admin"]))
    try:
        return head(engine)
    finally:
        engine.dispose()


def test_deleting_the_last_entries_is_named_by_an_anchor(
        db_path: Path, keys: dict[str, UserSigner], insider: Engine) -> None:
    a_day_of_work(db_path, keys)
    last = head(insider)
    with insider.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE seq > :keep"), {"keep": last - 2})

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None and broken.code == ErrorCode.AUDIT_TRUNCATED
    assert broken.seq == last and broken.params["user"] == "lead"
    assert f"audit entry {last}: missing, but lead's anchor" in str(broken)


def test_recomputing_the_chain_after_an_edit_breaks_the_signatures(
        db_path: Path, keys: dict[str, UserSigner], insider: Engine) -> None:
    a_day_of_work(db_path, keys)
    _recompute_after_edit(insider, "correct")

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None and broken.code == ErrorCode.AUDIT_BAD_SIGNATURE
    assert "is not signed by clerk" in str(broken)


def test_entries_signed_again_with_a_colleagues_own_key_are_named(
        db_path: Path, keys: dict[str, UserSigner], insider: Engine) -> None:
    """The clerk rewrites the lead's void and signs every recomputed entry with their own
    key: valid signatures, but not of the users who did those things."""
    a_day_of_work(db_path, keys)
    edited = _recompute_after_edit(insider, "void", resign=keys["clerk"])

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None and broken.code == ErrorCode.AUDIT_BAD_SIGNATURE
    assert broken.seq == edited and broken.params["user"] == "lead"


def test_stripping_the_signatures_is_a_break(db_path: Path, keys: dict[str, UserSigner],
                                             insider: Engine) -> None:
    a_day_of_work(db_path, keys)
    with insider.begin() as connection:
        first_void = connection.execute(text(
            "SELECT seq FROM audit_entry WHERE action = 'void'")).scalar_one()
        connection.execute(text("UPDATE audit_entry SET signed_by = NULL, signature = NULL "
                                "WHERE seq >= :seq"), {"seq": first_void})

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None and broken.code == ErrorCode.AUDIT_NOT_SIGNED
    assert broken.seq == first_void


def test_an_edited_anchor_is_reported(db_path: Path, keys: dict[str, UserSigner]) -> None:
    a_day_of_work(db_path, keys)
    with KeySlots.changing(keyfile_path(db_path)) as slots:
        slots.anchors["lead"]["seq"] -= 2  # moved back to hide what came after it

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None and broken.code == ErrorCode.AUDIT_ANCHOR_FORGED
    assert str(broken) == ("lead's audit anchor in the key file does not verify (the key "
                           "file was edited)")


def test_a_wipe_is_caught_and_the_evidence_outlives_later_sign_ins(
        db_path: Path, keys: dict[str, UserSigner], insider: Engine) -> None:
    a_day_of_work(db_path, keys)
    anchored = json.loads(keyfile_path(db_path).read_text())["anchors"]["clerk"]
    with insider.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry"))
    # Everyone goes on working and signing out: nobody's anchor moves past the missing entries.
    a_day_of_work(db_path, keys)

    _, broken = verdict(db_path, "admin", keys)

    assert broken is not None
    assert broken.code in (ErrorCode.AUDIT_TRUNCATED, ErrorCode.AUDIT_REWRITTEN)
    assert json.loads(keyfile_path(db_path).read_text())["anchors"]["clerk"] == anchored


def test_anchors_follow_writes_at_most_once_a_minute(db_path: Path,
                                                     keys: dict[str, UserSigner]) -> None:
    clerk = sign_in(db_path, "clerk", keys)
    try:
        record_household(clerk, [person()], crossed_at=AT)
        first = KeySlots.load(keyfile_path(db_path)).anchors["clerk"]
        record_household(clerk, [person()], crossed_at=AT)
        assert KeySlots.load(keyfile_path(db_path)).anchors["clerk"] == first  # not every save
        moved = leave_anchor(clerk)  # what closing, locking or the next minute does
        assert moved is not None and moved.seq == first["seq"] + 1
    finally:
        clerk.close()


def _recompute_after_edit(engine: Engine, action: str, *,
                          resign: UserSigner | None = None) -> int:
    """Edit the first ``action`` entry and recompute every hash from it on; returns its seq."""
    with engine.begin() as connection:
        rows = connection.execute(text(
            "SELECT seq, at, actor, action, target, details, prev_hash FROM audit_entry "
            "ORDER BY seq")).all()
        edited = next(row.seq for row in rows if row.action == action)
        prev_hash = next(row.prev_hash for row in rows if row.seq == edited)
        for row in rows:
            if row.seq < edited:
                continue
            details = '{"forged":true}' if row.seq == edited else row.details
            at = datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
            hashed = entry_hash(prev_hash, row.seq, at, row.actor, row.action, row.target,
                                details)
            values = {"seq": row.seq, "details": details, "prev": prev_hash, "hash": hashed,
                      "by": resign.username if resign else None,
                      "signature": resign.sign(entry_signature_message(hashed))
                      if resign else None}
            connection.execute(text(
                "UPDATE audit_entry SET details = :details, prev_hash = :prev, hash = :hash"
                + (", signed_by = :by, signature = :signature" if resign else "")
                + " WHERE seq = :seq"), values)
            prev_hash = hashed
    return edited
