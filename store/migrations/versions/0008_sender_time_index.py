"""messages indexed by sender and time, in place of by sender alone

Escalations read each sender's latest display name and signature ("who is the principal?"), and
the promises command the user's own mail before a day. By sender alone, each read went through
every message of that sender; by sender and time it reads one index entry per sender.

Revision ID: 0008
Revises: 0007
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_messages_from_email_sent_at", "messages", ["from_email", "sent_at"], unique=False)
    op.drop_index(op.f("ix_messages_from_email"), table_name="messages")


def downgrade() -> None:
    op.create_index(op.f("ix_messages_from_email"), "messages", ["from_email"], unique=False)
    op.drop_index("ix_messages_from_email_sent_at", table_name="messages")
