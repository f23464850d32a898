"""recruitment_event: other_participants and other_participants_employed (counts, default 0)

People who took part in an event but are not the project's clients, and how many of them were
hired: counts without personal data, for the funder's event figures.

Revision ID: 0009_event_other_participants
Revises: 0010_figures_only_upgrade
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0009_event_other_participants"
down_revision = "0010_figures_only_upgrade"
branch_labels = None
depends_on = None

COLUMNS = ("other_participants", "other_participants_employed")


def upgrade() -> None:
    with op.batch_alter_table("recruitment_event", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("recruitment_event", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
