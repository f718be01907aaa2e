"""versions on groupements and assemblies, unique allocated numbers, sealed register

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00

Only tables and columns are added (no table is rebuilt), so the upgrade runs in one transaction.
Numbers already given are recorded once each: a book that already holds a duplicate (two windows
before this version) still opens, and ``verify`` reports it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

BACKFILL = (
    "INSERT INTO allocated_numbers (groupement_id, kind, value) "
    "SELECT a.groupement_id, 'deliberation', i.deliberation_number FROM agenda_items i "
    "JOIN assemblies a ON a.id = i.assembly_id WHERE i.deliberation_number IS NOT NULL "
    "ON CONFLICT DO NOTHING",
    "INSERT INTO allocated_numbers (groupement_id, kind, value) "
    "SELECT groupement_id, 'register_page', CAST(register_first_page AS TEXT) FROM assemblies "
    "WHERE register_first_page IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO allocated_numbers (groupement_id, kind, value) "
    "SELECT a.groupement_id, 'register_page', CAST(e.register_first_page AS TEXT) FROM errata e "
    "JOIN assemblies a ON a.id = e.assembly_id WHERE e.register_first_page IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO allocated_numbers (groupement_id, kind, value) "
    "SELECT groupement_id, 'avenant', CAST(number AS TEXT) FROM membership_changes WHERE true ON CONFLICT DO NOTHING",
)


def upgrade() -> None:
    op.add_column('groupements', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('assemblies', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.create_table('allocated_numbers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('groupement_id', 'kind', 'value')
    )
    op.create_table('register_seals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('groupement_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('assembly_id', sa.Integer(), nullable=False),
    sa.Column('entry', sa.Integer(), nullable=False),
    sa.Column('first_page', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('seal', sa.String(length=64), nullable=False),
    sa.Column('sealed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assembly_id'], ['assemblies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['groupement_id'], ['groupements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('assembly_id', 'entry'),
    sa.UniqueConstraint('groupement_id', 'sequence')
    )
    for statement in BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table('register_seals')
    op.drop_table('allocated_numbers')
    with op.batch_alter_table('assemblies') as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('groupements') as batch_op:
        batch_op.drop_column('version')
