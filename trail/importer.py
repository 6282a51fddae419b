"""One email from bytes to stored, tagged rows, in one pass: read -> parse -> tag -> store.

Both `ieptrail import` and the IMAP worker call `Importer`. A batch is parsed (ingest/), its new
original messages are tagged together (classify/, one nlp.pipe run), then each email is stored
with its tags (store/) and the batch is committed: an email is never in the record without its
tags. One that cannot be parsed, tagged or stored is kept raw in quarantine with the reason, and
the batch goes on.
"""
from __future__ import annotations

import copy
from array import array
import logging
import re
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain, islice

from ieptrail.classify import Tagger
from ieptrail.classify.tagger import collecting_only_new_objects
from ieptrail.classify.people import PeopleDirectory, TraceFacts
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
from ieptrail.store import batch as batch_store
from ieptrail.store import record_state, repository
from ieptrail.store import tags as tag_store
from ieptrail.store.db import Database, Session
from ieptrail.trail.attachments import AttachmentTexts, DocumentFound, KeptTexts
from ieptrail.trail.followups import refresh_followups, refresh_followups_apart
from ieptrail.trail.parallel import read_in_workers
from ieptrail.trail.tagging import (
    DIGEST_BYTES,
    TagOutcome,
    retag,
    stored_directory,
    tag_texts,
    tags_digest,
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
    original_dkim: tuple[DkimResult | None, ...] = ()  # per original, as this email carried it
    duplicate: bool = False  # these exact bytes are stored already (or earlier in the same batch)
    tags: list[TagOutcome | None] = field(default_factory=list)  # per original; None: already stored
    tagged_ahead: list[TagOutcome] | None = None  # every original's tags, from a worker process
    people_facts: list[TraceFacts | None] | None = None  # every original's facts about people, from a worker process
    people_seen: int = -1  # which snapshot of the people directory it was tagged with
    documents: list[tuple[DocumentFound, ...] | None] = field(default_factory=list)  # per original: its attachments read

    @property
    def parsed(self) -> ParsedEmail | None:
        return self.parse.parsed


class RunMessages:
    """A run's new messages, in the order stored: each one's id, the people snapshot it was tagged with (-1: none)
    and the `tags_digest` of the tags stored (if any). In arrays, not three objects per message: at 100,000 emails
    the lists and dicts this replaced held tens of MB until the run ended."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.seen = array("q")
        self.digests = bytearray()  # DIGEST_BYTES per message; zeros where `has_digest` says none
        self.has_digest = bytearray()

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, message_id: int, seen: int, digest: bytes | None) -> None:
        self.ids.append(message_id)
        self.seen.append(seen)
        self.has_digest.append(digest is not None)
        self.digests += digest if digest is not None else bytes(DIGEST_BYTES)

    def truncate(self, length: int) -> None:
        """Forget the messages stored after the first `length` (their rows were rolled back)."""
        del self.ids[length:], self.seen[length:], self.has_digest[length:], self.digests[length * DIGEST_BYTES:]

    def clear(self) -> None:
        self.truncate(0)

    def __iter__(self) -> Iterator[tuple[int, int, bytes | None]]:
        for position, (message_id, seen) in enumerate(zip(self.ids, self.seen)):
            start = position * DIGEST_BYTES
            yield message_id, seen, bytes(self.digests[start:start + DIGEST_BYTES]) if self.has_digest[position] else None


PARALLEL_FROM = 400  # fewer emails are read in this process: starting workers would cost more than it saves


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


def verify_dkim(verifier: DkimVerifier | None, raw: bytes) -> DkimResult | None:
    if verifier is None:
        return None
    try:
        return verifier.verify(raw)
    except Exception as exc:  # never lose an email over its signature check
        log.exception("DKIM check failed")
        return DkimResult("error", None, f"the check itself failed ({type(exc).__name__})", repository.utcnow())


def _original_dkim(verifier: DkimVerifier | None, raw: bytes, own: DkimResult | None,
                   original: OriginalMessage) -> DkimResult | None:
    """The DKIM result for the original as this email carried it."""
    if original.signed_bytes is raw and own is not None:  # checked as it arrived
        return own
    if verifier is None:
        return None
    if original.signed_bytes is None:
        note = ("the attached message's bytes could not be cut out exactly" if original.forward_format == "attachment"
                else "forwarded inline: the sender's signature does not come along")
        return DkimResult("none", None, note, repository.utcnow())
    return verify_dkim(verifier, original.signed_bytes)


def read_email(origin: str, raw: bytes, context: ParseContext, verifier: DkimVerifier | None) -> Arrived:
    """Bytes -> parsed, who each original is, and what DKIM says (no database: also run in workers)."""
    arrived = Arrived(origin, raw, repository.sha256_hex(raw), parse_one(raw, context))
    parsed = arrived.parsed
    if parsed is None:
        if arrived.parse.detail:
            log.error("could not parse %s: %s", origin, arrived.parse.error)
        return arrived
    arrived.dkim = verify_dkim(verifier, raw)
    arrived.identities = tuple(identity_of(original) for original in parsed.originals)
    arrived.original_dkim = tuple(_original_dkim(verifier, raw, arrived.dkim, o) for o in parsed.originals)
    return arrived


class Importer:
    def __init__(self, db: Database, settings: Settings, tagger: Tagger | None = None,
                 admission: Admission | None = None, dkim_verifier: DkimVerifier | None = None,
                 refresh_apart: bool = False):
        self.db = db
        self.refresh_apart = refresh_apart  # a long-running worker: the follow-up refresh in a process of its own
        self.settings = settings
        self.tagger = tagger  # None: store without tags (tests that only look at the import itself)
        self.admission = admission
        # DKIM is checked as mail arrives: signing keys are rotated, so a later check can fail
        self.dkim = dkim_verifier or (DkimVerifier() if settings.dkim_check else None)
        self.context = parse_context(settings)
        self.user_addresses = tuple(settings.user_emails) + ((settings.trail_address,) if settings.trail_address else ())
        self.directory: PeopleDirectory | None = None  # built on first use, then kept current
        # this run's new messages, each with the snapshot of who had which roles when it was tagged: after the
        # run, messages naming someone whose roles changed since are tagged again
        self.run_messages = RunMessages()
        self.snapshots: list[dict[tuple[str, str], tuple[str, ...]]] = []
        self.attachments = AttachmentTexts(settings)  # attachments' text, read in a sandboxed child process
        self.workers = 1  # processes for the follow-up refresh after a run (import_many's `workers`)

    # ---- the whole flow -------------------------------------------------------------------------

    def import_many(self, items: Iterable[tuple[str, bytes]], batch_size: int = 200,
                    on_outcome: Callable[[str, ImportOutcome], None] | None = None, workers: int = 1) -> ImportSummary:
        """Import (origin, raw bytes) pairs, committing every `batch_size` emails. With `workers` > 1
        and more than a few hundred emails, they are read and tagged in that many processes."""
        summary = ImportSummary()
        self.workers = workers
        items = iter(items)
        head = list(islice(items, PARALLEL_FROM))
        with collecting_only_new_objects():
            if workers > 1 and len(head) >= PARALLEL_FROM:
                batches = self._read_in_workers(chain(head, items), workers)
            else:
                batches = ([self.read(origin, raw) for origin, raw in batch]
                           for batch in _batches(chain(head, items), batch_size))
            for arrived in batches:
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

    def _read_in_workers(self, items: Iterator[tuple[str, bytes]], workers: int) -> Iterator[list[Arrived]]:
        # per chunk in flight: the people directory it is tagged with, as sent (the worker adds the
        # chunk's own authors before tagging; so does the snapshot below, when the chunk is back)
        sent_with: deque[PeopleDirectory] = deque()

        def directory() -> PeopleDirectory | None:
            if self.tagger is None:
                return None
            if self.directory is None:
                with self.db.session_scope() as session:
                    self.directory = stored_directory(session)
            sent_with.append(copy.deepcopy(self.directory))
            return self.directory

        def stored(shas: list[str]) -> set[str]:
            with self.db.session_scope() as session:
                return repository.stored_shas(session, shas)

        self.db.engine.dispose()  # no database connection is shared with the forked workers
        for batch in read_in_workers(items, workers, self.settings, self.context, self.tagger, self.dkim, directory,
                                     stored):
            snapshot = self._snapshot_of_chunk(sent_with.popleft(), batch) if self.tagger is not None else -1
            for email in batch:
                email.people_seen = snapshot
                if email.parsed is not None and self.admission is not None:
                    email.refused = self.admission(email.parsed)
            yield batch

    def import_one(self, session: Session, raw: bytes, origin: str) -> ImportOutcome:
        """Read, tag and store one email inside the caller's transaction (the IMAP worker commits
        it together with the mailbox position)."""
        arrived = self.read(origin, raw)
        self.tag(session, [arrived])
        return _marked([self.store_isolated(session, arrived)], session)[0]

    def finish(self) -> None:
        """After a run that stored new mail: retag what later mail explained, then recompute
        which promises were kept and which requests answered (new mail may do either)."""
        self._retag_for_roles_learned_later()
        self.refresh_followups()
        # the snapshots only explain this run's messages: kept past it, a worker would hold one per email for ever
        self.run_messages.clear()
        self.snapshots.clear()

    def refresh_followups(self) -> None:
        """New mail may deliver old promises or answer old requests."""
        if self.refresh_apart and not self.db.in_memory:
            refresh_followups_apart(self.settings)
            return
        with self.db.session_scope() as session:
            refresh_followups(session, self.settings, workers=self.workers)

    # ---- read: bytes -> parsed, checked ------------------------------------------------------------

    def read(self, origin: str, raw: bytes) -> Arrived:
        arrived = read_email(origin, raw, self.context, self.dkim)
        if arrived.parsed is not None and self.admission is not None:
            arrived.refused = self.admission(arrived.parsed)
        return arrived

    def verify_dkim(self, raw: bytes) -> DkimResult | None:
        return verify_dkim(self.dkim, raw)

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
        originals = [original for _, _, original in pending]
        for (email, position, _), found in zip(pending, self.attachments.prepare(session, self.tagger, originals)):
            email.documents[position] = found
        if self.tagger is None or not pending:
            return
        if self.directory is None:
            self.directory = stored_directory(session, ((trace_of_original(o), o.date) for _, _, o in pending))
        else:
            for email, position, original in pending:
                facts = email.people_facts[position] if email.people_facts else None
                if facts is not None:
                    self.directory.add_facts(facts)
                else:
                    self.directory.add(trace_of_original(original))
        untagged = [(email, position, original) for email, position, original in pending if email.tagged_ahead is None]
        texts = [text_of_original(original, self.settings) for _, _, original in untagged]
        outcomes = tag_texts(self.tagger, texts, self.directory.people())
        snapshot = self._remember(self._roles()) if untagged else -1
        for (email, position, _), outcome in zip(untagged, outcomes):
            email.tags[position] = outcome
            email.people_seen = snapshot
        for email, position, _ in pending:
            if email.tagged_ahead is not None:  # tagged in a worker (people_seen was set when it was sent)
                email.tags[position] = email.tagged_ahead[position]

    # ---- store: the batch's emails, their originals and their tags -------------------------------------

    def _store_batch(self, batch: list[Arrived]) -> list[ImportOutcome]:
        """The batch in one transaction; should storing fail for one email, again email by email,
        each in its own savepoint, so that email alone is quarantined."""
        tagged_before = len(self.run_messages)
        try:
            with self.db.session_scope() as session:
                return _marked(self.store(session, batch), session)
        except Exception:  # noqa: BLE001 - retried below with each email isolated
            log.warning("storing a batch of %d emails failed; storing them one by one", len(batch))
            self.run_messages.truncate(tagged_before)  # those rows were rolled back
        with self.db.session_scope() as session:
            return _marked([self.store_isolated(session, email) for email in batch], session)

    def store_isolated(self, session: Session, email: Arrived) -> ImportOutcome:
        """One email in its own savepoint: if it cannot be stored, it alone is quarantined."""
        tagged_before = len(self.run_messages)
        try:
            with session.begin_nested():
                return self.store(session, [email])[0]
        except Exception as exc:
            self.run_messages.truncate(tagged_before)
            log.exception("could not store %s", email.origin)
            return self._quarantine(session, email, "store-error", f"{type(exc).__name__}: {exc}", traceback.format_exc())

    def store(self, session: Session, batch: list[Arrived], kept_as: int | None = None) -> list[ImportOutcome]:
        """Store read and tagged emails inside the caller's transaction; quarantine those that cannot
        become a record. `kept_as`: the raw row a single email already has (an accepted one)."""
        outcomes: list[ImportOutcome | None] = [None] * len(batch)
        storable = []
        for index, email in enumerate(batch):
            refused = self._refusal(email)
            if refused is not None:
                outcomes[index] = refused if refused.status == "duplicate" else self._quarantine(
                    session, email, *refused.error)
            else:
                storable.append(index)
        plans = self._plan(session, [batch[index] for index in storable], kept_as)
        written = batch_store.write_emails(session, plans, self.user_addresses)
        kept = KeptTexts(session, {document.sha256 for index in storable for found in batch[index].documents
                                   for document in found or ()})
        for index, plan, stored in zip(storable, plans, written):
            email = batch[index]
            for position, message_id in zip(stored.new_positions, stored.new_message_ids):
                documents = email.documents[position] if position < len(email.documents) else None
                if documents is None:  # not foreseen when the batch was tagged
                    documents = self.attachments.prepare(session, self.tagger, [email.parsed.originals[position]])[0]
                self.attachments.store(session, message_id, documents, tagged=self.tagger is not None, kept=kept)
            for position, message_id in zip(stored.new_positions, stored.new_message_ids):
                written = plan.originals[position].tags
                outcome = email.tags[position] if position < len(email.tags) else None
                self.run_messages.add(message_id, email.people_seen,
                                      _digest_of(written, outcome) if written is not None else None)
            outcomes[index] = ImportOutcome("new" if stored.new_message_ids else "duplicate", stored.raw_email_id,
                                            list(stored.new_message_ids))
        return outcomes

    def _refusal(self, email: Arrived) -> ImportOutcome | None:
        """Why this email is not stored as a record: a duplicate, or the quarantine's (reason, error, detail, dkim)."""
        if email.duplicate:
            return ImportOutcome("duplicate")
        if email.parsed is None:
            return ImportOutcome("quarantine", error=("parse-error", email.parse.error, email.parse.detail))
        if email.refused is not None:  # its DKIM result is kept for a later accept: the key may be gone by then
            return ImportOutcome("quarantine", error=("sender-not-allowed", email.refused, None, email.dkim))
        failed = next((t.error for t in email.tags if t is not None and t.tags is None), None)
        if failed is not None:
            return ImportOutcome("quarantine", error=("tag-error", failed, None))
        return None

    def _plan(self, session: Session, batch: list[Arrived], kept_as: int | None) -> list[batch_store.EmailToStore]:
        """What to write for each email: which originals are new (with their tags), which are further
        arrivals of a stored message or of one earlier in the batch."""
        stored = batch_store.candidates_for(session, [identity for email in batch for identity in email.identities])
        taken_ids = {candidate.message_id for candidate in stored if candidate.message_id}
        earlier: list[tuple[tuple[int, int], MessageIdentity]] = []
        plans = []
        for e, email in enumerate(batch):
            parsed = email.parsed
            plan = batch_store.EmailToStore(email.raw, email.origin, parsed.source_message_id, parsed.defects, email.dkim,
                                            raw_email_id=kept_as, sha256=email.sha256)
            for position, original in enumerate(parsed.originals):
                identity = email.identities[position]
                item = batch_store.OriginalToStore(position, original, identity, email.original_dkim[position])
                item.stored_pk = next((c.id for c in stored if _named(identity, c.fingerprint, c.message_id) and same_message(
                    identity, c.fingerprint, c.from_email or "", c.subject_normalized, c.sent_at)), None)
                if item.stored_pk is None:
                    item.same_as = next((key for key, other in earlier if _named(identity, other.fingerprint, other.message_id)
                                         and same_message(identity, other.fingerprint, other.sender,
                                                          other.subject_normalized, other.sent_utc)), None)
                if item.stored_pk is None and item.same_as is None:
                    if identity.message_id and identity.message_id in taken_ids:
                        log.warning("%s reuses the Message-ID %s of a different message: stored as a message of its own",
                                    email.origin, identity.message_id)
                        item.identity = identity = replace(identity, message_id=None)
                    if identity.message_id:
                        taken_ids.add(identity.message_id)
                    tagged = email.tags[position] if position < len(email.tags) else None
                    if tagged is None and self.tagger is not None:  # not foreseen when the batch was tagged
                        tagged = self._tag_late(session, original)
                    item.tags = tagged.tags if tagged else None
                    earlier.append(((e, position), identity))
                plan.originals.append(item)
            plans.append(plan)
        return plans

    def _tag_late(self, session: Session, original: OriginalMessage) -> TagOutcome:
        """An original that was thought stored when its batch was tagged, and was not after all."""
        if self.directory is None:
            self.directory = stored_directory(session)
        self.directory.add(trace_of_original(original))
        return tag_texts(self.tagger, [text_of_original(original, self.settings)], self.directory.people())[0]

    def _quarantine(self, session: Session, email: Arrived, reason: str, error: str, detail: str | None = None,
                    dkim: DkimResult | None = None) -> ImportOutcome:
        source = email.parsed.source_message_id if email.parsed else None
        raw_email_id = repository.add_raw_email(session, email.raw, email.origin, "quarantined", source_message_id=source,
                                                reason=reason, error=error, error_detail=detail, dkim=dkim)
        log.warning("quarantined %s: %s", email.origin, error)
        return ImportOutcome("quarantined", raw_email_id, error=error)

    # ---- after a run ------------------------------------------------------------------------------

    def _roles(self, directory: PeopleDirectory | None = None) -> dict[tuple[str, str], tuple[str, ...]]:
        """(name, address) -> roles, in `directory` (default: the importer's own)."""
        people = (directory if directory is not None else self.directory).people()
        return {(person.name, person.email): person.roles for person in people}

    def _snapshot_of_chunk(self, sent: PeopleDirectory, batch: list[Arrived]) -> int:
        """The roles a worker tagged this chunk with: the directory as sent plus the chunk's own
        authors, as trail/parallel.py's worker adds them (without them, every author first seen in
        the chunk would look learned later, and nearly every message would be tagged twice)."""
        for email in batch:
            for facts in email.people_facts or ():
                if facts is not None:
                    sent.add_facts(facts)
        return self._remember(self._roles(sent))

    def _remember(self, roles: dict[tuple[str, str], tuple[str, ...]]) -> int:
        """The index of this snapshot of the roles: the last one's again when nothing changed since (as soon as
        the record's people are known, nearly every batch), so the run keeps one per change, not one per batch
        (each holds every person: at 100,000 emails, a thousand copies of the directory)."""
        if not self.snapshots or self.snapshots[-1] != roles:
            self.snapshots.append(roles)
        return len(self.snapshots) - 1

    def _retag_for_roles_learned_later(self) -> None:
        """A later email may reveal who someone is ("His aide, Luis, …"): retag this run's messages
        that name such a person, or were written by them, if they were tagged before it was known."""
        if self.tagger is None or self.directory is None or not len(self.run_messages):
            return
        final = self._roles()
        final_by_name = _roles_by_name(final)
        changed_in = []
        for snapshot in self.snapshots:
            # a text names a person by name: what it says changes only if the roles that name carries
            # do (another address of someone already known, with the same roles, changes nothing)
            by_name = _roles_by_name(snapshot)
            changed_in.append(({word for name, roles in final_by_name.items() if by_name.get(name) != roles
                                for word in name_keys(name)},
                               {email for (name, email), roles in final.items()
                                if email and roles and snapshot.get((name, email)) != roles}))
        snapshot_of: dict[int, int] = {}
        digests: dict[int, bytes] = {}  # of the suspects only: `tags_digest` of the tags stored
        for message_id, seen, digest in self.run_messages:
            if 0 <= seen < len(changed_in) and any(changed_in[seen]):
                snapshot_of[message_id] = seen
                if digest is not None:
                    digests[message_id] = digest
        if not snapshot_of:
            return
        with self.db.session_scope() as session:
            affected = []
            for stored in tag_store.stored_texts(session, snapshot_of):
                names, emails = changed_in[snapshot_of[stored.id]]
                if stored.from_email in emails or names & _words(stored.new_text):
                    affected.append(stored)
            # most of them are tagged the same as before (the new role changes nothing they say): only
            # those whose tags differ are written again
            retag(session, self.tagger, self.settings, affected, self.directory, digests)


def _digest_of(tags, outcome: TagOutcome | None) -> bytes:
    """`tags_digest(tags)`: the one a worker worked out when these are the tags it found."""
    if outcome is not None and outcome.tags is tags and outcome.digest is not None:
        return outcome.digest
    return tags_digest(tags)


def _named(identity: MessageIdentity, fingerprint: str, message_id: str | None) -> bool:
    """Does a stored (or earlier) message share this one's fingerprint or Message-ID?"""
    return fingerprint == identity.fingerprint or bool(identity.message_id and message_id == identity.message_id)


def _marked(outcomes: list[ImportOutcome], session: Session) -> list[ImportOutcome]:
    """New mail makes the follow-up facts stale, in the same transaction that stores it."""
    if any(outcome.status == "new" for outcome in outcomes):
        record_state.mark_followups_stale(session)
    return outcomes


def _roles_by_name(roles: dict[tuple[str, str], tuple[str, ...]]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Per name, the roles its people carry (people without a role left out)."""
    by_name: dict[str, set[tuple[str, ...]]] = {}
    for (name, _), found in roles.items():
        if found:
            by_name.setdefault(name, set()).add(found)
    return {name: frozenset(found) for name, found in by_name.items()}


def _words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z'’-]+", text or "")}


def store_kept(importer: Importer, session: Session, raw_email_id: int, raw: bytes, origin: str,
               parsed: ParsedEmail) -> ImportOutcome:
    """Store, with its tags, an email whose bytes are already kept (a quarantined one the user accepted)."""
    own = repository.raw_dkim(session, raw_email_id)
    email = Arrived(origin, raw, repository.sha256_hex(raw), ParseResult(parsed=parsed), dkim=own,
                    identities=tuple(identity_of(original) for original in parsed.originals),
                    original_dkim=tuple(_original_dkim(importer.dkim, raw, own, o) for o in parsed.originals))
    importer.tag(session, [email], already_kept=True)
    return _marked(importer.store(session, [email], kept_as=raw_email_id), session)[0]
