"""membership changes: adhésions, retraits, exclusions, cessions, capital, dissolution

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('membership_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('act_date', sa.Date(), nullable=False),
    sa.Column('deliberation_date', sa.Date(), nullable=True),
    sa.Column('deliberation_number', sa.String(length=30), nullable=False),
    sa.Column('deliberation_matter', sa.String(length=10), nullable=True),
    sa.Column('deliberation_adopted', sa.Boolean(), nullable=False),
    sa.Column('deliberation_unanimous', sa.Boolean(), nullable=False),
    sa.Column('avenant_signature', sa.Date(), nullable=True),
    sa.Column('avenant_sent_to_prefect', sa.Date(), nullable=True),
    sa.Column('avenant_approval_order', sa.Date(), nullable=True),
    sa.Column('avenant_publication', sa.Date(), nullable=True),
    sa.Column('member_key', sa.String(length=40), nullable=False),
    sa.Column('new_member_id', sa.Integer(), nullable=True),
    sa.Column('parts', sa.Integer(), nullable=False),
    sa.Column('first_part', sa.Integer(), nullable=False),
    sa.Column('last_part', sa.Integer(), nullable=False),
    sa.Column('buyer_key', sa.String(length=40), nullable=False),
    sa.Column('allocations', sa.Text(), nullable=False),
    sa.Column('hearing_on', sa.Date(), nullable=True),
    sa.Column('hearing_convened_on', sa.Date(), nullable=True),
    sa.Column('debts_cents', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('liquidators', sa.Text(), nullable=False),
    sa.Column('of_right', sa.Boolean(), nullable=False),
    sa.Column('caused_by', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['convention_events.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['new_member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('membership_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_changes_groupement_id'), ['groupement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('membership_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_changes_groupement_id'))
    op.drop_table('membership_changes')
