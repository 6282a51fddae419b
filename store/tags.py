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
)
from ieptrail.store.tag_rows import write_tags
from ieptrail.store.views import local_datetime
from sqlalchemy import func, select
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
    arrival: str = "direct"  # direct | forwarded | sent | logged | observed


def _stored_text(message: Message) -> StoredText:
    recipients = tuple((item.get("name", ""), item.get("email", ""))
                       for item in json.loads(message.to_json or "[]") + json.loads(message.cc_json or "[]"))
    return StoredText(
        id=message.id, new_text=message.new_text or "", subject=message.subject or "",
        sent=local_datetime(message.sent_at, message.utc_offset_minutes), from_name=message.from_name or "",
        from_email=message.from_email or "", recipients=recipients, signature=message.signature_text or "",
        auto_reply=message.is_auto_reply, bulk=message.is_bulk, arrival=message.arrival or "direct",
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


def stored_text_count(session: Session) -> int:
    """How many messages a pass of `stored_texts_after` goes over."""
    return session.scalar(select(func.count(Message.id))) or 0


def author_traces(session: Session) -> Iterator[tuple[str, str, str, str, str, datetime | None]]:
    """(from_name, from_email, signature, new_text, subject, sent UTC) of every stored message,
    oldest first: what the people directory learns from (a later signature title wins)."""
    columns = (Message.from_name, Message.from_email, Message.signature_text, Message.new_text, Message.subject,
               Message.sent_at)
    for name, email, signature, text, subject, sent in session.execute(select(*columns).order_by(Message.sent_at)):
        yield name or "", email or "", signature or "", text or "", subject or "", sent


def replace_tags(session: Session, message_pk: int, tags: Tags, fresh: bool = False) -> None:
    """Store a stored message's tags anew (after `retag`); see tag_rows.write_tags."""
    write_tags(session, session.get(Message, message_pk), tags, fresh)
