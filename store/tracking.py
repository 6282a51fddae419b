"""Reads over tags: promises, requests, missed services, and the facts their statuses rest on
(fulfilments, answers, the user's decisions). Statuses as of a day: trail.statuses."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ieptrail.store.models import (
    Attachment,
    Decision,
    Fulfillment,
    Makeup,
    Message,
    MissedService,
    Promise,
    Request,
)
from ieptrail.store.views import CreditView, DecisionView, PromiseView, RequestView, local_day
from sqlalchemy import select
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class MissedServiceView:
    id: int
    message_id: int
    source_message_id: str | None
    topic: str
    day: date | None
    minutes: int | None
    sentence: str
    rule: str
    attachment: str | None = None  # the file the message carried that reports it (a session log), if not its own text
    attachment_sha256: str | None = None
    page: int | None = None
    reported_on: date | None = None  # the day the message was written (its author's clock)
    arrival: str = "direct"  # the message's: direct | forwarded | sent | logged | observed (the user's own observation)
    responsible: str | None = None
    responsible_from: str | None = None  # mail | directory

    @property
    def where(self) -> str:
        """Where the report is, in words: "in SLP_log.pdf, p. 2"; empty for the message's own text."""
        if self.attachment is None:
            return ""
        return f"in {self.attachment}" + (f", p. {self.page}" if self.page else "")

    def as_json(self) -> dict:
        found = {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "topic": self.topic,
            "date": self.day.isoformat() if self.day else None,
            "minutes": self.minutes,
            "text": self.sentence,
            "rule": self.rule,
        }
        if self.attachment is not None:
            found["attachment"] = {"name": self.attachment, "sha256": self.attachment_sha256, "page": self.page}
        return found


def _local_day(message: Message) -> date | None:
    return local_day(message.sent_at, message.utc_offset_minutes)


def promises(session: Session, before: datetime | None = None) -> list[PromiseView]:
    """Every promise (made before `before`, naive UTC, if given), in the order they were made (status
    not yet decided: see trail.statuses)."""
    query = select(Promise, Message).join(Message, Message.id == Promise.message_pk)
    if before is not None:
        query = query.where(Message.sent_at < before)
    rows = session.execute(query.order_by(Message.sent_at, Promise.id))
    return [PromiseView(
        id=promise.id, key=promise.key, message_id=message.id, source_message_id=message.source_message_id,
        thread_id=message.thread_id, by_name=promise.by_name, by_email=promise.by_email, text=promise.text,
        due=promise.due, due_text=promise.due_text, rule=promise.rule, promised_on=_local_day(message),
        topics=tuple((promise.topics or "").split()),
    ) for promise, message in rows]


def requests(session: Session, before: datetime | None = None) -> list[RequestView]:
    """Every request (made before `before`, naive UTC, if given), in the order they were made."""
    query = select(Request, Message).join(Message, Message.id == Request.message_pk)
    if before is not None:
        query = query.where(Message.sent_at < before)
    rows = session.execute(query.order_by(Message.sent_at, Request.id))
    return [RequestView(
        id=request.id, key=request.key, message_id=message.id, source_message_id=message.source_message_id,
        thread_id=message.thread_id, by_name=request.by_name, by_email=request.by_email, text=request.text,
        rule=request.rule, asked_on=_local_day(message),
    ) for request, message in rows]


def credits(session: Session, kind: str, before: datetime | None = None) -> dict[str, CreditView]:
    """Per item key (kind: promise | request): what delivered or answered it (before `before`, naive
    UTC, if given)."""
    query = select(Fulfillment, Message).join(Message, Message.id == Fulfillment.message_pk).where(Fulfillment.item_kind == kind)
    if before is not None:
        query = query.where(Fulfillment.at < before)
    found = {}
    for fact, message in session.execute(query):
        found[fact.item_key] = CreditView(fact.at, message.id, message.source_message_id, fact.sentence, fact.rule)
    return found


def decisions(session: Session, kind: str) -> dict[str, list[DecisionView]]:
    """Per item key: the user's decisions, oldest first."""
    found: dict[str, list[DecisionView]] = {}
    for decision in session.scalars(select(Decision).where(Decision.item_kind == kind).order_by(Decision.decided_at, Decision.id)):
        found.setdefault(decision.item_key, []).append(DecisionView(
            decision.action, decision.note, decision.actor, decision.decided_at, decision.effective_on))
    return found


def missed_services(session: Session, topic: str | None = None, attachments: bool = True) -> list[MissedServiceView]:
    """Every report of a missed service; `attachments`: with those read in attachments (session logs)."""
    query = select(MissedService, Message).join(Message, Message.id == MissedService.message_pk)
    if topic:
        query = query.where(MissedService.topic == topic)
    if not attachments:
        query = query.where(MissedService.attachment_sha256.is_(None))
    rows = session.execute(query.order_by(MissedService.day, Message.sent_at, MissedService.id)).all()
    wanted = {(row.message_pk, row.attachment_sha256) for row, _ in rows if row.attachment_sha256}
    names: dict[tuple[int, str], str] = {}
    if wanted:
        for message_pk, sha256, filename in session.execute(
            select(Attachment.message_pk, Attachment.sha256, Attachment.filename)
            .where(Attachment.message_pk.in_({pk for pk, _ in wanted})).order_by(Attachment.id)
        ):
            names.setdefault((message_pk, sha256), filename)
    return [
        MissedServiceView(row.id, message.id, message.source_message_id, row.topic, row.day, row.minutes, row.text, row.rule,
                          names.get((row.message_pk, row.attachment_sha256), "attachment") if row.attachment_sha256 else None,
                          row.attachment_sha256, row.page, _local_day(message), message.arrival, row.responsible,
                          row.responsible_from)
        for row, message in rows
    ]


@dataclass(frozen=True)
class MakeupView:
    """A make-up session a message reports as held (kind made_up) or as cancelled."""

    id: int
    message_id: int
    source_message_id: str | None
    topic: str
    kind: str
    day: date | None
    replaces_from: date | None
    replaces_to: date | None
    sentence: str
    start: int
    end: int
    rule: str
    reported_on: date | None  # the day the message was written


def makeups(session: Session) -> list[MakeupView]:
    """Every make-up report, oldest message first."""
    rows = session.execute(select(Makeup, Message).join(Message, Message.id == Makeup.message_pk)
                           .order_by(Message.sent_at, Makeup.id))
    return [MakeupView(row.id, message.id, message.source_message_id, row.topic, row.kind, row.day, row.replaces_from,
                       row.replaces_to, row.text, row.start, row.end, row.rule, _local_day(message))
            for row, message in rows]
