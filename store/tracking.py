"""Reads over tags: promises, requests and missed services, with their status as of a day."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ieptrail.store.models import Message, MissedService, Promise, Request
from ieptrail.store.views import local_datetime


@dataclass(frozen=True)
class PromiseView:
    id: int
    key: str
    message_id: int
    source_message_id: str | None
    thread_id: int | None
    by_name: str | None
    by_email: str | None
    text: str
    due: date | None
    due_text: str | None
    rule: str
    promised_on: date | None
    status: str = "open"
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "thread_id": self.thread_id,
            "by": {"name": self.by_name or "", "email": self.by_email or ""},
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "promised_on": self.promised_on.isoformat() if self.promised_on else None,
            "status": self.status,
            "rule": self.rule,
            **self.extra,
        }


@dataclass(frozen=True)
class RequestView:
    id: int
    key: str
    message_id: int
    source_message_id: str | None
    thread_id: int | None
    by_name: str | None
    by_email: str | None
    text: str
    rule: str
    asked_on: date | None
    status: str = "unanswered"
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "thread_id": self.thread_id,
            "by": {"name": self.by_name or "", "email": self.by_email or ""},
            "text": self.text,
            "asked_on": self.asked_on.isoformat() if self.asked_on else None,
            "status": self.status,
            "rule": self.rule,
            **self.extra,
        }


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

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "source_message_id": self.source_message_id,
            "message": self.message_id,
            "topic": self.topic,
            "date": self.day.isoformat() if self.day else None,
            "minutes": self.minutes,
            "text": self.sentence,
            "rule": self.rule,
        }


def _local_day(message: Message) -> date | None:
    moment = local_datetime(message.sent_at, message.utc_offset_minutes)
    return moment.date() if moment else None


def promise_rows(session: Session) -> list[tuple[Promise, Message]]:
    return session.execute(
        select(Promise, Message).join(Message, Message.id == Promise.message_pk).order_by(Message.sent_at, Promise.id)
    ).all()


def request_rows(session: Session) -> list[tuple[Request, Message]]:
    return session.execute(
        select(Request, Message).join(Message, Message.id == Request.message_pk).order_by(Message.sent_at, Request.id)
    ).all()


def promise_view(promise: Promise, message: Message, **values) -> PromiseView:
    return PromiseView(
        id=promise.id, key=promise.key, message_id=message.id, source_message_id=message.source_message_id,
        thread_id=message.thread_id, by_name=promise.by_name, by_email=promise.by_email, text=promise.text,
        due=promise.due, due_text=promise.due_text, rule=promise.rule, promised_on=_local_day(message), **values,
    )


def request_view(request: Request, message: Message, **values) -> RequestView:
    return RequestView(
        id=request.id, key=request.key, message_id=message.id, source_message_id=message.source_message_id,
        thread_id=message.thread_id, by_name=request.by_name, by_email=request.by_email, text=request.text,
        rule=request.rule, asked_on=_local_day(message), **values,
    )


def missed_services(session: Session, topic: str | None = None) -> list[MissedServiceView]:
    query = select(MissedService, Message).join(Message, Message.id == MissedService.message_pk)
    if topic:
        query = query.where(MissedService.topic == topic)
    rows = session.execute(query.order_by(MissedService.day, Message.sent_at, MissedService.id)).all()
    return [
        MissedServiceView(row.id, message.id, message.source_message_id, row.topic, row.day, row.minutes, row.text, row.rule)
        for row, message in rows
    ]


def missed_events(rows: list[MissedServiceView]) -> dict[tuple[str, date | None], MissedServiceView]:
    """One entry per service and day: the same missed session is often reported in several messages."""
    events: dict[tuple[str, date | None], MissedServiceView] = {}
    for row in rows:
        key = (row.topic, row.day)
        known = events.get(key)
        if known is None or (row.minutes or 0) > (known.minutes or 0):
            events[key] = row
    return events


def missed_minutes_by_service(rows: list[MissedServiceView]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for (topic, _day), row in missed_events(rows).items():
        totals[topic] = totals.get(topic, 0) + (row.minutes or 0)
    return totals
