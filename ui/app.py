"""Composition root of the desktop app (built by the desktop-app issue)."""

from __future__ import annotations

import sys


def main() -> int:
    """Entry point of ``checkpoint``: until the desktop app lands it says so and exits 2."""
    print("checkpoint: the desktop UI is not built yet; use checkpoint-admin "
          "(see README.md).", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
