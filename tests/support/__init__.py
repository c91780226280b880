"""What every test package shares: database templates with users, the running control room,
the fault-injecting link and the leak guard. Fixtures come from ``tests.support.plugin``,
loaded by the root ``tests/conftest.py``."""
