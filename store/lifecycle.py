"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request. Facts carry dates; statuses are computed from them as of any day (store.tracking)."""
from __future__ import annotations

import json
import re
from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ieptrail.classify.followup import Ask, Commitment, LaterMessage, answer_candidates, context_around, delivery_candidates, sentence_spans
from ieptrail.classify.sentences import TITLED_NAME
from ieptrail.config import Settings
from ieptrail.store.models import Fulfillment, Message, Promise, Request, TopicTag


def _student_words(settings: Settings) -> frozenset[str]:
    words = set()
    for student in settings.students:
        words.update(word.lower() for word in re.findall(r"[A-Za-z'’-]+", student))
    return frozenset(words)


def _later_messages(session: Session, settings: Settings) -> tuple[dict[int, LaterMessage], dict[int, Message]]:
    topics: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for message_pk, start, topic in session.execute(select(TopicTag.message_pk, TopicTag.start, TopicTag.topic)):
        topics[message_pk].append((start, topic))
    later: dict[int, LaterMessage] = {}
    rows: dict[int, Message] = {}
    for message in session.scalars(select(Message).where(Message.sent_at.is_not(None))):
        rows[message.id] = message
        text = message.new_text or ""
        by_sentence = tuple(
            (text[start:end], frozenset(topic for offset, topic in topics[message.id] if start <= offset < end))
            for start, end in sentence_spans(text)
        )
        recipients = frozenset(
            item.get("email", "") for item in json.loads(message.to_json or "[]") + json.loads(message.cc_json or "[]")
        )
        later[message.id] = LaterMessage(
            id=message.id, thread_id=message.thread_id, sent=message.sent_at, author_email=message.from_email or "",
            author_is_user=settings.is_user(message.from_email), recipients=recipients, new_text=text,
            topics_by_sentence=by_sentence, auto_reply=message.is_auto_reply or message.is_bulk,
        )
    return later, rows


def _named_addresses(sentence: str, people: dict[str, str]) -> frozenset[str]:
    found = set()
    for match in TITLED_NAME.finditer(sentence):
        email = people.get(match.group("name").lower())
        if email:
            found.add(email)
    return frozenset(found)


def _credit_best_match(options: dict[str, list]) -> dict[str, object]:
    """One sentence is credited to the promise(s) or request(s) it matches best (near-ties share it):
    "the new schedule is on his desk" delivers the schedule, not the photo promised beside it."""
    best: dict[tuple[int, str], int] = {}
    for candidates in options.values():
        for evidence in candidates:
            spot = (evidence.message_id, evidence.sentence)
            best[spot] = max(best.get(spot, 0), evidence.extra["score"])
    chosen = {}
    for key, candidates in options.items():
        for evidence in candidates:  # earliest first
            top = best[(evidence.message_id, evidence.sentence)]
            if evidence.extra["score"] >= max(top - 1, 0.75 * top):
                chosen[key] = evidence
                break
    return chosen


def refresh_followups(session: Session, settings: Settings) -> dict[str, int]:
    """Recompute every fulfilment and answer from the stored messages (idempotent)."""
    later, rows = _later_messages(session, settings)
    ignore = _student_words(settings)
    by_thread: dict[int | None, list[LaterMessage]] = defaultdict(list)
    by_author: dict[str, list[LaterMessage]] = defaultdict(list)
    people: dict[str, str] = {}
    for message in later.values():
        by_thread[message.thread_id].append(message)
        by_author[message.author_email].append(message)
    for message in rows.values():
        if message.from_name and message.from_email:
            people.setdefault(message.from_name.split()[-1].lower(), message.from_email)

    session.execute(delete(Fulfillment))
    counts = {"fulfilled": 0, "answered": 0}
    options: dict[str, list] = {}
    for promise, message in session.execute(select(Promise, Message).join(Message, Message.id == Promise.message_pk)):
        if message.sent_at is None:
            continue
        made_by_user = settings.is_user(promise.by_email) or (
            promise.by_email is None and settings.is_user(message.from_email) and promise.rule.startswith("first-person"))
        commitment = Commitment(
            key=promise.key, thread_id=message.thread_id, sent=message.sent_at, promiser=promise.by_email,
            author_email=message.from_email or "", made_by_user=made_by_user, sentence=promise.text,
            context=context_around(message.new_text or "", promise.start, promise.end),
            topics=frozenset(promise.topics.split()), named_people=_named_addresses(promise.text, people),
        )
        candidates = {m.id: m for m in by_thread[message.thread_id] + by_author.get(promise.by_email or "", [])
                      + by_author.get(message.from_email or "", [])}
        options[promise.key] = delivery_candidates(commitment, list(candidates.values()), ignore)
    for key, evidence in _credit_best_match(options).items():
        session.add(Fulfillment(item_kind="promise", item_key=key, message_pk=evidence.message_id,
                                sentence=evidence.sentence[:2000], rule=evidence.rule, at=evidence.at))
        counts["fulfilled"] += 1
    options = {}
    for request, message in session.execute(select(Request, Message).join(Message, Message.id == Request.message_pk)):
        if message.sent_at is None:
            continue
        ask = Ask(
            key=request.key, thread_id=message.thread_id, sent=message.sent_at, asker=request.by_email or "",
            asked_by_user=settings.is_user(request.by_email or message.from_email), sentence=request.text,
            context=context_around(message.new_text or "", request.start, request.end, reach=2),
            topics=frozenset(request.topics.split()),
        )
        options[request.key] = answer_candidates(ask, by_thread[message.thread_id], ignore)
    for key, evidence in _credit_best_match(options).items():
        session.add(Fulfillment(item_kind="request", item_key=key, message_pk=evidence.message_id,
                                sentence=evidence.sentence[:2000], rule=evidence.rule, at=evidence.at))
        counts["answered"] += 1
    return counts
