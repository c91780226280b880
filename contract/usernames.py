"""What a user name may be, on the device and at HQ alike: one rule, written once."""

from __future__ import annotations

import re

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
"""1-64 lower-case letters, digits, ``.``, ``-`` or ``_``, starting with a letter or digit."""
USERNAME_RULE = "use 1-64 letters, digits, '.', '-' or '_'"
USERNAME_AS_TYPED = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
"""The same rule for a name as typed (upper case is read as lower case): for schemas."""
