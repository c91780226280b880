"""``checkpoint-admin purge``: the retention purge from a shell (IT admin; DESIGN §7)."""

from __future__ import annotations

import argparse
import json

from checkpoint.retention import purge as purge_records
from checkpoint_admin.commands import signed_in


def whole_number(text: str) -> int:
    """A whole number as typed (the core says which range it takes)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None


def purge(args: argparse.Namespace) -> None:
    """Purge personal fields of old records HQ holds; ``--json`` prints exactly the counts."""
    with signed_in(args) as ledger:
        days = ledger.settings.retention_days if args.older_than is None else args.older_than
        report = purge_records(ledger, args.older_than)
    if args.json:
        print(json.dumps(report.as_json()))
        return
    print(f"Purged the personal details of {report.purged} records older than {days} days "
          f"that the control room holds; {report.kept_unsynced} older records not yet synced "
          "were kept.")
