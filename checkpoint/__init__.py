"""Checkpoint's domain core: the ledger of departures and document checks.

Imports no Qt and no HTTP library (enforced by import-linter in pyproject.toml).
"""
