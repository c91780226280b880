"""The user guide and its pictures stay in step: every image it shows is there, and every image
in ``docs/images`` is shown (``python docs/screenshots.py`` writes them)."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_image_of_the_guide_exists_and_every_image_is_in_the_guide() -> None:
    guide = (DOCS / "user-guide.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"!\[[^\]]*\]\(images/([^)]+)\)", guide))
    kept = {path.name for path in (DOCS / "images").glob("*.png")}
    assert shown - kept == set(), "shown in the guide but missing"
    assert kept - shown == set(), "kept in docs/images but not shown in the guide"
