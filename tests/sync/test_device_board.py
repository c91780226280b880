"""The devices page's view (issue 10): last contact, the silent rule, revoked devices, audit
problems in words, and devices grouped by checkpoint with their close-outs."""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests

from sync.server import service
from sync.server.database import make_engine, reading, transaction
from sync.server.errors import Forbidden
from sync.server.ingest import utc_now
from sync.server.settings import Settings
from sync.server.staff.device_board import Attention, DeviceBoard, DeviceState, device_board
from sync.server.staff.roles import StaffActor, StaffRole
from tests.support.controlroom import ControlRoom
from tests.sync.payloads import (
    DAY,
    audit_entries,
    batch,
    closeout,
    crossing,
    post_batch,
    record,
    statuses,
)

VIEWER = StaffActor("night-viewer", StaffRole.VIEWER)
DAY_AND_A_BIT = timedelta(hours=24)


def _board(hq: ControlRoom, *, later: timedelta = timedelta(0),
           silent_after: timedelta = DAY_AND_A_BIT, checkpoint: str | None = None,
           actor: StaffActor = VIEWER) -> DeviceBoard:
    engine = make_engine(hq.db_url)
    try:
        with reading(engine) as session:
            return device_board(session, actor, silent_after, checkpoint,
                                now=utc_now() + later)
    finally:
        engine.dispose()


def _updates(hq: ControlRoom, headers: dict[str, str]) -> None:
    requests.get(hq.url("/updates"), headers=headers, timeout=10).raise_for_status()


def _states(board: DeviceBoard) -> dict[str, DeviceState]:
    return {row.health.device_id: row.state for row in board.devices}


def test_a_device_is_silent_once_unheard_from_past_the_threshold(
        controlroom: ControlRoom) -> None:
    sender, poller, mute = (controlroom.enroll() for _ in range(3))
    statuses(post_batch(controlroom, sender, batch(sender, [record(crossing())])))
    _updates(controlroom, poller.headers)  # nothing to send: only asks for updates

    now = _board(controlroom)
    rows = {row.health.device_id: row for row in now.devices}
    assert rows[sender.device_id].health.last_contact_at is not None
    # A laptop with nothing to send is still in contact: fetching updates counts.
    assert rows[poller.device_id].health.last_contact_at is not None
    assert rows[poller.device_id].health.last_batch_at is None
    assert rows[mute.device_id].health.last_contact_at is None
    assert set(_states(now).values()) == {DeviceState.IN_CONTACT} and not now.silent

    assert not _board(controlroom, later=timedelta(hours=23)).silent
    a_day_on = _board(controlroom, later=timedelta(hours=25))
    assert set(_states(a_day_on).values()) == {DeviceState.SILENT}
    # Longest silent first: the one never heard from counts from its enrollment.
    assert a_day_on.silent[0].health.device_id == mute.device_id
    assert all(row.attention is Attention.FLAG for row in a_day_on.silent)
    # The threshold is the caller's (the setting): six hours makes them silent sooner.
    assert len(_board(controlroom, later=timedelta(hours=7),
                      silent_after=timedelta(hours=6)).silent) == 3


def test_the_silent_threshold_is_a_setting_of_24_hours_by_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTROLROOM_SILENT_HOURS", raising=False)
    assert Settings().silent_hours == 24
    monkeypatch.setenv("CONTROLROOM_SILENT_HOURS", "6")
    assert Settings().silent_hours == 6
    monkeypatch.setenv("CONTROLROOM_SILENT_HOURS", "0")
    with pytest.raises(ValueError, match="silent_hours"):
        Settings()


def test_a_revoked_device_is_shown_revoked_never_silent(controlroom: ControlRoom) -> None:
    lost = controlroom.enroll()
    engine = make_engine(controlroom.db_url)
    with transaction(engine) as session:
        service.revoke(session, lost.device_id)
    engine.dispose()

    for later in (timedelta(0), timedelta(days=30)):
        board = _board(controlroom, later=later)
        (row,) = board.devices
        assert row.state is DeviceState.REVOKED and row.health.revoked_at is not None
        assert not board.silent and board.groups[0].revoked == 1
        assert board.groups[0].working == 0


def test_devices_are_grouped_by_checkpoint_with_its_close_outs_and_summary(
        controlroom: ControlRoom) -> None:
    torkham_a, torkham_b = controlroom.enroll("TORKHAM"), controlroom.enroll("TORKHAM")
    chaman = controlroom.enroll("CHAMAN")
    # Torkham's day: 2 crossings held, the close-out says 2 — reconciled.
    statuses(post_batch(controlroom, torkham_a, batch(torkham_a, [
        record(crossing()), record(crossing()),
        record(closeout("TORKHAM", DAY, 2), kind="closeout")])))
    # Chaman's close-out says 3 but HQ holds 1: one missing, shown on the checkpoint.
    statuses(post_batch(controlroom, chaman, batch(chaman, [
        record(crossing("CHAMAN")), record(closeout("CHAMAN", DAY, 3), kind="closeout")])))

    board = _board(controlroom, later=timedelta(hours=25))
    assert [group.checkpoint for group in board.groups] == ["CHAMAN", "TORKHAM"]
    chaman_group, torkham_group = board.groups
    assert {row.health.device_id for row in torkham_group.devices} == {
        torkham_a.device_id, torkham_b.device_id}
    assert torkham_group.records_held == 3 and torkham_group.working == 2
    assert torkham_group.reconciled == 1 and not torkham_group.unreconciled
    assert torkham_group.last_contact_at == next(
        row.health.last_contact_at for row in torkham_group.devices
        if row.health.device_id == torkham_a.device_id)
    (short,) = chaman_group.unreconciled
    assert (short.day, short.frozen_total, short.held, short.missing) == (DAY, 3, 1, 2)
    assert chaman_group.attention is Attention.FLAG

    only = _board(controlroom, checkpoint="TORKHAM")
    assert [group.checkpoint for group in only.groups] == ["TORKHAM"]
    assert _board(controlroom, checkpoint="NOWHERE").groups == []


def test_audit_problems_are_put_in_plain_words(controlroom: ControlRoom) -> None:
    whole, gapped, edited = (controlroom.enroll() for _ in range(3))
    chain = audit_entries(1, 4)
    statuses(post_batch(controlroom, whole, batch(whole, [], chain)))
    statuses(post_batch(controlroom, gapped, batch(gapped, [], chain[:1] + chain[3:])))
    statuses(post_batch(controlroom, edited, batch(edited, [], chain)))
    tampered = [dict(chain[1], details='{"changed": true}')]
    statuses(post_batch(controlroom, edited, batch(edited, [], tampered)))

    rows = {row.health.device_id: row for row in _board(controlroom).devices}
    assert (rows[whole.device_id].audit.headline, rows[whole.device_id].audit.attention,
            rows[whole.device_id].audit.held_through) == ("complete", Attention.OK, 4)
    gap = rows[gapped.device_id].audit
    assert (gap.headline, gap.attention) == ("entries not received yet", Attention.WARN)
    assert gap.problem == "audit entries 2–3 are missing"
    changed = rows[edited.device_id].audit
    assert changed.attention is Attention.FLAG
    assert changed.headline == "entries were sent again with other contents"
    assert len(_board(controlroom).audit_problems) == 2


def test_a_user_who_must_change_the_password_sees_no_devices(controlroom: ControlRoom) -> None:
    controlroom.enroll()
    first_day = StaffActor("new-viewer", StaffRole.VIEWER, must_change_password=True)

    with pytest.raises(Forbidden, match="Change your password first"):
        _board(controlroom, actor=first_day)
