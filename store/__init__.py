"""The stored record: models, migrations, the engine and unit of work, reads (views, never ORM rows)
and writes. No domain logic: what to store is decided above, in trail/."""
