"""Schema revisions of HQ's database."""
