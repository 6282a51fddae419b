"""Attachments in the flow: read their text (ingest/, in a sandboxed child), tag it (classify/),
store it (store/). Used by the importer for each batch's new messages and by `retag`.

Each attachment is read once per SHA-256: one the record already holds, read by the same
extractor, is not read again. Its topics are its own (never the email's); the missed sessions
a provider's log lists are stored for the message that carried it, marked as coming from it.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ieptrail.classify.documents import Document, ParsedPages, tag_documents
from ieptrail.classify.model import PageTags
from ieptrail.config import Settings
from ieptrail.ingest.attachment_sandbox import AttachmentReader, Limits
from ieptrail.ingest.parse import ParseContext, parse_email
from ieptrail.ingest.parsed import AttachmentInfo, AttachmentText, OriginalMessage
from ieptrail.store import attachments as attachment_store
from ieptrail.store import queries
from ieptrail.store.db import Database, Session
from ieptrail.store.views import AttachmentView

if TYPE_CHECKING:
    from ieptrail.classify import Tagger

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentFound:
    """One attachment of an arriving message: its text when it was read just now, and its tags."""

    sha256: str
    read: AttachmentText | None  # None: the record holds its text already
    pages: tuple[PageTags, ...]


class AttachmentTexts:
    def __init__(self, settings: Settings, reader: AttachmentReader | None = None):
        options = settings.attachments
        self.enabled = options.read_text
        self.reader = reader or AttachmentReader(Limits(options.seconds, options.memory_mb), options.ocr_languages)
        self.parsed = ParsedPages()

    def close(self) -> None:
        self.reader.close()

    def _needs_reading(self, known: dict[str, tuple[str, str]], sha256: str) -> bool:
        if sha256 not in known:
            return True
        kind, extractor = known[sha256]
        return extractor != self.reader.extractor(kind)

    def prepare(self, session: Session, tagger: Tagger | None,
                originals: Sequence[OriginalMessage]) -> list[tuple[DocumentFound, ...]]:
        """For each arriving original: its attachments read (those the record lacks) and tagged."""
        if not self.enabled:
            return [() for _ in originals]
        wanted: dict[str, AttachmentInfo] = {}
        for original in originals:
            for attachment in original.attachments:
                if attachment.data:
                    wanted.setdefault(attachment.sha256, attachment)
        known = attachment_store.read_extractors(session, wanted)
        fresh: dict[str, AttachmentText] = {}
        for sha, attachment in wanted.items():
            if self._needs_reading(known, sha):
                fresh[sha] = self._read(attachment)
        stored = attachment_store.stored_pages(session, [sha for sha in wanted if sha not in fresh])
        pages = {sha: tuple((page.number, page.text) for page in read.pages) for sha, read in fresh.items()}
        pages.update(stored)
        pairs = [(position, sha) for position, original in enumerate(originals)
                 for sha in dict.fromkeys(a.sha256 for a in original.attachments if a.data)]
        documents = [Document(pages.get(sha, ()), originals[position].date) for position, sha in pairs]
        tags = self._tag(tagger, documents)
        found: list[list[DocumentFound]] = [[] for _ in originals]
        for (position, sha), page_tags in zip(pairs, tags):
            found[position].append(DocumentFound(sha, fresh.get(sha), page_tags if tagger is not None else ()))
        return [tuple(items) for items in found]

    def _read(self, attachment: AttachmentInfo) -> AttachmentText:
        try:
            read = self.reader.read(attachment)
        except Exception as exc:  # noqa: BLE001 - never lose an email over one of its attachments
            log.exception("reading %s failed", attachment.filename)
            self.reader.close()
            read = AttachmentText(attachment.sha256, "other", "failed", f"could not be read ({type(exc).__name__})",
                                  "none")
        log.debug("read %s: %s %s", attachment.filename, read.status, read.note or "")
        return read

    def _tag(self, tagger: Tagger | None, documents: list[Document]) -> list[tuple[PageTags, ...]]:
        if tagger is None or not documents:
            return [() for _ in documents]
        try:
            return tag_documents(tagger, documents, self.parsed)
        except Exception:  # noqa: BLE001 - the text is kept and searchable; its topics are missing, and logged
            log.exception("tagging the text of %d attachments failed", len(documents))
            return [() for _ in documents]

    def store(self, session: Session, message_pk: int, documents: Sequence[DocumentFound], tagged: bool,
              kept: KeptTexts | None = None) -> None:
        """Keep what was read and found for one stored message (`tagged`: tags were worked out). `kept`:
        what the record holds of the batch's attachments, shared by the batch's messages (a new message
        has no missed sessions from its attachments yet: none to replace)."""
        new_message = kept is not None
        kept = kept or KeptTexts(session, ())
        for document in documents:
            sha = document.sha256
            kept.learn(session, sha)
            if document.read is not None:
                current = kept.extractors.get(sha)
                if current is None or current[1] != document.read.extractor:  # not already kept earlier in the batch
                    attachment_store.save_text(session, document.read)
                    kept.extractors[sha] = (document.read.kind, document.read.extractor)
                    kept.untagged.add(sha)
            if not tagged:
                continue
            if document.read is not None or sha in kept.untagged:
                attachment_store.replace_topics(session, sha, document.pages)
                kept.untagged.discard(sha)
            attachment_store.replace_missed(session, message_pk, sha, document.pages, replace=not new_message)


class KeptTexts:
    """Of some attachments: which texts the record holds (and what read them) and which of those have no
    topics yet; read once for a batch's attachments and kept current as the batch writes (instead of two
    queries per message for an attachment that every message of the batch carries)."""

    def __init__(self, session: Session, shas: Iterable[str]):
        self.asked = set(shas)
        self.extractors = attachment_store.read_extractors(session, self.asked)
        self.untagged = attachment_store.untagged(session, self.asked)

    def learn(self, session: Session, sha: str) -> None:
        if sha not in self.asked:
            self.asked.add(sha)
            self.extractors.update(attachment_store.read_extractors(session, [sha]))
            self.untagged |= attachment_store.untagged(session, [sha])


def retag_attachments(db: Database, settings: Settings, tagger: Tagger | None,
                      texts: AttachmentTexts | None = None, batch: int = 200) -> tuple[int, int]:
    """Read again the attachments whose extractor changed (or that were never read), then tag
    every attachment's text again; (attachments read, attachments tagged)."""
    texts = texts or AttachmentTexts(settings)
    if not texts.enabled:
        return 0, 0
    with db.session_scope() as session:
        stale = [sha for sha, kind, extractor in attachment_store.stored_kinds(session)
                 if extractor != texts.reader.extractor(kind)]
        stale += attachment_store.unread(session)
    context = ParseContext(user_emails=settings.user_emails, default_zone=settings.timezone)
    read = 0
    for sha in stale:
        with db.session_scope() as session:
            attachment = _attachment_bytes(attachment_store.raw_carrying(session, sha), sha, context)
            if attachment is None:
                log.warning("attachment %s: no stored email carries its bytes", sha[:12])
                continue
            attachment_store.save_text(session, texts.reader.read(attachment))
            read += 1
    tagged: set[str] = set()
    if tagger is not None:
        with db.session_scope() as session:
            carried = list(attachment_store.carried_documents(session))
        for start in range(0, len(carried), batch):
            chunk = carried[start:start + batch]
            with db.session_scope() as session:
                pages = attachment_store.stored_pages(session, {item.sha256 for item in chunk})
                found = tag_documents(tagger, [Document(pages.get(item.sha256, ()), item.sent) for item in chunk],
                                      texts.parsed)
                for item, page_tags in zip(chunk, found):
                    if item.sha256 not in tagged:
                        attachment_store.replace_topics(session, item.sha256, page_tags)
                        tagged.add(item.sha256)
                    attachment_store.replace_missed(session, item.message_pk, item.sha256, page_tags)
    return read, len(tagged)


def _attachment_bytes(raw: bytes | None, sha256: str, context: ParseContext) -> AttachmentInfo | None:
    """The attachment with this SHA-256, cut out of a stored email again."""
    if raw is None:
        return None
    for original in parse_email(raw, context).originals:
        for attachment in original.attachments:
            if attachment.sha256 == sha256:
                return attachment
    return None


# ---- one attachment, for the thread view and the export -------------------------------------------


def attachment_of(session: Session, message_id: int, index: int) -> AttachmentView | None:
    """The message's attachment at `index` (from 0), with its text's status and topics."""
    views = attachment_store.attachment_views(session, [message_id]).get(message_id, ())
    return views[index] if 0 <= index < len(views) else None


def original_file(session: Session, settings: Settings, message_id: int, index: int) -> tuple[AttachmentView, bytes] | None:
    """The attachment's bytes, cut out of the email as it arrived (whose SHA-256 is the evidence)."""
    view = attachment_of(session, message_id, index)
    message = queries.message_view(session, message_id) if view else None
    raw = queries.raw_email(session, message.raw_email_id) if message else None
    if view is None or raw is None:
        return None
    context = ParseContext(user_emails=settings.user_emails, default_zone=settings.timezone)
    found = _attachment_bytes(raw.raw, view.sha256, context)
    return (view, found.data) if found is not None else None
