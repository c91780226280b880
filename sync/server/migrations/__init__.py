"""Alembic migrations of HQ's schema (run at start-up and by ``controlroom migrate``)."""
