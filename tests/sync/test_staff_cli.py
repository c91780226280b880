"""``controlroom user add/list/disable`` as real processes (DESIGN §7), against the database of
a running HQ: the user they add signs in over HTTP, and disabling one ends their token."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import requests

from tests.support.controlroom import ControlRoom
from tests.support.logcheck import note_secret

FIRST_PASSWORD = "cli-first-password"


def _controlroom(*args: str, db: str, password: str | None = FIRST_PASSWORD
                 ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTROLROOM_DB": db}
    env.pop("CONTROLROOM_NEW_PASSWORD", None)
    if password is not None:
        note_secret(password)
        env["CONTROLROOM_NEW_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "sync.server.cli", *args], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_user_add_list_and_disable_manage_who_signs_in(controlroom: ControlRoom) -> None:
    db = controlroom.db_url

    added = _controlroom("user", "add", "Farida.K", "--role", "complaints", "--full-name",
                         "Farida Karimi", db=db)
    listed = _controlroom("user", "list", "--json", "--db", db, db="sqlite:///nowhere.db")
    table = _controlroom("user", "list", db=db)
    signed = controlroom.sign_in("farida.k", FIRST_PASSWORD)
    token = {"Authorization": f"Bearer {signed.json()['token']}"}
    disabled = _controlroom("user", "disable", "farida.k", db=db)
    after = requests.post(controlroom.url("/control/password"), headers=token, timeout=10,
                          json={"old_password": FIRST_PASSWORD, "new_password": "x" * 12})

    assert added.returncode == 0, added.stderr
    assert "farida.k (complaints)" in added.stdout
    assert listed.returncode == 0, listed.stderr
    (user,) = json.loads(listed.stdout)
    assert {k: user[k] for k in ("username", "full_name", "role", "active",
                                 "must_change_password", "created_by")} == {
        "username": "farida.k", "full_name": "Farida Karimi", "role": "complaints",
        "active": True, "must_change_password": True, "created_by": "(operator)"}
    assert table.stdout.splitlines()[0].split()[:3] == ["USER", "ROLE", "STATE"]
    assert "farida.k  complaints  active, must change password" in table.stdout
    assert (signed.status_code, signed.json()["must_change_password"]) == (200, True)
    assert disabled.returncode == 0, disabled.stderr
    assert after.status_code == 401  # the token stopped at once
    assert controlroom.sign_in("farida.k", FIRST_PASSWORD).status_code == 403
    audit = requests.get(controlroom.url("/control/audit"), headers=controlroom.admin_headers,
                         timeout=10).json()["entries"]
    assert [(e["actor"], e["action"], e["target"]) for e in audit
            if e["action"].startswith("user_")] == [("(operator)", "user_add", "farida.k"),
                                                    ("(operator)", "user_disable", "farida.k")]


def test_user_commands_refuse_in_one_sentence_with_exit_1(controlroom: ControlRoom) -> None:
    db = controlroom.db_url
    assert _controlroom("user", "add", "omar", "--role", "viewer", db=db).returncode == 0

    refusals = {
        "exists": _controlroom("user", "add", "omar", "--role", "viewer", db=db),
        "role": _controlroom("user", "add", "zahir", "--role", "boss", db=db),
        "short": _controlroom("user", "add", "zahir", "--role", "viewer", db=db,
                              password="short"),
        "name": _controlroom("user", "add", "Zahir Shah", "--role", "viewer", db=db),
        "unknown": _controlroom("user", "disable", "nobody", db=db),
        "no password": _controlroom("user", "add", "zahir", "--role", "viewer", db=db,
                                    password=None),
        # A bad name or role is said before any password is asked for.
        "name first": _controlroom("user", "add", "Zahir Shah", "--role", "viewer", db=db,
                                   password=None),
        "role first": _controlroom("user", "add", "zahir", "--role", "boss", db=db,
                                   password=None),
    }

    wording = {"exists": "There is already a staff user 'omar'.",
               "role": "'boss' is not a role; use one of viewer, complaints, supervisor, admin.",
               "short": "The password must be at least 10 characters.",
               "name": "'Zahir Shah' is not a valid user name",
               "unknown": "There is no staff user 'nobody'.",
               "no password": "set CONTROLROOM_NEW_PASSWORD or run this in a terminal",
               "name first": "'Zahir Shah' is not a valid user name",
               "role first": "'boss' is not a role"}
    for case, done in refusals.items():
        assert done.returncode == 1, (case, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, (case, done.stderr)
        assert wording[case] in done.stderr, (case, done.stderr)
        assert "Traceback" not in done.stderr
    names = [u["username"] for u in json.loads(
        _controlroom("user", "list", "--json", db=db).stdout)]
    assert names == ["omar"]


def _add_at_a_terminal(db: str, name: str, first: str, again: str) -> tuple[int, str]:
    """``controlroom user add`` with a terminal for stdin (a pseudo-terminal, in its own
    session so it never reaches the terminal running the tests), typing ``first`` and
    ``again`` at its two prompts (each after its prompt: ``getpass`` discards what was typed
    before it asks)."""
    controller, terminal = os.openpty()
    env = {**os.environ, "CONTROLROOM_DB": db}
    env.pop("CONTROLROOM_NEW_PASSWORD", None)
    process = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "user", "add", name,
                                "--role", "viewer"], env=env, stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        assert process.stderr is not None
        for prompt, typed in ((b"password for the new user: ", first),
                              (b"The same password again: ", again)):
            seen = b""
            while not seen.endswith(prompt):
                byte = process.stderr.read(1)
                assert byte, seen
                seen += byte
            os.write(controller, f"{typed}\n".encode())
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None and process.returncode is None:
            process.kill()
            process.wait(timeout=30)
        os.close(terminal)
        os.close(controller)
    return process.returncode, (out + err).decode()


def test_user_add_asks_for_the_first_password_twice_at_a_terminal(
        controlroom: ControlRoom) -> None:
    note_secret(FIRST_PASSWORD)

    same = _add_at_a_terminal(controlroom.db_url, "nadia", FIRST_PASSWORD, FIRST_PASSWORD)
    differ = _add_at_a_terminal(controlroom.db_url, "karim", FIRST_PASSWORD, "something-else")

    assert same[0] == 0, same[1]
    assert controlroom.sign_in("nadia", FIRST_PASSWORD).status_code == 200
    assert differ[0] == 1
    assert "the two passwords differ; nothing was changed" in differ[1]
    assert controlroom.sign_in("karim", FIRST_PASSWORD).status_code == 401


def test_user_enable_and_role_give_access_back_and_another_role(
        controlroom: ControlRoom) -> None:
    db = controlroom.db_url
    _controlroom("user", "add", "farida.k", "--role", "viewer", db=db)
    _controlroom("user", "disable", "farida.k", db=db)

    enabled = _controlroom("user", "enable", "farida.k", db=db)
    promoted = _controlroom("user", "role", "farida.k", "Complaints", db=db)
    last_admin = _controlroom("user", "add", "amina", "--role", "admin", db=db)
    demote_last = _controlroom("user", "role", "amina", "viewer", db=db)
    listed = json.loads(_controlroom("user", "list", "--json", db=db).stdout)

    assert enabled.stdout.strip() == "Enabled farida.k; they can sign in again with their password."
    assert promoted.stdout.strip() == "farida.k is now complaints, from their next request."
    assert last_admin.returncode == 0, last_admin.stderr
    assert demote_last.returncode == 1
    assert demote_last.stderr.strip() == (
        "controlroom: You cannot demote 'amina': they are the last active admin, and HQ needs "
        "one to manage staff. Make another admin first.")
    assert [(u["username"], u["role"], u["active"]) for u in listed] == [
        ("amina", "admin", True), ("farida.k", "complaints", True)]
    signed = controlroom.sign_in("farida.k", FIRST_PASSWORD)
    assert (signed.status_code, signed.json()["role"]) == (200, "complaints")
