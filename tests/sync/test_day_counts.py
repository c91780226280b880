"""HQ keeps the national tally's sums per checkpoint and day as crossings arrive and change
(``sync.server.daycounts``): a month's tally reads them instead of millions of rows."""

from __future__ import annotations

from datetime import timedelta

from sync.server.database import make_engine
from tests.support.controlroom import ControlRoom
from tests.support.daycounts import kept, recomputed
from tests.sync.payloads import (
    DAY,
    batch,
    crossing,
    national_tally,
    new_uuid,
    post_batch,
    record,
    statuses,
)


def test_the_sums_follow_new_records_moved_days_and_voids(controlroom: ControlRoom) -> None:
    torkham, chaman = controlroom.enroll("TORKHAM"), controlroom.enroll("CHAMAN")
    family, pair = new_uuid(), new_uuid()
    first = crossing("TORKHAM", household=family, age=40)
    family_rest = [crossing("TORKHAM", household=family, sex="F", age=None,
                            birth_date=DAY - timedelta(days=3000), documents=[]),
                   crossing("TORKHAM", household=family, age=12, vulnerabilities=["disability"])]
    couple = [crossing("TORKHAM", day=DAY + timedelta(days=1), household=pair),
              crossing("TORKHAM", day=DAY + timedelta(days=1), household=pair, sex="F")]
    alone = crossing("TORKHAM", voided=True)
    elsewhere = crossing("CHAMAN", province="PK-BA")
    assert statuses(post_batch(controlroom, torkham, batch(torkham, [
        record(c) for c in [first, *family_rest, *couple, alone]]))) == ["accepted"] * 6
    statuses(post_batch(controlroom, chaman, batch(chaman, [record(elsewhere)])))
    engine = make_engine(controlroom.db_url)
    try:
        assert kept(engine) == recomputed(engine)
        before = national_tally(controlroom, DAY, DAY + timedelta(days=1))
        assert (before["total"], before["households"], before["by_checkpoint"]) == (
            6, 3, {"CHAMAN": 1, "TORKHAM": 5})

        # The family's first crossing was on the day before; the couple was entered twice
        # and voided; the one voided alone is restored.
        moved = {**first, "local_day": (DAY - timedelta(days=1)).isoformat()}
        voided = [{**c, "voided": True, "void_reason": "entered twice"} for c in couple]
        restored = {**alone, "voided": False, "void_reason": ""}
        assert statuses(post_batch(controlroom, torkham, batch(torkham, [
            record(c, revision=2) for c in [moved, *voided, restored]]))) == ["accepted"] * 4

        assert kept(engine) == recomputed(engine)
    finally:
        engine.dispose()
    day_before = national_tally(controlroom, DAY - timedelta(days=1))
    on_the_day = national_tally(controlroom, DAY, checkpoint="TORKHAM")
    next_day = national_tally(controlroom, DAY + timedelta(days=1))
    everything = national_tally(controlroom, DAY - timedelta(days=1), DAY + timedelta(days=1))
    # The family counts once, on its first day; the restored one is a household of its own.
    assert (day_before["total"], day_before["households"]) == (1, 1)
    assert (on_the_day["total"], on_the_day["households"]) == (3, 1)
    assert (next_day["total"], next_day["households"]) == (0, 0)
    assert (everything["total"], everything["households"], everything["by_checkpoint"]) == (
        5, 3, {"CHAMAN": 1, "TORKHAM": 4})
    assert everything["by_vulnerability"] == {"disability": 1}
