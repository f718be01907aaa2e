"""dated corrections of representatives and contact details; e-mail and phone of members and groupements

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 23:30:00

- ``details_corrections`` and ``corrected_representatives``: a member designates a new representative
  or substitute, moves or changes its e-mail or phone without any deliberation (art. 13-1 of the
  model convention); the groupement's own contact details likewise (``member_id`` NULL). Each is
  dated and kept: documents for a date use what was in force that day. Nothing existed before:
  existing books have no correction, and print exactly as before.
- ``members.email``/``phone`` and ``groupements.email``/``phone``: empty for existing rows.
- ``membership_changes.amendment``: an avenant amending the convention's text (siège, dénomination,
  objet, durée, an article's wording), kept as the JSON format writes it; empty for other changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('members', 'groupements'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('email', sa.String(length=200), server_default='', nullable=False))
            batch_op.add_column(sa.Column('phone', sa.String(length=40), server_default='', nullable=False))
    with op.batch_alter_table('membership_changes') as batch_op:
        batch_op.add_column(sa.Column('amendment', sa.Text(), server_default='', nullable=False))
    op.create_table('details_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('representatives_changed', sa.Boolean(), nullable=False),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_details_corrections_groupement_id'), 'details_corrections', ['groupement_id'],
                    unique=False)
    op.create_table('corrected_representatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('correction_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.String(length=200), nullable=False),
    sa.Column('substitute', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['correction_id'], ['details_corrections.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_corrected_representatives_correction_id'), 'corrected_representatives',
                    ['correction_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_corrected_representatives_correction_id'), table_name='corrected_representatives')
    op.drop_table('corrected_representatives')
    op.drop_index(op.f('ix_details_corrections_groupement_id'), table_name='details_corrections')
    op.drop_table('details_corrections')
    with op.batch_alter_table('membership_changes') as batch_op:
        batch_op.drop_column('amendment')
    for table in ('groupements', 'members'):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('phone')
            batch_op.drop_column('email')
