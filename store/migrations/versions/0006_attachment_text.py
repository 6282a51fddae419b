"""attachments' text, page by page, with full-text search and the attachments' own topics

The text of an attachment is kept once per SHA-256 of its bytes (an IEP draft forwarded three
times is read once), with what read it, so `retag` reads again only where that changed. Pages
are searched like a message's own text: an FTS5 table with triggers on SQLite, a generated
tsvector column with a GIN index on PostgreSQL. A missed service can come from an attachment (a
provider's session log): it keeps that attachment's SHA-256 and page.

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("extractor", sa.String(length=200), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("char_count", sa.Integer(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(), nullable=False),
        sa.Column("tagged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_texts")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_texts_sha256")),
    )
    op.create_table(
        "attachment_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ocr", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["text_id"], ["attachment_texts.id"],
                                name=op.f("fk_attachment_pages_text_id_attachment_texts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_pages")),
    )
    op.create_index(op.f("ix_attachment_pages_text_id"), "attachment_pages", ["text_id"], unique=False)
    op.create_table(
        "attachment_topic_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=60), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["text_id"], ["attachment_texts.id"],
                                name=op.f("fk_attachment_topic_tags_text_id_attachment_texts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_topic_tags")),
    )
    op.create_index(op.f("ix_attachment_topic_tags_text_id"), "attachment_topic_tags", ["text_id"], unique=False)
    op.create_index("ix_attachment_topic_tags_topic_text", "attachment_topic_tags", ["topic", "text_id"], unique=False)
    op.create_index(op.f("ix_attachments_sha256"), "attachments", ["sha256"], unique=False)
    with op.batch_alter_table("missed_services", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachment_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("page", sa.Integer(), nullable=True))

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE attachment_pages_fts USING fts5(text, content='attachment_pages', "
                   "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER attachment_pages_fts_insert AFTER INSERT ON attachment_pages BEGIN "
                   "INSERT INTO attachment_pages_fts(rowid, text) VALUES (new.id, new.text); END")
        op.execute("CREATE TRIGGER attachment_pages_fts_delete AFTER DELETE ON attachment_pages BEGIN "
                   "INSERT INTO attachment_pages_fts(attachment_pages_fts, rowid, text) VALUES ('delete', old.id, old.text); END")
        op.execute("CREATE TRIGGER attachment_pages_fts_update AFTER UPDATE OF text ON attachment_pages BEGIN "
                   "INSERT INTO attachment_pages_fts(attachment_pages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
                   "INSERT INTO attachment_pages_fts(rowid, text) VALUES (new.id, new.text); END")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE attachment_pages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('english', coalesce(text, ''))) STORED")
        op.execute("CREATE INDEX ix_attachment_pages_search_vector ON attachment_pages USING gin (search_vector)")
    else:
        raise NotImplementedError(f"full-text search is implemented for SQLite and PostgreSQL, not {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS attachment_pages_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS attachment_pages_fts")
    with op.batch_alter_table("missed_services", schema=None) as batch_op:
        batch_op.drop_column("page")
        batch_op.drop_column("attachment_sha256")
    op.drop_index(op.f("ix_attachments_sha256"), table_name="attachments")
    op.drop_table("attachment_topic_tags")
    op.drop_table("attachment_pages")
    op.drop_table("attachment_texts")
