"""Alembic migrations: the schema, brought to the newest revision on every start (store.db.migrate)."""
