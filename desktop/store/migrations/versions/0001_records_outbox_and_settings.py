"""records, outbox and settings

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('work_capacity', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('functional_capacity', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_client_id'), ['client_id'], unique=False)

    op.create_table('audit_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('record_kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('client_id', sa.Uuid(), nullable=True),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('client',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('personal_id', sqlmodel.sql.sqltypes.AutoString(length=11), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('referral_source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('referred_on', sa.Date(), nullable=True),
    sa.Column('assigned_staff_ids', sa.JSON(), nullable=False),
    sa.Column('service_path', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('job_goals', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('target_group', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('client_note',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('note_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('partners', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('client_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_note_client_id'), ['client_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('share_with_authority', sa.Boolean(), nullable=False),
    sa.Column('share_with_partners', sa.Boolean(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('recorded_how', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_client_id'), ['client_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_employer_id'), ['employer_id'], unique=False)

    op.create_table('employer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('business_id', sqlmodel.sql.sqltypes.AutoString(length=9), nullable=True),
    sa.Column('industry', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('municipality', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('letter_of_intent_date', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employer_business_id'), ['business_id'], unique=False)

    op.create_table('event_participant',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('hired', sa.Boolean(), nullable=False),
    sa.Column('hired_by_employer_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participant_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participant_event_id'), ['event_id'], unique=False)

    op.create_table('handover_form',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('work_done', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('results', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('strengths', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('further_plan', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('further_support_need', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('consent_confirmed', sa.Boolean(), nullable=False),
    sa.Column('for_authority', sa.Boolean(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('document_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('generated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('pdf_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('handover_form', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_form_client_id'), ['client_id'], unique=False)

    op.create_table('locality',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('organisation',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('retention_months', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_rev', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_record_id'), ['record_id'], unique=False)

    op.create_table('position',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('occupation', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=True),
    sa.Column('filled', sa.Boolean(), nullable=False),
    sa.Column('filled_on', sa.Date(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_employer_id'), ['employer_id'], unique=False)

    op.create_table('recruitment_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('event_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('employer_ids', sa.JSON(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('staff',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('localities', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('transition',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('client_id', sa.Uuid(), nullable=False),
    sa.Column('transition_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transition_client_id'), ['client_id'], unique=False)

    op.create_table('visit',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('modified_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('modified_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('employer_id', sa.Uuid(), nullable=False),
    sa.Column('staff_id', sa.Uuid(), nullable=True),
    sa.Column('visited_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('recruitment_needs', sa.Boolean(), nullable=False),
    sa.Column('recruitment_needs_text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('open_positions', sa.Integer(), nullable=False),
    sa.Column('open_position_titles', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('hidden_jobs', sa.Integer(), nullable=False),
    sa.Column('briefing_given', sa.Boolean(), nullable=False),
    sa.Column('briefing_taken_up', sa.Boolean(), nullable=False),
    sa.Column('interest_wage_subsidy', sa.Boolean(), nullable=False),
    sa.Column('interest_work_trial', sa.Boolean(), nullable=False),
    sa.Column('interest_apprenticeship', sa.Boolean(), nullable=False),
    sa.Column('interest_recruitment_training', sa.Boolean(), nullable=False),
    sa.Column('interest_recruitment_event', sa.Boolean(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_step', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('follow_up_date', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_employer_id'), ['employer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_employer_id'))

    op.drop_table('visit')
    with op.batch_alter_table('transition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transition_client_id'))

    op.drop_table('transition')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('recruitment_event')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_employer_id'))

    op.drop_table('position')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_record_id'))

    op.drop_table('outbox')
    op.drop_table('organisation')
    op.drop_table('locality')
    with op.batch_alter_table('handover_form', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_form_client_id'))

    op.drop_table('handover_form')
    with op.batch_alter_table('event_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participant_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_participant_client_id'))

    op.drop_table('event_participant')
    with op.batch_alter_table('employer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employer_business_id'))

    op.drop_table('employer')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_employer_id'))

    op.drop_table('contact')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_client_id'))

    op.drop_table('consent')
    with op.batch_alter_table('client_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_client_note_client_id'))

    op.drop_table('client_note')
    op.drop_table('client')
    op.drop_table('audit_event')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_client_id'))

    op.drop_table('assessment')
