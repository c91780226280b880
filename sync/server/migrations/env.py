"""Alembic environment: migrations run on the connection ``database.migrate`` hands over."""

from alembic import context

from sync.server.database import VERSION_TABLE
from sync.server.models import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
