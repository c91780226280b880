"""The console's Reference data page (issue 11, supervisor and above): policy dates, cancelled
cards (by form, by CSV upload, found by number and lifted), through the forms on the real
server (SQLite and PostgreSQL) and once in headless Chromium at a desk's and a phone's width."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from playwright.sync_api import Page, expect

from sync.server.picture import today
from tests.support.console import WebClient
from tests.support.controlroom import ControlRoom, Enrolled
from tests.support.logcheck import note_secret

WebClientFactory = Callable[[ControlRoom, str], WebClient]
TAGS = re.compile(r"<[^>]+>")
ROW = re.compile(r"<tr[^>]*>(.*?)</tr>", re.DOTALL)


def _text(answer_text: str) -> str:
    """A page as a person reads it: tags gone, entities read, white space folded."""
    return " ".join(html.unescape(TAGS.sub(" ", answer_text)).split())


def _rows(answer_text: str, table: str) -> list[str]:
    """The rows of ``table.<table>``'s body, each as one line of text."""
    body = re.split(rf'class="data[a-z ]* {table}"', answer_text, maxsplit=1)[1]
    body = body.split("<tbody>", 1)[1]
    return [_text(row) for row in ROW.findall(body.split("</tbody>", 1)[0])]


def _reference(controlroom: ControlRoom, device: Enrolled, since: str = "") -> dict[str, Any]:
    """What a desk downloads next: the updates after ``since`` (the answer's cursor added)."""
    answer = requests.get(controlroom.url("/updates"), params={"since": since},
                          headers=device.headers, timeout=30)
    assert answer.ok, answer.text
    body: dict[str, Any] = answer.json()
    return {**body["reference"], "cursor": body["cursor"]}


def _upload(client: WebClient, name: str, content: bytes) -> requests.Response:
    """Send a file through the upload form, as the browser does (multipart)."""
    return client.session.post(client.base_url + "/reference/cards/import",
                               data={"csrf": client.csrf()},
                               files={"cards": (name, content, "text/csv")}, timeout=30)


def test_a_supervisor_sets_policy_dates_and_sees_which_one_is_in_force(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")
    later = (today() + timedelta(days=30)).isoformat()

    for value, since, note in (("2025-06-30", "2025-01-01", "PoR extension, notification 12"),
                               ("2025-12-31", "2025-03-01", "extended again"),
                               ("2026-03-31", later, "the scheme ends")):
        answer = supervisor.post("/reference/policies", {
            "key": "por_valid_until", "value": value, "effective_from": since, "note": note})
        assert answer.url.endswith("/reference#policies"), answer.url
    page = supervisor.get("/reference").text

    assert ("Proof of Registration cards (PoR) valid until 2026-03-31, in force from "
            f"{later}: desks take it at their next sync.") in _text(answer.text)
    rows = _rows(page, "policy-list")
    assert rows[0].startswith("Proof of Registration cards (PoR) valid until 2025-06-30 "
                              "2025-01-01 replaced PoR extension, notification 12")
    assert "2025-12-31 2025-03-01 in force extended again test-web-supervisor" in rows[1]
    assert f"2026-03-31 {later} from {later} the scheme ends" in rows[2]


def test_a_refused_form_says_what_is_wrong_and_keeps_what_was_typed(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")

    answer = supervisor.post("/reference/policies", {
        "key": "acc_valid_until", "value": "31/03/2025", "effective_from": "2025-01-01",
        "note": "ACC holders to leave"})
    no_number = supervisor.post("/reference/cards", {
        "document_type": "tazkira", "number": " - / ", "reason": "holder_deceased",
        "since": "2025-02-03"})

    assert answer.status_code == 400
    assert ("Valid until: '31/03/2025' is not a day; write it as YYYY-MM-DD"
            in _text(answer.text))
    assert 'value="acc_valid_until" selected' in answer.text
    assert 'value="ACC holders to leave"' in answer.text
    assert "No policy date is set" in answer.text
    assert no_number.status_code == 400 and "Give the card's number." in _text(no_number.text)
    assert 'value="tazkira" selected' in no_number.text
    assert 'value="holder_deceased" selected' in no_number.text
    assert 'value="2025-02-03"' in no_number.text


def test_a_card_cancelled_on_the_page_is_found_by_its_number_and_lifted_after_asking(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    for number in ("AB12345", "AB99"):  # a number in an address would reach the access log
        note_secret(number)
    supervisor = web_client(controlroom, "supervisor")
    desk = controlroom.enroll("TORKHAM")
    before = _text(supervisor.get("/reference").text)

    listed = supervisor.post("/reference/cards", {
        "document_type": "por", "number": "ab-12 345", "reason": "reported_lost",
        "since": "2025-03-01"})
    supervisor.post("/reference/cards", {"document_type": "acc", "number": "AB99",
                                          "reason": "taken_into_custody", "since": ""})
    found = supervisor.post("/reference/cards/find", {"number": "ab12"}).text
    counts = _rows(found, "card-counts")
    listed_at_the_desk = _reference(controlroom, desk)
    question = supervisor.post("/reference/cards/lift-question",
                               {"document_type": "por", "number": "AB12345"})
    lifted = supervisor.post("/reference/cards/lift", {"document_type": "por",
                                                       "number": "AB12345"})
    after = supervisor.post("/reference/cards/find", {"number": "AB"}).text
    lifted_at_the_desk = _reference(controlroom, desk, listed_at_the_desk["cursor"])

    assert ("Proof of Registration card AB12345 is listed: reported lost since 2025-03-01."
            in _text(listed.text))
    assert "Version 0" in before and "Version 0" not in _text(found)
    assert counts == ["Afghan Citizen Card 1", "Proof of Registration card 1"]
    assert "1 card whose number starts with AB12" in _text(found)
    [row] = _rows(found, "card-list")
    assert re.fullmatch(r"Proof of Registration card AB12345 Reported lost 2025-03-01 "
                        r"test-web-supervisor, \d{4}-\d\d-\d\d Lift…", row), row
    assert "Take this card off the cancelled list?" in question.text
    assert "AB12345" in question.text and "Reported lost" in question.text
    assert "is off the cancelled list" in _text(lifted.text)
    assert [row.split(" ")[:4] for row in _rows(after, "card-list")] == [
        ["Afghan", "Citizen", "Card", "AB99"]]
    # What the page did is what the desks get: the card at the next sync, then its lifting.
    assert {"document_type": "por", "reason": "reported_lost", "since": "2025-03-01",
            "numbers": ["AB12345"]} in listed_at_the_desk["cards"]
    assert lifted_at_the_desk["cards_lifted"] == [{"document_type": "por",
                                                   "numbers": ["AB12345"]}]


def test_an_uploaded_list_reports_each_row_and_the_cards_page_fifty_at_a_time(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")
    supervisor.post("/reference/cards", {"document_type": "por", "number": "PK0000003",
                                          "reason": "cancelled", "since": "2025-02-01"})
    # 3,000 cards: about 90 KB, past the 64 KB HQ takes in any other form.
    good = [f"por,PK{n:07d},cancelled,2025-02-01" for n in range(3000)]
    bad = [f"tazkira-ish,{n},," for n in range(54)] + ["por,PK1,lost-ish,"]
    csv = "document_type,number,reason,since\n" + "\n".join(good + bad) + "\n"

    answer = _upload(supervisor, "lost-cards.csv", csv.encode())
    report = answer.text
    first = supervisor.post("/reference/cards/find", {"number": "PK"}).text
    last = supervisor.post("/reference/cards/find", {"number": "pk", "page": "60"}).text
    by_type = supervisor.get("/reference?document_type=por&page=2").text

    assert answer.status_code == 200, report
    counts = _text(report.split('id="import-counts">')[1].split("</ul>")[0])
    assert counts.startswith("2,999 added to the cancelled list 1 already listed 55 rejected")
    rejected = _rows(report, "rejected-rows")
    assert len(rejected) == 50 and rejected[0].startswith("3002 ")  # the header is line 1
    assert "and 5 more rejected rows" in _text(report)
    assert "3,000 cards whose number starts with PK · page 1 of 60" in _text(first)
    assert len(_rows(first, "card-list")) == 50 and len(_rows(last, "card-list")) == 50
    assert _rows(last, "card-list")[-1].startswith("Proof of Registration card PK0002999 ")
    assert "← Previous page" in last and "Next page" not in last
    assert 'name="page" value="59"' in last  # paging a search stays a form: no number in it
    assert _rows(by_type, "card-list")[0].startswith("Proof of Registration card PK0000050 ")
    assert 'href="/reference?document_type=por&amp;page=3#cards"' in by_type


def test_a_file_that_cannot_be_read_is_refused_whole_saying_why(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")
    # 30,000 good rows before the bad byte: more than HQ lists in one go, all taken back.
    good = "".join(f"por,LATE{n:06d}\n" for n in range(30_000)).encode()

    no_number = _upload(supervisor, "cards.csv", b"document_type,card\npor,PK1\n")
    latin = _upload(supervisor, "cards.csv", b"document_type,number\n" + good + b"por,K\xf6ln1\n")
    nothing = supervisor.post("/reference/cards/import")

    assert (no_number.status_code, latin.status_code, nothing.status_code) == (400, 400, 400)
    assert "The header row lacks number" in _text(no_number.text)
    assert "The file is not UTF-8 text" in _text(latin.text)
    assert "Choose a CSV file of cards to upload." in _text(nothing.text)
    assert "No card is on the cancelled list" in _text(supervisor.get("/reference").text)


@pytest.mark.parametrize("role", ["viewer", "complaints"])
def test_a_viewer_or_complaints_officer_neither_sees_nor_changes_the_reference_data(
        controlroom: ControlRoom, web_client: WebClientFactory, role: str) -> None:
    client = web_client(controlroom, role)
    supervisor = web_client(controlroom, "supervisor")

    answers = [client.get("/reference"),
               client.post("/reference/policies", {"key": "por_valid_until",
                                                    "value": "2025-01-01",
                                                    "effective_from": "2025-01-01"}),
               client.post("/reference/cards", {"document_type": "por", "number": "X1"}),
               client.post("/reference/cards/lift", {"document_type": "por", "number": "X1"}),
               client.post("/reference/cards/find", {"number": "X1"})]

    assert [answer.status_code for answer in answers] == [403] * 5
    assert "it needs supervisor or above" in answers[0].text
    assert 'href="/reference"' not in client.get("/").text
    assert 'href="/reference"' in supervisor.get("/").text
    page = _text(supervisor.get("/reference").text)
    assert "No policy date is set" in page and "No card is on the cancelled list" in page


def test_no_reference_form_works_without_its_csrf_field(
        controlroom: ControlRoom, web_client: WebClientFactory) -> None:
    supervisor = web_client(controlroom, "supervisor")
    forms = {"/reference/policies": {"key": "por_valid_until", "value": "2025-01-01",
                                     "effective_from": "2025-01-01"},
             "/reference/cards": {"document_type": "por", "number": "FORGED1"},
             "/reference/cards/lift": {"document_type": "por", "number": "FORGED1"},
             "/reference/cards/lift-question": {"document_type": "por", "number": "FORGED1"},
             "/reference/cards/find": {"number": "FORGED1"},
             "/reference/cards/import": {}}

    refused = [supervisor.post_without_csrf(path, data) for path, data in forms.items()]

    assert [answer.status_code for answer in refused] == [403] * 6
    assert all("did not come from this console" in answer.text for answer in refused)
    page = _text(supervisor.get("/reference").text)
    assert "No policy date is set" in page and "FORGED1" not in page


def test_the_reference_page_in_a_browser_at_a_desk_and_on_a_phone(
        controlroom: ControlRoom, console_page: Callable[..., Page],
        screenshot: Callable[[Page, str], Path], tmp_path: Path) -> None:
    for number in ("PR1001", "AC2002", "PR1002"):  # never in a log, nor in an address
        note_secret(number)
    page = console_page(controlroom, "supervisor", javascript=False)
    page.get_by_role("link", name="Reference data").click()
    page.select_option("#policy-key", "por_valid_until")
    page.fill("#policy-value", "2025-12-31")
    page.fill("#policy-from", "2025-03-01")
    page.fill("#policy-note", "PoR validity extended (notification of 1 March)")
    page.get_by_role("button", name="Set policy date").click()
    expect(page.locator("[role=status]")).to_contain_text("in force from 2025-03-01")
    upload = tmp_path / "cards.csv"
    upload.write_text("document_type,number,reason\npor,PR-1001,reported_stolen\n"
                      "acc,AC 2002,holder_deceased\nvisa,,cancelled\n", encoding="utf-8")
    page.set_input_files("#card-file", upload)
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#import-counts")).to_contain_text("2 added to the cancelled list")
    expect(page.locator("table.rejected-rows")).to_contain_text("4")
    screenshot(page, "reference-import")
    page.get_by_role("link", name="Back to the reference data").click()
    page.select_option("#card-type", "por")
    page.fill("#card-number", "PR 1002")
    page.select_option("#card-reason", "taken_into_custody")
    page.get_by_role("button", name="Cancel card").click()
    expect(page.locator("[role=status]")).to_contain_text("PR1002 is listed")
    expect(page.locator("table.card-list tbody tr")).to_have_count(3)
    expect(page.locator("table.policy-list tr.in-force")).to_contain_text("2025-12-31")
    screenshot(page, "reference")
    page.locator("tr[data-number=AC2002]").get_by_role("button", name="Lift…").click()
    expect(page.locator("h1")).to_have_text("Take this card off the cancelled list?")
    screenshot(page, "reference-lift")
    page.get_by_role("button", name="Lift card").click()
    expect(page.locator("[role=status]")).to_contain_text("AC2002 is off the cancelled list")
    expect(page.locator("table.card-list tbody tr")).to_have_count(2)
    page.fill("#search-number", "pr 100")
    page.get_by_role("button", name="Find").click()
    expect(page.locator("#found-count")).to_have_text("2 cards whose number starts with PR100")
    assert page.url == controlroom.base_url + "/reference/cards/find#cards"

    phone = console_page(controlroom, "supervisor", width=375, height=812, javascript=False)
    phone.goto(controlroom.base_url + "/reference")
    screenshot(phone, "reference-phone")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"/reference is {width} px wide on a 375 px phone"
