"""assemblies: agenda, attendance, votes, frozen droits, errata

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 20:29:05.521902
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assemblies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('meeting_time', sa.String(length=10), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('convocation_date', sa.Date(), nullable=True),
    sa.Column('first_assembly_id', sa.Integer(), nullable=True),
    sa.Column('first_meeting_date', sa.Date(), nullable=True),
    sa.Column('documents', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('president', sa.String(length=200), nullable=False),
    sa.Column('secretary', sa.String(length=200), nullable=False),
    sa.Column('scrutineer', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('register_first_page', sa.Integer(), nullable=True),
    sa.Column('register_page_count', sa.Integer(), nullable=True),
    sa.Column('register_pdf', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['first_assembly_id'], ['assemblies.id'], ),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assemblies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assemblies_groupement_id'), ['groupement_id'], unique=False)

    op.create_table('errata',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('register_first_page', sa.Integer(), nullable=True),
    sa.Column('register_page_count', sa.Integer(), nullable=True),
    sa.Column('register_pdf', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('errata', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_errata_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('matter', sa.String(length=10), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('concerned_member_id', sa.Integer(), nullable=True),
    sa.Column('deliberation_number', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['concerned_member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('assembly_rights',
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('votes', sa.String(length=40), nullable=False),
    sa.Column('total', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('assembly_id', 'member_id')
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('presence', sa.String(length=20), nullable=False),
    sa.Column('representative', sa.String(length=200), nullable=False),
    sa.Column('proxy_holder_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.ForeignKeyConstraint(['proxy_holder_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('assembly_id', 'member_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_assembly_id'), ['assembly_id'], unique=False)

    op.create_table('votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('choice', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('agenda_item_id', 'member_id')
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_agenda_item_id'), ['agenda_item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_agenda_item_id'))

    op.drop_table('votes')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_assembly_id'))

    op.drop_table('attendance')
    op.drop_table('assembly_rights')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_assembly_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('errata', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_errata_assembly_id'))

    op.drop_table('errata')
    with op.batch_alter_table('assemblies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assemblies_groupement_id'))

    op.drop_table('assemblies')
