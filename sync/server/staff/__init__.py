"""The control room's staff: accounts and roles, bearer tokens, and HQ's own audit of them.

- ``roles``: the roles, what each may do (one table), and the actor a service call acts for.
- ``accounts``: add, list and disable staff users; passwords (Argon2id).
- ``tokens``: sign-in (throttled, counted before trying), sign-out, and the token check.
- ``audit``: HQ's own hash-chained audit of staff actions.
- ``desk``: the control room's actions (tally, devices, complaints, contacts, enrollment,
  revocation), each checking the actor's role and auditing what changes or reveals something.
"""
