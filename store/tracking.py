"""Reads over tags: promises, requests and missed services, with their status as of a day."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ieptrail.classify.when import add_business_days, business_days_between
from ieptrail.config import Settings
from ieptrail.store.models import Decision, Fulfillment, Message, MissedService, Promise, Request
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


def _day_in(zone: tzinfo, moment_utc: datetime | None) -> date | None:
    return moment_utc.replace(tzinfo=UTC).astimezone(zone).date() if moment_utc else None


def promise_rows(session: Session) -> list[tuple[Promise, Message]]:
    return session.execute(
        select(Promise, Message).join(Message, Message.id == Promise.message_pk).order_by(Message.sent_at, Promise.id)
    ).all()


def request_rows(session: Session) -> list[tuple[Request, Message]]:
    return session.execute(
        select(Request, Message).join(Message, Message.id == Request.message_pk).order_by(Message.sent_at, Request.id)
    ).all()


def _facts(session: Session, kind: str) -> tuple[dict[str, tuple[Fulfillment, Message]], dict[str, list[Decision]]]:
    fulfilled = {}
    for fact, message in session.execute(
        select(Fulfillment, Message).join(Message, Message.id == Fulfillment.message_pk).where(Fulfillment.item_kind == kind)
    ):
        fulfilled[fact.item_key] = (fact, message)
    decisions: dict[str, list[Decision]] = {}
    for decision in session.scalars(select(Decision).where(Decision.item_kind == kind).order_by(Decision.decided_at, Decision.id)):
        decisions.setdefault(decision.item_key, []).append(decision)
    return fulfilled, decisions


def _standing_decision(decisions: list[Decision], as_of: date) -> Decision | None:
    """The user's latest decision in force on `as_of` (a reopen cancels what came before)."""
    standing = None
    for decision in decisions:
        if decision.effective_on > as_of:
            break
        standing = None if decision.action == "reopen" else decision
    return standing


def promise_statuses(session: Session, settings: Settings, as_of: date) -> list[PromiseView]:
    """Every promise made on or before `as_of`, with its status that day.

    open -> fulfilled (a later message delivered it; late if after the due date) / overdue (the
    due date, or for undated promises IEPTRAIL_DEFAULT_DEADLINE_DAYS school days, passed with no
    delivery) / dismissed (the user said it no longer applies). The user may also resolve one by hand.
    """
    zone = settings.timezone
    holidays = frozenset(settings.school_holidays)
    fulfilled, decisions = _facts(session, "promise")
    views = []
    for promise, message in promise_rows(session):
        promised_on = _local_day(message)
        if promised_on is None or promised_on > as_of:
            continue
        # an undated promise gets a default deadline: school days after it was made
        due = promise.due or add_business_days(promised_on, settings.default_deadline_days, holidays)
        extra: dict = {"deadline": due.isoformat(), "deadline_is_default": promise.due is None, "fulfilled_by": None, "fulfilled_on": None,
                       "fulfilled_evidence": None, "days_overdue": 0, "days_late": None, "decision": None}
        standing = _standing_decision(decisions.get(promise.key, []), as_of)
        fact = fulfilled.get(promise.key)
        fact_day = _day_in(zone, fact[0].at) if fact else None
        if standing is not None and standing.action == "dismiss":
            status = "dismissed"
        elif fact is not None and fact_day <= as_of:
            status = "fulfilled"
            extra.update(fulfilled_by=fact[1].source_message_id, fulfilled_on=fact_day.isoformat(),
                         fulfilled_evidence={"message": fact[1].id, "sentence": fact[0].sentence, "rule": fact[0].rule},
                         days_late=max(0, (fact_day - due).days))
        elif standing is not None and standing.action == "resolve":
            status = "fulfilled"
            extra.update(fulfilled_on=standing.effective_on.isoformat(), days_late=max(0, (standing.effective_on - due).days))
        elif as_of > due:
            status = "overdue"
            extra["days_overdue"] = (as_of - due).days
        else:
            status = "open"
        if standing is not None:
            extra["decision"] = {"action": standing.action, "note": standing.note, "by": standing.actor,
                                 "at": standing.decided_at.isoformat() + "Z"}
        views.append(promise_view(promise, message, status=status, extra=extra))
    return views


def request_statuses(session: Session, settings: Settings, as_of: date) -> list[RequestView]:
    """Every request made on or before `as_of`: answered, or unanswered (flagged once it has waited
    more than IEPTRAIL_REQUEST_ANSWER_DAYS school days)."""
    zone = settings.timezone
    holidays = frozenset(settings.school_holidays)
    answered, decisions = _facts(session, "request")
    views = []
    for request, message in request_rows(session):
        asked_on = _local_day(message)
        if asked_on is None or asked_on > as_of:
            continue
        extra: dict = {"answered_by": None, "answered_on": None, "answer_evidence": None, "decision": None}
        standing = _standing_decision(decisions.get(request.key, []), as_of)
        fact = answered.get(request.key)
        fact_day = _day_in(zone, fact[0].at) if fact else None
        if fact is not None and fact_day <= as_of:
            status = "answered"
            extra.update(answered_by=fact[1].source_message_id, answered_on=fact_day.isoformat(),
                         answer_evidence={"message": fact[1].id, "sentence": fact[0].sentence, "rule": fact[0].rule})
        elif standing is not None and standing.action in ("resolve", "dismiss"):
            status = "answered" if standing.action == "resolve" else "dismissed"
        else:
            status = "unanswered"
        waited = business_days_between(asked_on, as_of, holidays)
        extra["waiting_school_days"] = waited if status == "unanswered" else None
        extra["needs_follow_up"] = status == "unanswered" and waited > settings.request_answer_days
        if standing is not None:
            extra["decision"] = {"action": standing.action, "note": standing.note, "by": standing.actor,
                                 "at": standing.decided_at.isoformat() + "Z"}
        views.append(request_view(request, message, status=status, extra=extra))
    return views


def promise_view(promise: Promise, message: Message, **values) -> PromiseView:
    return PromiseView(
        id=promise.id, key=promise.key, message_id=message.id, source_message_id=message.source_message_id,
        thread_id=message.thread_id, by_name=promise.by_name, by_email=promise.by_email, text=promise.text,
        due=promise.due, due_text=promise.due_text, rule=promise.rule, promised_on=_local_day(message),
        **values,
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
