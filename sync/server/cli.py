"""``controlroom``: run HQ and do the control room's chores from a shell (DESIGN §7).

Every subcommand takes ``--db URL`` (env ``CONTROLROOM_DB``; default a SQLite file in the user's
data folder). Expected failures print one plain sentence to stderr and exit 1 (2 for usage);
never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from contract import codes
from sync.server import reference, retention, service
from sync.server.database import make_engine, migrate, reading, transaction
from sync.server.errors import ServiceError
from sync.server.ingest import utc_now
from sync.server.schemas import iso_day
from sync.server.settings import Settings
from sync.server.staff import accounts, audit, desk
from sync.server.staff.device_board import device_row
from sync.server.staff.roles import OPERATOR, parse_role

PROG = "controlroom"
NEW_PASSWORD_ENV = "CONTROLROOM_NEW_PASSWORD"


class CommandError(Exception):
    """An expected failure: one sentence for stderr."""


def _whole_days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None


def _day(text: str) -> date:
    try:
        return iso_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {name: getattr(args, name, None) for name in ("db", "host", "port")}
    return Settings(**{name: value for name, value in overrides.items() if value is not None})


def _open(args: argparse.Namespace) -> Engine:
    """The database of ``--db``, migrated to this build's schema."""
    url = _settings(args).db
    try:
        engine = make_engine(url)
        migrate(engine)
    except (ArgumentError, NoSuchModuleError) as error:
        raise CommandError(f"{url!r} is not a database URL this build can open ({error})"
                           ) from None
    except (OperationalError, DBAPIError) as error:
        shown = make_url(url).render_as_string(hide_password=True)
        raise CommandError(f"cannot open the database {shown}: {error.orig}") from None
    return engine


def serve(args: argparse.Namespace) -> int:
    """Run HQ with uvicorn (several worker processes with ``--workers``) and its daily
    retention purge."""
    settings = _settings(args)
    engine = _open(args)  # migrate once here, not in every worker at the same moment
    with transaction(engine) as session:
        hq_id = service.hq_identity(session, settings.hq_id)
    engine.dispose()
    print(f"Control room {hq_id} on {make_url(settings.db).render_as_string(hide_password=True)}"
          f", listening on {settings.host}:{settings.port}; the console: "
          f"http://{settings.host}:{settings.port}/", file=sys.stderr)
    # One retention thread in this process, whatever the number of workers.
    daily = retention.DailyPurge(settings.db, settings.retention_days,
                                 lambda text: print(text, file=sys.stderr, flush=True),
                                 settings.departure_days)
    daily.start()
    try:
        _run_uvicorn(args, settings)
    finally:
        daily.stop()
    return 0


WORKER_HEALTHCHECK_SECONDS = 60


def _run_uvicorn(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn

    if args.workers > 1:
        # Workers are fresh processes: they read their settings from the environment.
        os.environ.update({"CONTROLROOM_DB": settings.db, "CONTROLROOM_HOST": settings.host,
                           "CONTROLROOM_PORT": str(settings.port)})
        # A worker that does not answer uvicorn's health check in time is killed and started
        # again; its default (5 s) killed every worker of a busy two-core HQ before it had
        # finished starting, over and over.
        uvicorn.run("sync.server.app:app_from_env", factory=True, host=settings.host,
                    port=settings.port, workers=args.workers, proxy_headers=True,
                    timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)
    else:
        from sync.server.app import create_app

        uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                    proxy_headers=True)


def migrate_command(args: argparse.Namespace) -> int:
    """Bring the database to this build's schema."""
    engine = _open(args)
    engine.dispose()
    print("The database is at this build's schema.")
    return 0


def enroll(args: argparse.Namespace) -> int:
    """Make a one-time enrollment code; the code alone is the last line printed.

    With ``--device`` the code re-enrolls that one device (HQ's explicit act: an enrolled or
    revoked device id takes no other code), at the checkpoint it is enrolled for.
    """
    engine = _open(args)
    with transaction(engine) as session:
        code, checkpoint, expires = desk.create_enrollment_code(
            session, OPERATOR, args.checkpoint, args.valid_hours, device_id=args.device)
    print(f"One-time enrollment code for {checkpoint}, valid until "
          f"{expires:%Y-%m-%d %H:%M} UTC.")
    if args.device:
        print(f"It re-enrolls device {args.device} only (and readmits it if it was revoked); "
              "the token it holds now stops working when the code is used.")
    print("On the device: checkpoint-admin enroll --hq https://HQ-ADDRESS --code CODE")
    print(code)
    return 0


def revoke(args: argparse.Namespace) -> int:
    """Stop a device's token working."""
    engine = _open(args)
    with transaction(engine) as session:
        device = desk.revoke(session, OPERATOR, args.device)
    print(f"Revoked {device.device_id} ({device.checkpoint}); its next sync is refused.")
    return 0


def tally(args: argparse.Namespace) -> int:
    """The national tally (``--json``: the DESIGN §7 object plus ``by_checkpoint``)."""
    engine = _open(args)
    with reading(engine) as session:
        result = service.national_tally(session, args.start, args.end, args.checkpoint)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"National tally, {result['from']} to {result['to']}: {result['total']} people, "
          f"{result['households']} households")
    for key in ("by_checkpoint", "by_origin_province", "by_document_type", "by_check_result",
                "by_sex", "by_age_band", "by_return_type", "by_vulnerability",
                "by_warning_overridden"):
        values: dict[str, int] = result[key]
        if values:
            print(f"  {key[3:].replace('_', ' ')}: "
                  + ", ".join(f"{name} {n}" for name, n in values.items()))
    return 0


def purge(args: argparse.Namespace) -> int:
    """Remove the personal fields of records older than the retention period, once."""
    days = _settings(args).retention_days if args.older_than is None else args.older_than
    low, high = retention.OLDER_THAN_RANGE
    if not low <= days <= high:
        raise CommandError(f"--older-than must be a whole number of days from {low} to {high}")
    engine = _open(args)
    try:
        done = retention.purge(engine, days)
        retention.forget_departures(engine, _settings(args).departure_days)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(done.as_json()))
    else:
        print(f"Removed the personal fields of {done.purged} records ({done.revisions} stored "
              f"revisions) older than {days} days; counts and tallies are unchanged.")
    return 0


def _closeout_summary(closeouts: Sequence[Any]) -> str:
    if not closeouts:
        return "none"
    short = [f"{c.day} missing {c.missing}" for c in closeouts if not c.reconciled]
    reconciled = sum(1 for c in closeouts if c.reconciled)
    return "; ".join([f"{reconciled} reconciled", *short])


def devices(args: argparse.Namespace) -> int:
    """The sync health table (``--json`` for scripts)."""
    engine = _open(args)
    with reading(engine) as session:
        health = service.device_health(session)
    if args.json:
        print(json.dumps([item.model_dump(mode="json") for item in health], ensure_ascii=False))
        return 0
    if not health:
        print("No devices are enrolled.")
        return 0
    silent_after, now = timedelta(hours=_settings(args).silent_hours), utc_now()
    rows = [("DEVICE", "CHECKPOINT", "STATE", "LAST CONTACT (UTC)", "RECORDS", "AUDIT",
             "CLOSE-OUTS")]
    for item in health:
        audit = f"{item.audit_status} to {item.audit_held_through}"
        if item.audit_problem:
            audit += f" ({item.audit_problem})"
        last = (item.last_contact_at.isoformat(timespec="minutes") if item.last_contact_at
                else "never")
        state = device_row(item, now, silent_after).state.value
        rows.append((item.device_id, item.checkpoint, state, last, str(item.records_held),
                     audit, _closeout_summary(item.closeouts)))
    _print_table(rows)
    return 0


def complaint_status(args: argparse.Namespace) -> int:
    """Set a complaint's status (it flows down to the checkpoint)."""
    engine = _open(args)
    with transaction(engine) as session:
        view = desk.set_complaint_status(session, replace(OPERATOR, name=args.by),
                                         args.uuid, args.status)
    print(f"Complaint {view.uuid} ({view.checkpoint}) is now {view.status}.")
    return 0


def _new_password() -> str:
    """The new user's first password: env ``CONTROLROOM_NEW_PASSWORD``, else asked twice."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CommandError(f"set {NEW_PASSWORD_ENV} or run this in a terminal to be asked for "
                           "the first password")
    first = getpass.getpass("First password for the new user: ")
    if getpass.getpass("The same password again: ") != first:
        raise CommandError("the two passwords differ; nothing was changed")
    return first


def user_add(args: argparse.Namespace) -> int:
    """Add a staff user, who must change the first password at their first sign-in."""
    # What can be refused is, before anyone types a password twice for nothing.
    accounts.normalise_username(args.name)
    parse_role(args.role)
    password = _new_password()
    engine = _open(args)
    with transaction(engine) as session:
        added = accounts.add_user(session, OPERATOR, args.name, args.role, password,
                                  full_name=args.full_name or "")
    print(f"Added {added.username} ({added.role.value}); they must choose a new password at "
          "their first sign-in.")
    return 0


def user_list(args: argparse.Namespace) -> int:
    """The staff users (``--json`` for scripts)."""
    engine = _open(args)
    with reading(engine) as session:
        users = accounts.list_users(session, OPERATOR)
    if args.json:
        print(json.dumps([{"username": u.username, "full_name": u.full_name,
                           "role": u.role.value, "active": u.active,
                           "must_change_password": u.must_change_password,
                           "created_at": u.created_at.isoformat(), "created_by": u.created_by,
                           "last_sign_in_at": u.last_sign_in_at.isoformat()
                           if u.last_sign_in_at else None}
                          for u in users], ensure_ascii=False))
        return 0
    if not users:
        print("No staff users yet; add the first admin with `controlroom user add NAME "
              "--role admin`.")
        return 0
    rows = [("USER", "ROLE", "STATE", "CREATED (UTC)", "BY", "LAST SIGN-IN (UTC)", "FULL NAME")]
    for u in users:
        state = ("active" if u.active else "disabled") + (
            ", must change password" if u.active and u.must_change_password else "")
        last = f"{u.last_sign_in_at:%Y-%m-%d %H:%M}" if u.last_sign_in_at else "never"
        rows.append((u.username, u.role.value, state, f"{u.created_at:%Y-%m-%d %H:%M}",
                     u.created_by, last, u.full_name))
    _print_table(rows)
    return 0


def user_disable(args: argparse.Namespace) -> int:
    """Disable a staff user: no more sign-ins, and their tokens stop now."""
    engine = _open(args)
    with transaction(engine) as session:
        disabled = accounts.disable_user(session, OPERATOR, args.name)
    print(f"Disabled {disabled.username}; their sign-ins have ended and they cannot sign in.")
    return 0


def user_enable(args: argparse.Namespace) -> int:
    """Let a disabled staff user sign in again."""
    engine = _open(args)
    with transaction(engine) as session:
        enabled = accounts.enable_user(session, OPERATOR, args.name)
    print(f"Enabled {enabled.username}; they can sign in again with their password.")
    return 0


def user_role(args: argparse.Namespace) -> int:
    """Give a staff user another role."""
    parse_role(args.role)
    engine = _open(args)
    with transaction(engine) as session:
        changed = accounts.change_role(session, OPERATOR, args.name, args.role)
    print(f"{changed.username} is now {changed.role.value}, from their next request.")
    return 0


def verify_audit(args: argparse.Namespace) -> int:
    """Walk HQ's whole staff audit chain: exit 0 when intact, 1 naming the first bad entry."""
    engine = _open(args)
    try:
        check = audit.verify(engine)
    finally:
        engine.dispose()
    if not check.intact:
        print(f"HQ's staff audit chain is broken at entry {check.first_bad_seq}: it was edited, "
              "removed or put out of order after it was written.", file=sys.stderr)
        return 1
    print("HQ's staff audit chain is intact.")
    return 0


def policy_set(args: argparse.Namespace) -> int:
    """Set a policy date from a day on (the desks get it at their next sync)."""
    engine = _open(args)
    with transaction(engine) as session:
        row = desk.set_policy(session, OPERATOR, args.key, args.value, args.start,
                              args.note or "")
    print(f"From {row.effective_from}, {reference.policy_words(row.key)} {row.value}; every "
          "desk gets it at its next sync.")
    return 0


def policy_list(args: argparse.Namespace) -> int:
    """Every policy date HQ holds (``--json`` for scripts)."""
    engine = _open(args)
    with reading(engine) as session:
        rows = desk.list_policies(session, OPERATOR)
    if args.json:
        print(json.dumps([{"key": r.key, "value": r.value.isoformat(),
                           "effective_from": r.effective_from.isoformat(), "note": r.note,
                           "set_by": r.set_by, "set_at": r.set_at.isoformat()} for r in rows],
                         ensure_ascii=False))
        return 0
    if not rows:
        print("No policy dates are set; set one with `controlroom policy set KEY DATE --from "
              "DATE`.")
        return 0
    table_rows = [("KEY", "VALUE", "FROM", "SET BY", "SET AT (UTC)", "NOTE")]
    table_rows += [(r.key, r.value.isoformat(), r.effective_from.isoformat(), r.set_by,
                    f"{r.set_at:%Y-%m-%d %H:%M}", r.note) for r in rows]
    _print_table(table_rows)
    return 0


def card_cancel(args: argparse.Namespace) -> int:
    """Put a card on the cancelled list (again: a new reason or date)."""
    engine = _open(args)
    with transaction(engine) as session:
        row = desk.cancel_card(session, OPERATOR, args.type, args.number, args.reason,
                               args.since)
    kind = codes.document_types().entry(row.document_type).label
    reason = codes.card_reasons().name(row.reason).lower()
    print(f"The {kind} card {row.number} is on the cancelled list ({reason}) since "
          f"{row.since}; every desk gets it at its next sync.")
    return 0


def card_lift(args: argparse.Namespace) -> int:
    """Take a card off the cancelled list."""
    engine = _open(args)
    with transaction(engine) as session:
        desk.lift_card(session, OPERATOR, args.type, args.number)
    print("The card is off the cancelled list; every desk gets it at its next sync.")
    return 0


def card_import(args: argparse.Namespace) -> int:
    """List the cards of a CSV file (document_type, number, reason, since)."""
    path = Path(args.file)
    if not path.is_file() or not os.access(path, os.R_OK):
        raise CommandError(f"cannot read {args.file}: no such readable file")
    engine = _open(args)
    with path.open("rb") as source, transaction(engine) as session:
        done = desk.import_cards(session, OPERATOR, source)
    if args.json:
        print(json.dumps(done.as_json(), ensure_ascii=False))
        return 0
    print(f"Listed {done.accepted} cards; {done.already_listed} were already listed; "
          f"{len(done.rejected)} rows rejected.")
    for line, reason in done.rejected:
        print(f"  line {line}: {reason}")
    return 0


def _print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
              + "  " + row[-1])


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None,
                        help="database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB "
                             "(default: env CONTROLROOM_DB, else a SQLite file in the user's "
                             "data folder)")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per subcommand."""
    parser = argparse.ArgumentParser(prog=PROG, description="Checkpoint control room (HQ).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int],
                text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        _common(p)
        p.set_defaults(run=run)
        return p

    p = command("serve", serve, "run HQ (migrates the database first)")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8470)")
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    command("migrate", migrate_command, "bring the database to this build's schema")
    p = command("enroll", enroll, "make a one-time enrollment code (printed on the last line)")
    p.add_argument("--checkpoint", required=True, help="checkpoint code, e.g. TORKHAM")
    p.add_argument("--valid-hours", type=float, default=48, help="how long it works (48)")
    p.add_argument("--device", default=None, metavar="DEVICE_ID",
                   help="re-enroll this device (already enrolled, or revoked) at its own "
                        "checkpoint; no other code re-enrolls a device HQ knows")
    p = command("revoke", revoke, "stop a device's token working (a lost laptop)")
    p.add_argument("device", help="the device id (see `controlroom devices`)")
    p = command("tally", tally, "the national tally over a day or a range")
    p.add_argument("--from", dest="start", required=True, type=_day, help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=_day, default=None, help="YYYY-MM-DD (inclusive)")
    p.add_argument("--checkpoint", default=None, help="one checkpoint only")
    p.add_argument("--json", action="store_true", help="print the tally object")
    p = command("purge", purge, "remove personal fields of records older than the retention "
                                "period (CONTROLROOM_RETENTION_DAYS)")
    p.add_argument("--older-than", type=_whole_days, default=None, metavar="DAYS",
                   help="days to keep (default: CONTROLROOM_RETENTION_DAYS, 730)")
    p.add_argument("--json", action="store_true", help='print {"purged": n, "revisions": n}')
    p = command("devices", devices, "sync health of every device")
    p.add_argument("--json", action="store_true")
    p = command("complaint-status", complaint_status, "set a complaint's status")
    p.add_argument("uuid")
    p.add_argument("status", help=", ".join(service.COMPLAINT_STATUSES))
    p.add_argument("--by", default=OPERATOR.name,
                   help="who set it (kept with the change and in HQ's audit)")
    command("verify-audit", verify_audit, "walk HQ's whole staff audit chain (exit 0 intact, "
                                          "1 naming the first bad entry)")
    _user_parsers(sub)
    _reference_parsers(sub)
    return parser


def _verbs(sub: Any, name: str, text: str) -> Callable[..., argparse.ArgumentParser]:
    """A subcommand with actions (``user add``, ``card import``): returns the function that
    adds one action's parser, with ``--db`` and what it runs."""
    group = sub.add_parser(name, help=text, description=text)
    verbs = group.add_subparsers(dest=f"{name}_command", required=True, metavar="ACTION")

    def verb(verb_name: str, run: Callable[[argparse.Namespace], int],
             verb_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = verbs.add_parser(verb_name, help=verb_text,
                                                      description=verb_text)
        _common(p)
        p.set_defaults(run=run)
        return p

    return verb


def _user_parsers(sub: Any) -> None:
    verb = _verbs(sub, "user", "manage the control room's staff users")
    p = verb("add", user_add, f"add a staff user (first password from env {NEW_PASSWORD_ENV} "
                              "or a prompt; changed at first sign-in)")
    p.add_argument("name", help="user name: lower-case letters, digits, '.', '-', '_'")
    p.add_argument("--role", required=True, metavar="ROLE",
                   help="viewer | complaints | supervisor | admin")
    p.add_argument("--full-name", default=None, help="the person's name as shown to others")
    p = verb("list", user_list, "list the staff users")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = verb("disable", user_disable, "disable a staff user (their tokens stop at once)")
    p.add_argument("name")
    p = verb("enable", user_enable, "let a disabled staff user sign in again")
    p.add_argument("name")
    p = verb("role", user_role, "give a staff user another role")
    p.add_argument("name")
    p.add_argument("role", help="viewer | complaints | supervisor | admin")


def _reference_parsers(sub: Any) -> None:
    policy = _verbs(sub, "policy", "HQ's policy dates, sent to every desk")
    p = policy("set", policy_set, "set a policy date from a day on (the same KEY and --from "
                                  "again replaces it)")
    p.add_argument("key", metavar="KEY", help="e.g. por_valid_until, acc_valid_until")
    p.add_argument("value", metavar="DATE", type=_day, help="YYYY-MM-DD")
    p.add_argument("--from", dest="start", required=True, type=_day,
                   help="the first day it applies to (YYYY-MM-DD)")
    p.add_argument("--note", default=None, help="why (a notification's reference)")
    p = policy("list", policy_list, "list every policy date")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    card = _verbs(sub, "card", "HQ's cancelled-cards list, sent to every desk")
    p = card("cancel", card_cancel, "put a card on the cancelled list")
    p.add_argument("--type", required=True, help="document type: por, acc, passport, ...")
    p.add_argument("--number", required=True, help="the card's number")
    p.add_argument("--reason", default="cancelled", help=", ".join(codes.card_reasons().codes))
    p.add_argument("--since", type=_day, default=None, help="YYYY-MM-DD (default: today)")
    p = card("lift", card_lift, "take a card off the cancelled list")
    p.add_argument("--type", required=True, help="document type: por, acc, passport, ...")
    p.add_argument("--number", required=True, help="the card's number")
    p = card("import", card_import, "list the cards of a CSV file: document_type, number, "
                                    "reason (optional), since (optional)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true",
                   help='print {"accepted": n, "already_listed": n, "rejected": [{"line": n, '
                        '"reason": "..."}]}')


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``controlroom`` command."""
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ValidationError as error:
        # The message, not the input: a refused setting may be a secret.
        why = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                        for e in error.errors(include_input=False))
        print(f"{PROG}: a CONTROLROOM_* setting is not valid: {why}", file=sys.stderr)
        return 1
    except (CommandError, ServiceError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except OperationalError as error:
        print(f"{PROG}: the database is unavailable: {error.orig}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
