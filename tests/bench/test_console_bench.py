"""The console benchmark's code at a tiny scale: the HQ it builds reads as HQ's own data (the
tally counts what the builder made), the service calls and the pages are timed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from bench.console_bench import page_figures, service_figures
from bench.console_data import Scale, build, departures
from sync.server.database import make_engine, reading
from sync.server.models import Complaint, Crossing, Device
from sync.server.staff import desk
from sync.server.staff.roles import StaffActor, StaffRole

TINY = Scale(crossings=2_000, days=20, devices=12, pool_days=1, pool_per_day=150)
OFFICER = StaffActor("officer1", StaffRole.COMPLAINTS)


def test_the_benchmark_database_reads_as_hq_and_times_the_pages_calls(hq_db_url: str,
                                                                      tmp_path: Path) -> None:
    built = build(hq_db_url, TINY, datetime.now(UTC), tmp_path, progress=lambda _: None)
    engine = make_engine(hq_db_url)
    try:
        with reading(engine) as session:
            # Every row reads back through HQ's models (days, flags, times as it stores them).
            crossings = session.execute(select(Crossing)).scalars().all()
            tally = desk.national_tally(session, OFFICER, built.first_day, built.last_day)
            queue = desk.complaints_queue(session, OFFICER)
            first = queue.complaints[0]
            devices = desk.device_health(session, OFFICER)
            complaints = session.execute(select(func.count()).select_from(Complaint)).scalar()
            held = session.execute(select(func.sum(Device.records_held))).scalar()
    finally:
        engine.dispose()

    living = len(crossings) - built.voided
    assert (len(crossings), built.crossings, tally["total"], held) == (
        2_000, 2_000, living, living)
    assert departures(built, built.first_day, built.last_day) == living
    assert {c.local_day for c in crossings} <= {built.first_day, *built.per_day}
    assert set(tally["by_checkpoint"]) == {"TORKHAM", "CHAMAN", "GHULAM_KHAN", "ANGOOR_ADDA",
                                           "KHARLACHI", "BADINI", "BARABCHA", "NOOR_WAHAB"}
    assert tally["households"] == built.households
    assert complaints == built.complaints == 80
    assert first.urgency == "urgent"
    assert len(devices) == built.devices == 12
    assert any(d.audit_status == "broken" for d in devices)

    figures = service_figures(hq_db_url, built, cold_repeats=1, warm_repeats=1)
    for name in ("national_tally_month", "national_tally_month_torkham",
                 "complaints_queue_first_page", "devices_list"):
        assert figures[name]["warm_ms"] > 0 and figures[name]["baseline_warm_ms"] > 0, name
        assert figures[name]["ratio_warm"] > 0, name


def test_the_pages_are_timed_through_the_real_server_signed_in(hq_db_url: str,
                                                               tmp_path: Path) -> None:
    built = build(hq_db_url, TINY, datetime.now(UTC), tmp_path, progress=lambda _: None)

    figures = page_figures(hq_db_url, built, tmp_path, cold_repeats=1, warm_repeats=1)

    assert figures["health_get_ms"] > 0
    picture = figures["national_picture"]
    assert (picture["path"], picture["query"]) == ("/", {
        "from": built.first_day.isoformat(), "to": built.last_day.isoformat()})  # 20 days
    assert picture["warm_ms"] > 0 and picture["cold_ms"] > 0 and picture["target_ms"] == 300
    for name in ("national_picture_torkham", "complaints_queue", "devices"):
        assert figures[name]["warm_ms"] > 0 and figures[name]["cold_ms"] > 0, name
    assert figures["complaints_queue"]["target_ms"] == 200
