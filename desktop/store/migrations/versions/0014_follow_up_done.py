"""visit: follow_up_done_on and follow_up_done_by (when a follow-up was done, and by whom)

Both may be empty: a visit recorded before has no follow-up marked done. An index on the
follow-ups still open serves the Today page and ``kentta today``.

Revision ID: 0014_follow_up_done
Revises: 0010_esf_participant_data
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0014_follow_up_done"
down_revision = "0010_esf_participant_data"
branch_labels = None
depends_on = None

INDEX = "ix_visit_follow_up_open"


def upgrade() -> None:
    # Adding columns keeps the table (no copy), so its search triggers and indexes stay.
    op.add_column("visit", sa.Column("follow_up_done_on", sa.Date(), nullable=True))
    op.add_column("visit", sa.Column("follow_up_done_by", sa.Uuid(), nullable=True))
    op.execute(f"CREATE INDEX {INDEX} ON visit (staff_id, follow_up_date) "
               "WHERE follow_up_date IS NOT NULL AND follow_up_done_on IS NULL AND deleted = 0")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("follow_up_done_by")
        batch_op.drop_column("follow_up_done_on")
