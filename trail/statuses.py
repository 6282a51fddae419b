"""Statuses as of a day: which promises are open, fulfilled, overdue or dismissed, which requests
are answered or waiting, from the stored facts and the user's decisions.

Every status is computed as of a day from what is stored, so "what was overdue on the day of the
IEP meeting" has one answer, and the same record gives the same answer tomorrow. The stored facts
are read through a unit of work, or a SQLite record opened read-only (trail/reads.py).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from ieptrail.classify.when import add_business_days, business_days_between
from ieptrail.config import Settings
from ieptrail.store.sqlite_read import ReadFailed, ReadOnlyRecord
from ieptrail.store.views import DecisionView, PromiseView, RequestView
from ieptrail.trail.reads import SessionReads, reads_of

if TYPE_CHECKING:
    from ieptrail.store.db import Session


def _day_in(zone: tzinfo, moment_utc: datetime | None) -> date | None:
    return moment_utc.replace(tzinfo=UTC).astimezone(zone).date() if moment_utc else None


def _standing_decision(decisions: list[DecisionView], as_of: date) -> DecisionView | None:
    """The user's latest decision in force on `as_of` (a reopen cancels what came before)."""
    standing = None
    for decision in decisions:
        if decision.effective_on > as_of:
            break
        standing = None if decision.action == "reopen" else decision
    return standing


def _current(source: Session | ReadOnlyRecord, settings: Settings) -> ReadOnlyRecord | SessionReads:
    """The reads, once the follow-up facts are current. Mail stored since they were last computed
    (a run stopped in between): a session computes them now, in its unit of work, before any
    status is read from them; a read-only record cannot, and sends the caller to a session."""
    reads = reads_of(source)
    if reads.followups_stale():
        if isinstance(reads, ReadOnlyRecord):
            raise ReadFailed("the follow-up facts need recomputing")
        from ieptrail.trail.followups import refresh_followups

        refresh_followups(reads.session, settings)
    return reads


def _made_before(as_of: date) -> datetime:
    """A bound (naive UTC) past every moment on or before `as_of` in any time zone (at most 14 hours
    from UTC): the reads skip later mail and credits, the exact local day is checked per item."""
    return datetime.combine(as_of + timedelta(days=2), time())


def _decision_json(standing: DecisionView) -> dict:
    return {"action": standing.action, "note": standing.note, "by": standing.actor,
            "at": standing.decided_at.isoformat() + "Z"}


def promise_statuses(source: Session | ReadOnlyRecord, settings: Settings, as_of: date) -> list[PromiseView]:
    """Every promise made on or before `as_of`, with its status that day.

    open -> fulfilled (a later message delivered it; late if after the due date) / overdue (the
    due date, or for undated promises IEPTRAIL_DEFAULT_DEADLINE_DAYS school days, passed with no
    delivery) / dismissed (the user said it no longer applies). The user may also resolve one by hand.
    """
    reads = _current(source, settings)
    zone = settings.timezone
    holidays = frozenset(settings.school_holidays)
    before = _made_before(as_of)
    fulfilled, decisions = reads.credits("promise", before), reads.decisions("promise")
    views = []
    for promise in reads.promises(before):
        promised_on = promise.promised_on
        if promised_on is None or promised_on > as_of:
            continue
        # an undated promise gets a default deadline: school days after it was made
        due = promise.due or add_business_days(promised_on, settings.default_deadline_days, holidays)
        extra: dict = {"deadline": due.isoformat(), "deadline_is_default": promise.due is None, "fulfilled_by": None, "fulfilled_on": None,
                       "fulfilled_evidence": None, "days_overdue": 0, "days_late": None, "decision": None}
        standing = _standing_decision(decisions.get(promise.key, []), as_of)
        fact = fulfilled.get(promise.key)
        fact_day = _day_in(zone, fact.at) if fact else None
        if standing is not None and standing.action == "dismiss":
            status = "dismissed"
        elif fact is not None and fact_day <= as_of:
            status = "fulfilled"
            extra.update(fulfilled_by=fact.source_message_id, fulfilled_on=fact_day.isoformat(),
                         fulfilled_evidence={"message": fact.message_id, "sentence": fact.sentence, "rule": fact.rule},
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
            extra["decision"] = _decision_json(standing)
        views.append(replace(promise, status=status, extra=extra))
    return views


def request_statuses(source: Session | ReadOnlyRecord, settings: Settings, as_of: date) -> list[RequestView]:
    """Every request made on or before `as_of`: answered, or unanswered (flagged once it has waited
    more than IEPTRAIL_REQUEST_ANSWER_DAYS school days)."""
    reads = _current(source, settings)
    zone = settings.timezone
    holidays = frozenset(settings.school_holidays)
    before = _made_before(as_of)
    answered, decisions = reads.credits("request", before), reads.decisions("request")
    views = []
    for request in reads.requests(before):
        asked_on = request.asked_on
        if asked_on is None or asked_on > as_of:
            continue
        extra: dict = {"answered_by": None, "answered_on": None, "answer_evidence": None, "decision": None}
        standing = _standing_decision(decisions.get(request.key, []), as_of)
        fact = answered.get(request.key)
        fact_day = _day_in(zone, fact.at) if fact else None
        if fact is not None and fact_day <= as_of:
            status = "answered"
            extra.update(answered_by=fact.source_message_id, answered_on=fact_day.isoformat(),
                         answer_evidence={"message": fact.message_id, "sentence": fact.sentence, "rule": fact.rule})
        elif standing is not None and standing.action in ("resolve", "dismiss"):
            status = "answered" if standing.action == "resolve" else "dismissed"
        else:
            status = "unanswered"
        waited = business_days_between(asked_on, as_of, holidays)
        extra["waiting_school_days"] = waited if status == "unanswered" else None
        extra["needs_follow_up"] = status == "unanswered" and waited > settings.request_answer_days
        if standing is not None:
            extra["decision"] = _decision_json(standing)
        views.append(replace(request, status=status, extra=extra))
    return views
