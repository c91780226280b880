"""The words of a printed PDF, as a reader copying them out would get them."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """The words of a PDF, whitespace collapsed and ligatures (ﬀ) unfolded.

    A sign drawn from another face than its number (Noto Sans has no U+2212 minus, so it comes
    from a fallback face) starts a new run of text, which the extractor reads as a break: the
    sign is joined to its number again, as it is printed.
    """
    words = " ".join(page.extract_text() for page in PdfReader(path).pages)
    words = " ".join(unicodedata.normalize("NFKC", words).split())
    return re.sub(r"([+\u2212]) (?=\d)", r"\1", words)
