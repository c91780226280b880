"""One sign-in's work inside the unlocked database: who the user is by their verified grant.

The slot is open and the engine holds the data key (``ledger.open_ledger``). Here, in one
transaction: the settings are read, failed sign-ins since the last one are audited, every user
row's grant is checked against the grant key the user trusts, and what an IT admin holding the
grant key can repair is repaired. The key file changes that follow from it (a new grant key,
another IT admin's copy of it) are saved after the commit, so a crash between the two leaves
grants that nobody's slot trusts yet rather than a slot trusting rows that were never signed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from checkpoint import audit
from checkpoint.errors import AccountDisabled, DatabaseUnreadable, WrongPassword
from checkpoint.grant_upkeep import (
    admins_without_grant_key,
    adopt_public_keys,
    check_security_settings,
    grant_everyone,
    report_invalid_grants,
)
from checkpoint.grants import GrantKey, invalid_grants
from checkpoint.keyslots import KeySlots, UserKeys
from checkpoint.models import User
from checkpoint.permissions import Actor, Role
from checkpoint.settings import CheckpointSettings, forget_retired, read_settings
from checkpoint.signing import UserSigner


class SignIn:
    """The database side of signing ``username`` in with their unlocked ``keys``."""

    def __init__(self, engine: Engine, slots: KeySlots, username: str, keys: UserKeys,
                 grant_key: GrantKey | None) -> None:
        self.engine = engine
        self.slots = slots
        self.username = username
        self.keys = keys
        # A grant key is the user's only if it is the one they trust.
        self.grant_key = grant_key if grant_key is not None and \
            grant_key.public_key == keys.trusted_grant_public else None
        self.new_grant_key = False
        self.share_with: list[str] = []
        self.audited_failures: list[dict[str, str]] = []
        self.refused = False
        self.settings_verified = True
        self.unverified_users: list[str] = []
        self.must_change = False
        self.signer: UserSigner | None = None
        self.actor = Actor(username, Role.CLERK)
        self.settings: CheckpointSettings

    def run(self) -> None:
        """Check and record the sign-in in one transaction."""
        with Session(self.engine.execution_options(immediate=True)) as session, session.begin():
            self.settings = read_settings(session)
            forget_retired(session)
            if self.settings.database_id != self.slots.database_id:
                raise DatabaseUnreadable("The key file does not belong to this database.")
            user = session.execute(select(User).where(
                col(User.username) == self.username)).scalar_one_or_none()
            if user is None:  # a slot left behind by a user add that did not complete
                raise WrongPassword("User name or password not accepted.")
            if not user.active:
                raise AccountDisabled("This account has been disabled.")
            # Entries are signed once the row names this very key: from the start when it
            # does, or from when a row of an older version takes it just below.
            self._sign_if_granted(session, user)
            self._check_grants(session, user)
            self._sign_if_granted(session, user)
            self._audit_failures(session)
            if not self.refused:
                audit.append(session, self.username, "login")
            self.must_change = user.must_change_password

    def _sign_if_granted(self, session: Session, user: User) -> None:
        if self.signer is None and user.sign_public == self.keys.signer.public_key:
            self.signer = self.keys.signer
            session.info["signer"] = self.signer

    def _audit_failures(self, session: Session) -> None:
        self.audited_failures = list(self.slots.pending_failed_logins)
        for failure in self.audited_failures:
            audit.append(session, failure["user"], "login_failed",
                         at=datetime.fromisoformat(failure["at"]))

    def _check_grants(self, session: Session, user: User) -> None:
        database_id = self.settings.database_id
        if self.keys.trusted_grant_public is None:
            self._before_grants(session, user)
        trusted = self.keys.trusted_grant_public
        users = list(session.execute(select(User)).scalars())
        invalid = invalid_grants(trusted, database_id, users)
        self.unverified_users = invalid
        verified = [row for row in users if row.username not in invalid]
        if self.grant_key is not None:
            adopt_public_keys(session, self.grant_key, database_id, self.slots, verified,
                              self.username)
            self.share_with = [name for name in admins_without_grant_key(self.slots, verified)
                               if name != self.username]
        report_invalid_grants(session, self.username, invalid)
        self.settings_verified = check_security_settings(session, self.username, trusted)
        if not self.settings_verified:
            self.settings = self.settings.no_laxer_than_defaults()
        if self.username not in invalid:
            # The role comes from the verified grant, never from an unverified row.
            self.actor = Actor(self.username, Role(user.role))
        elif self.grant_key is not None:
            # An IT admin by the key they hold: may sign in to repair their own row.
            self.actor = Actor(self.username, Role.IT_ADMIN)
        else:
            self.refused = True

    def _before_grants(self, session: Session, user: User) -> None:
        # No grant key on this device yet: rows are trusted as stored. The user's public keys
        # go into their row now; the first IT admin makes the grant key and grants every row.
        if user.sign_public is None:
            user.sign_public, user.box_public = self.keys.signer.public_key, self.keys.box_public
        if user.role != Role.IT_ADMIN.value:
            return
        self.grant_key = GrantKey.generate()
        self.new_grant_key = True
        self.keys = self.keys.trusting(self.grant_key.public_key)
        grant_everyone(session, self.grant_key, self.settings.database_id, self.username)

    def save_key_changes(self, password: str) -> None:
        """After the commit: forget the failures now audited, keep a new grant key in this
        admin's slot, and give it to the IT admins who lack it."""
        if not (self.audited_failures or self.new_grant_key or self.share_with):
            return
        with KeySlots.changing(self.slots.path) as slots:
            slots.forget_failed_logins(self.audited_failures)
            if self.new_grant_key and self.grant_key is not None:
                slots.grant_public = self.grant_key.public_key
                slots.reseal(self.username, password, self.keys)
                slots.wrap_grant_key(self.username, self.grant_key)
            for name in self.share_with:
                if self.grant_key is not None and name in slots.slots:
                    slots.wrap_grant_key(name, self.grant_key)
