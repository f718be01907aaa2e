"""cancelled assemblies: the date and reason of a cancellation

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-07 23:30:00

- ``assemblies.cancelled_on`` and ``assemblies.cancellation_reason``: a convened assembly that will
  not meet is kept, in the new state ``cancelled`` (« annulée »), with the day the administrateur
  cancelled it and an optional reason printed on the cancellation letters. Existing assemblies were
  never cancelled: nothing to fill (null date, empty reason).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('assemblies', sa.Column('cancelled_on', sa.Date(), nullable=True))
    op.add_column('assemblies', sa.Column('cancellation_reason', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('assemblies') as batch_op:
        batch_op.drop_column('cancellation_reason')
        batch_op.drop_column('cancelled_on')
