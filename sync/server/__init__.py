"""The control room (HQ): takes every checkpoint's batches, keeps every revision, tallies.

``app.create_app`` is the FastAPI face, ``cli.main`` the ``controlroom`` command; the work lives in
plain functions that take a database session (``service``, with ``ingest`` for batches,
``auditchain`` for the devices' audit logs and ``tally`` for the national tally). Of our own code
this package imports only the contract (``contract``: wire schemas, hashes, the audit rule, the
tally rules; DESIGN §3).
"""
