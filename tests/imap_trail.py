"""One test's trail: a fresh Dovecot user, settings pointing at it, a record, and the checks the
worker tests share (above all: every message in the record exactly once)."""
from __future__ import annotations

import email.parser
import hashlib
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import SAMPLE, SAMPLE_ENV
from dovecot import DovecotUnavailable, ThrowawayDovecot
from ieptrail.worker import jobs
from ieptrail.config import load_settings
from ieptrail.worker.poll import Backoff, PollResult
from ieptrail.store.db import Database
from ieptrail.store.models import Base, Message, RawEmail

SCHOOL_SENDERS = "shoalcreekisd.org,capan-tx.org,hcpspeech.com"
SAMPLE_EMAILS = [path.read_bytes() for path in sorted((SAMPLE / "mailbox").glob("*.eml"))]
FAST_BACKOFF = Backoff(first=0.2, factor=2.0, ceiling=1.0, attempts=10)


def as_served(raw: bytes) -> bytes:
    """The bytes an IMAP server hands back: CRLF line ends."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def header_message_id(raw: bytes) -> str:
    value = email.parser.BytesHeaderParser().parsebytes(raw).get("Message-ID", "")
    return re.findall(r"<[^<>\s]+>", value)[0]


class Trail:
    def __init__(self, server: ThrowawayDovecot, home: Path, database_url: str | None = None, **env: str):
        self.server = server
        self.user = server.fresh_user()
        self.env = {
            "HOME": str(home), "IEPTRAIL_DATA_DIR": str(home / "data"), "IEPTRAIL_ENV_FILE": os.devnull,
            "IEPTRAIL_DATABASE_URL": database_url or f"sqlite:///{home / 'trail.db'}", **SAMPLE_ENV,
            "IEPTRAIL_ALLOWED_SENDERS": SCHOOL_SENDERS, **server.env(self.user),
        }
        self.configure(**env)
        self.db = Database(self.settings.database_url)

    def configure(self, **env: str) -> None:
        self.env.update(env)
        self.settings = load_settings(self.env, env_file=os.devnull)

    def wipe(self) -> None:
        with self.db.session_scope() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())

    def client(self):
        return self.server.client(self.user)

    def append(self, emails: list[bytes], folder: str = "INBOX") -> None:
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for start in range(0, len(emails), 100):
                client.multiappend(folder, emails[start:start + 100])

    def count(self, folder: str) -> int:
        with self.client() as client:
            if not client.folder_exists(folder):
                return 0
            return client.select_folder(folder, readonly=True)[b"EXISTS"]

    def poll(self, tagger=None, **options) -> PollResult:
        options.setdefault("backoff", FAST_BACKOFF)
        return jobs.poll_once(self.db, self.settings, jobs.mail_importer(self.db, self.settings, tagger), **options)

    def assert_exactly_once(self, emails: list[bytes]) -> None:
        """Every email is in the record once by SHA-256 and by Message-ID; nothing else is there,
        and no original message was stored twice."""
        served = [as_served(raw) for raw in emails]
        with self.db.session_scope() as session:
            rows = session.execute(select(RawEmail.sha256, RawEmail.source_message_id)).all()
            repeated = session.execute(select(Message.message_id).where(Message.message_id.is_not(None))
                                       .group_by(Message.message_id).having(func.count() > 1)).all()
        by_sha = Counter(sha for sha, _ in rows)
        assert by_sha == Counter(hashlib.sha256(raw).hexdigest() for raw in served)
        assert max(by_sha.values()) == 1
        assert Counter(message_id for _, message_id in rows) == Counter(header_message_id(raw) for raw in served)
        assert repeated == []

    def close(self) -> None:
        self.db.close()


@pytest.fixture(scope="module")
def dovecot():
    """A throwaway Dovecot on loopback for the test module (skipped, saying why, when it cannot run)."""
    try:
        server = ThrowawayDovecot()
        server.start()
    except DovecotUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.close()
