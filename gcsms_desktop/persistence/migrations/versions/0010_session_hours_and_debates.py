"""session hours and debates: what the secretary writes in the procès-verbal

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-08 00:10:00

- ``assemblies.opened_at`` and ``assemblies.closed_at``: the hours the session was opened and closed
  (« 14:05 »), printed in the procès-verbal (art. 13-2). Assemblies held before: empty, the PV says
  nothing of the hours, as it did when it was signed.
- ``agenda_items.debates``: the summary of the debates on each point, separate from the text of the
  resolution put to the vote, so an information point may have debates without becoming a vote.
  Existing points: empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('assemblies', sa.Column('opened_at', sa.String(length=10), server_default='', nullable=False))
    op.add_column('assemblies', sa.Column('closed_at', sa.String(length=10), server_default='', nullable=False))
    op.add_column('agenda_items', sa.Column('debates', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('agenda_items') as batch_op:
        batch_op.drop_column('debates')
    with op.batch_alter_table('assemblies') as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('opened_at')
