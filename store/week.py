"""Reads for a summary of some days: the messages of a period, who and what each one is about, and the
sentences that mention meetings or evaluations."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, tzinfo

from ieptrail.store.models import Message, TopicTag
from ieptrail.store.queries import day_bounds_utc, views_for
from ieptrail.store.views import MessageView, local_datetime
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload


def messages_between(session: Session, first: date, last: date, zone: tzinfo) -> list[MessageView]:
    """Messages sent from the start of `first` to the end of `last` (local days), oldest first."""
    rows = session.scalars(
        select(Message).options(selectinload(Message.attachments))
        .where(Message.sent_at >= day_bounds_utc(first, zone), Message.sent_at < day_bounds_utc(last, zone, end=True))
        .order_by(Message.sent_at, Message.id)
    ).all()
    return views_for(session, rows)


def messages_by_id(session: Session, ids: Iterable[int]) -> dict[int, MessageView]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.scalars(select(Message).options(selectinload(Message.attachments)).where(Message.id.in_(wanted))).all()
    return {view.id: view for view in views_for(session, rows)}


@dataclass(frozen=True)
class TopicSentence:
    message_id: int
    sent_on: date  # the local day of the message, as its author dated it
    topic: str
    sentence: str


def topic_sentences(session: Session, topics: tuple[str, ...], first: date, last: date, zone: tzinfo) -> list[TopicSentence]:
    """Each distinct sentence tagged with one of `topics` in messages sent between `first` and `last`."""
    rows = session.execute(
        select(TopicTag.message_pk, TopicTag.topic, TopicTag.sentence, Message.sent_at, Message.utc_offset_minutes)
        .join(Message, Message.id == TopicTag.message_pk)
        .where(TopicTag.topic.in_(topics), Message.is_bulk.is_(False), Message.is_auto_reply.is_(False),
               Message.sent_at >= day_bounds_utc(first, zone), Message.sent_at < day_bounds_utc(last, zone, end=True))
        .order_by(Message.sent_at, TopicTag.id)
    ).all()
    seen: set[tuple[int, str, str]] = set()
    found = []
    for message_id, topic, sentence, sent_at, offset in rows:
        if (message_id, topic, sentence) in seen:
            continue
        seen.add((message_id, topic, sentence))
        found.append(TopicSentence(message_id, local_datetime(sent_at, offset).date(), topic, sentence))
    return found
