"""Alembic environment: runs on the connection the server hands over (see core/db.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sync.server import models  # noqa: F401  (registers the tables)
from sync.server.core.db import normalise_url
from sync.server.models import ServerTable

config = context.config
target_metadata = ServerTable.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, e.g. autogenerate during development
    url = config.get_main_option("sqlalchemy.url")
    with create_engine(normalise_url(url)).begin() as conn:
        _run(conn)
