"""client: name, language and target_group may be empty (a client's figures only)

A manager not assigned to a client receives its figures only (``sync.visibility``): no name,
identity code, contact details or texts. The columns that were NOT NULL hold NULL for such a
client. SQLite alters a column by copying the table; the copy keeps the columns and plain
indexes, and the search triggers and expression indexes on ``client`` are made again as they
were.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = {
    "name": sa.String(length=200),
    "language": sa.String(length=40),
    "target_group": sa.JSON(),
}


def _alter(nullable: bool) -> None:
    connection = op.get_bind()
    kept = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'client' "
        "AND type IN ('trigger', 'index') AND sql IS NOT NULL"
    ).all()
    with op.batch_alter_table("client", schema=None, recreate="always") as batch_op:
        for name, type_ in COLUMNS.items():
            batch_op.alter_column(name, existing_type=type_, nullable=nullable)
    for kind, name, sql in kept:
        op.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        op.execute(sql)


def upgrade() -> None:
    _alter(True)


def downgrade() -> None:
    _alter(False)
