"""full-text search over subject, new text and attachment names

SQLite: an FTS5 table with external content kept in step by triggers (porter stemming, so
"evaluations" finds "evaluation"). PostgreSQL: a generated tsvector column with a GIN index.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_COLUMNS = "subject, new_text, attachment_names"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE messages_fts USING fts5({FTS_COLUMNS}, content='messages', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
            f"INSERT INTO messages_fts(rowid, {FTS_COLUMNS}) "
            "VALUES (new.id, new.subject, new.new_text, new.attachment_names); END"
        )
        op.execute(
            "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
            f"INSERT INTO messages_fts(messages_fts, rowid, {FTS_COLUMNS}) "
            "VALUES ('delete', old.id, old.subject, old.new_text, old.attachment_names); END"
        )
        op.execute(
            "CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, new_text, attachment_names ON messages BEGIN "
            f"INSERT INTO messages_fts(messages_fts, rowid, {FTS_COLUMNS}) "
            "VALUES ('delete', old.id, old.subject, old.new_text, old.attachment_names); "
            f"INSERT INTO messages_fts(rowid, {FTS_COLUMNS}) "
            "VALUES (new.id, new.subject, new.new_text, new.attachment_names); END"
        )
        op.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', coalesce(subject, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(new_text, '')), 'B') || "
            "setweight(to_tsvector('english', coalesce(attachment_names, '')), 'C')) STORED"
        )
        op.execute("CREATE INDEX ix_messages_search_vector ON messages USING gin (search_vector)")
    else:
        raise NotImplementedError(f"full-text search is implemented for SQLite and PostgreSQL, not {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS messages_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS messages_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_messages_search_vector")
        op.execute("ALTER TABLE messages DROP COLUMN IF EXISTS search_vector")
