"""An HQ admin manages the control room's staff over the API (issue 10): add, list, disable,
enable and role changes, HQ never left without an active admin, and every staff route checking
exactly the role the issue names; on the real server, on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from tests.support.controlroom import STAFF_PASSWORD, ControlRoom
from tests.support.logcheck import note_secret

FIRST_PASSWORD = "first-password-for-amina"
ROLES = ("viewer", "complaints", "supervisor", "admin")


def _call(hq: ControlRoom, method: str, path: str, headers: dict[str, str],
          body: dict[str, Any] | None = None, **params: Any) -> requests.Response:
    return requests.request(method, hq.url(f"/control{path}"), headers=headers, json=body,
                            params=params, timeout=30)


def _user_actions(hq: ControlRoom, name: str) -> list[tuple[str, str, str, str]]:
    answer = _call(hq, "get", "/audit", hq.staff_headers("supervisor"), limit=1000)
    return [(e["actor"], e["action"], e["target"], e["details"])
            for e in answer.json()["entries"]
            if e["action"].startswith("user_") and e["target"] == name]


def test_an_admin_adds_a_user_who_signs_in_then_disables_enables_and_changes_their_role(
        controlroom: ControlRoom) -> None:
    admin = controlroom.staff_headers("admin")
    note_secret(FIRST_PASSWORD)

    added = _call(controlroom, "post", "/users", admin,
                  {"username": "Amina.R", "role": "complaints", "password": FIRST_PASSWORD,
                   "full_name": "Amina  Rahimi"})
    signed = controlroom.sign_in("amina.r", FIRST_PASSWORD)
    token = {"Authorization": f"Bearer {signed.json()['token']}"}
    listed = {u["username"]: u for u in _call(controlroom, "get", "/users", admin).json()}
    disabled = _call(controlroom, "post", "/users/amina.r/disable", admin)
    token_after = _call(controlroom, "post", "/password", token,
                        {"old_password": FIRST_PASSWORD, "new_password": "x" * 12})
    refused_sign_in = controlroom.sign_in("amina.r", FIRST_PASSWORD)
    enabled = _call(controlroom, "post", "/users/amina.r/enable", admin)
    promoted = _call(controlroom, "put", "/users/amina.r/role", admin, {"role": "supervisor"})
    signed_again = controlroom.sign_in("amina.r", FIRST_PASSWORD)

    assert added.status_code == 200, added.text
    assert {k: added.json()[k] for k in ("username", "full_name", "role", "active",
                                         "must_change_password", "last_sign_in_at")} == {
        "username": "amina.r", "full_name": "Amina Rahimi", "role": "complaints",
        "active": True, "must_change_password": True, "last_sign_in_at": None}
    assert (signed.status_code, signed.json()["must_change_password"]) == (200, True)
    assert listed["amina.r"]["last_sign_in_at"] is not None
    assert listed["test-admin"]["role"] == "admin"
    assert (disabled.status_code, disabled.json()["active"]) == (200, False)
    assert (token_after.status_code, token_after.json()["code"]) == (401, "bad_staff_token")
    assert (refused_sign_in.status_code, refused_sign_in.json()["code"]) == (
        403, "account_disabled")
    assert (enabled.status_code, enabled.json()["active"]) == (200, True)
    assert (promoted.status_code, promoted.json()["role"]) == (200, "supervisor")
    assert (signed_again.status_code, signed_again.json()["role"]) == (200, "supervisor")
    assert _user_actions(controlroom, "amina.r") == [
        ("test-admin", "user_add", "amina.r", '{"role":"complaints"}'),
        ("test-admin", "user_disable", "amina.r", '{"tokens_ended":1}'),
        ("test-admin", "user_enable", "amina.r", "{}"),
        ("test-admin", "user_role", "amina.r", '{"previous":"complaints","role":"supervisor"}')]


def test_hq_always_keeps_an_active_admin(controlroom: ControlRoom) -> None:
    admin = controlroom.staff_headers("admin")

    demote_self = _call(controlroom, "put", "/users/test-admin/role", admin, {"role": "viewer"})
    disable_self = _call(controlroom, "post", "/users/test-admin/disable", admin)
    # With a second admin, the first may step down to supervisor; the second is then the last.
    controlroom.add_staff("second.admin", "admin")
    step_down = _call(controlroom, "put", "/users/test-admin/role", admin,
                      {"role": "supervisor"})
    still_admin = _call(controlroom, "get", "/users", admin)

    assert (demote_self.status_code, demote_self.json()["code"]) == (403, "last_admin")
    assert demote_self.json()["detail"] == (
        "You cannot demote 'test-admin': they are the last active admin, and HQ needs one to "
        "manage staff. Make another admin first.")
    assert (disable_self.status_code, disable_self.json()["code"]) == (403, "disable_self")
    assert (step_down.status_code, step_down.json()["role"]) == (200, "supervisor")
    # The role is read with each request: the former admin no longer manages staff.
    assert (still_admin.status_code, still_admin.json()["code"]) == (403, "permission_denied")


def test_each_refusal_is_one_sentence_and_changes_nothing(controlroom: ControlRoom) -> None:
    admin = controlroom.staff_headers("admin")
    note_secret(FIRST_PASSWORD)
    before = _call(controlroom, "get", "/users", admin).json()

    answers = {
        "short password": _call(controlroom, "post", "/users", admin,
                                {"username": "omar", "role": "viewer", "password": "short"}),
        "bad role": _call(controlroom, "post", "/users", admin,
                          {"username": "omar", "role": "chief", "password": FIRST_PASSWORD}),
        "bad name": _call(controlroom, "post", "/users", admin,
                          {"username": "omar khan", "role": "viewer",
                           "password": FIRST_PASSWORD}),
        "existing": _call(controlroom, "post", "/users", admin,
                          {"username": "test-admin", "role": "viewer",
                           "password": FIRST_PASSWORD}),
        "nobody": _call(controlroom, "post", "/users/nobody/disable", admin),
        "nobody's role": _call(controlroom, "put", "/users/nobody/role", admin,
                               {"role": "viewer"}),
    }

    assert {why: (a.status_code, a.json()["code"]) for why, a in answers.items()} == {
        "short password": (400, "malformed"), "bad role": (400, "malformed"),
        "bad name": (400, "malformed"), "existing": (403, "user_exists"),
        "nobody": (404, "no_user"), "nobody's role": (404, "no_user")}
    # The schema says what a name and a password must be; the answer names the field.
    assert answers["short password"].json()["detail"] == (
        "body.password: String should have at least 10 characters")
    assert answers["bad name"].json()["detail"].startswith("body.username: ")
    assert answers["nobody"].json()["detail"] == "There is no staff user 'nobody'."
    assert "viewer" in answers["bad role"].json()["detail"]
    assert _call(controlroom, "get", "/users", admin).json() == before


# Every /api/v1/control route but sign-in, sign-out and password (each signed-in user's own),
# with a request that changes nothing when allowed: an unknown target answers 404, a name
# already taken 403 ``user_exists`` — after the role was checked (a refusal for the role is a 403
# ``permission_denied``).
ROUTE_CALLS: dict[str, tuple[str, str, dict[str, Any] | None, dict[str, Any]]] = {
    "read tally": ("get", "/tally", None, {"from": "2025-04-01"}),
    "read devices": ("get", "/devices", None, {}),
    "read complaints": ("get", "/complaints", None, {}),
    "read a complaint": ("get", "/complaints/no-such-complaint", None, {}),
    "assign complaint": ("put", "/complaints/no-such-complaint/assignee",
                         {"officer": None}, {}),
    "note complaint": ("post", "/complaints/no-such-complaint/notes", {"text": "seen"}, {}),
    "reveal contact": ("get", "/complaints/no-such-complaint/contact", None, {}),
    "set complaint status": ("put", "/complaints/no-such-complaint/status",
                             {"status": "resolved"}, {}),
    "read audit": ("get", "/audit", None, {}),
    "list users": ("get", "/users", None, {}),
    "add user": ("post", "/users", {"username": "test-admin", "role": "viewer",
                                    "password": "long-enough-password"}, {}),
    "disable user": ("post", "/users/no-such-user/disable", None, {}),
    "enable user": ("post", "/users/no-such-user/enable", None, {}),
    "change role": ("put", "/users/no-such-user/role", {"role": "viewer"}, {}),
    "make enrollment code": ("post", "/enrollment-codes", {"checkpoint": "TORKHAM"}, {}),
    "revoke device": ("post", "/devices/no-such-device/revoke", None, {}),
    "read policies": ("get", "/policies", None, {}),
    # The one call here that changes something when allowed: every allowed role sets the
    # same date again.
    "set policy": ("post", "/policies", {"key": "por_valid_until", "value": "2025-06-30",
                                         "effective_from": "2025-04-01"}, {}),
    "find cards": ("get", "/cards", None, {}),
    # A full-width hyphen passes the schema but leaves no number once keyed: a 400.
    "cancel card": ("post", "/cards", {"document_type": "por", "number": "\uff0d"}, {}),
    "lift card": ("post", "/cards/lift", {"document_type": "por", "number": "NOT-LISTED"}, {}),
    "import cards": ("post", "/cards/import", None, {}),  # an empty file: a 400
}
# The issue's words: viewer (tallies, devices), complaints officer (+ complaints, contacts),
# supervisor (+ exports; reads the audit; keeps the reference data), HQ admin (+ users,
# enrollment codes, revocation).
LOWEST_ROLE = {
    "read tally": "viewer", "read devices": "viewer", "read complaints": "complaints",
    "read a complaint": "complaints", "assign complaint": "complaints",
    "note complaint": "complaints",
    "reveal contact": "complaints", "set complaint status": "complaints",
    "read audit": "supervisor", "list users": "admin", "add user": "admin",
    "disable user": "admin", "enable user": "admin", "change role": "admin",
    "make enrollment code": "admin", "revoke device": "admin",
    "read policies": "supervisor", "set policy": "supervisor", "find cards": "supervisor",
    "cancel card": "supervisor", "lift card": "supervisor", "import cards": "supervisor"}
OWN_ROUTES = {("post", "/api/v1/control/sign-in"), ("post", "/api/v1/control/sign-out"),
              ("post", "/api/v1/control/password")}


def test_every_staff_route_allows_exactly_the_roles_the_issue_names(
        controlroom: ControlRoom) -> None:
    schema = requests.get(f"{controlroom.base_url}/openapi.json", timeout=10).json()
    control_routes = {(method, path) for path, operations in schema["paths"].items()
                      for method in operations if path.startswith("/api/v1/control/")}
    covered = {(method, "/api/v1/control" + path) for method, path, _, _ in ROUTE_CALLS.values()}
    headers = {role: controlroom.staff_headers(role) for role in ROLES}

    allowed = {}
    for action, (method, path, body, params) in ROUTE_CALLS.items():
        for role in ROLES:
            answer = _call(controlroom, method, path, headers[role], body, **params)
            assert answer.status_code < 500, (action, role, answer.text)
            allowed[action, role] = answer.status_code != 403 or (
                answer.json()["code"] != "permission_denied")

    # Each route's shape with its ids filled in: every route is in the table.
    def shape(path: str) -> str:
        return "/".join("{}" if part.startswith("{") or part.startswith("no-such") else part
                        for part in path.split("/"))
    assert {(m, shape(p)) for m, p in control_routes - OWN_ROUTES} == {
        (m, shape(p)) for m, p in covered}
    assert allowed == {(action, role): ROLES.index(role) >= ROLES.index(LOWEST_ROLE[action])
                       for action in ROUTE_CALLS for role in ROLES}


def test_an_admin_who_must_change_the_first_password_manages_no_one(
        controlroom: ControlRoom) -> None:
    controlroom.add_staff("new-admin", "admin")
    token = controlroom.sign_in("new-admin", STAFF_PASSWORD).json()["token"]

    answer = _call(controlroom, "get", "/users", {"Authorization": f"Bearer {token}"})

    assert (answer.status_code, answer.json()["code"]) == (403, "must_change_password")


def test_two_admins_demoting_each_other_at_once_leave_one_admin(
        controlroom: ControlRoom) -> None:
    first = controlroom.staff_headers("admin")
    controlroom.add_staff("second.admin", "admin")
    token = controlroom.sign_in("second.admin", STAFF_PASSWORD).json()["token"]
    second = {"Authorization": f"Bearer {token}"}
    assert _call(controlroom, "post", "/password", second,
                 {"old_password": STAFF_PASSWORD, "new_password": "second-admin-pw"}).ok

    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(
            lambda call: _call(controlroom, "put", *call),
            [("/users/second.admin/role", first, {"role": "viewer"}),
             ("/users/test-admin/role", second, {"role": "viewer"})]))

    assert sorted(answer.status_code for answer in answers) == [200, 403]
    survivor = first if answers[0].ok else second
    admins = [u["username"] for u in _call(controlroom, "get", "/users", survivor).json()
              if u["role"] == "admin" and u["active"]]
    assert admins == (["test-admin"] if answers[0].ok else ["second.admin"])
