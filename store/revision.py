"""The schema revision this code reads and writes, and the record-state keys it reads, without
loading SQLAlchemy or Alembic (store/sqlite_read.py reads the record with them)."""

# The newest migration in store/migrations/versions (tests/store/test_store_failures.py checks it is
# Alembic's head): a record already there is recognised with one query, without loading Alembic.
HEAD_REVISION = "0008"

# store/record_state.py: new mail stored, follow-up facts not yet recomputed
FOLLOWUPS_STALE = "followups-stale"
