"""``python -m resources.translations update|build|check``: keep the ``.ts`` files equal to
what the app shows, and compile them (see ``docs/translations.md``)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from resources.translations import qm_name, release, ts_files
from resources.translations.catalog import (
    Catalog,
    carry_over,
    differences,
    read_ts,
    unfinished,
    write_ts,
)
from resources.translations.extract import extract

SOURCE_FOLDER = Path(__file__).resolve().parent
UPDATE_COMMAND = "python -m resources.translations update"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; the exit status is the result."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (OSError, ValueError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or error
        print(f"error: {detail}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m resources.translations",
                                     description="Checkpoint's translation files.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    update = commands.add_parser("update", help="extract every text again into each .ts, "
                                                "keeping the translations already made")
    update.add_argument("--add", action="append", default=[], metavar="LANGUAGE",
                        help="start a new language's file (e.g. fa_AF)")
    update.set_defaults(run=_update)
    build = commands.add_parser("build", help="compile every .ts into a .qm (lrelease)")
    build.add_argument("--out", type=Path, default=SOURCE_FOLDER,
                       help="folder for the .qm files (default: beside the .ts)")
    build.set_defaults(run=_build)
    check = commands.add_parser("check", help="exit 1 if a .ts differs from a fresh "
                                              "extraction")
    check.add_argument("--complete", action="store_true",
                       help="also exit 1 if any translation is unfinished")
    check.set_defaults(run=_check)
    return parser


def _update(args: argparse.Namespace) -> int:
    files = ts_files(SOURCE_FOLDER)
    for language in args.add:
        files.setdefault(language, SOURCE_FOLDER / f"checkpoint_{language}.ts")
    for language, path in sorted(files.items()):
        old = read_ts(path) if path.exists() else Catalog(language, [])
        catalog = carry_over(extract(language), old)
        write_ts(catalog, path)
        print(f"{path.name}: {len(catalog.messages)} texts, "
              f"{len(unfinished(catalog))} not yet translated")
    return 0


def _build(args: argparse.Namespace) -> int:
    for language, path in sorted(ts_files(SOURCE_FOLDER).items()):
        release(path, args.out / qm_name(language))
        print(f"{args.out / qm_name(language)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    failed = False
    for language, path in sorted(ts_files(SOURCE_FOLDER).items()):
        committed = read_ts(path)
        problems = differences(carry_over(extract(language), committed), committed)
        if problems:
            failed = True
            print(f"{path.name} is not what the app shows ({len(problems)} differences); "
                  f"run `{UPDATE_COMMAND}` and commit the result:")
            print("\n".join(f"  {line}" for line in problems))
        left = unfinished(committed)
        if not problems:
            print(f"{path.name}: up to date ({len(committed.messages)} texts, "
                  f"{len(left)} not yet translated)")
        if args.complete and left:
            failed = True
            print(f"{path.name}: {len(left)} texts not translated (or a plural form empty), "
                  f"e.g.:")
            print("\n".join(f"  [{m.context}] {m.source!r}" for m in left[:10]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
