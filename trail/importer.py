"""One email from bytes to stored, tagged rows, in one pass: read -> parse -> tag -> store.

Both `ieptrail import` and the IMAP worker call `Importer`. A batch is parsed (ingest/), its new
original messages are tagged together (classify/, one nlp.pipe run), then each email is stored
with its tags (store/) and the batch is committed: an email is never in the record without its
tags. One that cannot be parsed, tagged or stored is kept raw in quarantine with the reason, and
the batch goes on.
"""
from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ieptrail.classify import Tagger
from ieptrail.classify.people import PeopleDirectory
from ieptrail.classify.roles import name_keys
from ieptrail.config import Settings
from ieptrail.ingest.admission import Admission
from ieptrail.ingest.dkim_verify import DkimVerifier
from ieptrail.ingest.identity import identity_of, same_message
from ieptrail.ingest.parse import ParseContext, ParseResult, parse_one
from ieptrail.ingest.parsed import (
    DkimResult,
    MessageIdentity,
    OriginalMessage,
    ParsedEmail,
)
from ieptrail.store import record_state, repository
from ieptrail.store import tags as tag_store
from ieptrail.store.db import Database, Session
from ieptrail.trail.attachments import AttachmentTexts, DocumentFound
from ieptrail.trail.followups import refresh_followups
from ieptrail.trail.tagging import (
    TagOutcome,
    retag,
    stored_directory,
    tag_texts,
    text_of_original,
    trace_of_original,
)

log = logging.getLogger(__name__)


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


@dataclass
class Arrived:
    """One email on its way in: what parsing, the sender check, DKIM and tagging made of it."""

    origin: str
    raw: bytes
    sha256: str
    parse: ParseResult
    refused: str | None = None  # why the sender may not write into the record
    dkim: DkimResult | None = None  # the email's own signature
    identities: tuple[MessageIdentity, ...] = ()
    duplicate: bool = False  # these exact bytes are stored already (or earlier in the same batch)
    tags: list[TagOutcome | None] = field(default_factory=list)  # per original; None: already stored
    documents: list[tuple[DocumentFound, ...] | None] = field(default_factory=list)  # per original: its attachments read

    @property
    def parsed(self) -> ParsedEmail | None:
        return self.parse.parsed


def _batches(items: Iterable, size: int) -> Iterator[list]:
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
    def __init__(self, db: Database, settings: Settings, tagger: Tagger | None = None,
                 admission: Admission | None = None, dkim_verifier: DkimVerifier | None = None):
        self.db = db
        self.settings = settings
        self.tagger = tagger  # None: store without tags (tests that only look at the import itself)
        self.admission = admission
        # DKIM is checked as mail arrives: signing keys are rotated, so a later check can fail
        self.dkim = dkim_verifier or (DkimVerifier() if settings.dkim_check else None)
        self.context = parse_context(settings)
        self.user_addresses = tuple(settings.user_emails) + ((settings.trail_address,) if settings.trail_address else ())
        self.directory: PeopleDirectory | None = None  # built on first use, then kept current
        self.tagged_ids: list[int] = []  # this run's new messages
        self.roles_seen: dict[tuple[str, str], tuple[str, ...]] = {}
        self.attachments = AttachmentTexts(settings)  # attachments' text, read in a sandboxed child process

    # ---- the whole flow -------------------------------------------------------------------------

    def import_many(self, items: Iterable[tuple[str, bytes]], batch_size: int = 200,
                    on_outcome: Callable[[str, ImportOutcome], None] | None = None) -> ImportSummary:
        """Import (origin, raw bytes) pairs, committing every `batch_size` emails."""
        summary = ImportSummary()
        for batch in _batches(items, batch_size):
            arrived = [self.read(origin, raw) for origin, raw in batch]
            with self.db.session_scope() as session:
                self.tag(session, arrived)
            outcomes = self._store_batch(arrived)
            for email, outcome in zip(arrived, outcomes):
                summary.add(email.origin, outcome)
                if on_outcome:
                    on_outcome(email.origin, outcome)
        if summary.new:
            self.finish()
        return summary

    def import_one(self, session: Session, raw: bytes, origin: str) -> ImportOutcome:
        """Read, tag and store one email inside the caller's transaction (the IMAP worker commits
        it together with the mailbox position)."""
        arrived = self.read(origin, raw)
        self.tag(session, [arrived])
        return self.store(session, arrived, isolate=True)

    def finish(self) -> None:
        """After a run that stored new mail: retag what later mail explained, then recompute
        which promises were kept and which requests answered (new mail may do either)."""
        self._retag_for_roles_learned_later()
        self.refresh_followups()
        self.tagged_ids.clear()

    def refresh_followups(self) -> None:
        """New mail may deliver old promises or answer old requests."""
        with self.db.session_scope() as session:
            refresh_followups(session, self.settings)

    # ---- read: bytes -> parsed, checked ------------------------------------------------------------

    def read(self, origin: str, raw: bytes) -> Arrived:
        arrived = Arrived(origin, raw, repository.sha256_hex(raw), parse_one(raw, self.context))
        parsed = arrived.parsed
        if parsed is None:
            if arrived.parse.detail:
                log.error("could not parse %s: %s", origin, arrived.parse.error)
            return arrived
        arrived.dkim = self.verify_dkim(raw)
        if self.admission is not None:
            arrived.refused = self.admission(parsed)
        arrived.identities = tuple(identity_of(original) for original in parsed.originals)
        return arrived

    def verify_dkim(self, raw: bytes) -> DkimResult | None:
        if self.dkim is None:
            return None
        try:
            return self.dkim.verify(raw)
        except Exception as exc:  # never lose an email over its signature check
            log.exception("DKIM check failed")
            return DkimResult("error", None, f"the check itself failed ({type(exc).__name__})", repository.utcnow())

    def _original_dkim(self, email: Arrived, original: OriginalMessage) -> DkimResult | None:
        """The DKIM result for the original as this email carried it."""
        if original.signed_bytes is email.raw and email.dkim is not None:  # checked as it arrived
            return email.dkim
        if self.dkim is None:
            return None
        if original.signed_bytes is None:
            note = ("the attached message's bytes could not be cut out exactly" if original.forward_format == "attachment"
                    else "forwarded inline: the sender's signature does not come along")
            return DkimResult("none", None, note, repository.utcnow())
        return self.verify_dkim(original.signed_bytes)

    # ---- tag: the new originals of a batch, together -------------------------------------------------

    def tag(self, session: Session, batch: list[Arrived], already_kept: bool = False) -> None:
        """Mark the batch's duplicates and tag every original the record does not hold yet (reads
        only). `already_kept`: the emails' bytes are stored (quarantined) and are no duplicates."""
        seen = set() if already_kept else repository.stored_shas(session, [email.sha256 for email in batch])
        for email in batch:
            email.duplicate = email.sha256 in seen
            seen.add(email.sha256)
        admitted = [email for email in batch if email.parsed is not None and email.refused is None and not email.duplicate]
        known = repository.stored_identities(session, [i for email in admitted for i in email.identities])
        pending: list[tuple[Arrived, int, OriginalMessage]] = []
        for email in admitted:
            email.tags = [None] * len(email.identities)
            email.documents = [None] * len(email.identities)
            for position, (original, identity) in enumerate(zip(email.parsed.originals, email.identities)):
                if identity.fingerprint not in known and (identity.message_id or "") not in known:
                    pending.append((email, position, original))
        # attachments: their text read (once per SHA-256) and their own topics and missed sessions tagged
        for (email, position, _), found in zip(pending, self.attachments.prepare(session, self.tagger, [o for _, _, o in pending])):
            email.documents[position] = found
        if self.tagger is None or not pending:
            return
        if self.directory is None:
            self.directory = stored_directory(session, ((trace_of_original(o), o.date) for _, _, o in pending))
        else:
            for _, _, original in pending:
                self.directory.add(trace_of_original(original))
        texts = [text_of_original(original, self.settings) for _, _, original in pending]
        for (email, position, _), outcome in zip(pending, tag_texts(self.tagger, texts, self.directory.people())):
            email.tags[position] = outcome
        for person in self.directory.people():
            self.roles_seen.setdefault((person.name, person.email), person.roles)

    # ---- store: one email, its originals and their tags ------------------------------------------------

    def _store_batch(self, batch: list[Arrived]) -> list[ImportOutcome]:
        """The batch in one transaction; should storing fail for one email, again email by email,
        each in its own savepoint, so that email alone is quarantined."""
        tagged_before = len(self.tagged_ids)
        try:
            with self.db.session_scope() as session:
                return [self.store(session, email, isolate=False) for email in batch]
        except Exception:  # noqa: BLE001 - retried below with each email isolated
            log.warning("storing a batch of %d emails failed; storing them one by one", len(batch))
            del self.tagged_ids[tagged_before:]  # those rows were rolled back
        with self.db.session_scope() as session:
            return [self.store(session, email, isolate=True) for email in batch]

    def store(self, session: Session, email: Arrived, isolate: bool) -> ImportOutcome:
        """Store one read and tagged email inside the caller's transaction (in its own savepoint when
        `isolate`); quarantine it when it cannot become a record."""
        if email.duplicate:
            return ImportOutcome("duplicate")
        parsed = email.parsed
        if parsed is None:
            return self._quarantine(session, email, "parse-error", email.parse.error, email.parse.detail)
        if email.refused is not None:
            outcome = self._quarantine(session, email, "sender-not-allowed", email.refused, None)
            repository.record_dkim(session, outcome.raw_email_id, email.dkim)  # for a later accept: the key may be gone
            return outcome
        failed = next((t.error for t in email.tags if t is not None and t.tags is None), None)
        if failed is not None:
            return self._quarantine(session, email, "tag-error", failed, None)
        if not isolate:
            return self.store_parsed(session, email)
        try:
            with session.begin_nested():
                return self.store_parsed(session, email)
        except Exception as exc:
            log.exception("could not store %s", email.origin)
            return self._quarantine(session, email, "store-error", f"{type(exc).__name__}: {exc}", traceback.format_exc())

    def store_parsed(self, session: Session, email: Arrived, raw_email_id: int | None = None) -> ImportOutcome:
        parsed = email.parsed
        if raw_email_id is None:
            raw_email_id = repository.add_raw_email(session, email.raw, email.origin, "stored",
                                                    source_message_id=parsed.source_message_id, defects=parsed.defects)
            repository.record_dkim(session, raw_email_id, email.dkim)
        new_ids: list[int] = []
        for position, original in enumerate(parsed.originals):
            identity = email.identities[position]
            dkim = self._original_dkim(email, original)
            existing = self._stored_as(session, identity)
            if existing is not None:
                repository.add_arrival(session, raw_email_id, existing, original, dkim)
                continue
            if identity.message_id and repository.message_id_taken(session, identity.message_id):
                log.warning("%s reuses the Message-ID %s of a different message: stored as a message of its own",
                            email.origin, identity.message_id)
                identity = replace(identity, message_id=None)
            message_id = repository.add_message(session, raw_email_id, parsed.source_message_id, position, original,
                                                identity, self.user_addresses, dkim)
            tags = email.tags[position] if position < len(email.tags) else None
            if tags is None and self.tagger is not None:  # not foreseen when the batch was tagged
                tags = self._tag_late(session, original)
            if tags is not None and tags.tags is not None:
                tag_store.replace_tags(session, message_id, tags.tags, fresh=True)
            documents = email.documents[position] if position < len(email.documents) else None
            if documents is None:  # not foreseen when the batch was tagged, as above
                documents = self.attachments.prepare(session, self.tagger, [original])[0]
            self.attachments.store(session, message_id, documents, tagged=self.tagger is not None)
            new_ids.append(message_id)
        if not new_ids:
            repository.mark_duplicate(session, raw_email_id)
            return ImportOutcome("duplicate", raw_email_id)
        record_state.mark_followups_stale(session)
        self.tagged_ids.extend(new_ids)
        return ImportOutcome("new", raw_email_id, new_ids)

    def _stored_as(self, session: Session, identity: MessageIdentity) -> int | None:
        """The stored message this original is, if any."""
        for message_id, fingerprint, sender, subject, sent in repository.stored_candidates(session, identity):
            if same_message(identity, fingerprint, sender or "", subject, sent):
                return message_id
        return None

    def _tag_late(self, session: Session, original: OriginalMessage) -> TagOutcome:
        """An original that was thought stored when its batch was tagged, and was not after all."""
        if self.directory is None:
            self.directory = stored_directory(session)
        self.directory.add(trace_of_original(original))
        return tag_texts(self.tagger, [text_of_original(original, self.settings)], self.directory.people())[0]

    def _quarantine(self, session: Session, email: Arrived, reason: str, error: str, detail: str | None) -> ImportOutcome:
        source = email.parsed.source_message_id if email.parsed else None
        raw_email_id = repository.add_raw_email(session, email.raw, email.origin, "quarantined", source_message_id=source,
                                                reason=reason, error=error, error_detail=detail)
        log.warning("quarantined %s: %s", email.origin, error)
        return ImportOutcome("quarantined", raw_email_id, error=error)

    # ---- after a run ------------------------------------------------------------------------------

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
            affected = [stored for stored in tag_store.stored_texts(session, self.tagged_ids)
                        if stored.from_email in emails or names & _words(stored.new_text)]
            retag(session, self.tagger, self.settings, affected, self.directory)


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z'’-]+", text or "")}


def store_kept(importer: Importer, session: Session, raw_email_id: int, raw: bytes, origin: str,
               parsed: ParsedEmail) -> ImportOutcome:
    """Store, with its tags, an email whose bytes are already kept (a quarantined one the user accepted)."""
    email = Arrived(origin, raw, repository.sha256_hex(raw), ParseResult(parsed=parsed),
                    dkim=repository.raw_dkim(session, raw_email_id),
                    identities=tuple(identity_of(original) for original in parsed.originals))
    importer.tag(session, [email], already_kept=True)
    return importer.store_parsed(session, email, raw_email_id)
