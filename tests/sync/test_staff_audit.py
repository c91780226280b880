"""Reading HQ's own audit (issue 10): newest first, narrowed by who, what and day, paged; its
chain checked cheaply from a verified-through point on each read, and whole on demand and by
``controlroom verify-audit``, which nothing stored in the database can talk round. On the real
server, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, update
from sqlmodel import col

from sync.server.cli import main
from sync.server.database import make_engine, reading, transaction
from sync.server.models import Setting, StaffAuditEntry, StaffSignInCount
from sync.server.staff import audit
from tests.support.controlroom import ControlRoom

DAY_ONE = datetime(2025, 4, 7, 9, 30, tzinfo=UTC)


@pytest.fixture
def engine(controlroom: ControlRoom) -> Iterator[Engine]:
    made = make_engine(controlroom.db_url)
    yield made
    made.dispose()


def _page(hq: ControlRoom, **params: Any) -> dict[str, Any]:
    answer = requests.get(hq.url("/control/audit"), headers=hq.staff_headers("supervisor"),
                          params=params, timeout=30)
    assert answer.status_code == 200, answer.text
    page: dict[str, Any] = answer.json()
    return page


def _edit(engine: Engine, seq: int, **values: Any) -> None:
    """What someone holding the database's password can do behind HQ's back."""
    with transaction(engine) as session:
        session.execute(update(StaffAuditEntry).where(col(StaffAuditEntry.seq) == seq)
                        .values(**values))


def _point(engine: Engine) -> str:
    with reading(engine) as session:
        row = session.get(Setting, audit.VERIFIED_THROUGH)
        return row.value if row else ""


def test_the_audit_reads_newest_first_narrowed_by_actor_action_and_day(
        controlroom: ControlRoom, engine: Engine) -> None:
    controlroom.staff_headers("supervisor")  # its own sign-in entries come first
    with transaction(engine) as session:
        for n in range(5):
            audit.append(session, "amina.r", "complaint_status", f"complaint-{n}",
                         DAY_ONE + timedelta(hours=n), status="resolved")
        audit.append(session, "omar.k", "contact_revealed", "complaint-9",
                     DAY_ONE + timedelta(days=1))

    first = _page(controlroom, newest="true", limit=2, actor="amina.r")
    second = _page(controlroom, newest="true", limit=2, actor="amina.r",
                   before=first["next_before"])
    last = _page(controlroom, newest="true", limit=2, actor="amina.r",
                 before=second["next_before"])
    by_action = _page(controlroom, newest="true", action="contact_revealed")
    by_day = _page(controlroom, newest="true", day="2025-04-08")
    bad_day = requests.get(controlroom.url("/control/audit"), params={"day": "8 April"},
                           headers=controlroom.staff_headers("supervisor"), timeout=10)

    def targets(page: dict[str, Any]) -> list[str]:
        return [entry["target"] for entry in page["entries"]]
    assert targets(first) + targets(second) + targets(last) == [
        "complaint-4", "complaint-3", "complaint-2", "complaint-1", "complaint-0"]
    assert last["next_before"] is None
    assert [(e["actor"], e["target"]) for e in by_action["entries"]] == [
        ("omar.k", "complaint-9")]
    assert targets(by_day) == ["complaint-9"]
    assert bad_day.status_code == 400 and "day" in bad_day.json()["detail"]


def test_each_read_checks_only_what_is_new_and_finds_a_break_there(
        controlroom: ControlRoom, engine: Engine) -> None:
    first = _page(controlroom)
    through = _point(engine)
    with transaction(engine) as session:
        added = audit.append(session, "amina.r", "complaint_status", "complaint-1")
    _edit(engine, added.seq, target="complaint-2")
    broken = _page(controlroom)

    assert (first["chain_intact"], first["chain_checked_whole"]) == (True, True)
    last = first["entries"][-1]
    assert through == f"{last['seq']} {last['hash']}"
    # The next read walked only the new entry, found it edited, and left the point alone.
    assert (broken["chain_intact"], broken["first_bad_seq"]) == (False, added.seq)
    assert broken["chain_checked_whole"] is False
    assert _point(engine) == through


def test_an_insider_cannot_hide_a_break_from_the_whole_check(
        controlroom: ControlRoom, engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    _page(controlroom)  # the reads have checked every entry so far
    with transaction(engine) as session:
        for n in range(3):
            audit.append(session, "amina.r", "complaint_status", f"complaint-{n}")
    seen = _page(controlroom)["entries"]
    edited, last = seen[-3], seen[-1]

    # An old entry edited, and the verified point moved to the end: reads stay quick...
    _edit(engine, edited["seq"], target="someone-else")
    with transaction(engine) as session:
        row = session.get(Setting, audit.VERIFIED_THROUGH)
        assert row is not None
        row.value = f"{last['seq']} {last['hash']}"
    quick = _page(controlroom)
    whole = _page(controlroom, full_check="true")
    exit_code = main(["verify-audit", "--db", controlroom.db_url])
    said = capsys.readouterr()
    # ...and an edit of the entry the point rests on sends reads back to the whole chain.
    _edit(engine, last["seq"], actor="someone-else")
    after_point_edit = _page(controlroom)

    assert quick["chain_intact"] is True and quick["chain_checked_whole"] is False
    assert (whole["chain_intact"], whole["first_bad_seq"]) == (False, edited["seq"])
    assert exit_code == 1
    assert said.err.strip() == (
        f"HQ's staff audit chain is broken at entry {edited['seq']}: it was edited, removed "
        "or put out of order after it was written.")
    assert (after_point_edit["chain_intact"], after_point_edit["first_bad_seq"],
            after_point_edit["chain_checked_whole"]) == (False, edited["seq"], True)


def test_verify_audit_says_an_intact_chain_is_intact(
        controlroom: ControlRoom, capsys: pytest.CaptureFixture[str]) -> None:
    controlroom.staff_headers("viewer")

    exit_code = main(["verify-audit", "--db", controlroom.db_url])

    assert (exit_code, capsys.readouterr().out) == (0, "HQ's staff audit chain is intact.\n")


def test_sign_in_counts_older_than_the_window_are_swept_at_the_next_sign_in(
        controlroom: ControlRoom, engine: Engine) -> None:
    window = timedelta(minutes=controlroom.settings.staff_sign_in_window_minutes)
    now = datetime.now(UTC)
    with transaction(engine) as session:
        session.add(StaffSignInCount(key="a" * 64, attempts=3, last_at=now - window * 2))
        session.add(StaffSignInCount(key="b" * 64, attempts=1, last_at=now))

    controlroom.staff_headers("viewer")  # a sign-in

    with reading(engine) as session:
        assert session.get(StaffSignInCount, "a" * 64) is None
        assert session.get(StaffSignInCount, "b" * 64) is not None
