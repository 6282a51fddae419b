"""DKIM results per arrival, with the reason in words

The signature that proves who sent a message is not always the arrived email's own: a message
forwarded as an attachment carries the school's signature inside the parent's email. So each
arrival keeps the result for the original message it carried; raw_emails keeps the result for
the arrived email's own signature. Both keep a short note saying why (e.g. "DNS unavailable").

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("arrivals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dkim_result", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("dkim_domain", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("dkim_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("dkim_checked_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("raw_emails", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dkim_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("raw_emails", schema=None) as batch_op:
        batch_op.drop_column("dkim_note")
    with op.batch_alter_table("arrivals", schema=None) as batch_op:
        batch_op.drop_column("dkim_checked_at")
        batch_op.drop_column("dkim_note")
        batch_op.drop_column("dkim_domain")
        batch_op.drop_column("dkim_result")
