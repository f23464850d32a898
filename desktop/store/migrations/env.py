"""Alembic environment for the encrypted local store.

The application opens the SQLCipher file with its key and hands the open
connection in ``config.attributes["connection"]``; this file never builds an
engine from a URL, because a URL cannot carry the raw key safely.
"""

from alembic import context

from desktop.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run local migrations through desktop.store.migrate, which passes the keyed connection.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
)
with context.begin_transaction():
    context.run_migrations()
