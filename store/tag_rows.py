"""Tag rows: a message's topics, students, promises, requests and missed services, as stored."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from ieptrail.classify.model import MakeupFound, Tags
from ieptrail.store.models import (
    Makeup,
    Message,
    MissedService,
    Promise,
    Request,
    StudentTag,
    TopicTag,
)
from sqlalchemy import delete, select
from sqlalchemy.orm import Session


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_tags(session: Session, message: Message, tags: Tags, fresh: bool = False) -> None:
    """Store a message's tags, replacing what an earlier tagging stored (`fresh`: there is none).

    Promises and requests keep their ids when the same sentence is found again (their keys
    are stable), so decisions and follow-up drafts that refer to them stay attached.
    """
    if not fresh:
        session.execute(delete(TopicTag).where(TopicTag.message_pk == message.id))
        session.execute(delete(StudentTag).where(StudentTag.message_pk == message.id))
        session.execute(delete(MissedService).where(MissedService.message_pk == message.id,
                                                    MissedService.attachment_sha256.is_(None)))  # those of attachments stay
        session.execute(delete(Makeup).where(Makeup.message_pk == message.id))
    for topic in tags.topics:
        session.add(TopicTag(message_pk=message.id, topic=topic.topic, sentence=topic.sentence,
                             start=topic.start, end=topic.end, rule=topic.rule))
    for student in tags.students:
        session.add(StudentTag(message_pk=message.id, student=student.student, evidence=student.evidence))
    for missed in tags.missed_services:
        session.add(MissedService(message_pk=message.id, topic=missed.topic, day=missed.day, minutes=missed.minutes,
                                  text=missed.sentence, start=missed.start, end=missed.end, rule=missed.rule,
                                  responsible=missed.responsible, responsible_from=missed.responsible_from))
    for makeup in tags.makeups:
        session.add(Makeup(message_pk=message.id, **makeup_columns(makeup)))
    _replace_keyed(session, Promise, message, tags.promises, fresh, lambda p: dict(
        by_email=p.by_email, by_name=p.by_name, text=p.sentence, start=p.start, end=p.end, rule=p.rule,
        action=p.action, topics=" ".join(p.topics), due=p.due, due_text=p.due_text))
    _replace_keyed(session, Request, message, tags.requests, fresh, lambda r: dict(
        by_email=r.by_email, by_name=r.by_name, text=r.sentence, start=r.start, end=r.end, rule=r.rule,
        topics=" ".join(r.topics)))
    message.tagged_at = datetime.now(UTC).replace(tzinfo=None)


def makeup_columns(makeup: MakeupFound) -> dict:
    return {"topic": makeup.topic, "kind": makeup.kind, "day": makeup.day, "replaces_from": makeup.replaces_from,
            "replaces_to": makeup.replaces_to, "text": makeup.sentence, "start": makeup.start, "end": makeup.end,
            "rule": makeup.rule}


def item_key(message: Message, kind: str, sentence: str) -> str:
    identity = message.message_id or message.content_fingerprint
    return _sha256_hex(f"{kind}\x1f{identity}\x1f{' '.join(sentence.split()).lower()}".encode("utf-8"))[:40]


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
