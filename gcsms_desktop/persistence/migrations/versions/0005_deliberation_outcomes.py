"""deliberation outcomes stored at closing; unused « ended by » event columns dropped

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:00:00

- ``deliberation_outcomes``: each numbered deliberation of a closed assembly, as computed when the
  assembly was closed (rank on the agenda, number, matter, member concerned, rule, adopted,
  unanimous, droits for / against / abstaining, the reason in French). The register's list of
  deliberations is read from it with one query. ``assemblies.outcomes_recorded`` says that an
  assembly's rows are written (an assembly closed without quorum has none).
- Assemblies closed before this revision are filled in lazily, not here: their outcomes need the
  droits in force on the meeting date, and an assembly imported from a file without its droits only
  has them through the whole membership history, which the application computes and a migration
  should not re-implement. ``services.records.register_deliberations`` computes the missing rows
  exactly as before and writes them the first time it runs in a writing unit of work.
- ``members.left_event_id``, ``part_blocks.released_event_id`` and ``administrators.ended_event_id``
  were created by 0001 and never written: a member's exit and a part's transfer are membership
  changes (``membership_changes``, 0003), read through the history. Every stored value is NULL
  (checked in the test of this revision), so nothing is lost.

Tables with dropped columns are rebuilt (batch mode); the upgrade still runs in one transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

UNUSED_EVENT_COLUMNS = (('members', 'left_event_id'), ('part_blocks', 'released_event_id'),
                        ('administrators', 'ended_event_id'))


def upgrade() -> None:
    op.add_column('assemblies', sa.Column('outcomes_recorded', sa.Boolean(), server_default='0', nullable=False))
    op.create_table('deliberation_outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('deliberation_number', sa.String(length=20), nullable=False),
    sa.Column('matter', sa.String(length=10), nullable=False),
    sa.Column('concerned_member_id', sa.Integer(), nullable=True),
    sa.Column('rule', sa.String(length=20), nullable=False),
    sa.Column('adopted', sa.Boolean(), nullable=False),
    sa.Column('unanimous', sa.Boolean(), nullable=False),
    sa.Column('votes_for', sa.String(length=40), nullable=False),
    sa.Column('votes_against', sa.String(length=40), nullable=False),
    sa.Column('abstention', sa.String(length=40), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['concerned_member_id'], ['members.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('assembly_id', 'rank')
    )
    for table, column in UNUSED_EVENT_COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column)


def downgrade() -> None:
    for table, column in UNUSED_EVENT_COLUMNS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_foreign_key(f'fk_{table}_{column}', 'convention_events', [column], ['id'])
    op.drop_table('deliberation_outcomes')
    with op.batch_alter_table('assemblies') as batch_op:
        batch_op.drop_column('outcomes_recorded')
