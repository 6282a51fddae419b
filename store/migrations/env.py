"""Alembic environment. The app runs migrations itself (store.db.migrate) with a live connection;
`alembic` on the command line (developers: `alembic revision --autogenerate -m ...`) uses the
database from the settings."""
from alembic import context
from ieptrail.store.models import Base
from sqlalchemy import create_engine

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the full-text search objects (made by hand in 0002) out of autogenerate."""
    return not (name or "").startswith("messages_fts") and name != "search_vector"


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    from ieptrail.config import load_settings

    engine = create_engine(config.get_main_option("sqlalchemy.url") or load_settings().database_url)
    with engine.connect() as conn:
        run_with(conn)
