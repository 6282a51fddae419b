"""make-ups of missed sessions, and who was responsible for a missed service

A message may report a make-up session held ("we made up his OT session this morning") or
cancelled; the ledger (trail/ledger.py) marks the missed session it replaces as made up. A
missed-service report keeps who was to provide it, where the mail or the people directory says.

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "makeups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_pk", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("replaces_from", sa.Date(), nullable=True),
        sa.Column("replaces_to", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["message_pk"], ["messages.id"], name=op.f("fk_makeups_message_pk_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makeups")),
    )
    op.create_index(op.f("ix_makeups_message_pk"), "makeups", ["message_pk"], unique=False)
    op.create_index(op.f("ix_makeups_topic"), "makeups", ["topic"], unique=False)
    with op.batch_alter_table("missed_services") as batch:
        batch.add_column(sa.Column("responsible", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("responsible_from", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("missed_services") as batch:
        batch.drop_column("responsible_from")
        batch.drop_column("responsible")
    op.drop_index(op.f("ix_makeups_topic"), table_name="makeups")
    op.drop_index(op.f("ix_makeups_message_pk"), table_name="makeups")
    op.drop_table("makeups")
