"""Attachments' text in and out of the store: pages, the attachments' own topics, and the missed
sessions their text reports. No domain logic: trail/attachments.py decides what to read and tag.

An attachment's text is kept once per SHA-256 of its bytes; a message's attachments point at it
by that hash, so the IEP draft forwarded three times is one text with one set of topics.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ieptrail.store.models import (
    Attachment,
    AttachmentPage,
    AttachmentText,
    AttachmentTopicTag,
    Message,
    MissedService,
    RawEmail,
)
from ieptrail.store.repository import utcnow
from ieptrail.store.views import AttachmentView, local_datetime
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:  # types only: reading the record does not load ingest/'s parsing
    from ieptrail.classify.model import PageTags
    from ieptrail.ingest.parsed import AttachmentText as ReadText


def read_extractors(session: Session, shas: Iterable[str]) -> dict[str, tuple[str, str]]:
    """For the attachments whose text is stored: sha256 -> (kind, what read it)."""
    wanted = set(shas)
    if not wanted:
        return {}
    return {sha: (kind, extractor) for sha, kind, extractor in session.execute(
        select(AttachmentText.sha256, AttachmentText.kind, AttachmentText.extractor).where(AttachmentText.sha256.in_(wanted)))}


def save_text(session: Session, read: ReadText) -> int:
    """Keep what was read of an attachment, replacing an earlier reading (and its topics)."""
    row = session.scalar(select(AttachmentText).where(AttachmentText.sha256 == read.sha256))
    if row is None:
        row = AttachmentText(sha256=read.sha256)
        session.add(row)
    else:
        session.execute(delete(AttachmentPage).where(AttachmentPage.text_id == row.id))
        session.execute(delete(AttachmentTopicTag).where(AttachmentTopicTag.text_id == row.id))
        row.tagged_at = None
    row.kind, row.status, row.note, row.extractor = read.kind, read.status, read.note, read.extractor
    row.page_count = len(read.pages)
    row.char_count = sum(len(page.text) for page in read.pages)
    row.extracted_at = utcnow()
    session.flush()
    session.add_all(AttachmentPage(text_id=row.id, page=page.number, text=page.text, ocr=page.ocr) for page in read.pages)
    return row.id


def stored_pages(session: Session, shas: Iterable[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """sha256 -> its pages as (number, text), for the attachments whose text is stored."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    wanted = set(shas)
    if wanted:
        for sha, number, text in session.execute(
            select(AttachmentText.sha256, AttachmentPage.page, AttachmentPage.text)
            .join(AttachmentPage, AttachmentPage.text_id == AttachmentText.id)
            .where(AttachmentText.sha256.in_(wanted)).order_by(AttachmentPage.text_id, AttachmentPage.page)
        ):
            found[sha].append((number, text))
    return {sha: tuple(pages) for sha, pages in found.items()}


def untagged(session: Session, shas: Iterable[str]) -> set[str]:
    """Which of these stored texts have no topics worked out yet."""
    wanted = set(shas)
    if not wanted:
        return set()
    return set(session.scalars(select(AttachmentText.sha256).where(AttachmentText.sha256.in_(wanted),
                                                                   AttachmentText.tagged_at.is_(None))))


def replace_topics(session: Session, sha256: str, pages: tuple[PageTags, ...]) -> None:
    """The attachment's own topics, page and sentence as evidence: the first mention of each topic
    on each page (an IEP names extended time twenty times; where it does is what search shows)."""
    row = session.scalar(select(AttachmentText).where(AttachmentText.sha256 == sha256))
    if row is None:
        return
    session.execute(delete(AttachmentTopicTag).where(AttachmentTopicTag.text_id == row.id))
    for page in pages:
        for mention in {mention.topic: mention for mention in reversed(page.topics)}.values():
            session.add(AttachmentTopicTag(text_id=row.id, topic=mention.topic, page=page.page, sentence=mention.sentence,
                                           start=mention.start, end=mention.end, rule=mention.rule))
    row.tagged_at = utcnow()


def replace_missed(session: Session, message_pk: int, sha256: str, pages: tuple[PageTags, ...],
                   replace: bool = True) -> None:
    """Missed sessions an attachment of this message reports, marked as coming from it (`replace`: instead
    of those stored before; False for a message just stored, which has none)."""
    if replace:
        session.execute(delete(MissedService).where(MissedService.message_pk == message_pk,
                                                    MissedService.attachment_sha256 == sha256))
    seen = set()
    for page in pages:
        for missed in page.missed_services:
            if (missed.topic, missed.day) in seen:  # one report per session from one document
                continue
            seen.add((missed.topic, missed.day))
            session.add(MissedService(message_pk=message_pk, topic=missed.topic, day=missed.day, minutes=missed.minutes,
                                      text=missed.sentence, start=missed.start, end=missed.end, rule=missed.rule,
                                      attachment_sha256=sha256, page=page.page))


# ---- for `retag` ----------------------------------------------------------------------------------


def stored_kinds(session: Session) -> list[tuple[str, str, str]]:
    """(sha256, kind, extractor) of every stored text."""
    return [tuple(row) for row in session.execute(
        select(AttachmentText.sha256, AttachmentText.kind, AttachmentText.extractor).order_by(AttachmentText.id))]


def unread(session: Session) -> list[str]:
    """SHA-256 of attachments the record holds whose text was never read."""
    known = select(AttachmentText.sha256)
    return list(session.scalars(select(Attachment.sha256).where(Attachment.sha256.not_in(known)).distinct()))


def raw_carrying(session: Session, sha256: str) -> bytes | None:
    """The bytes of an arrived email that carries this attachment (to read it again)."""
    return session.scalar(
        select(RawEmail.raw).join(Message, Message.raw_email_id == RawEmail.id)
        .join(Attachment, Attachment.message_pk == Message.id).where(Attachment.sha256 == sha256).limit(1))


@dataclass(frozen=True)
class CarriedDocument:
    """An attachment with text, and the message that carried it (what its missed sessions are read against)."""

    message_pk: int
    sha256: str
    sent: datetime | None  # aware, in the author's offset


def carried_documents(session: Session, shas: Iterable[str] | None = None) -> Iterator[CarriedDocument]:
    """Each (message, attachment with text) pair, optionally only for some attachments."""
    query = (select(Attachment.message_pk, Attachment.sha256, Message.sent_at, Message.utc_offset_minutes)
             .join(Message, Message.id == Attachment.message_pk)
             .join(AttachmentText, AttachmentText.sha256 == Attachment.sha256)
             .where(AttachmentText.status == "text").order_by(Attachment.message_pk, Attachment.id))
    if shas is not None:
        query = query.where(Attachment.sha256.in_(set(shas)))
    seen = set()
    for message_pk, sha, sent, offset in session.execute(query):
        if (message_pk, sha) not in seen:
            seen.add((message_pk, sha))
            yield CarriedDocument(message_pk, sha, local_datetime(sent, offset))


# ---- reads for the views --------------------------------------------------------------------------


def attachment_views(session: Session, message_ids: Iterable[int]) -> dict[int, tuple[AttachmentView, ...]]:
    """Per message: its attachments in order, with their text's status and their own topics."""
    ids = list(message_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Attachment, AttachmentText).outerjoin(AttachmentText, AttachmentText.sha256 == Attachment.sha256)
        .where(Attachment.message_pk.in_(ids)).order_by(Attachment.message_pk, Attachment.id)).all()
    text_ids = {text.id for _, text in rows if text is not None}
    topics: dict[int, list[str]] = defaultdict(list)
    if text_ids:
        for text_id, topic in session.execute(
            select(AttachmentTopicTag.text_id, AttachmentTopicTag.topic).where(AttachmentTopicTag.text_id.in_(text_ids))
            .order_by(AttachmentTopicTag.page, AttachmentTopicTag.start)
        ):
            if topic not in topics[text_id]:
                topics[text_id].append(topic)
    found: dict[int, list[AttachmentView]] = defaultdict(list)
    for attachment, text in rows:
        views = found[attachment.message_pk]
        views.append(AttachmentView(
            message_id=attachment.message_pk, index=len(views), filename=attachment.filename,
            content_type=attachment.content_type, size=attachment.size, sha256=attachment.sha256,
            kind=text.kind if text else None, status=text.status if text else None, note=text.note if text else None,
            page_count=text.page_count if text else 0, topics=tuple(topics[text.id]) if text else (),
        ))
    return {message_pk: tuple(views) for message_pk, views in found.items()}


def attachment_pages(session: Session, sha256: str) -> list[tuple[int, str, bool]]:
    """An attachment's text: (page, text, read by OCR) in page order."""
    return [tuple(row) for row in session.execute(
        select(AttachmentPage.page, AttachmentPage.text, AttachmentPage.ocr)
        .join(AttachmentText, AttachmentText.id == AttachmentPage.text_id)
        .where(AttachmentText.sha256 == sha256).order_by(AttachmentPage.page))]
