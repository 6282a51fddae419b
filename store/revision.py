"""The schema revision this code reads and writes, without loading SQLAlchemy or Alembic."""

# The newest migration in store/migrations/versions (tests/store/test_store_failures.py checks it is
# Alembic's head): a record already there is recognised with one query, without loading Alembic.
HEAD_REVISION = "0007"
