"""Facts about the record as a whole: whether the follow-up facts need recomputing

New mail and its tags are committed together; the fulfilments and answers are recomputed from the
whole record afterwards. A mark stored with the new mail says that has not happened yet, so a run
killed in between is finished by the next one instead of leaving promises wrongly overdue.

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_record_state")),
    )


def downgrade() -> None:
    op.drop_table("record_state")
