"""client: the funder's (ESF+) participant data at entry and exit, the employment area;
organisation.esf_questions and employment_areas; handover_form.recipient

Regulation (EU) 2021/1057, Annex I: gender, date of birth, labour market status and education
at entry, the optional questions, where EURA 2021 stands, and the situation on leaving and six
months after, and the client a returning person was before. Every column may be empty: a client recorded before has none of them.

Revision ID: 0010_esf_participant_data
Revises: 0009_event_other_participants
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa

revision = "0010_esf_participant_data"
down_revision = "0009_event_other_participants"
branch_labels = None
depends_on = None

CODE = sa.String(length=40)
CLIENT_COLUMNS = (
    ("gender", CODE),
    ("birth_date", sa.Date()),
    ("labour_status_at_entry", CODE),
    ("long_term_unemployed", sa.Boolean()),
    ("education_level", CODE),
    ("disability", CODE),
    ("third_country_national", CODE),
    ("foreign_background", CODE),
    ("minority", CODE),
    ("homeless", CODE),
    ("eura_entry", CODE),
    ("eura_entry_on", sa.Date()),
    ("eura_exit", CODE),
    ("eura_exit_on", sa.Date()),
    ("exit_situation", CODE),
    ("qualification_gained", sa.Boolean()),
    ("situation_6_months", CODE),
    ("returned_from_id", sa.Uuid()),
    ("employment_area", sa.String(length=100)),
)


def upgrade() -> None:
    # Adding columns keeps the table (no copy), so its search triggers and indexes stay.
    for name, type_ in CLIENT_COLUMNS:
        op.add_column("client", sa.Column(name, type_, nullable=True))
    op.add_column("organisation",
                  sa.Column("esf_questions", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("organisation",
                  sa.Column("employment_areas", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("handover_form", sa.Column("recipient", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("handover_form", schema=None) as batch_op:
        batch_op.drop_column("recipient")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("employment_areas")
        batch_op.drop_column("esf_questions")
    for name, _type in reversed(CLIENT_COLUMNS):
        op.drop_column("client", name)
