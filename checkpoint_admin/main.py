"""``checkpoint-admin``: the core without windows, for IT officers and scripts (DESIGN §7).

Every subcommand takes ``--db`` (env ``CHECKPOINT_DB``) and, where it opens the database,
``--user`` (env ``CHECKPOINT_USER``) with the password from ``CHECKPOINT_PASSWORD`` or a prompt.
Expected failures print one plain sentence to stderr and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import traceback
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from checkpoint.errors import CheckpointError, disk_full
from checkpoint.paths import database_path
from checkpoint_admin import commands, reference_commands, retention_commands, sync_commands
from contract.errors import ErrorCode

PROG = "checkpoint-admin"


class UsageError(CheckpointError):
    """A problem with how the command was called (exit status 2)."""

    code = ErrorCode.USAGE


def _common(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help="database file (default: env CHECKPOINT_DB or the app's data folder)")
    if user:
        parser.add_argument("--user", default=None,
                            help="user name (default: env CHECKPOINT_USER); the password comes "
                                 "from env CHECKPOINT_PASSWORD or a prompt")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-parser per subcommand."""
    parser = argparse.ArgumentParser(prog=PROG, description="Checkpoint ledger administration.")
    # The installed package's version (pyproject.toml), which the desktop build carries too.
    parser.add_argument("--version", action="version", version=f"{PROG} {version('checkpoint')}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("init", help="create the database and its first IT admin")
    _common(p, user=False)
    p.add_argument("--checkpoint", required=True, help="crossing point code or name (TORKHAM)")
    p.add_argument("--admin", required=True, help="user name of the first IT admin")
    p.add_argument("--timezone", default=None, help="IANA time zone (default: the checkpoint's)")
    p.add_argument("--full-name", default="", help="the admin's full name, shown on sheets")
    p.set_defaults(run=commands.init)

    p = sub.add_parser("password", help="change your own password (the new one from "
                                        "CHECKPOINT_NEW_PASSWORD or a prompt)")
    _common(p)
    p.set_defaults(run=commands.password)

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="user_command",
                                                                     required=True)
    p = user.add_parser("add", help="add a user (password from CHECKPOINT_NEW_PASSWORD)")
    _common(p)
    p.add_argument("name")
    p.add_argument("--role", required=True, help="clerk, shift_lead or it_admin")
    p.add_argument("--full-name", default="", help="the name sheets and close-outs show")
    p.set_defaults(run=commands.user_add)
    p = user.add_parser("list", help="list users")
    _common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.user_list)
    p = user.add_parser("disable", help="stop a user signing in")
    _common(p)
    p.add_argument("name")
    p.set_defaults(run=commands.user_disable)
    p = user.add_parser("reset-password",
                        help="give a user a temporary password (from CHECKPOINT_NEW_PASSWORD)")
    _common(p)
    p.add_argument("name")
    p.set_defaults(run=commands.user_reset_password)

    p = sub.add_parser("import-csv", help="import a legacy register (DESIGN §8)")
    _common(p)
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.import_csv)

    p = sub.add_parser("export-csv", help="export records (IT admin; audited)")
    _common(p)
    p.add_argument("--from", dest="start", required=True, type=commands.parse_day)
    p.add_argument("--to", dest="end", required=True, type=commands.parse_day)
    p.add_argument("file", type=Path)
    p.set_defaults(run=commands.export_csv)

    p = sub.add_parser("tally", help="the tally for a day or a range")
    _common(p)
    p.add_argument("--from", dest="start", required=True, type=commands.parse_day)
    p.add_argument("--to", dest="end", default=None, type=commands.parse_day)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", type=Path, default=None, help="write the printed tally sheet")
    p.set_defaults(run=commands.tally)

    p = sub.add_parser("close-day", help="close out a day (shift lead)")
    _common(p)
    p.add_argument("day", type=commands.parse_day)
    p.add_argument("--signed-name", default="", help="name signed on the sheet")
    p.set_defaults(run=commands.close_day)

    p = sub.add_parser("verify-audit", help="check the audit log's hash chain")
    _common(p)
    p.set_defaults(run=commands.verify_audit)

    p = sub.add_parser("backup", help="consistent online backup, still encrypted")
    _common(p)
    p.add_argument("file", type=Path)
    p.set_defaults(run=commands.backup)

    p = sub.add_parser("restore", help="restore a backup (IT admin); refuses a corrupt or "
                                       "foreign one")
    _common(p)
    p.add_argument("file", type=Path)
    p.set_defaults(run=commands.restore)

    p = sub.add_parser("purge", help="purge personal fields of records HQ holds and older "
                                     "than the retention period (IT admin)")
    _common(p)
    p.add_argument("--older-than", type=retention_commands.whole_number, default=None,
                   metavar="DAYS", help="days to keep (default: the retention setting; 0 "
                                        "purges everything HQ holds from before today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=retention_commands.purge)

    p = sub.add_parser("demo-data", help="synthetic records for demos and benchmarks (IT admin; "
                                         "a database not enrolled and without real records)")
    _common(p)
    p.add_argument("--from", dest="start", required=True, type=commands.parse_day)
    p.add_argument("--days", required=True, type=commands.positive_int)
    p.add_argument("--per-day", required=True, type=commands.positive_int)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(run=commands.demo_data)

    p = sub.add_parser("enroll", help="enroll this device with HQ (IT admin)")
    _common(p)
    p.add_argument("--hq", required=True, help="HQ's address, https://...")
    p.add_argument("--code", required=True, help="the one-time code HQ gave")
    p.add_argument("--pin", default=None,
                   help="SHA-256 fingerprint of HQ's certificate; with a pin, a self-signed "
                        "certificate with that fingerprint is accepted")
    p.set_defaults(run=sync_commands.enroll)

    p = sub.add_parser("sync", help="send pending records to HQ")
    _common(p)
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.set_defaults(run=sync_commands.sync)

    p = sub.add_parser("sync-status", help="pending, rejected, last sync, HQ reachable")
    _common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=sync_commands.sync_status)

    p = sub.add_parser("check-document", help="look a document up in HQ's lists held here "
                                              "(cancelled, departed elsewhere, policy expiry); "
                                              "exit 0 clear, 1 otherwise")
    _common(p)
    p.add_argument("--type", dest="document_type", required=True,
                   help="document type as people write it (PoR, ACC, passport, Tazkira, ...)")
    p.add_argument("--number", required=True, help="the document's number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=reference_commands.check_document)

    p = sub.add_parser("mrz", help="read MRZ lines from stdin and check every digit")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=commands.mrz)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; the return value is the process's exit status."""
    args = build_parser().parse_args(argv)
    if hasattr(args, "db"):
        args.db = database_path(args.db)
    try:
        return int(args.run(args) or 0)
    except commands.Exit as done:
        return done.status
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # every fault is one sentence, never a traceback
        print(f"{PROG}: {_sentence(error)}", file=sys.stderr)
        return 1


def _words(text: str) -> str:
    return " ".join(re.split(r"[\s_-]+", text.lower()))


def _sentence(error: Exception) -> str:
    """What went wrong, in one sentence without a secret or a person's details."""
    error = disk_full(error) or error
    if isinstance(error, CheckpointError):
        # A field the sentence already names (older_than_days as "older-than days") is not
        # repeated after it.
        named = error.field and _words(error.field) in _words(str(error))
        where = f" ({error.field})" if error.field and not named else ""
        return f"{error}{where}"
    if isinstance(error, OSError):
        # A file that cannot be read or written: say which.
        return f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    # A bug, not a fault the user can fix: its kind only (an SQL error's text may quote
    # values); CHECKPOINT_TRACEBACK=1 shows the whole story to whoever fixes it.
    if os.environ.get("CHECKPOINT_TRACEBACK"):
        traceback.print_exc()
    return (f"unexpected error ({type(error).__name__}); nothing more was done. Set "
            "CHECKPOINT_TRACEBACK=1 and run it again to show IT the details.")
