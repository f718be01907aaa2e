"""the 1 January regularisation as a clause of the convention; assemblies requested by members

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:00:00

- ``governance.january_regularisation``: art. 9-1 of the model convention (« la régularisation est
  effectuée au 1er janvier suivant la date des changements effectifs ») becomes a choice of each
  convention. Every convention stored before this revision printed the model's wording, so existing
  rows take ``true`` (server default): their droits do not move.
- ``assemblies.requested_on`` and ``assembly_requesters``: an assembly held of right at the request of
  at least one third of the members (R. 312-194-20) records who asked and when. Existing assemblies
  were convened by the administrateur: no request, nothing to fill.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('governance', sa.Column('january_regularisation', sa.Boolean(), server_default='1',
                                          nullable=False))
    op.add_column('assemblies', sa.Column('requested_on', sa.Date(), nullable=True))
    op.create_table('assembly_requesters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('assembly_id', 'member_id')
    )
    op.create_index(op.f('ix_assembly_requesters_assembly_id'), 'assembly_requesters', ['assembly_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_assembly_requesters_assembly_id'), table_name='assembly_requesters')
    op.drop_table('assembly_requesters')
    with op.batch_alter_table('assemblies') as batch_op:
        batch_op.drop_column('requested_on')
    with op.batch_alter_table('governance') as batch_op:
        batch_op.drop_column('january_regularisation')
