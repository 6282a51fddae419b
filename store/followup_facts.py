"""What the follow-up refresh reads (every dated message, promises, requests) and writes
(fulfilments and answers: which later message delivered or answered which item)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from ieptrail.store.models import Fulfillment, Message, Promise, Request, TopicTag
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DatedMessage:
    id: int
    thread_id: int | None
    sent_at: datetime  # naive UTC
    from_email: str | None
    from_name: str | None
    new_text: str
    to_json: str
    cc_json: str
    auto_reply: bool
    bulk: bool
    message_id: str | None = None
    in_reply_to: str | None = None
    has_attachment: bool = False
    attachment_names: str = ""
    quoted_text: str = ""  # the history the message quotes (a reply that never reached the trail may be at its top)


@dataclass(frozen=True)
class ItemFacts:
    """A promise or a request as the refresh needs it."""

    key: str
    message_pk: int
    by_email: str | None
    text: str
    start: int
    end: int
    rule: str
    topics: str  # space-separated topic ids
    action: str = ""  # promises: the promised deed
    due: date | None = None  # promises: the date the text gives


@dataclass(frozen=True)
class Credit:
    """A later message's sentence delivered (or answered) an item."""

    item_kind: str  # promise | request
    item_key: str
    message_pk: int
    sentence: str
    rule: str
    at: datetime


def topic_starts(session: Session) -> dict[int, list[tuple[int, str]]]:
    """Per message: (offset, topic) of every topic mention."""
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for message_pk, start, topic in session.execute(select(TopicTag.message_pk, TopicTag.start, TopicTag.topic)):
        found[message_pk].append((start, topic))
    return found


READ_PER = 1_000  # rows fetched at a time from a read of the whole record (fetched at once, it was all in memory)
QUOTED_CHARS = 16 * 1024  # of a message's quoted history, the top (where the message it answers begins)


def dated_messages(session: Session) -> Iterator[DatedMessage]:
    """Every message with a date, in sent order; only the columns the refresh needs (the whole
    record passes through here)."""
    columns = (Message.id, Message.thread_id, Message.sent_at, Message.from_email, Message.from_name, Message.new_text,
               Message.to_json, Message.cc_json, Message.is_auto_reply, Message.is_bulk, Message.message_id,
               Message.in_reply_to, Message.attachment_names, func.substr(Message.quoted_text, 1, QUOTED_CHARS))
    rows = session.execute(select(*columns).where(Message.sent_at.is_not(None)).order_by(Message.sent_at, Message.id)
                           .execution_options(yield_per=READ_PER))
    for (message_id, thread_id, sent_at, from_email, from_name, new_text, to_json, cc_json, auto_reply, bulk, header_id,
         in_reply_to, attachments, quoted) in rows:
        yield DatedMessage(message_id, thread_id, sent_at, from_email, from_name, new_text or "", to_json or "[]",
                           cc_json or "[]", bool(auto_reply), bool(bulk), header_id, in_reply_to,
                           bool((attachments or "").strip()), attachments or "", quoted or "")


def dated_addresses(session: Session) -> Iterator[tuple[str, str, str, str]]:
    """(from address, from name, To JSON, Cc JSON) of every message with a date, in `dated_messages`' order."""
    columns = (Message.from_email, Message.from_name, Message.to_json, Message.cc_json)
    rows = session.execute(select(*columns).where(Message.sent_at.is_not(None)).order_by(Message.sent_at, Message.id)
                           .execution_options(yield_per=READ_PER))
    for from_email, from_name, to_json, cc_json in rows:
        yield from_email or "", from_name or "", to_json or "[]", cc_json or "[]"


def promise_facts(session: Session) -> list[ItemFacts]:
    return [ItemFacts(p.key, p.message_pk, p.by_email, p.text, p.start, p.end, p.rule, p.topics or "", p.action or "",
                      p.due) for p in session.scalars(select(Promise))]


def request_facts(session: Session) -> list[ItemFacts]:
    return [ItemFacts(r.key, r.message_pk, r.by_email, r.text, r.start, r.end, r.rule, r.topics or "")
            for r in session.scalars(select(Request))]


def replace_credits(session: Session, credits: list[Credit]) -> None:
    session.execute(delete(Fulfillment))
    for credit in credits:
        session.add(Fulfillment(item_kind=credit.item_kind, item_key=credit.item_key, message_pk=credit.message_pk,
                                sentence=credit.sentence[:2000], rule=credit.rule, at=credit.at))
