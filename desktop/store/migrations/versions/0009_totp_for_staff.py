"""organisation.totp_for_staff: all staff log in with a second factor (default off)

The shared schema ``sync.records.OrganisationBase`` gained the field; the laptop stores it as
it stores the organisation's other settings.

Revision ID: 0009_totp_for_staff
Revises: 0008
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0009_totp_for_staff"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("totp_for_staff", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("totp_for_staff")
