"""A throw-away demo checkpoint: a filled database and demo users whose passwords are shown.

``checkpoint --demo`` opens one of these in a temporary folder, so anyone can try the app in one
command without touching real data.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from checkpoint.demo import make_demo_data
from checkpoint.ledger import create_ledger
from checkpoint.permissions import Role
from checkpoint.users import add_user

# Shown on the sign-in screen of the demo: these protect nothing real.
DEMO_USERS = {"clerk": ("clerk-demo", Role.CLERK), "lead": ("lead-demo1", Role.SHIFT_LEAD),
              "admin": ("admin-demo", Role.IT_ADMIN)}
DEMO_DAYS = 14
DEMO_PER_DAY = 250


def make_demo_site(path: Path, *, checkpoint: str = "TORKHAM") -> dict[str, str]:
    """Create a demo database at ``path``; returns user name -> password."""
    password, _ = DEMO_USERS["admin"]
    admin = create_ledger(path, checkpoint=checkpoint, admin="admin", password=password)
    try:
        for name, (secret, role) in DEMO_USERS.items():
            if name == "admin":
                continue
            add_user(admin, name, role, secret, must_change_password=False)
        today = admin.today()
        make_demo_data(admin, today - timedelta(days=DEMO_DAYS - 1), DEMO_DAYS, DEMO_PER_DAY)
    finally:
        admin.close()
    return {name: secret for name, (secret, _role) in DEMO_USERS.items()}
