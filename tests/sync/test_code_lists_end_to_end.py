"""Every code of every code list travels from a device record to HQ and is accepted there, and
a code added to a list's JSON file does the same without touching Python (DESIGN §3)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkpoint import outbox
from checkpoint.complaints import take_complaint
from checkpoint.entries import DocumentEntry, PersonEntry
from checkpoint.ledger import Ledger, create_ledger
from checkpoint.records import record_household
from contract import codes
from resources import RESOURCES_ENV, resources_root
from sync.client import SyncClient
from sync.server.database import make_engine, reading
from sync.server.tally import national_tally
from tests.support.controlroom import ControlRoom

DAY = date(2025, 4, 1)
CROSSED_AT = datetime(2025, 4, 1, 5, 0, tzinfo=UTC)


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[ControlRoom]:
    """The real control room on loopback (codes do not depend on HQ's database engine)."""
    with ControlRoom(f"sqlite:///{tmp_path / 'hq.db'}") as server:
        yield server


def _device(path: Path, checkpoint: str) -> Ledger:
    return create_ledger(path, checkpoint=checkpoint, admin="admin", password="device-pass-1")


def _synced(ledger: Ledger, hq: ControlRoom) -> dict[str, int]:
    """Enroll ``ledger`` with ``hq``, sync once; HQ's answers by status."""
    client = SyncClient(ledger)
    client.enroll(hq.base_url, hq.enrollment_code(ledger.settings.checkpoint))
    report = client.sync_once()
    assert report.ok, report.error and report.error.code
    return dict(report.counts)


def _hq_tally(hq: ControlRoom, checkpoint: str | None = None) -> dict:
    engine = make_engine(hq.db_url)
    try:
        with reading(engine) as session:
            return national_tally(session, DAY, checkpoint=checkpoint)
    finally:
        engine.dispose()


def _everyone() -> list[PersonEntry]:
    """People who together use every code of every list a crossing carries."""
    lists = {name: getattr(codes, name)().codes for name in (
        "sexes", "pk_provinces", "af_provinces", "return_types", "vulnerabilities",
        "document_types", "check_results", "methods", "custody")}
    people = []
    for i in range(max(len(values) for values in lists.values())):
        def code(name: str, i: int = i) -> str:
            return lists[name][i % len(lists[name])]
        people.append(PersonEntry(
            f"Person {i}", code("sexes"), code("pk_provinces"), age_years=30,
            destination_province=code("af_provinces"), return_type=code("return_types"),
            vulnerabilities=[code("vulnerabilities")],
            documents=[DocumentEntry(code("document_types"), number=f"WALK{i:03d}",
                                     result=code("check_results"), method=code("methods"),
                                     custody=code("custody"))]))
    return people


def test_every_code_of_every_list_is_accepted_by_hq(tmp_path: Path, hq: ControlRoom) -> None:
    points = codes.crossing_points().codes
    categories = codes.complaint_categories().codes
    torkham = _device(tmp_path / "torkham.db", "TORKHAM")
    try:
        people = _everyone()
        for start in range(0, len(people), 10):  # households of up to ten
            record_household(torkham, people[start:start + 10], crossed_at=CROSSED_AT)
        for category in categories:
            take_complaint(torkham, category, f"about {category}")
        answered = _synced(torkham, hq)
        assert outbox.rejections(torkham) == []
    finally:
        torkham.close()
    assert answered == {"accepted": len(people) + len(categories)}
    for point in points:  # each crossing point records at its own device
        if point == "TORKHAM":
            continue
        device = _device(tmp_path / f"{point}.db", point)
        try:
            record_household(device, [PersonEntry("Gul Khan", "M", "PK-KP", age_years=40)],
                             crossed_at=CROSSED_AT)
            assert _synced(device, hq) == {"accepted": 1}
        finally:
            device.close()

    national = _hq_tally(hq)
    assert set(national["by_checkpoint"]) == set(points)
    assert set(_hq_tally(hq, "TORKHAM")["by_return_type"]) == set(codes.return_types().codes)
    for key, listed in (("by_sex", codes.sexes()), ("by_origin_province", codes.pk_provinces()),
                        ("by_document_type", codes.document_types()),
                        ("by_check_result", codes.check_results()),
                        ("by_vulnerability", codes.vulnerabilities())):
        assert set(listed.codes) <= set(national[key]), key


@pytest.fixture
def resources_with_a_new_return_type(tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A copy of ``resources/`` whose return types have one more code, in use for the test."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_root(), copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    listed = copy / "codelists" / "return_types.json"
    document = json.loads(listed.read_text(encoding="utf-8"))
    document["entries"].append({"code": "relocated", "name": "Relocated by authorities",
                                "aliases": ["relocation"]})
    listed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    yield "relocated"
    monkeypatch.delenv(RESOURCES_ENV)
    codes.forget_loaded_lists()


def test_a_code_added_to_a_list_file_is_recorded_and_accepted_end_to_end(
        tmp_path: Path, hq: ControlRoom, resources_with_a_new_return_type: str) -> None:
    device = _device(tmp_path / "torkham.db", "TORKHAM")
    try:
        record_household(device, [PersonEntry("Gul Khan", "M", "PK-KP", age_years=40,
                                               return_type="relocation")],
                         crossed_at=CROSSED_AT)
        answered = _synced(device, hq)
    finally:
        device.close()

    assert answered == {"accepted": 1}
    assert _hq_tally(hq)["by_return_type"] == {"relocated": 1}


def test_each_list_has_a_version_that_follows_its_entries(
        resources_with_a_new_return_type: str) -> None:
    changed = codes.return_types()
    codes.forget_loaded_lists()
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(RESOURCES_ENV)
        installed = codes.return_types()

    assert resources_with_a_new_return_type in changed
    assert resources_with_a_new_return_type not in installed
    assert changed.version != installed.version
