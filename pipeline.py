"""The one-way flow for each arrived email: raw bytes -> parsed -> tagged -> stored rows.

Both `ieptrail import` and the IMAP worker call `Importer`. Every email is handled in its own
savepoint: one that fails to parse, or to store, is kept raw in quarantine with the error and
the batch goes on.
"""
from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ieptrail.classify import MessageText, Person
from ieptrail.classify.roles import learn_roles, name_keys, named_beside_aide, signature_roles
from ieptrail.config import Settings
from ieptrail.ingest.dkim_verify import DkimResult, DkimVerifier
from ieptrail.ingest.forwards import normalize_subject
from ieptrail.ingest.model import OriginalMessage, ParsedEmail
from ieptrail.ingest.parse import ParseContext, ParseResult, parse_email, parse_one
from ieptrail.store import repository
from ieptrail.store.db import Database
from ieptrail.store.lifecycle import refresh_followups
from ieptrail.store.models import Message, RawEmail
from ieptrail.store.views import local_datetime

log = logging.getLogger(__name__)

# Decides whether an email may enter the evidence; returns None to admit, or a reason to quarantine.
Admission = Callable[[ParsedEmail], str | None]


@dataclass
class ImportOutcome:
    status: str  # new | duplicate | quarantined
    raw_email_id: int | None = None
    message_ids: list[int] = field(default_factory=list)
    error: str | None = None


@dataclass
class ImportSummary:
    new: int = 0
    duplicates: int = 0
    quarantined: int = 0
    messages: int = 0
    quarantine_notes: list[str] = field(default_factory=list)

    def add(self, origin: str, outcome: ImportOutcome) -> None:
        if outcome.status == "new":
            self.new += 1
            self.messages += len(outcome.message_ids)
        elif outcome.status == "duplicate":
            self.duplicates += 1
        else:
            self.quarantined += 1
            self.quarantine_notes.append(f"{origin}: {outcome.error}")

    def as_dict(self) -> dict:
        return {"new": self.new, "duplicates": self.duplicates, "quarantined": self.quarantined,
                "messages": self.messages}


def _batches(items: Iterable, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def parse_context(settings: Settings) -> ParseContext:
    return ParseContext(user_emails=settings.user_emails, default_zone=settings.timezone)


class Importer:
    def __init__(self, db: Database, settings: Settings, tagger=None, admission: Admission | None = None,
                 dkim_verifier: DkimVerifier | None = None):
        self.db = db
        # DKIM is checked as mail arrives: signing keys are rotated, so a later check can fail
        self.dkim = dkim_verifier or (DkimVerifier() if settings.dkim_check else None)
        self.settings = settings
        self.context = parse_context(settings)
        self.tagger = tagger
        self.admission = admission
        self.user_addresses = tuple(settings.user_emails) + ((settings.trail_address,) if settings.trail_address else ())
        self.directory: PeopleDirectory | None = None  # built on first use, then kept current
        self.tagged_ids: list[int] = []
        self.pending_tags: list[Message] | None = None  # set while import_many stores a batch
        self.isolate = True  # each email in its own savepoint (off while a batch is stored at once)
        self.known_shas: set[str] | None = None
        self.roles_seen: dict[tuple[str, str], tuple[str, ...]] = {}

    def import_many(
        self, items: Iterable[tuple[str, bytes]], batch_size: int = 200,
        on_outcome: Callable[[str, ImportOutcome], None] | None = None,
    ) -> ImportSummary:
        """Import (origin, raw bytes) pairs, committing every `batch_size` emails."""
        summary = ImportSummary()
        for batch in _batches(items, batch_size):
            self._import_batch(batch, summary, on_outcome)
        if summary.new:
            self.finish()
        return summary

    def finish(self) -> None:
        """After a run that stored new mail: retag what later mail explained, then recompute
        which promises were kept and which requests answered (new mail may do either)."""
        self._retag_for_roles_learned_later()
        self.refresh_followups()
        self.tagged_ids.clear()

    def _retag_for_roles_learned_later(self) -> None:
        """A later email may reveal who someone is ("His aide, Luis, …"): retag this run's earlier
        messages that name such a person or were written by them."""
        if self.tagger is None or self.directory is None or not self.tagged_ids:
            return
        now = {(person.name, person.email): person.roles for person in self.directory.people()}
        changed = [key for key, roles in now.items() if self.roles_seen.get(key) != roles and roles]
        if not changed:
            return
        names = {word for name, _ in changed for word in name_keys(name)}
        emails = {email for _, email in changed if email}
        with self.db.session_scope() as session:
            affected = [m for m in session.scalars(select(Message).where(Message.id.in_(self.tagged_ids)))
                        if m.from_email in emails or names & {w.lower() for w in re.findall(r"[A-Za-z'’-]+", m.new_text or "")}]
            if affected:
                tag_messages(session, self.tagger, self.settings, affected, self.directory)

    def refresh_followups(self) -> None:
        """New mail may deliver old promises or answer old requests."""
        with self.db.session_scope() as session:
            refresh_followups(session, self.settings)

    def _import_batch(self, batch, summary: ImportSummary, on_outcome) -> None:
        """Store a batch in one transaction, tag its new messages together (one nlp.pipe run) and
        commit. Should storing fail for one email, the batch is stored again email by email, each
        in its own savepoint, so that email alone is quarantined."""
        results = [parse_one(raw, self.context) for _, raw in batch]
        tagged_before = len(self.tagged_ids)
        try:
            outcomes = self._store_batch(batch, results, isolate=False)
        except Exception:  # noqa: BLE001 - retried below with each email isolated
            log.warning("storing a batch of %d emails failed; storing them one by one", len(batch))
            del self.tagged_ids[tagged_before:]  # those rows were rolled back
            outcomes = self._store_batch(batch, results, isolate=True)
        for (origin, _), outcome in zip(batch, outcomes):
            summary.add(origin, outcome)
            if on_outcome:
                on_outcome(origin, outcome)

    def _store_batch(self, batch, results, isolate: bool) -> list[ImportOutcome]:
        self.isolate = isolate
        with self.db.session_scope() as session:
            self.pending_tags = []
            self.known_shas = None if isolate else repository.stored_shas(session, [raw for _, raw in batch])
            try:
                outcomes = [self.import_one(session, raw, origin, result)
                            for (origin, raw), result in zip(batch, results)]
                self._tag_new(session, self.pending_tags)
            finally:
                self.pending_tags = None
                self.known_shas = None
                self.isolate = True
        return outcomes

    def import_one(self, session: Session, raw: bytes, origin: str, result: ParseResult | None = None) -> ImportOutcome:
        """Import one email inside the caller's transaction (in its own savepoint unless a whole
        batch is being stored at once); `result` is its parse when that was done elsewhere."""
        sha = repository.sha256_hex(raw)
        if self.known_shas is not None:  # a batch looked them all up at once
            if sha in self.known_shas:
                return ImportOutcome("duplicate")
            self.known_shas.add(sha)
        elif repository.raw_by_sha(session, sha) is not None:
            return ImportOutcome("duplicate")
        result = result or parse_one(raw, self.context)
        if result.parsed is None:
            if result.detail:
                log.error("could not parse %s: %s", origin, result.error)
            return self._quarantine(session, raw, origin, "parse-error", result.error, result.detail)
        parsed = result.parsed
        own_dkim = self._verify_dkim(raw)
        if self.admission is not None:
            reason = self.admission(parsed)
            if reason is not None:
                outcome = self._quarantine(session, raw, origin, "sender-not-allowed", reason, None,
                                           source_message_id=parsed.source_message_id)
                # kept for a later accept: by then the signing key may be gone
                repository.record_dkim(session.get(RawEmail, outcome.raw_email_id), own_dkim)
                return outcome
        if not self.isolate:
            raw_row = repository.add_raw_email(session, raw, origin, "stored",
                                               source_message_id=parsed.source_message_id, defects=parsed.defects)
            repository.record_dkim(raw_row, own_dkim)
            return self._store(session, raw_row, parsed)
        try:
            with session.begin_nested():
                raw_row = repository.add_raw_email(session, raw, origin, "stored",
                                                   source_message_id=parsed.source_message_id, defects=parsed.defects)
                repository.record_dkim(raw_row, own_dkim)
                return self._store(session, raw_row, parsed)
        except Exception as exc:
            log.exception("could not store %s", origin)
            return self._quarantine(session, raw, origin, "store-error", f"{type(exc).__name__}: {exc}",
                                    traceback.format_exc(), source_message_id=parsed.source_message_id)

    def _verify_dkim(self, raw: bytes) -> DkimResult | None:
        if self.dkim is None:
            return None
        try:
            return self.dkim.verify(raw)
        except Exception as exc:  # never lose an email over its signature check
            log.exception("DKIM check failed")
            return DkimResult("error", None, f"the check itself failed ({type(exc).__name__})", repository.utcnow())

    def _original_dkim(self, raw_row: RawEmail, original: OriginalMessage) -> DkimResult | None:
        """The DKIM result for the original as this email carried it."""
        if original.signed_bytes is raw_row.raw and raw_row.dkim_result is not None:  # checked as it arrived
            return DkimResult(raw_row.dkim_result, raw_row.dkim_domain, raw_row.dkim_note, raw_row.dkim_checked_at)
        if self.dkim is None:
            return None
        if original.signed_bytes is None:
            note = ("the attached message's bytes could not be cut out exactly" if original.forward_format == "attachment"
                    else "forwarded inline: the sender's signature does not come along")
            return DkimResult("none", None, note, repository.utcnow())
        return self._verify_dkim(original.signed_bytes)

    def _store(self, session: Session, raw_row: RawEmail, parsed: ParsedEmail) -> ImportOutcome:
        new_ids: list[int] = []
        new_pairs = []
        for position, original in enumerate(parsed.originals):
            fingerprint = repository.content_fingerprint(original)
            existing = repository.existing_message(session, original, fingerprint)
            dkim = self._original_dkim(raw_row, original)
            if existing is not None:
                repository.add_arrival(session, raw_row, existing, original, dkim)
                continue
            message = repository.add_message(session, raw_row, position, original, fingerprint, self.user_addresses,
                                             dkim)
            new_ids.append(message.id)
            new_pairs.append((message, original))
        if self.pending_tags is not None:
            self.pending_tags.extend(message for message, _ in new_pairs)  # tagged with the rest of the batch
        else:
            self._tag_new(session, [message for message, _ in new_pairs])
        if not new_ids:
            raw_row.status = "duplicate"
            return ImportOutcome("duplicate", raw_row.id)
        return ImportOutcome("new", raw_row.id, new_ids)

    def _tag_new(self, session: Session, messages: list[Message]) -> None:
        if self.tagger is None or not messages:
            return
        if self.directory is None:
            self.directory = PeopleDirectory.from_store(session)
        else:
            for message in messages:
                self.directory.add(message)
        tag_messages(session, self.tagger, self.settings, messages, self.directory, fresh=True)
        self.tagged_ids.extend(message.id for message in messages)
        for person in self.directory.people():
            self.roles_seen.setdefault((person.name, person.email), person.roles)

    def _quarantine(self, session: Session, raw: bytes, origin: str, reason: str, error: str,
                    detail: str | None, source_message_id: str | None = None) -> ImportOutcome:
        row = repository.add_raw_email(session, raw, origin, "quarantined", source_message_id=source_message_id,
                                       reason=reason, error=error, error_detail=detail)
        log.warning("quarantined %s: %s", origin, error)
        return ImportOutcome("quarantined", row.id, error=error)


def tagging_input(message: Message, settings: Settings) -> MessageText:
    """What classify/ reads of a stored message."""
    recipients = tuple(
        Person(item.get("name", ""), item.get("email", ""))
        for item in json.loads(message.to_json or "[]") + json.loads(message.cc_json or "[]")
    )
    subject = message.subject or ""
    return MessageText(
        new_text=message.new_text or "",
        subject=subject,
        sent=local_datetime(message.sent_at, message.utc_offset_minutes),
        author=Person(message.from_name or "", message.from_email or "") if message.from_email or message.from_name else None,
        recipients=recipients,
        signature=message.signature_text or "",
        from_user=settings.is_user(message.from_email),
        auto_reply=message.is_auto_reply,
        bulk=message.is_bulk,
        is_reply=normalize_subject(subject) != " ".join(subject.lower().split()),
    )


class PeopleDirectory:
    """Who is who: everyone who wrote into the record, with the service each provides, from their
    signature title and from how others introduce them ("His aide, Luis, …"). Names in prose
    resolve against it, and "Luis was pulled today" is then about the aide."""

    def __init__(self) -> None:
        self.senders: dict[str, tuple[str, set[str]]] = {}
        self.learned: dict[str, set[str]] = {}
        self.aide_mentions: dict[str, int] = {}  # "Ms. Pierce" named beside "aide" (twice makes her the aide)
        self._people: tuple[Person, ...] | None = None

    @classmethod
    def from_store(cls, session: Session) -> PeopleDirectory:
        directory = cls()
        for message in session.scalars(select(Message).order_by(Message.sent_at)):
            directory.add(message)
        return directory

    def add(self, message: Message) -> None:
        self._people = None
        if message.from_email:
            name, roles = self.senders.get(message.from_email, ("", set()))
            roles |= signature_roles(message.signature_text or "")
            self.senders[message.from_email] = (message.from_name or name, roles)
        for key, topics in learn_roles(message.new_text or "").items():
            self.learned.setdefault(key, set()).update(topics)
        for key in named_beside_aide(f"{message.subject or ''}\n\n{message.new_text or ''}"):
            self.aide_mentions[key] = self.aide_mentions.get(key, 0) + 1

    def people(self) -> tuple[Person, ...]:
        if self._people is not None:
            return self._people
        for key, count in self.aide_mentions.items():
            if count >= 2 and not self.learned.get(key):
                self.learned[key] = {"paraprofessional"}
        found = []
        named = set()
        for email, (name, roles) in self.senders.items():
            keys = name_keys(name) if name else set()
            learned = set().union(*(self.learned.get(key, set()) for key in keys)) if keys else set()
            found.append(Person(name, email, tuple(sorted(roles | learned))))
            named |= keys
        for key, topics in self.learned.items():
            if key not in named:
                found.append(Person(key.title(), "", tuple(sorted(topics))))
        self._people = tuple(found)
        return self._people


def tag_messages(session: Session, tagger, settings: Settings, messages: list[Message],
                 directory: PeopleDirectory | None = None, fresh: bool = False) -> None:
    """Tag messages and store the tags; `fresh` when they were never tagged (nothing to replace)."""
    directory = directory or PeopleDirectory.from_store(session)
    results = tagger.tag_many([tagging_input(message, settings) for message in messages], directory.people())
    with session.no_autoflush:
        for message, tags in zip(messages, results):
            repository.replace_tags(session, message, tags, fresh=fresh)


def accept_quarantined(db: Database, settings: Settings, raw_email_id: int, tagger=None) -> ImportOutcome:
    """Import a quarantined email after review (the sender check is skipped: the user vouched for it)."""
    importer = Importer(db, settings, tagger)
    with db.session_scope() as session:
        row = session.get(RawEmail, raw_email_id)
        if row is None or row.status != "quarantined":
            raise LookupError(f"no quarantined email with id {raw_email_id}")
        parsed = parse_email(row.raw, importer.context, damaged_ok=True)  # the user vouches: what can be read
        row.status, row.source_message_id = "stored", parsed.source_message_id
        row.reviewed_at, row.reviewed_note = repository.utcnow(), "accepted from quarantine"
        if row.dkim_result is None:  # not checked when it arrived: check now, and the date says so
            repository.record_dkim(row, importer._verify_dkim(row.raw))
        outcome = importer._store(session, row, parsed)
    importer.refresh_followups()
    return outcome
