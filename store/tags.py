"""Tags in and out of the store: what tagging reads of stored messages, and where its output goes.

Tags are classify/'s output (a classify.Tags per message); they are written in the same
transaction as the message they belong to, and rewritten by `ieptrail retag`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from ieptrail.classify.model import Tags
from ieptrail.store.models import (
    Message,
    MissedService,
    Promise,
    Request,
    StudentTag,
    TopicTag,
)
from ieptrail.store.repository import sha256_hex, utcnow
from ieptrail.store.views import local_datetime
from sqlalchemy import delete, select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class StoredText:
    """What tagging reads of one stored message (the same fields an arriving message offers)."""

    id: int
    new_text: str
    subject: str
    sent: datetime | None  # aware, in the author's offset
    from_name: str
    from_email: str
    recipients: tuple[tuple[str, str], ...]  # (name, email) of To and Cc
    signature: str
    auto_reply: bool
    bulk: bool


def _stored_text(message: Message) -> StoredText:
    recipients = tuple((item.get("name", ""), item.get("email", ""))
                       for item in json.loads(message.to_json or "[]") + json.loads(message.cc_json or "[]"))
    return StoredText(
        id=message.id, new_text=message.new_text or "", subject=message.subject or "",
        sent=local_datetime(message.sent_at, message.utc_offset_minutes), from_name=message.from_name or "",
        from_email=message.from_email or "", recipients=recipients, signature=message.signature_text or "",
        auto_reply=message.is_auto_reply, bulk=message.is_bulk,
    )


def stored_texts(session: Session, ids: Iterable[int]) -> list[StoredText]:
    wanted = list(ids)
    if not wanted:
        return []
    return [_stored_text(m) for m in session.scalars(select(Message).where(Message.id.in_(wanted)).order_by(Message.id))]


def stored_texts_after(session: Session, after_id: int, limit: int) -> list[StoredText]:
    """The next `limit` messages by id, for a pass over the whole record."""
    rows = session.scalars(select(Message).where(Message.id > after_id).order_by(Message.id).limit(limit))
    return [_stored_text(m) for m in rows]


def author_traces(session: Session) -> Iterator[tuple[str, str, str, str, str, datetime | None]]:
    """(from_name, from_email, signature, new_text, subject, sent UTC) of every stored message,
    oldest first: what the people directory learns from (a later signature title wins)."""
    columns = (Message.from_name, Message.from_email, Message.signature_text, Message.new_text, Message.subject,
               Message.sent_at)
    for name, email, signature, text, subject, sent in session.execute(select(*columns).order_by(Message.sent_at)):
        yield name or "", email or "", signature or "", text or "", subject or "", sent


def replace_tags(session: Session, message_pk: int, tags: Tags, fresh: bool = False) -> None:
    """Store a message's tags, replacing what an earlier tagging stored (`fresh`: there is none).

    Promises and requests keep their ids when the same sentence is found again (their keys
    are stable), so decisions and follow-up drafts that refer to them stay attached.
    """
    message = session.get(Message, message_pk)
    if not fresh:
        session.execute(delete(TopicTag).where(TopicTag.message_pk == message.id))
        session.execute(delete(StudentTag).where(StudentTag.message_pk == message.id))
        session.execute(delete(MissedService).where(MissedService.message_pk == message.id,
                                                    MissedService.attachment_sha256.is_(None)))  # those of attachments stay
    for topic in tags.topics:
        session.add(TopicTag(message_pk=message.id, topic=topic.topic, sentence=topic.sentence,
                             start=topic.start, end=topic.end, rule=topic.rule))
    for student in tags.students:
        session.add(StudentTag(message_pk=message.id, student=student.student, evidence=student.evidence))
    for missed in tags.missed_services:
        session.add(MissedService(message_pk=message.id, topic=missed.topic, day=missed.day, minutes=missed.minutes,
                                  text=missed.sentence, start=missed.start, end=missed.end, rule=missed.rule))
    _replace_keyed(session, Promise, message, tags.promises, fresh, lambda p: dict(
        by_email=p.by_email, by_name=p.by_name, text=p.sentence, start=p.start, end=p.end, rule=p.rule,
        action=p.action, topics=" ".join(p.topics), due=p.due, due_text=p.due_text))
    _replace_keyed(session, Request, message, tags.requests, fresh, lambda r: dict(
        by_email=r.by_email, by_name=r.by_name, text=r.sentence, start=r.start, end=r.end, rule=r.rule,
        topics=" ".join(r.topics)))
    message.tagged_at = utcnow()


def item_key(message: Message, kind: str, sentence: str) -> str:
    identity = message.message_id or message.content_fingerprint
    return sha256_hex(f"{kind}\x1f{identity}\x1f{' '.join(sentence.split()).lower()}".encode("utf-8"))[:40]


def _replace_keyed(session: Session, model, message: Message, found, fresh: bool, columns) -> None:
    kind = model.__tablename__
    existing = {} if fresh else {row.key: row for row in session.scalars(select(model).where(model.message_pk == message.id))}
    keep: set[str] = set()
    for item in found:
        key = item_key(message, kind, item.sentence)
        if key in keep:
            continue
        keep.add(key)
        row = existing.get(key)
        if row is None:
            row = model(key=key, message_pk=message.id)
            session.add(row)
        for name, value in columns(item).items():
            setattr(row, name, value)
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
