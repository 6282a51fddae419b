"""Tagging in the flow: the text of a message (arriving or stored) -> classify -> its Tags.

The people directory (who is the aide, who the SLP) is built from the record once and kept
current as messages arrive; a message whose tagging fails is reported, not lost.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timezone

from ieptrail.classify import MessageText, Person, Tagger, Tags
from ieptrail.classify.people import AuthorTrace, PeopleDirectory
from ieptrail.config import Settings
from ieptrail.ingest.forwards import normalize_subject
from ieptrail.ingest.parse import forwarded_list_memo
from ieptrail.ingest.parsed import OriginalMessage
from ieptrail.store import tags as tag_store
from ieptrail.store.db import Database, Session
from ieptrail.store.tags import StoredText, author_traces
from ieptrail.trail.attachments import retag_attachments
from ieptrail.trail.followups import refresh_followups

log = logging.getLogger(__name__)

# spaCy refuses longer texts (its default max_length); the pipeline here is linear in the text, and
# an email's own new text is never near this, so it only bounds what a hostile email can cost.
MAX_TAGGED_CHARACTERS = 1_000_000


def _is_reply(subject: str) -> bool:
    return normalize_subject(subject) != " ".join(subject.lower().split())


def _in_own_offset(moment: datetime | None) -> datetime | None:
    """The author's wall clock at a fixed offset (as the store gives it back), so an arriving and a
    stored message resolve "tomorrow" the same way."""
    if moment is None:
        return None
    offset = moment.utcoffset()
    return moment.astimezone(UTC).astimezone(timezone(offset)) if offset is not None else moment


def text_of_original(original: OriginalMessage, settings: Settings) -> MessageText:
    """What tagging reads of an arriving original message."""
    sender = original.sender
    return MessageText(
        new_text=original.parts.new_text[:MAX_TAGGED_CHARACTERS],
        subject=original.subject,
        sent=_in_own_offset(original.date),
        author=Person(sender.name or "", sender.email or "") if sender and (sender.email or sender.name) else None,
        recipients=tuple(Person(a.name or "", a.email or "") for a in (*original.to, *original.cc)),
        signature=original.parts.signature,
        from_user=settings.is_user(sender.email if sender else None),
        auto_reply=original.auto_reply,
        bulk=original.bulk,
        list_memo=forwarded_list_memo(original.arrival, original.bulk, sender.email if sender else None,
                                      original.subject),
        is_reply=_is_reply(original.subject),
    )


def text_of_stored(stored: StoredText, settings: Settings) -> MessageText:
    """What tagging reads of a stored message (for `retag`)."""
    return MessageText(
        new_text=stored.new_text[:MAX_TAGGED_CHARACTERS],
        subject=stored.subject,
        sent=stored.sent,
        author=Person(stored.from_name, stored.from_email) if stored.from_email or stored.from_name else None,
        recipients=tuple(Person(name, email) for name, email in stored.recipients),
        signature=stored.signature,
        from_user=settings.is_user(stored.from_email or None),
        auto_reply=stored.auto_reply,
        bulk=stored.bulk,
        list_memo=forwarded_list_memo(stored.arrival, stored.bulk, stored.from_email or None, stored.subject),
        is_reply=_is_reply(stored.subject),
    )


def trace_of_original(original: OriginalMessage) -> AuthorTrace:
    sender = original.sender
    return AuthorTrace((sender.name or "") if sender else "", (sender.email or "") if sender else "",
                       original.parts.signature, original.parts.new_text, original.subject)


def stored_directory(session: Session, arriving: Iterable[tuple[AuthorTrace, datetime | None]] = ()) -> PeopleDirectory:
    """The directory of everyone in the record, plus messages about to be stored, oldest first."""
    stored = [(AuthorTrace(name, email, signature, text, subject), sent)
              for name, email, signature, text, subject, sent in author_traces(session)]
    arriving = [(trace, sent.astimezone(UTC).replace(tzinfo=None) if sent else None) for trace, sent in arriving]
    ordered = sorted(stored + arriving, key=lambda pair: (pair[1] is not None, pair[1] or datetime.min))
    return PeopleDirectory.of(trace for trace, _ in ordered)


@dataclass(frozen=True)
class TagOutcome:
    tags: Tags | None
    error: str | None = None  # why tagging failed (the email is then quarantined, not lost)
    digest: bytes | None = None  # `tags_digest(tags)`, when worked out already (by a worker process)


def tag_texts(tagger: Tagger, texts: Sequence[MessageText], people: tuple[Person, ...]) -> list[TagOutcome]:
    """Tag a batch together (one nlp.pipe run); should the batch fail, each text alone, so only the
    one that fails is reported."""
    if not texts:
        return []
    try:
        return [TagOutcome(tags) for tags in tagger.tag_many(texts, people)]
    except Exception:  # noqa: BLE001 - narrowed below, one text at a time
        log.warning("tagging a batch of %d messages failed; tagging them one by one", len(texts))
    outcomes = []
    for text in texts:
        try:
            outcomes.append(TagOutcome(tagger.tag(text, people)))
        except Exception as exc:  # noqa: BLE001 - a message no rule foresaw: kept, with the reason
            log.exception("tagging failed")
            outcomes.append(TagOutcome(None, f"tagging failed: {type(exc).__name__}: {exc}"))
    return outcomes


DIGEST_BYTES = 16  # of `tags_digest`


def tags_digest(tags: Tags) -> bytes:
    """A short fingerprint of everything tagging found for a message (the parts that are stored,
    and more): equal digests mean a retag would write the same rows again."""
    found = (tags.topics, tags.students, tags.promises, tags.requests, tags.missed_services, tags.makeups)
    return hashlib.blake2b(repr(found).encode("utf-8"), digest_size=DIGEST_BYTES).digest()


def retag(session: Session, tagger: Tagger, settings: Settings, stored: list[StoredText],
          directory: PeopleDirectory, stored_digests: dict[int, bytes] | None = None) -> int:
    """Tag stored messages again and replace their tags; how many were replaced. `stored_digests`
    (message id -> `tags_digest` of the tags it holds): a message tagged the same again is left
    as it is, its rows already being what the new tags would write."""
    texts = [text_of_stored(item, settings) for item in stored]
    replaced = 0
    for item, tags in zip(stored, tagger.tag_many(texts, directory.people())):
        if stored_digests is not None and stored_digests.get(item.id) == tags_digest(tags):
            continue
        tag_store.replace_tags(session, item.id, tags)
        replaced += 1
    return replaced


def retag_record(db: Database, settings: Settings, tagger: Tagger, batch: int = 500,
                 on_progress: Callable[[int, int], None] | None = None) -> tuple[int, dict[str, int]]:
    """Tag every stored message again (after the taxonomy or the rules changed), `batch` per
    transaction, read again the attachments whose extractor changed and tag every attachment's
    text, then recompute the follow-up facts; (messages retagged, follow-up and attachment counts).
    `on_progress(done, total)` is told after each batch.

    The user's decisions are kept: they are tied to the promise's message and sentence, not to a
    row that tagging rewrites."""
    with db.session_scope() as session:
        directory = stored_directory(session)
        total = tag_store.stored_text_count(session) if on_progress else 0
    done = last_id = 0
    while True:
        with db.session_scope() as session:
            stored = tag_store.stored_texts_after(session, last_id, batch)
            if not stored:
                break
            retag(session, tagger, settings, stored, directory)
            last_id = stored[-1].id
            done += len(stored)
        if on_progress:
            on_progress(done, total)
    read, tagged = retag_attachments(db, settings, tagger)
    with db.session_scope() as session:
        counts = refresh_followups(session, settings)
    return done, {**counts, "attachments_read": read, "attachments_tagged": tagged}
