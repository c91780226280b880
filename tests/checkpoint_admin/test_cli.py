"""``checkpoint-admin`` as IT officers and scripts use it (DESIGN §7).

Most runs call ``checkpoint_admin.main.main`` in-process (environment set with ``monkeypatch``,
output read with ``capsys``); a few run the installed console script as a real process to show
the exit status and a stderr without a traceback. Tally numbers are checked against a count made
here with plain SQL over the crossings and document checks, not through the tally code.

One demo database is shared by the module (every sign-in costs an Argon2id derivation). Tests
that add records use days of their own, outside the demo days, or a copy of the database.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from checkpoint import closeout, sheet
from checkpoint import tally as tallies
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.keyslots import keyfile_path
from checkpoint.ledger import Ledger, open_ledger
from checkpoint.records import correct_crossing, get_crossing, record_household, void_crossing
from checkpoint_admin.main import main
from contract.sheetwords import SheetLabels
from tests.support.pdf_words import pdf_text
from tests.support.sites import ADMIN_PASSWORD, FIRST_PASSWORD, PASSWORDS
from ui.sheet_pdf import write_sheet_pdf

ENV_KEYS = ("CHECKPOINT_DB", "CHECKPOINT_USER", "CHECKPOINT_PASSWORD", "CHECKPOINT_NEW_PASSWORD")
DEMO_FROM, DEMO_TO = "2025-04-01", "2025-04-03"
DEMO_PEOPLE = 120  # --days 3 --per-day 40
TALLY_KEYS = ["checkpoint", "from", "to", "total", "households", "by_origin_province",
              "by_document_type", "by_check_result", "by_sex", "by_age_band", "by_return_type",
              "by_vulnerability", "by_warning_overridden"]
AGE_BANDS = ["0-17", "18-59", "60+", "unknown"]
# Days the tests below record on, apart from the demo days and from each other.
NAMES_DAY = datetime(2025, 5, 1, 7, tzinfo=UTC)
PRIVACY_DAY = datetime(2025, 5, 2, 7, tzinfo=UTC)
CLOSED_DAY = date(2025, 4, 20)

MRZ_SPECIMEN = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n")
MRZ_SPECIMEN_JSON = {
    "format": "TD3", "valid": True, "document_code": "P", "issuing_country": "UTO",
    "document_number": "L898902C3", "primary_name": "ERIKSSON", "secondary_name": "ANNA MARIA",
    "nationality": "UTO", "birth_date": "1974-08-12", "sex": "F", "expiry_date": "2012-04-15",
    "optional_data": "ZE184226B",
    "checks": {"document_number": True, "birth_date": True, "expiry_date": True,
               "optional_data": True, "composite": True},
}


# -- running the command ----------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """What one run of the command left behind."""

    status: int
    out: str
    err: str


class AdminCommand:
    """``checkpoint-admin`` run in-process, with its environment and output under test control."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, *argv: str, db: Path | None = None, user: str | None = None,
                 password: str | None = None, new_password: str | None = None,
                 stdin: str | None = None) -> Outcome:
        """Run one subcommand with exactly these CHECKPOINT_* variables set."""
        wanted = dict(zip(ENV_KEYS, (db and str(db), user, password, new_password), strict=True))
        for key, value in wanted.items():
            if value is None:
                self.monkeypatch.delenv(key, raising=False)
            else:
                self.monkeypatch.setenv(key, value)
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        status = main(list(argv))
        out, err = self.capsys.readouterr()
        return Outcome(status, out, err)


@pytest.fixture
def admin_cmd(monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> AdminCommand:
    """Run ``checkpoint-admin`` in this process."""
    return AdminCommand(monkeypatch, capsys)


def console_script() -> list[str]:
    """The installed ``checkpoint-admin`` of this interpreter's environment."""
    beside = Path(sys.executable).with_name("checkpoint-admin")
    found = str(beside) if beside.exists() else shutil.which("checkpoint-admin")
    return [found] if found else [sys.executable, "-m", "checkpoint_admin"]


def run_process(*argv: str, env: dict[str, str], stdin: str = "") -> Outcome:
    """Run the console script as a real process."""
    clean = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    done = subprocess.run([*console_script(), *argv], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env={**clean, **env}, timeout=60)
    return Outcome(done.returncode, done.stdout, done.stderr)


def assert_plain_failure(outcome: Outcome) -> None:
    """Exit 1 with one plain sentence on stderr: no traceback, nothing on stdout."""
    assert outcome.status == 1, outcome
    assert "Traceback" not in outcome.err
    assert outcome.err.startswith("checkpoint-admin: ")
    assert len(outcome.err.strip().splitlines()) == 1
    assert outcome.out == ""


# -- the shared database ----------------------------------------------------------------------

@dataclass(frozen=True)
class Site:
    """The module's database: Torkham, an IT admin, a shift lead, a clerk and three demo days."""

    db: Path


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Built through the command itself: init, user add, demo-data."""
    db = tmp_path_factory.mktemp("site") / "checkpoint.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHECKPOINT_DB", str(db))
        mp.setenv("CHECKPOINT_PASSWORD", ADMIN_PASSWORD)
        assert main(["init", "--checkpoint", "TORKHAM", "--admin", "admin"]) == 0
        mp.setenv("CHECKPOINT_USER", "admin")
        for name, role in (("lead", "shift_lead"), ("clerk", "clerk")):
            mp.setenv("CHECKPOINT_NEW_PASSWORD", FIRST_PASSWORD)
            assert main(["user", "add", name, "--role", role]) == 0
        for name in ("lead", "clerk"):  # each chooses their own before anything else
            mp.setenv("CHECKPOINT_USER", name)
            mp.setenv("CHECKPOINT_PASSWORD", FIRST_PASSWORD)
            mp.setenv("CHECKPOINT_NEW_PASSWORD", PASSWORDS[name])
            assert main(["password"]) == 0
        mp.setenv("CHECKPOINT_USER", "admin")
        mp.setenv("CHECKPOINT_PASSWORD", ADMIN_PASSWORD)
        assert main(["demo-data", "--from", DEMO_FROM, "--days", "3", "--per-day", "40"]) == 0
    return Site(db)


@pytest.fixture
def signed_in(site: Site) -> Iterator[Callable[[str], Ledger]]:
    """Open the shared database through the core as a named user; closed after the test."""
    opened: list[Ledger] = []

    def open_as(name: str) -> Ledger:
        ledger = open_ledger(site.db, name, PASSWORDS[name])
        opened.append(ledger)
        return ledger

    yield open_as
    for ledger in opened:
        ledger.close()


# -- an independent count ---------------------------------------------------------------------

def _age_band(age_years: int | None, birth_date: str | None, day: str) -> str:
    if age_years is None and birth_date:
        born, on = date.fromisoformat(birth_date), date.fromisoformat(day)
        age_years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    if age_years is None:
        return "unknown"
    return "0-17" if age_years < 18 else "18-59" if age_years < 60 else "60+"


def person_counts(person: dict[str, Any], checks: list[tuple[str, str | None]]) -> Counter:
    """What one not-voided person adds to the tally, as (section, value) -> n."""
    found: Counter[tuple[str, str]] = Counter()
    found["total", ""] += 1
    found["by_origin_province", person["origin_province"]] += 1
    found["by_sex", person["sex"] or "unknown"] += 1
    found["by_age_band", _age_band(person["age_years"], person["birth_date"],
                                   person["local_day"])] += 1
    for kind in {kind for kind, _ in checks} or {"none"}:
        found["by_document_type", kind] += 1
    for _, result in checks:
        if result:
            found["by_check_result", result] += 1
    if person["return_type"]:
        found["by_return_type", person["return_type"]] += 1
    for flag in filter(None, person["vulnerabilities"].split(",")):
        found["by_vulnerability", flag] += 1
    return found


def read_people(ledger: Ledger, start: str, end: str) -> tuple[list[dict[str, Any]],
                                                                dict[str, list]]:
    """Not-voided crossings of the range and every crossing's checks, read with plain SQL."""
    with ledger.reading() as session:
        people = [dict(row) for row in session.execute(text(
            "SELECT uuid, household_uuid, origin_province, sex, age_years, birth_date, "
            "local_day, return_type, vulnerabilities FROM crossing "
            "WHERE voided = 0 AND local_day BETWEEN :start AND :end"),
            {"start": start, "end": end}).mappings()]
        checks: dict[str, list[tuple[str, str | None]]] = {}
        for crossing_uuid, kind, result in session.execute(text(
                "SELECT crossing_uuid, document_type, result FROM document_check")):
            checks.setdefault(crossing_uuid, []).append((kind, result))
    return people, checks


def count_independently(ledger: Ledger, start: str, end: str) -> Counter:
    """The whole tally of a range as (section, value) -> n, from the records themselves."""
    people, checks = read_people(ledger, start, end)
    counted: Counter[tuple[str, str]] = Counter()
    for person in people:
        counted += person_counts(person, checks.get(person["uuid"], []))
    households = {person["household_uuid"] for person in people}
    if households:
        counted["households", ""] = len(households)
    return counted


def flatten(tally: dict[str, Any]) -> Counter:
    """A tally object as (section, value) -> n, zeros left out (the form counted above)."""
    flat: Counter[tuple[str, str]] = Counter()
    for key in ("total", "households"):
        flat[key, ""] = tally[key]
    for key, breakdown in tally.items():
        if key.startswith("by_"):
            for value, n in breakdown.items():
                flat[key, value] = n
    return Counter({key: n for key, n in flat.items() if n})


def tally_json(admin_cmd: AdminCommand, site: Site, *args: str, user: str = "lead",
               db: Path | None = None) -> dict[str, Any]:
    """Run ``tally ... --json`` and read its object."""
    done = admin_cmd("tally", *args, "--json", db=db or site.db, user=user,
                     password=PASSWORDS[user])
    assert done.status == 0, done
    assert done.err == ""
    return json.loads(done.out)


# -- tally ------------------------------------------------------------------------------------

def test_tally_json_matches_a_count_of_the_records(admin_cmd: AdminCommand, site: Site,
                                                   signed_in: Callable[[str], Ledger]) -> None:
    """Every number of ``tally --json`` equals a plain count of crossings and checks."""
    tally = tally_json(admin_cmd, site, "--from", DEMO_FROM, "--to", DEMO_TO)
    assert (tally["checkpoint"], tally["from"], tally["to"]) == ("TORKHAM", DEMO_FROM, DEMO_TO)
    assert flatten(tally) == count_independently(signed_in("admin"), DEMO_FROM, DEMO_TO)
    assert 0 < tally["households"] < tally["total"] <= DEMO_PEOPLE
    assert sum(tally["by_sex"].values()) == tally["total"]
    assert sum(tally["by_age_band"].values()) == tally["total"]


def test_tally_object_has_the_designed_keys_in_order(admin_cmd: AdminCommand,
                                                     site: Site) -> None:
    """DESIGN §7 key order; by_age_band always has its four bands, even on an empty day."""
    busy = tally_json(admin_cmd, site, "--from", DEMO_FROM)
    assert list(busy) == TALLY_KEYS
    assert list(busy["by_age_band"]) == AGE_BANDS
    assert busy["total"] > 0

    empty = tally_json(admin_cmd, site, "--from", "2024-01-01")
    assert list(empty) == TALLY_KEYS
    assert empty["by_age_band"] == dict.fromkeys(AGE_BANDS, 0)
    assert (empty["total"], empty["households"], empty["by_origin_province"]) == (0, 0, {})
    assert empty["to"] == "2024-01-01"


def test_void_and_correction_move_the_tally_by_exactly_that(
        admin_cmd: AdminCommand, site: Site, signed_in: Callable[[str], Ledger]) -> None:
    """A shift lead voids one record and moves another's province; nothing else changes."""
    before = tally_json(admin_cmd, site, "--from", DEMO_FROM, "--to", DEMO_TO)
    lead = signed_in("lead")
    people, checks = read_people(lead, DEMO_FROM, DEMO_TO)
    members = Counter(person["household_uuid"] for person in people)
    # Someone travelling alone if there is one: voiding them must also take a household away.
    voided = min(people, key=lambda p: (members[p["household_uuid"]], p["uuid"]))
    moved = next(p for p in people if p["household_uuid"] != voided["household_uuid"])
    old_province = moved["origin_province"]
    new_province = next(code for code in ("PK-BA", "PK-SD", "PK-GB") if code != old_province)

    void_crossing(lead, voided["uuid"], "entered twice")
    correct_crossing(lead, moved["uuid"], {"origin_province": new_province},
                     reason="province misheard")

    after = tally_json(admin_cmd, site, "--from", DEMO_FROM, "--to", DEMO_TO)
    expected = Counter({key: -n for key, n in
                        person_counts(voided, checks.get(voided["uuid"], [])).items()})
    if members[voided["household_uuid"]] == 1:
        expected["households", ""] -= 1
    expected["by_origin_province", old_province] -= 1
    expected["by_origin_province", new_province] += 1
    moved_by = {key: after_n - before_n for key in set(flatten(before)) | set(flatten(after))
                if (after_n := flatten(after)[key]) != (before_n := flatten(before)[key])}
    assert moved_by == {key: n for key, n in expected.items() if n}
    assert flatten(after) == count_independently(lead, DEMO_FROM, DEMO_TO)


def test_from_accepts_both_date_layouts(admin_cmd: AdminCommand, site: Site) -> None:
    """``--from``/``--to`` take DD/MM/YYYY as registers write it, and give the same tally."""
    iso = tally_json(admin_cmd, site, "--from", DEMO_FROM, "--to", DEMO_TO)
    written = tally_json(admin_cmd, site, "--from", "01/04/2025", "--to", "03/04/2025")
    assert written == iso
    assert (written["from"], written["to"]) == (DEMO_FROM, DEMO_TO)


def test_clerk_may_not_tally(admin_cmd: AdminCommand, site: Site) -> None:
    """Tallies are for shift leads: a clerk is refused with a clear message."""
    done = admin_cmd("tally", "--from", DEMO_FROM, "--json", db=site.db, user="clerk",
                     password=PASSWORDS["clerk"])
    assert_plain_failure(done)
    assert "clerk" in done.err and "tally" in done.err



def without_times(words: str) -> str:
    """Text with its date-times (cut-off, generated-at) blanked: they differ run to run."""
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", "<time>", words)


@pytest.mark.usefixtures("qapp")  # the sheet rendered here needs the test run's application
def test_pdf_sheet_is_written_without_a_display_and_audited(
        site: Site, signed_in: Callable[[str], Ledger], tmp_path: Path) -> None:
    """``tally --pdf FILE`` as IT runs it over SSH (no display): the desktop app's sheet,
    with the tally's numbers, every breakdown, the signature lines, and an audit entry."""
    path = tmp_path / "sheet.pdf"
    headless = {key: value for key, value in os.environ.items()
                if key not in (*ENV_KEYS, "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [*console_script(), "tally", "--from", DEMO_FROM, "--to", DEMO_TO, "--pdf", str(path)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env={**headless, "CHECKPOINT_DB": str(site.db), "CHECKPOINT_USER": "lead",
             "CHECKPOINT_PASSWORD": PASSWORDS["lead"]})
    assert done.returncode == 0, done
    assert "Traceback" not in done.stderr
    assert f"Tally sheet written to {path}" in done.stdout
    lead = signed_in("lead")
    tally = tallies.tally(lead, date.fromisoformat(DEMO_FROM), date.fromisoformat(DEMO_TO))
    words = pdf_text(path)
    labels = SheetLabels()
    for expected in ("Torkham (TORKHAM)", f"{DEMO_FROM} to {DEMO_TO}", "This device's records",
                     f"Departures {tally['total']} Households {tally['households']}",
                     labels.by_origin_province, labels.by_document_type, labels.by_check_result,
                     labels.by_sex, labels.by_age_band, labels.by_return_type,
                     labels.by_vulnerability, labels.amendments, "Generated by lead",
                     "Shift lead Name Signature Date"):
        assert expected in words
    assert f"Khyber Pakhtunkhwa {tally['by_origin_province']['PK-KP']}" in words

    # The same sheet the core builds for the desktop app (times apart).
    here = tmp_path / "here.pdf"
    built = sheet.gather_sheet(lead, tallies.Period.between(date.fromisoformat(DEMO_FROM),
                                                            date.fromisoformat(DEMO_TO)))
    write_sheet_pdf(sheet.sheet_html(built), here)
    assert without_times(pdf_text(here)) == without_times(words)

    with lead.reading() as session:
        printed = session.execute(text("SELECT actor, details FROM audit_entry "
                                       "WHERE action = 'print'")).all()
    assert [(row.actor, json.loads(row.details)) for row in printed] == [
        ("lead", {"kind": "pdf", "from": DEMO_FROM, "to": DEMO_TO})]


def test_clerk_may_not_print_a_sheet(admin_cmd: AdminCommand, site: Site,
                                     signed_in: Callable[[str], Ledger],
                                     tmp_path: Path) -> None:
    """A clerk asking for the PDF is refused before anything is written."""
    path = tmp_path / "sheet.pdf"
    done = admin_cmd("tally", "--from", DEMO_FROM, "--pdf", str(path), db=site.db,
                     user="clerk", password=PASSWORDS["clerk"])
    assert_plain_failure(done)
    assert not path.exists()
    with signed_in("lead").reading() as session:
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'print' "
                                    "AND actor = 'clerk'")).scalar_one() == 0


# -- the audit chain --------------------------------------------------------------------------

@pytest.fixture
def site_copy(site: Site, tmp_path: Path) -> Path:
    """A copy of the shared database (closed, so its WAL is already folded in)."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(site.db, copy)
    shutil.copyfile(keyfile_path(site.db), keyfile_path(copy))
    return copy


@pytest.mark.parametrize("tampering", [
    "UPDATE audit_entry SET details = :forged WHERE seq = :k",
    "DELETE FROM audit_entry WHERE seq = :k",
], ids=["edited", "deleted"])
def test_verify_audit_names_the_tampered_entry(admin_cmd: AdminCommand, site_copy: Path,
                                               tampering: str) -> None:
    """An intact log verifies (exit 0); one edited or deleted row fails (exit 1), named."""
    intact = admin_cmd("verify-audit", db=site_copy, user="admin", password=ADMIN_PASSWORD)
    assert intact.status == 0, intact
    assert "intact" in intact.out

    ledger = open_ledger(site_copy, "admin", ADMIN_PASSWORD)
    try:
        with ledger.writing() as session:
            entries = session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
            k = entries // 2
            params = {"k": k, "forged": '{"count":1}'}
            assert session.execute(text(tampering), params).rowcount == 1
    finally:
        ledger.close()

    broken = admin_cmd("verify-audit", db=site_copy, user="admin", password=ADMIN_PASSWORD)
    assert broken.status == 1
    assert "Traceback" not in broken.err
    assert f"audit entry {k}:" in broken.out + broken.err


# -- what is on disk --------------------------------------------------------------------------

LATIN_NAMES = ("Zarghuna Khpalwaka Testai", "Abdul Wahid Spinghar Lmaray",
               "Bibi Shaperai Nangyalai")
PASHTO_NAME = "زرغونه خپلواکه"
PRIVACY_NAMES = ("Gulbuddin Sarbakhtai Wrorzai", "Malalai Speenkai Torwalai")
PRIVACY_PASHTO = "ګل احمد سپين غر"
FATHER_NAME = "Noor Agha Testwal"


def encodings_of(names: tuple[str, ...]) -> list[bytes]:
    """Each name as UTF-8 and UTF-16 (both byte orders) would spell it in a file."""
    return [name.encode(codec) for name in names for codec in ("utf-8", "utf-16-le",
                                                                "utf-16-be")]


def names_found_in(path: Path, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` appear in the raw bytes of ``path``, in any of those encodings."""
    raw = path.read_bytes()
    return sorted({name for name in names for codec in ("utf-8", "utf-16-le", "utf-16-be")
                   if name.encode(codec) in raw})


def household(names: tuple[str, ...], native: str) -> list[PersonEntry]:
    """People with these names; the first also has a Pashto-script name and a document."""
    people = [PersonEntry(full_name=name, sex="F" if index else "M", origin_province="PK-KP",
                          age_years=30 + index, father_name=FATHER_NAME)
              for index, name in enumerate(names)]
    people[0] = PersonEntry(full_name=names[0], sex="M", origin_province="KP", age_years=41,
                            full_name_native=native, father_name_native=native,
                            documents=(DocumentEntry("tazkira", "TZ-4481-2290", "AFG",
                                                     result="verified"),))
    return people


@pytest.fixture(scope="module")
def named_people(site: Site) -> tuple[str, ...]:
    """A household with distinctive names recorded in the shared database; every name given."""
    ledger = open_ledger(site.db, "admin", ADMIN_PASSWORD)
    try:
        record_household(ledger, household(LATIN_NAMES, PASHTO_NAME), crossed_at=NAMES_DAY)
    finally:
        ledger.close()
    return (*LATIN_NAMES, PASHTO_NAME, FATHER_NAME)


def test_names_never_reach_the_disk_in_plain_text(site: Site, named_people: tuple[str, ...],
                                                  signed_in: Callable[[str], Ledger]) -> None:
    """The database, its WAL and its key file hold no recorded name, in UTF-8 or UTF-16."""
    names = (*named_people, *PRIVACY_NAMES, PRIVACY_PASHTO, FATHER_NAME)
    lead = signed_in("lead")
    uuids = record_household(lead, household(PRIVACY_NAMES, PRIVACY_PASHTO),
                             crossed_at=PRIVACY_DAY)
    wal = site.db.with_name(site.db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the fresh save is still in the WAL"
    assert names_found_in(wal, names) == []
    assert names_found_in(site.db, names) == []
    # The names are there, for those who sign in.
    stored = get_crossing(lead, uuids[0]).crossing
    assert (stored.full_name, stored.full_name_native) == (PRIVACY_NAMES[0], PRIVACY_PASHTO)
    lead.close()
    assert names_found_in(site.db, names) == []

    keys = keyfile_path(site.db)
    assert names_found_in(keys, names) == []
    # The search does find what is there: the key file names its users.
    assert names_found_in(keys, ("admin", "lead", "clerk")) == ["admin", "clerk", "lead"]


def test_wrong_password_is_refused_plainly(admin_cmd: AdminCommand, site: Site) -> None:
    """A wrong password: exit 1, one plain sentence, no traceback."""
    done = admin_cmd("tally", "--from", DEMO_FROM, db=site.db, user="admin",
                     password="not-the-password")
    assert_plain_failure(done)
    assert "not accepted" in done.err


def test_wrong_password_on_a_missing_file_creates_nothing(admin_cmd: AdminCommand,
                                                          tmp_path: Path) -> None:
    """Pointing --db at a file that is not there creates neither it nor a key file."""
    missing = tmp_path / "nowhere" / "checkpoint.db"
    done = admin_cmd("verify-audit", "--db", str(missing), user="admin",
                     password="not-the-password")
    assert_plain_failure(done)
    assert str(missing) in done.err
    assert not missing.exists()
    assert not keyfile_path(missing).exists()
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == []


def _fingerprint(db: Path) -> dict[str, str | None]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
            for path in (db, keyfile_path(db), db.with_name(db.name + "-wal"))}


def test_init_refuses_an_existing_database(admin_cmd: AdminCommand, site: Site) -> None:
    """``init`` on an existing database says so and leaves every byte as it was."""
    before = _fingerprint(site.db)
    done = admin_cmd("init", "--checkpoint", "TORKHAM", "--admin", "intruder", db=site.db,
                     password="another-pass-1")
    assert_plain_failure(done)
    assert "already exists" in done.err
    assert _fingerprint(site.db) == before


# -- users ------------------------------------------------------------------------------------

def test_user_add_list_disable(admin_cmd: AdminCommand, site: Site) -> None:
    """An added user can sign in; once disabled they cannot."""
    as_admin = {"db": site.db, "user": "admin", "password": ADMIN_PASSWORD}
    added = admin_cmd("user", "add", "Clerk3", "--role", "clerk", new_password="clerk3-pass-1",
                      **as_admin)
    assert added.status == 0, added
    assert "clerk3" in added.out

    listed = {u["username"]: u for u in
              json.loads(admin_cmd("user", "list", "--json", **as_admin).out)}
    assert {"admin", "lead", "clerk", "clerk3"} <= set(listed)
    assert (listed["clerk3"]["role"], listed["clerk3"]["active"],
            listed["clerk3"]["must_change_password"]) == ("clerk", True, True)
    assert listed["lead"]["role"] == "shift_lead"

    first = admin_cmd("password", db=site.db, user="clerk3", password="clerk3-pass-1",
                      new_password="clerk3-own-pass-1")
    assert first.status == 0, first
    signed_in = admin_cmd("verify-audit", db=site.db, user="clerk3", password="clerk3-own-pass-1")
    assert signed_in.status == 0, signed_in

    disabled = admin_cmd("user", "disable", "clerk3", **as_admin)
    assert disabled.status == 0, disabled
    text_list = admin_cmd("user", "list", **as_admin)
    line = next(row for row in text_list.out.splitlines() if row.startswith("clerk3 "))
    assert "disabled" in line

    refused = admin_cmd("verify-audit", db=site.db, user="clerk3", password="clerk3-own-pass-1")
    assert_plain_failure(refused)


def test_user_add_says_what_is_wrong_before_asking_for_a_password(
        admin_cmd: AdminCommand, site: Site) -> None:
    """A bad name, a bad role or a user who may not add users is refused before anyone types a
    first password twice (none is given here: asking would be refused for want of a terminal)."""
    as_admin = {"db": site.db, "user": "admin", "password": ADMIN_PASSWORD}
    for argv, said in ((("Zahir Shah", "--role", "clerk"), "is not valid"),
                       (("zahir", "--role", "boss"), "unknown role 'boss'")):
        refused = admin_cmd("user", "add", *argv, **as_admin)
        assert_plain_failure(refused)
        assert said in refused.err
    as_lead = admin_cmd("user", "add", "zahir", "--role", "clerk", db=site.db, user="lead",
                        password=PASSWORDS["lead"])
    assert_plain_failure(as_lead)
    assert "may not manage users" in as_lead.err


# -- close-out --------------------------------------------------------------------------------

def test_close_day_freezes_its_tally_and_marks_later_records_late(
        admin_cmd: AdminCommand, site: Site, signed_in: Callable[[str], Ledger]) -> None:
    """After ``close-day`` a new record of that day is late; the frozen tally stays put."""
    lead = signed_in("lead")
    at = datetime(CLOSED_DAY.year, CLOSED_DAY.month, CLOSED_DAY.day, 7, tzinfo=UTC)
    on_time = record_household(lead, household(("Sher Khan Testzai", "Nazia Testzai"), "شېر"),
                               crossed_at=at)

    done = admin_cmd("close-day", CLOSED_DAY.isoformat(), "--signed-name", "Shift Lead One",
                     db=site.db, user="lead", password=PASSWORDS["lead"])
    assert done.status == 0, done
    assert f"Closed {CLOSED_DAY}: 2 departures, 1 households" in done.out
    frozen = closeout.closeout_for(lead, CLOSED_DAY)
    assert frozen is not None

    late = record_household(lead, household(("Wali Testzai",), "ولي"), crossed_at=at)
    assert get_crossing(lead, late[0]).crossing.late is True
    assert not any(get_crossing(lead, u).crossing.late for u in on_time)

    still = closeout.closeout_for(lead, CLOSED_DAY)
    assert still is not None
    assert (still.tally_json, still.tally_hash) == (frozen.tally_json, frozen.tally_hash)
    assert json.loads(still.tally_json)["total"] == 2
    live = tally_json(admin_cmd, site, "--from", CLOSED_DAY.isoformat())
    assert (live["total"], live["households"]) == (3, 2)


# -- backup -----------------------------------------------------------------------------------

def test_backup_opens_with_the_same_passwords_and_tally(
        admin_cmd: AdminCommand, site: Site, named_people: tuple[str, ...],
        tmp_path: Path) -> None:
    """The backup opens as the same users, tallies the same, and is just as unreadable."""
    target = tmp_path / "backups" / "checkpoint-backup.db"
    done = admin_cmd("backup", str(target), db=site.db, user="admin", password=ADMIN_PASSWORD)
    assert done.status == 0, done
    assert target.exists() and keyfile_path(target).exists()

    span = ("--from", DEMO_FROM, "--to", NAMES_DAY.date().isoformat())
    original = tally_json(admin_cmd, site, *span)
    copied = tally_json(admin_cmd, site, *span, db=target)
    assert copied == original
    assert copied["total"] > DEMO_PEOPLE // 2
    assert names_found_in(target, named_people) == []


# -- mrz --------------------------------------------------------------------------------------

def test_mrz_json_reads_the_icao_specimen(admin_cmd: AdminCommand) -> None:
    """The ICAO 9303 TD3 specimen: exactly the DESIGN §7 object, exit 0."""
    done = admin_cmd("mrz", "--json", stdin=MRZ_SPECIMEN)
    assert done.status == 0, done
    assert json.loads(done.out) == MRZ_SPECIMEN_JSON
    assert list(json.loads(done.out)) == list(MRZ_SPECIMEN_JSON)


def test_mrz_with_a_wrong_digit_fails_that_check(admin_cmd: AdminCommand) -> None:
    """One birth-date digit changed: exit 1, the birth-date check (and composite) false."""
    corrupted = MRZ_SPECIMEN.replace("7408122F", "7408132F")
    done = admin_cmd("mrz", "--json", stdin=corrupted)
    assert done.status == 1
    reading = json.loads(done.out)
    assert reading["valid"] is False
    assert reading["checks"] == {**MRZ_SPECIMEN_JSON["checks"], "birth_date": False,
                                 "composite": False}


def test_mrz_garbage_is_unreadable(admin_cmd: AdminCommand) -> None:
    """Text that is no MRZ at all: exit 2 and a plain message."""
    done = admin_cmd("mrz", "--json", stdin="hello from the document reader\n")
    assert done.status == 2
    assert done.out == ""
    assert "unreadable" in done.err and "Traceback" not in done.err


# -- the installed command, as a real process -------------------------------------------------

def test_console_script_prints_the_tally(site: Site,
                                         signed_in: Callable[[str], Ledger]) -> None:
    """The installed ``checkpoint-admin`` exits 0 with the tally and a silent stderr."""
    done = run_process("tally", "--from", DEMO_FROM, "--to", DEMO_TO, "--json",
                       env={"CHECKPOINT_DB": str(site.db), "CHECKPOINT_USER": "lead",
                            "CHECKPOINT_PASSWORD": PASSWORDS["lead"]})
    assert done.status == 0, done
    assert done.err == ""
    tally = json.loads(done.out)
    assert list(tally) == TALLY_KEYS
    assert flatten(tally) == count_independently(signed_in("admin"), DEMO_FROM, DEMO_TO)


def test_console_script_wrong_password_has_no_traceback(site: Site) -> None:
    """A wrong password in a real process: exit 1 and one plain line on stderr."""
    done = run_process("verify-audit", env={"CHECKPOINT_DB": str(site.db),
                                            "CHECKPOINT_USER": "clerk",
                                            "CHECKPOINT_PASSWORD": "not-the-password"})
    assert_plain_failure(done)
    assert "not accepted" in done.err
