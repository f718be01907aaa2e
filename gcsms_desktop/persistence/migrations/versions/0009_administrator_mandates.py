"""the administrateur over time: each election by the AG after the convention is a dated mandate

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-07 23:30:00

- ``administrator_mandates``: one row per election, re-election or replacement of the administrateur
  by a deliberation of the assemblée générale (R. 312-194-21 3°, art. 14 of the convention): member,
  person, first day, the deliberation it cites (date, register number, matter, outcome) and, for a
  replacement, why the previous mandate ended early. Numbered per groupement, written once.
- The founding administrateur stays in ``administrators`` untouched: it is read as the first mandate
  (domain.mandates.founding_office). Existing files gain an empty table and read as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('administrator_mandates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('deliberation_date', sa.Date(), nullable=False),
    sa.Column('deliberation_number', sa.String(length=30), nullable=False),
    sa.Column('deliberation_matter', sa.String(length=10), nullable=True),
    sa.Column('deliberation_adopted', sa.Boolean(), nullable=False),
    sa.Column('deliberation_unanimous', sa.Boolean(), nullable=False),
    sa.Column('ends_previous', sa.String(length=20), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('groupement_id', 'number')
    )
    op.create_index(op.f('ix_administrator_mandates_groupement_id'), 'administrator_mandates', ['groupement_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_administrator_mandates_groupement_id'), table_name='administrator_mandates')
    op.drop_table('administrator_mandates')
