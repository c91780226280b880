"""``checkpoint-admin`` checks who may act before it does anything that cannot be undone, and
holds a user who must change their password to that change (issue 9 item 14)."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from checkpoint.demo_site import make_demo_site
from checkpoint.entries import PersonEntry
from checkpoint.ledger import open_ledger
from checkpoint.models import Crossing
from checkpoint.records import record_household
from checkpoint_admin.main import main
from sync.server.database import make_engine
from sync.server.models import Device, EnrollmentCode
from tests.support.controlroom import ControlRoom
from tests.support.sites import ADMIN_PASSWORD, PASSWORDS, Site

ENV = ("CHECKPOINT_DB", "CHECKPOINT_USER", "CHECKPOINT_PASSWORD", "CHECKPOINT_NEW_PASSWORD")
DEMO = ("demo-data", "--from", "2025-04-01", "--days", "1", "--per-day", "5")


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        site: Site):
    """``checkpoint-admin`` in this process, on ``site``, as a named user."""

    def run(*argv: str, user: str, password: str | None = None,
            new_password: str | None = None) -> Outcome:
        values = (str(site.path), user, password or site.passwords.get(user), new_password)
        for key, value in zip(ENV, values, strict=True):
            if value is None:
                monkeypatch.delenv(key, raising=False)
            else:
                monkeypatch.setenv(key, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to prompt on
        capsys.readouterr()
        status = main(list(argv))
        out, err = capsys.readouterr()
        return Outcome(status, out, err)

    return run


def one_sentence(done: Outcome) -> str:
    assert done.status == 1, done
    assert "Traceback" not in done.err and len(done.err.strip().splitlines()) == 1, done.err
    return done.err


def crossings(site: Site) -> int:
    ledger = open_ledger(site.path, "admin", ADMIN_PASSWORD)
    try:
        with ledger.reading() as session:
            return session.execute(select(func.count()).select_from(Crossing)).scalar_one()
    finally:
        ledger.close()


# -- enroll ---------------------------------------------------------------------------------

def hq_devices_and_used_codes(hq: ControlRoom) -> tuple[int, int]:
    engine = make_engine(hq.db_url)
    try:
        with Session(engine) as session:
            devices = session.execute(select(func.count()).select_from(Device)).scalar_one()
            used = session.execute(select(func.count()).select_from(EnrollmentCode).where(
                EnrollmentCode.used_at.is_not(None))).scalar_one()  # type: ignore[union-attr]
    finally:
        engine.dispose()
    return devices, used


def test_a_clerks_enroll_is_refused_before_hq_is_asked_and_the_code_stays_good(
        cli, controlroom: ControlRoom) -> None:
    code = controlroom.enrollment_code()

    refused = cli("enroll", "--hq", controlroom.base_url, "--code", code, user="clerk")
    assert "may not enroll" in one_sentence(refused)
    assert hq_devices_and_used_codes(controlroom) == (0, 0)  # HQ never saw the code

    done = cli("enroll", "--hq", controlroom.base_url, "--code", code, user="admin")
    assert done.status == 0, done
    assert hq_devices_and_used_codes(controlroom) == (1, 1)


# -- demo-data ------------------------------------------------------------------------------

def test_demo_data_is_for_an_it_admin(cli, site: Site) -> None:
    for user in ("clerk", "lead"):
        assert "may not add demo data" in one_sentence(cli(*DEMO, user=user))
    assert crossings(site) == 0
    assert cli(*DEMO, user="admin").status == 0
    assert crossings(site) == 5
    assert cli(*DEMO, user="admin").status == 0  # more demo records into a demo database
    assert crossings(site) == 10


def test_demo_data_is_refused_on_a_database_with_real_records(cli, site: Site) -> None:
    clerk = open_ledger(site.path, "clerk", PASSWORDS["clerk"])
    try:
        record_household(clerk, [PersonEntry(full_name="Real Person", sex="M",
                                             origin_province="PK-KP", age_years=30)])
    finally:
        clerk.close()
    refused = cli(*DEMO, user="admin")
    assert "holds records that demo-data did not make" in one_sentence(refused)
    assert crossings(site) == 1


def test_demo_data_is_refused_on_an_enrolled_database(cli, site: Site,
                                                      controlroom: ControlRoom) -> None:
    code = controlroom.enrollment_code()
    assert cli("enroll", "--hq", controlroom.base_url, "--code", code, user="admin").status == 0
    refused = cli(*DEMO, user="admin")
    assert "enrolled with HQ" in one_sentence(refused)
    assert crossings(site) == 0


def test_the_demo_site_of_checkpoint_demo_still_fills_itself(tmp_path: Path) -> None:
    passwords = make_demo_site(tmp_path / "demo.db")
    ledger = open_ledger(tmp_path / "demo.db", "admin", passwords["admin"])
    try:
        with ledger.reading() as session:
            assert session.execute(select(func.count()).select_from(Crossing)).scalar_one() > 0
    finally:
        ledger.close()


# -- must change password -------------------------------------------------------------------

def test_a_user_who_must_change_their_password_can_only_change_it(cli, site: Site) -> None:
    first, chosen = "first-password-1", "chosen-password-1"
    added = cli("user", "add", "newclerk", "--role", "clerk", user="admin", new_password=first)
    assert added.status == 0, added

    for argv in (("tally", "--from", "2025-04-01"), ("verify-audit",), ("sync-status",),
                 ("user", "list")):
        refused = cli(*argv, user="newclerk", password=first)
        assert "must choose a new password first" in one_sentence(refused)
        assert "checkpoint-admin password" in refused.err

    same = cli("password", user="newclerk", password=first, new_password=first)
    assert "password" in one_sentence(same)  # the first password is not a change
    changed = cli("password", user="newclerk", password=first, new_password=chosen)
    assert changed.status == 0, changed

    assert cli("verify-audit", user="newclerk", password=first).status == 1  # old one is gone
    done = cli("verify-audit", user="newclerk", password=chosen)
    assert done.status == 0, done


def test_password_asks_for_the_new_one_when_no_variable_gives_it(cli) -> None:
    refused = cli("password", user="clerk")
    assert "CHECKPOINT_NEW_PASSWORD" in one_sentence(refused)


def test_a_day_is_closed_only_after_the_password_is_changed(cli, site: Site) -> None:
    reset = cli("user", "reset-password", "lead", user="admin", new_password="temporary-pw-1")
    assert reset.status == 0, reset
    refused = cli("close-day", "2025-04-01", user="lead", password="temporary-pw-1")
    assert "must choose a new password first" in one_sentence(refused)
    # Nothing was closed: closing the same day after the change succeeds.
    assert cli("password", user="lead", password="temporary-pw-1",
               new_password="lead-new-pass-1").status == 0
    assert cli("close-day", "2025-04-01", user="lead", password="lead-new-pass-1").status == 0
