"""initial schema: groupement, members, capital, governance, drafts

Revision ID: 0001
Revises:
Create Date: 2026-11-22 19:51:25.122647
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('groupements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('denomination', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('seat_address', sa.Text(), nullable=False),
    sa.Column('signature_place', sa.String(length=200), nullable=False),
    sa.Column('statut_choice', sa.String(length=20), nullable=True),
    sa.Column('object_text', sa.Text(), nullable=False),
    sa.Column('duration_years', sa.Integer(), nullable=True),
    sa.Column('preamble', sa.Text(), nullable=False),
    sa.Column('signature_date', sa.Date(), nullable=True),
    sa.Column('sent_to_prefect_date', sa.Date(), nullable=True),
    sa.Column('approval_order_date', sa.Date(), nullable=True),
    sa.Column('publication_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('denomination')
    )
    op.create_table('associates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('profession', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('associates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_associates_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('convention_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('convention_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_convention_events_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('missions',
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('groupement_id', 'code')
    )
    op.create_table('recitals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('recitals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recitals_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('capital_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('with_capital', sa.Boolean(), nullable=False),
    sa.Column('unit_value_cents', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('capital_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_capital_terms_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('governance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('president_is_administrator', sa.Boolean(), nullable=False),
    sa.Column('president_other', sa.String(length=300), nullable=False),
    sa.Column('proxies_allowed', sa.Boolean(), nullable=False),
    sa.Column('convocation_days', sa.Integer(), nullable=False),
    sa.Column('urgent_convocation_hours', sa.Integer(), nullable=False),
    sa.Column('representatives_per_member', sa.Integer(), nullable=False),
    sa.Column('administrator_term_years', sa.Integer(), nullable=False),
    sa.Column('withdrawal_notice_months', sa.Integer(), nullable=False),
    sa.Column('exclusion_hearing_days', sa.Integer(), nullable=False),
    sa.Column('exclusion_formal_notices', sa.Integer(), nullable=False),
    sa.Column('settlement_days', sa.Integer(), nullable=False),
    sa.Column('transfer_meeting_months', sa.Integer(), nullable=False),
    sa.Column('meetings_per_year', sa.Integer(), nullable=False),
    sa.Column('conciliators', sa.Integer(), nullable=False),
    sa.Column('conciliation_months', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('governance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_governance_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('person_kind', sa.String(length=20), nullable=False),
    sa.Column('sector', sa.String(length=20), nullable=False),
    sa.Column('profit_making', sa.Boolean(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('siren', sa.String(length=20), nullable=False),
    sa.Column('finess', sa.String(length=20), nullable=False),
    sa.Column('contribution_share', sa.String(length=30), nullable=True),
    sa.Column('joined_event_id', sa.Integer(), nullable=False),
    sa.Column('left_event_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['joined_event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['left_event_id'], ['convention_events.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('groupement_id', 'key')
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('administrators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('elected_on', sa.Date(), nullable=True),
    sa.Column('ended_event_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['ended_event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('administrators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_administrators_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('contributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value_cents', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contributions_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('part_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('acquired_event_id', sa.Integer(), nullable=False),
    sa.Column('released_event_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['acquired_event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['released_event_id'], ['convention_events.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('part_blocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_part_blocks_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('representatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.String(length=200), nullable=False),
    sa.Column('substitute', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('representatives', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_representatives_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('representatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_representatives_member_id'))

    op.drop_table('representatives')
    with op.batch_alter_table('part_blocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_part_blocks_groupement_id'))

    op.drop_table('part_blocks')
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contributions_groupement_id'))

    op.drop_table('contributions')
    with op.batch_alter_table('administrators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_administrators_groupement_id'))

    op.drop_table('administrators')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_groupement_id'))

    op.drop_table('members')
    with op.batch_alter_table('governance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_governance_groupement_id'))

    op.drop_table('governance')
    with op.batch_alter_table('capital_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_capital_terms_groupement_id'))

    op.drop_table('capital_terms')
    with op.batch_alter_table('recitals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recitals_groupement_id'))

    op.drop_table('recitals')
    op.drop_table('missions')
    with op.batch_alter_table('convention_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_convention_events_groupement_id'))

    op.drop_table('convention_events')
    with op.batch_alter_table('associates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_associates_groupement_id'))

    op.drop_table('associates')
    op.drop_table('groupements')
    op.drop_table('drafts')
