"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request. Facts carry dates; statuses are computed from them as of any day (store.tracking)."""
from __future__ import annotations

import json
import math
import re
from collections import defaultdict

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ieptrail.classify.followup import (
    Ask, Commitment, LaterMessage, answer_candidates, content_words, context_around, delivery_candidates, sentence_spans,
)
from ieptrail.classify.sentences import TITLED_NAME
from ieptrail.config import Settings
from ieptrail.store.models import Fulfillment, Message, Promise, Request, TopicTag


def _same_school_naming(later: dict[int, LaterMessage], by_word: dict[str, set[int]], promise: Promise,
                        message: Message, ignore: frozenset[str]) -> dict[int, LaterMessage]:
    """Later messages from the promiser's school that use at least two of the promise's words
    (only those can pass the cross-thread rule; looking them up beats reading every message)."""
    domain = _domain(promise.by_email)
    if not domain:
        return {}
    hits: dict[int, int] = defaultdict(int)
    for word in content_words(promise.action or promise.text, ignore):
        for message_id in by_word.get(word, ()):
            hits[message_id] += 1
    return {message_id: later[message_id] for message_id, count in hits.items() if count >= 2
            and later[message_id].sent > message.sent_at and _domain(later[message_id].author_email) == domain}


def _domain(address: str | None) -> str:
    return (address or "").rsplit("@", 1)[-1].lower() if address else ""


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


def _topics_in(message: LaterMessage | None, context: str) -> frozenset[str]:
    """Topics of the sentences around a promise ("no OT this week … I'll see him Wednesday to make it up")."""
    if message is None:
        return frozenset()
    return frozenset(topic for sentence, topics in message.topics_by_sentence if sentence in context for topic in topics)


def _named_addresses(sentence: str, people: dict[str, str]) -> frozenset[str]:
    found = set()
    for match in TITLED_NAME.finditer(sentence):
        email = people.get(match.group("name").lower())
        if email:
            found.add(email)
    return frozenset(found)


def _credit_best_match(options: dict[str, list]) -> dict[str, object]:
    """A sentence is credited to the promise(s) or request(s) it matches best among those that
    matched it on the same words (near-ties share it): "the new schedule is on his desk" delivers
    the schedule, not the photo promised beside it; a sentence about two things delivers both."""
    by_spot: dict[tuple[int, str], list] = defaultdict(list)
    for key, candidates in options.items():
        for evidence in candidates:
            by_spot[(evidence.message_id, evidence.sentence)].append(evidence)
    chosen = {}
    for key, candidates in options.items():
        for evidence in candidates:  # earliest first
            shared = evidence.extra.get("shared", frozenset())
            rivals = [other for other in by_spot[(evidence.message_id, evidence.sentence)]
                      if not shared or not other.extra.get("shared") or shared & other.extra["shared"]]
            top = max(other.extra["score"] for other in rivals)
            if evidence.extra["score"] >= max(top - 1, 0.75 * top):
                chosen[key] = evidence
                break
    return chosen


def _rarity(messages) -> dict[str, float]:
    """log(N / (1 + messages using the word)): "7:10" says more than "session"."""
    frequency: dict[str, int] = defaultdict(int)
    count = 0
    for message in messages:
        count += 1
        for word in content_words(message.new_text):
            frequency[word] += 1
    return {word: math.log((count + 1) / (1 + seen)) for word, seen in frequency.items()}


def refresh_followups(session: Session, settings: Settings) -> dict[str, int]:
    """Recompute every fulfilment and answer from the stored messages (idempotent)."""
    later, rows = _later_messages(session, settings)
    ignore = _student_words(settings)
    by_thread: dict[int | None, list[LaterMessage]] = defaultdict(list)
    by_author: dict[str, list[LaterMessage]] = defaultdict(list)
    by_word: dict[str, set[int]] = defaultdict(set)  # school staff's messages by the words they use
    people: dict[str, str] = {}
    for message in later.values():
        by_thread[message.thread_id].append(message)
        by_author[message.author_email].append(message)
        if not message.author_is_user:
            for word in content_words(message.new_text, ignore):
                by_word[word].add(message.id)
    for message in rows.values():
        if message.from_name and message.from_email:
            people.setdefault(message.from_name.split()[-1].lower(), message.from_email)

    rarity = _rarity(later.values())
    session.execute(delete(Fulfillment))
    counts = {"fulfilled": 0, "answered": 0}
    options: dict[str, list] = {}
    for promise, message in session.execute(select(Promise, Message).join(Message, Message.id == Promise.message_pk)):
        if message.sent_at is None:
            continue
        made_by_user = settings.is_user(promise.by_email) or (
            promise.by_email is None and settings.is_user(message.from_email) and promise.rule.startswith("first-person"))
        context = context_around(message.new_text or "", promise.start, promise.end)
        commitment = Commitment(
            key=promise.key, thread_id=message.thread_id, sent=message.sent_at, promiser=promise.by_email,
            author_email=message.from_email or "", made_by_user=made_by_user, sentence=promise.text, context=context,
            topics=frozenset(promise.topics.split()) | _topics_in(later.get(message.id), context),
            named_people=_named_addresses(promise.text, people), action=promise.action,
        )
        candidates = {m.id: m for m in by_thread[message.thread_id] + by_author.get(promise.by_email or "", [])
                      + by_author.get(message.from_email or "", [])}
        candidates.update(_same_school_naming(later, by_word, promise, message, ignore))
        options[promise.key] = delivery_candidates(commitment, list(candidates.values()), ignore, rarity)
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
