"""How a one-time enrollment code is shown to the HQ admin who made it: grouped characters and a
QR code, drawn here as SVG so the console ships no image library and no script.

The QR holds the code alone, exactly as HQ gave it (``K7QM-3XRT-9WHD-PA2F``), not the whole
``checkpoint-admin enroll --hq URL --code CODE`` command:

- The laptop takes the code in two places, the desktop app's "One-time code" field and
  ``checkpoint-admin enroll --code``; a scanner that types what it reads (a phone's, or a USB
  one) fills either. A command fits only a terminal, and a scanner that ends with Enter would
  run it there before anyone read it.
- HQ's address as the admin's browser reaches it (an intranet name, a proxy, 127.0.0.1 on HQ
  itself) is often not the address the checkpoint reaches, and the certificate pin is not known
  to the page: a QR that carried a wrong address would be worse than one that carries none.
- Upper-case letters, digits and ``-`` are QR's compact alphanumeric mode: the smallest symbol
  (21×21 modules), which a phone reads off a screen or a printout at arm's length.

The code is shown once and never kept, logged or audited (the audit names the checkpoint and
expiry only; ``desk.create_enrollment_code``).
"""

from __future__ import annotations

import re

import segno

_SEPARATORS = re.compile(r"[\s-]+")
_GROUP = 4


def code_groups(code: str) -> list[str]:
    """The code in groups of four characters, to be typed or read out without losing one's
    place (``k7qm3xrt…`` -> ``["K7QM", "3XRT", …]``)."""
    bare = _SEPARATORS.sub("", code).upper()
    return [bare[i:i + _GROUP] for i in range(0, len(bare), _GROUP)]


def qr_text(code: str) -> str:
    """What the QR holds: the code as HQ writes it, groups joined by ``-``."""
    return "-".join(code_groups(code))


def qr_svg(code: str) -> str:
    """The code as an inline SVG QR code (regular QR, not Micro QR, which phones do not read),
    black on white with the quiet zone around it, sized by the page's style sheet."""
    symbol = segno.make_qr(qr_text(code), error="m")
    return symbol.svg_inline(scale=8, dark="#000", light="#fff", svgclass="enroll-qr",
                             lineclass=None, omitsize=True,
                             title="QR code of the one-time enrollment code")
