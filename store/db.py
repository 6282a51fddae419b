"""Engine, migrations and the session-per-unit-of-work scope.

`Session` is the unit of work the layers above pass back into store/ functions; they never query
with it themselves (no SQLAlchemy outside store/, which the layer contract checks)."""
from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ieptrail.errors import StoreError
from ieptrail.store.revision import HEAD_REVISION

__all__ = ["HEAD_REVISION", "Database", "Session", "make_engine", "migrate", "open_existing", "redacted"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x1E97_7A11  # pg_advisory lock key: one process migrates an empty database at a time


def redacted(url: str) -> str:
    """The URL with any password masked, for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


LOCK_WAIT_SECONDS = 30  # how long a write waits for another process's lock before saying so


def _sqlite_pragmas(lock_wait_seconds: float):
    def apply(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # the worker writes while the CLI or web page reads
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(lock_wait_seconds * 1000)}")
        cursor.close()
    return apply


def _private_sqlite_file(path: Path) -> None:
    """The database file readable by its owner only (it is about a child). SQLite gives the -wal
    and -shm files it makes the mode of the database file, so creating that 0600 covers them;
    files from older versions are tightened."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except PermissionError:
        return  # a read-only record: the session scope will say so when something is written
    for existing in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if existing.exists() and existing.stat().st_mode & 0o077 and existing.stat().st_uid == os.getuid():
                existing.chmod(0o600)
        except OSError:
            pass


def make_engine(url: str, lock_wait_seconds: float = LOCK_WAIT_SECONDS) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"IEPTRAIL_DATABASE_URL is not a valid database URL: {redacted(url)}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_sqlite_file(Path(parsed.database).expanduser())
        engine = create_engine(parsed, connect_args={"timeout": lock_wait_seconds})
        event.listen(engine, "connect", _sqlite_pragmas(lock_wait_seconds))
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the driver we ship
    try:
        # a lock held longer than this fails with a clear message instead of waiting for ever
        return create_engine(parsed, pool_pre_ping=True,
                             connect_args={"options": f"-c lock_timeout={int(lock_wait_seconds * 1000)}"})
    except (ImportError, ArgumentError) as exc:
        raise StoreError(f"cannot use database {redacted(url)}: {exc}") from exc


def _alembic_config():
    from alembic.config import Config  # only when the schema may need migrating: not on every start

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _revision(connection) -> str | None:
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no such table yet: an empty database
        connection.rollback()
        return None


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (a no-op when it is already there)."""
    try:
        with engine.connect() as connection:
            if _revision(connection) == HEAD_REVISION:
                return
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = _alembic_config()
        head = ScriptDirectory.from_config(config).get_current_head()
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two first runs on an empty database would both create the tables (UniqueViolation on
                # pg_type): the first takes the lock and migrates, the second waits, then finds it done.
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                if MigrationContext.configure(connection).get_current_revision() == head:
                    return
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open database {redacted(str(engine.url))}: {plain_cause(exc)}") from exc


_DISK_FULL = ("database or disk is full", "no space left on device", "could not extend file", "disk full")
_LOCKED = ("database is locked", "database table is locked", "lock timeout", "could not obtain lock")
_NO_PERMISSION = ("readonly database", "read-only", "permission denied", "unable to open database file",
                  "must be owner")


def plain_cause(exc: BaseException, where: str = "the database", disk_full: bool = False) -> str:
    """One line that names the cause a person can act on (a full disk, a lock held by another
    process, a file they may not write), instead of the driver's statement and parameters."""
    orig = getattr(exc, "orig", None) or exc
    text_ = str(orig).split("\n", 1)[0].strip()
    lowered = text_.lower()
    sqlstate = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    code = getattr(orig, "errno", None)
    if disk_full or code == errno.ENOSPC or sqlstate in ("53100",) or any(words in lowered for words in _DISK_FULL):
        return (f"the disk holding {where} is full: nothing of this unit of work was saved; free some space "
                "and run it again")
    if sqlstate in ("55P03", "40P01") or any(words in lowered for words in _LOCKED):
        return (f"{where} is locked by another process (the worker, or another ieptrail command) and stayed "
                "locked: nothing was saved; run it again when that has finished")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or sqlstate == "42501" or any(
            words in lowered for words in _NO_PERMISSION):
        return (f"no permission to write {where}: check who owns the file (or the database role) and its "
                f"mode; nothing was saved ({text_})")
    if isinstance(exc, StaleDataError):
        return (f"{where} did not take every change of this unit of work (is the disk full, or did another "
                "process change the same rows?): nothing was saved; run it again")
    return f"database error: {text_ or type(orig).__name__}"


class Database:
    """One engine and its session factory; `session_scope()` is one unit of work."""

    def __init__(self, url: str, *, run_migrations: bool = True, lock_wait_seconds: float = LOCK_WAIT_SECONDS):
        self.url = url
        self.engine = make_engine(url, lock_wait_seconds)
        if run_migrations:
            migrate(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _disk_is_full(self) -> bool:
        """Is the file system of a SQLite record (all but) full? A full disk can surface as a
        statement that changed fewer rows than it should, rather than as SQLITE_FULL."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            return False
        try:
            stats = os.statvfs(Path(database).expanduser().parent)
        except OSError:
            return False
        return stats.f_bavail * stats.f_frsize < 1024 * 1024

    @property
    def in_memory(self) -> bool:
        """A SQLite record in this process's memory: no other process can open it."""
        return self.dialect == "sqlite" and self.engine.url.database in (None, "", ":memory:")

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        session = self.sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(plain_cause(exc, redacted(self.url), self._disk_is_full())) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_existing(url: str) -> Database | None:
    """The record at `url` if it exists and holds mail (nothing is created or migrated); else None."""
    from ieptrail.store.models import RawEmail

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() == "sqlite" and (not parsed.database or not Path(parsed.database).expanduser().exists()):
        return None
    try:
        db = Database(url, run_migrations=False)
        with db.session_scope() as session:
            if session.scalar(select(func.count()).select_from(RawEmail)) == 0:
                return None
    except (StoreError, SQLAlchemyError):
        return None
    return db
