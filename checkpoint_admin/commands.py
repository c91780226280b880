"""The subcommands of ``checkpoint-admin``: each reads its arguments, calls the core, prints."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from checkpoint import closeout, users
from checkpoint import tally as tallies
from checkpoint.audit_anchor import check_audit, read_anchors
from checkpoint.backup import backup as make_backup
from checkpoint.backup import restore as restore_backup
from checkpoint.demo import add_demo_data
from checkpoint.errors import CheckpointError, MrzUnreadable, ValidationError
from checkpoint.hijri import parse_document_date
from checkpoint.ledger import Ledger, create_ledger, normalise_username, open_ledger
from checkpoint.mrz import read_mrz
from checkpoint.permissions import Action, parse_role
from checkpoint.printing import Output, print_sheet
from contract import codes
from contract.errors import ErrorCode
from contract.sheetwords import BREAKDOWN_LISTS, SheetLabels, breakdown_rows


class Exit(Exception):
    """Leave with a given status after the command has said what it had to say."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def parse_day(text: str) -> date:
    """A day as the desk reads it (``parse_document_date``): YYYY-MM-DD, DD/MM/YYYY, YYYYMMDD
    or Solar Hijri, so "1403-09-01" is the same day here as at the desk, not the year 1403."""
    try:
        return parse_document_date(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def positive_int(text: str) -> int:
    """A whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CheckpointError(f"no password given: set {env} or run in a terminal to be asked",
                              code=ErrorCode.NO_PASSWORD)
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise CheckpointError("the two passwords differ; nothing was changed",
                              code=ErrorCode.PASSWORD_MISMATCH)
    return value


def _username(args: argparse.Namespace) -> str:
    username: str | None = args.user or os.environ.get("CHECKPOINT_USER")
    if not username:
        raise CheckpointError("no user given: use --user NAME or set CHECKPOINT_USER",
                              code=ErrorCode.NO_USER)
    return username


@contextmanager
def signed_in(args: argparse.Namespace, *, changing_password: bool = False) -> Iterator[Ledger]:
    """Open the database as ``--user`` (or CHECKPOINT_USER) for the length of a command.

    A user who must change their password (a first password, or one IT reset) may run
    ``password`` and nothing else, as the desktop lets them do nothing before changing it."""
    ledger = open_ledger(args.db, _username(args), _secret("CHECKPOINT_PASSWORD", "Password: "))
    try:
        if ledger.must_change_password and not changing_password:
            raise CheckpointError(
                f"{ledger.actor.username} must choose a new password first: run "
                "checkpoint-admin password (the new one from CHECKPOINT_NEW_PASSWORD or a "
                "prompt).", code=ErrorCode.MUST_CHANGE_PASSWORD)
        yield ledger
    finally:
        ledger.close()


def init(args: argparse.Namespace) -> None:
    """Create the database and its first IT admin."""
    password = _secret("CHECKPOINT_PASSWORD", f"Password for {args.admin}: ", confirm=True)
    ledger = create_ledger(args.db, checkpoint=args.checkpoint, admin=args.admin,
                           password=password, timezone=args.timezone,
                           admin_full_name=args.full_name)
    settings = ledger.settings
    ledger.close()
    print(f"Created {args.db} for {codes.crossing_points().name(settings.checkpoint)} "
          f"({settings.timezone}); IT admin: {ledger.actor.username}.")
    print(f"Keep {args.db.name}.keys with the database: it cannot be opened without it.")


def password(args: argparse.Namespace) -> None:
    """Change the signed-in user's own password."""
    with signed_in(args, changing_password=True) as ledger:
        new_password = _secret("CHECKPOINT_NEW_PASSWORD", "New password: ", confirm=True)
        users.change_own_password(ledger, new_password)
        name = ledger.actor.username
    print(f"Password changed for {name}; use the new one from now on.")


def user_add(args: argparse.Namespace) -> None:
    """Add a user, who must change the first password at first sign-in."""
    with signed_in(args) as ledger:
        # Everything that can be refused is, before anyone types a password twice for nothing.
        ledger.actor.require(Action.MANAGE_USERS)
        normalise_username(args.name)
        parse_role(args.role)
        password = _secret("CHECKPOINT_NEW_PASSWORD", f"First password for {args.name}: ",
                           confirm=True)
        info = users.add_user(ledger, args.name, args.role, password,
                              full_name=args.full_name)
    print(f"Added {info.username} ({info.role.value}); they choose their own password at "
          "first sign-in.")


def user_list(args: argparse.Namespace) -> None:
    """List users and whether they can sign in."""
    with signed_in(args) as ledger:
        found = users.list_users(ledger)
    if args.json:
        print(json.dumps([{"username": u.username, "full_name": u.full_name,
                           "role": u.role.value, "active": u.active,
                           "must_change_password": u.must_change_password,
                           "created_at": u.created_at.isoformat(), "created_by": u.created_by,
                           "role_verified": u.role_verified}
                          for u in found], indent=2))
        return
    for u in found:
        state = "active" if u.active else "disabled"
        extra = ", must change password" if u.must_change_password and u.active else ""
        if not u.role_verified:
            extra += ", role not verified (changed outside Checkpoint)"
        print(f"{u.username:<20} {u.full_name or '-':<30} {u.role.value:<11} {state}{extra}")


def user_disable(args: argparse.Namespace) -> None:
    """Stop a user signing in."""
    with signed_in(args) as ledger:
        lost = users.disable_user(ledger, args.name)
    print(f"Disabled {args.name}; they can no longer sign in, and the database has a new key.")
    if lost:
        print("Not signed in since the upgrade, so they need a new password (user "
              f"reset-password): {', '.join(lost)}")


def user_reset_password(args: argparse.Namespace) -> None:
    """Give a user a temporary password."""
    with signed_in(args) as ledger:
        password = _secret("CHECKPOINT_NEW_PASSWORD", f"Temporary password for {args.name}: ",
                           confirm=True)
        users.reset_password(ledger, args.name, password)
    print(f"{args.name} must choose a new password at next sign-in.")


def import_csv(args: argparse.Namespace) -> None:
    """Import a legacy register."""
    from checkpoint.csv_import import import_register

    with signed_in(args) as ledger:
        report = import_register(ledger, args.file)
    if args.json:
        print(json.dumps({"accepted": report.accepted, "already_present": report.already_present,
                          "rejected": [{"line": r.line, "reason": r.reason}
                                       for r in report.rejected]}, ensure_ascii=False))
        return
    print(f"Accepted {report.accepted} rows; {report.already_present} were already present; "
          f"{len(report.rejected)} rejected.")
    for row in report.rejected:
        print(f"  line {row.line}: {row.reason}")
    if report.rejected_path:
        print(f"Rejected rows written to {report.rejected_path}")


def export_csv(args: argparse.Namespace) -> None:
    """Export records of a date range (IT admin)."""
    from checkpoint.csv_export import export_crossings

    tallies.check_range(args.start, args.end)
    with signed_in(args) as ledger:
        count = export_crossings(ledger, args.start, args.end, args.file)
    print(f"Exported {count} records to {args.file}")


def _print_tally(result: dict) -> None:
    # The sheet's rows and names (a "not recorded" row where one applies), zeros left out.
    labels = SheetLabels()
    print(f"Tally for {result['checkpoint']}, {result['from']} to {result['to']}")
    print(f"  departures  {result['total']:>8}")
    print(f"  households  {result['households']:>8}")
    for key in BREAKDOWN_LISTS:
        print(getattr(labels, key))
        for row in breakdown_rows(result, key, labels, isolated=False):
            if row.count:
                print(f"  {row.label:<34} {row.count:>8}")


def tally(args: argparse.Namespace) -> None:
    """Print the tally (text, JSON or the PDF sheet)."""
    end = tallies.check_range(args.start, args.end)
    with signed_in(args) as ledger:
        result = tallies.tally(ledger, args.start, end)
        if args.pdf:
            _write_sheet(ledger, tallies.Period.between(args.start, end), args.pdf)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print_tally(result)
        if args.pdf:
            print(f"Tally sheet written to {args.pdf}")


def _write_sheet(ledger: Ledger, period: tallies.Period, path: Path) -> None:
    # Imported here so that every other command starts without loading Qt.
    from ui.sheet_pdf import write_sheet_pdf

    def render(html: str) -> bool:
        write_sheet_pdf(html, path)
        return True

    print_sheet(ledger, period, render, output=Output.PDF)


def close_day(args: argparse.Namespace) -> None:
    """Close out a day."""
    with signed_in(args) as ledger:
        done = closeout.close_day(ledger, args.day, args.signed_name)
    frozen = json.loads(done.tally_json)
    print(f"Closed {done.day}: {frozen['total']} departures, {frozen['households']} households; "
          f"tally hash {done.tally_hash}")


def verify_audit(args: argparse.Namespace) -> None:
    """Exit 0 when the log is intact (chain, signatures, anchors, HQ's acknowledged entry),
    1 naming the first problem."""
    with signed_in(args) as ledger:
        anchors = read_anchors(ledger.keyfile)
        with ledger.reading() as session:
            checked, broken = check_audit(session, anchors)
    if broken:
        print(f"Audit log broken: {broken} ({checked} entries of the chain verify).")
        raise Exit(1)
    print(f"Audit chain intact: {checked} entries verified, with every anchor and HQ's "
          "acknowledged entry.")


def backup(args: argparse.Namespace) -> None:
    """Write an encrypted backup with its key file."""
    with signed_in(args) as ledger:
        keys = make_backup(ledger, args.file)
    print(f"Backup written to {args.file} with its key file {keys.name}; keep them together.")


def restore(args: argparse.Namespace) -> None:
    """Replace the database with a backup proven good; the old one is kept as a dated copy."""
    username = _username(args)
    password = _secret("CHECKPOINT_PASSWORD", "Password: ")
    restored = restore_backup(args.file, args.db, username, password)
    print(f"Restored {args.file.name} into {args.db}; {restored.audit_entries} audit entries "
          "verified.")
    if restored.previous is not None:
        print(f"The database it replaced is kept as {restored.previous.name}.")


def demo_data(args: argparse.Namespace) -> None:
    """Record synthetic crossings (IT admin, into a demo database only)."""
    with signed_in(args) as ledger:
        count = add_demo_data(ledger, args.start, args.days, args.per_day, seed=args.seed)
    print(f"Recorded {count} demo crossings over {args.days} days from {args.start}.")


def mrz(args: argparse.Namespace) -> None:
    """Read MRZ lines from stdin: exit 0 valid, 1 a check failed, 2 unreadable."""
    try:
        typed = sys.stdin.read()
    except UnicodeDecodeError:  # bytes a strict locale cannot read as text: unreadable too
        print("checkpoint-admin: unreadable MRZ: the input is not text in this terminal's "
              "encoding.", file=sys.stderr)
        raise Exit(2) from None
    try:
        reading = read_mrz(typed)
    except MrzUnreadable as error:
        print(f"checkpoint-admin: unreadable MRZ: {error}", file=sys.stderr)
        raise Exit(2) from None
    if args.json:
        print(json.dumps(reading.to_json(), ensure_ascii=False))
    else:
        for key, value in reading.to_json().items():
            if key != "checks":
                print(f"{key:<18} {'' if value is None else value}")
        for name, verdict in reading.checks.items():
            if verdict is not None:
                print(f"check {name:<13} {'ok' if verdict else 'FAILED'}")
        for problem in reading.errors:
            print(f"error: {problem.message}")
    raise Exit(0 if reading.valid else 1)
