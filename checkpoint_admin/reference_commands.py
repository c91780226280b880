"""``checkpoint-admin check-document``: the desk's offline check against HQ's lists (DESIGN §7)."""

from __future__ import annotations

import argparse
import json
import sys

from checkpoint.errors import ValidationError
from checkpoint.reference import CLEAR
from checkpoint.reference import check_document as look_up
from checkpoint_admin.commands import Exit, signed_in
from contract import codes
from contract.documents import document_number_key

USAGE_STATUS = 2


def _usage(message: str) -> Exit:
    print(f"checkpoint-admin: {message}", file=sys.stderr)
    return Exit(USAGE_STATUS)


def check_document(args: argparse.Namespace) -> None:
    """Exit 0 when the document is clear, 1 when HQ's lists say something about it, 2 when the
    type or number cannot be read (said before any password is asked for)."""
    try:
        codes.document_types().resolve(args.document_type, field="type")
    except ValidationError as error:
        raise _usage(f"{error} (--type)") from None
    if not document_number_key(args.number):
        raise _usage("a document number is required (--number)")
    with signed_in(args) as ledger:
        outcome = look_up(ledger, args.document_type, args.number)
    as_of = outcome.as_of.isoformat() if outcome.as_of else None
    if args.json:
        print(json.dumps({"document_type": outcome.document_type, "number": outcome.number,
                          "status": outcome.status, "detail": outcome.detail,
                          "list_version": outcome.list_version, "as_of": as_of},
                         ensure_ascii=False))
    else:
        label = codes.document_types().entry(outcome.document_type).label
        print(f"{label} {outcome.number}: {outcome.status.replace('_', ' ')}")
        print(outcome.detail)
    raise Exit(0 if outcome.status == CLEAR else 1)
