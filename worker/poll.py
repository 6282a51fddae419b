"""One poll of the trail mailbox: new UIDs -> Importer -> commit -> mark processed on the server.

Incremental by UID: the folder's UIDVALIDITY and the highest committed UID live in the
database (store.imap_state), so a poll with no new mail sends SELECT and nothing else, however
big the folder. A changed UIDVALIDITY starts the folder over; the SHA-256 and Message-ID
dedupe of the Importer keeps that from creating duplicates.

Each message is committed on its own (its email, its tags and its UID in one transaction)
before the server is told, so a crash or a stop costs at most a repeated MOVE, never a loss.
Connection trouble is retried with exponential backoff and jitter; a refused login is not.
"""
from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from ieptrail.config import Settings
from ieptrail.errors import ConfigError
from ieptrail.ingest.imap import (
    FetchedEmail,
    FolderStatus,
    ImapMailbox,
    ImapTransientError,
    account_name,
)
from ieptrail.store import imap_state
from ieptrail.store.db import Database
from ieptrail.store.repository import raw_id_by_sha, sha256_hex
from ieptrail.trail.importer import Importer, ImportSummary
from ieptrail.trail.wording import counted
from ieptrail.worker.mail_requests import MailRequests, Taken

log = logging.getLogger(__name__)

MAX_BATCH_BYTES = 32 * 1024 * 1024  # a batch of big attachments is fetched a few at a time, not 50 at once
_REQUEST_OUTCOMES = {  # "<count> <noun, in its plural when not 1> <what became of them>"
    "answered": ("request", "by email answered"),
    "already-answered": ("request", "by email answered before"),
    "refused": ("request", "by email refused (not authenticated; quarantined)"),
    "unanswerable": ("request", "by email not answered (no IEPTRAIL_SMTP_HOST)"),
    "our-reply": ("of our own answers", "come back (not stored)"),
}


@dataclass(frozen=True)
class Backoff:
    """Waits between reconnects: first, first*factor, … up to ceiling, each with jitter."""

    first: float = 1.0
    factor: float = 2.0
    ceiling: float = 60.0
    attempts: int = 6  # tries in a row without progress before the run gives up until the next poll

    def delay(self, attempt: int) -> float:
        base = min(self.ceiling, self.first * self.factor ** (attempt - 1))
        return random.uniform(base / 2, base)  # jitter: many workers do not come back in step


@dataclass
class PollResult:
    imported: ImportSummary = field(default_factory=ImportSummary)
    acknowledged: int = 0
    resynced: bool = False
    reconnects: int = 0
    fetch_commands: int = 0
    body_bytes: int = 0
    stopped: bool = False  # a stop was requested before the folder was done
    requests: dict[str, int] = field(default_factory=dict)  # requests by email, by what became of them

    def count_request(self, taken: Taken) -> None:
        self.requests[taken.outcome] = self.requests.get(taken.outcome, 0) + 1

    def summary(self) -> str:
        parts = [f"{self.imported.new} new", counted(self.imported.duplicates, "duplicate"),
                 f"{self.imported.quarantined} quarantined", f"{self.acknowledged} marked processed",
                 f"{self.body_bytes / 1024:.0f} kB fetched"]
        for outcome, count in self.requests.items():
            noun, became = _REQUEST_OUTCOMES[outcome]
            parts.append(f"{counted(count, noun) if noun == 'request' else f'{count} {noun}'} {became}")
        if self.resynced:
            parts.append("UIDVALIDITY changed: folder read again")
        if self.reconnects:
            parts.append(counted(self.reconnects, "reconnect"))
        if self.stopped:
            parts.append("stopped early")
        return ", ".join(parts)


def plan_batches(uids: list[int], sizes: dict[int, int], max_count: int,
                 max_bytes: int = MAX_BATCH_BYTES) -> list[list[int]]:
    """UIDs in order, cut into batches of at most `max_count` messages and about `max_bytes`."""
    batches: list[list[int]] = []
    current: list[int] = []
    current_bytes = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if current and (len(current) >= max_count or current_bytes + size > max_bytes):
            batches.append(current)
            current, current_bytes = [], 0
        current.append(uid)
        current_bytes += size
    if current:
        batches.append(current)
    return batches


class FolderSync:
    """One pass over the folder on an open connection. Safe to run again after any failure."""

    def __init__(self, mailbox: ImapMailbox, db: Database, importer: Importer, folder: str, batch_size: int,
                 result: PollResult, stop: threading.Event, on_committed: Callable[[int], None] | None = None,
                 requests: MailRequests | None = None, on_found: Callable[[int], None] | None = None):
        self.mailbox, self.db, self.importer, self.folder = mailbox, db, importer, folder
        self.requests, self.on_found = requests, on_found
        self.batch_size, self.result, self.stop, self.on_committed = batch_size, result, stop, on_committed
        self.account = mailbox.account

    def run(self) -> None:
        status = self.mailbox.select(self.folder)
        last_uid = self._position(status)
        self._acknowledge_earlier(status.uidvalidity)
        if status.uidnext is not None and status.uidnext <= last_uid + 1:
            return  # no new mail: nothing searched, nothing fetched
        # Mail that arrives while we work is announced in the answers to our own commands, where a
        # later IDLE never sees it: look again until nothing is new.
        while uids := self.mailbox.uids_after(last_uid):
            if self.on_found is not None:
                self.on_found(len(uids))
            if not self._store_new(status.uidvalidity, uids):
                return
            last_uid = uids[-1]

    def _store_new(self, uidvalidity: int, uids: list[int]) -> bool:
        """Store these UIDs batch by batch, telling the server after each; False if asked to stop."""
        sizes = self.mailbox.sizes(uids)
        for batch in plan_batches(uids, sizes, self.batch_size):
            if self.stop.is_set():
                break
            committed = []
            for email in self.mailbox.fetch(batch):
                if self.stop.is_set():
                    break
                self._commit(uidvalidity, email)
                committed.append(email.uid)
                if self.on_committed is not None:
                    self.on_committed(email.uid)
            self._acknowledge(uidvalidity, committed)
        if self.stop.is_set():
            self.result.stopped = True
            return False
        return True

    def _position(self, status: FolderStatus) -> int:
        with self.db.session_scope() as session:
            position = imap_state.folder_position(session, self.account, self.folder)
            if position is not None and position.uidvalidity == status.uidvalidity:
                return position.last_uid
            if position is not None:
                log.warning("%s %s: UIDVALIDITY changed from %s to %s; reading the folder again "
                            "(messages already stored are recognised by content, not stored twice)",
                            self.account, self.folder, position.uidvalidity, status.uidvalidity)
                self.result.resynced = True
            imap_state.start_over(session, self.account, self.folder, status.uidvalidity)
            return 0

    def _acknowledge_earlier(self, uidvalidity: int) -> None:
        with self.db.session_scope() as session:
            pending = imap_state.unacknowledged(session, self.account, self.folder, uidvalidity)
        if pending:
            log.info("%s %s: marking %d message(s) stored by an interrupted poll as processed",
                     self.account, self.folder, len(pending))
            self._acknowledge(uidvalidity, pending)

    def _commit(self, uidvalidity: int, email: FetchedEmail) -> None:
        origin = f"imap://{self.account}/{self.folder};UIDVALIDITY={uidvalidity}/;UID={email.uid}"
        with self.db.session_scope() as session:
            taken = self.requests.take(session, email.raw, origin) if self.requests is not None else None
            if taken is not None:  # a request by email: answered (or refused), not stored as evidence
                raw_id = taken.raw_email_id
            else:
                outcome = self.importer.import_one(session, email.raw, origin)
                raw_id = outcome.raw_email_id
                if raw_id is None:  # these exact bytes were stored before (another folder, an earlier UIDVALIDITY)
                    raw_id = raw_id_by_sha(session, sha256_hex(email.raw))
            imap_state.record_committed(session, self.account, self.folder, uidvalidity, email.uid, raw_id)
        if taken is not None:
            self.result.count_request(taken)
            self.requests.deliver(taken)
        else:
            self.result.imported.add(origin, outcome)

    def _acknowledge(self, uidvalidity: int, uids: list[int]) -> None:
        if not uids:
            return
        self.mailbox.mark_processed(uids)
        with self.db.session_scope() as session:
            imap_state.mark_acknowledged(session, self.account, self.folder, uidvalidity, uids)
        self.result.acknowledged += len(uids)


class MailboxPoller:
    """Keeps a connection to the trail mailbox and polls its folder, reconnecting when it drops."""

    def __init__(self, db: Database, settings: Settings, importer: Importer, *, stop: threading.Event | None = None,
                 backoff: Backoff = Backoff(), on_committed: Callable[[int], None] | None = None,
                 on_found: Callable[[int], None] | None = None):
        """`on_found(n)`: n new messages were found on the server; `on_committed(uid)`: one of them is stored."""
        if not settings.imap.configured:
            raise ConfigError("IEPTRAIL_IMAP_HOST is not set: there is no mailbox to poll")
        self.db, self.settings, self.importer = db, settings, importer
        self.stop = stop or threading.Event()
        self.backoff, self.on_committed, self.on_found = backoff, on_committed, on_found
        self.account = account_name(settings.imap)
        self.mailbox: ImapMailbox | None = None
        self.requests = MailRequests(db, settings, importer.tagger) if settings.search_by_email else None

    def poll(self) -> PollResult:
        result = PollResult()
        failures = 0
        while True:
            progress_before = result.imported.new + result.imported.duplicates + result.imported.quarantined
            try:
                if self.mailbox is None:
                    self.mailbox = ImapMailbox.connect(self.settings.imap)
                FolderSync(self.mailbox, self.db, self.importer, self.settings.imap.folder,
                           self.settings.imap.batch_size, result, self.stop, self.on_committed, self.requests,
                           self.on_found).run()
                self._count_traffic(result)
                return result
            except ImapTransientError as exc:
                self._count_traffic(result)
                self.close()
                progressed = result.imported.new + result.imported.duplicates + result.imported.quarantined
                failures = 1 if progressed > progress_before else failures + 1
                if failures >= self.backoff.attempts or self.stop.is_set():
                    raise
                delay = self.backoff.delay(failures)
                log.warning("%s (retry %d of %d in %.1f s)", exc, failures, self.backoff.attempts - 1, delay)
                if self.stop.wait(delay):
                    raise
                result.reconnects += 1
            except BaseException:
                self._count_traffic(result)
                self.close()
                raise

    def wait_for_new_mail(self, seconds: float) -> bool:
        """IDLE on the open connection; True when new mail arrived, or the connection dropped (so
        the next poll reconnects and looks)."""
        if self.mailbox is None:
            return True
        try:
            return self.mailbox.wait_for_new_mail(seconds, self.stop)
        except ImapTransientError as exc:
            log.warning("IDLE ended: %s", exc)
            self.close()
            return True

    def _count_traffic(self, result: PollResult) -> None:
        if self.mailbox is not None:
            result.fetch_commands += self.mailbox.traffic.commands["FETCH"]
            result.body_bytes += self.mailbox.traffic.body_bytes
            self.mailbox.traffic.commands.clear()
            self.mailbox.traffic.body_bytes = 0

    def close(self) -> None:
        if self.mailbox is not None:
            self.mailbox.close()
            self.mailbox = None
