"""Keeps the follow-up facts current: which later message fulfilled each promise or answered each
request (store reads -> classify.followup -> store writes). Facts carry dates; statuses are
computed from them as of any day (trail.statuses)."""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import defaultdict
from datetime import datetime, timedelta
from operator import attrgetter

from ieptrail.classify.followup import (
    Ask,
    Commitment,
    LaterMessage,
    answer_candidates,
    content_words,
    context_around,
    deed_words,
    delivery_candidates,
    email_domain,
    forget_cached_words,
    promise_needs,
    sentence_spans,
)
from ieptrail.classify.sentences import TITLED_NAME
from ieptrail.config import Settings
from ieptrail.store import record_state
from ieptrail.store.db import Database, Session
from ieptrail.store.followup_facts import (
    Credit,
    dated_messages,
    promise_facts,
    replace_credits,
    request_facts,
    topic_starts,
)

# Outside its own thread, a delivery is looked for in the promiser's (or the school's) mail of the
# following half year; a thread is read whole. This keeps a large record's refresh near linear.
OUTSIDE_THREAD_WINDOW = timedelta(days=183)


# An index entry: messages in sent order (they are added in that order), sliced by time with bisect.
BySent = list[LaterMessage]


def _after(messages: BySent, moment: datetime, window: timedelta = OUTSIDE_THREAD_WINDOW) -> list[LaterMessage]:
    sent = attrgetter("sent")
    return messages[bisect_right(messages, moment, key=sent):bisect_right(messages, moment + window, key=sent)]


def _same_school_naming(by_school_deed: dict[tuple[str, str], BySent], by_school_recipient: dict[tuple[str, str], BySent],
                        commitment: Commitment, action_words: frozenset[str], ignore: frozenset[str]) -> dict[int, LaterMessage]:
    """Later messages from the promiser's school that report a deed sharing a word with the promise
    (or go to a person the promise names) and use at least two of its words: only those can pass
    the cross-thread rule for someone else at the school; looking them up beats reading them all."""
    domain = email_domain(commitment.promiser)
    if not domain:
        return {}
    indexes = [by_school_deed[(domain, word)] for word in action_words if (domain, word) in by_school_deed]
    indexes += [by_school_recipient[(domain, address)] for address in commitment.named_people
                if (domain, address) in by_school_recipient]
    found: dict[int, LaterMessage] = {}
    for index in indexes:
        for message in _after(index, commitment.sent):
            if message.id not in found and len(content_words(message.new_text, ignore) & action_words) >= 2:
                found[message.id] = message
    return found


def _indexes_for(commitment: Commitment, action_words: frozenset[str], sets_up: bool,
                 by_author_deed: dict[tuple[str, str], BySent], by_author_proposing: dict[str, BySent],
                 by_author_recipient: dict[tuple[str, str], BySent]) -> list[BySent]:
    """The promiser's (and the promise's writer's) indexes holding every message outside the thread
    that could deliver this promise."""
    found = []
    for author in {commitment.promiser or "", commitment.author_email} - {""}:
        found.extend(by_author_deed[(author, word)] for word in action_words if (author, word) in by_author_deed)
        if sets_up and author in by_author_proposing:
            found.append(by_author_proposing[author])
        found.extend(by_author_recipient[(author, address)] for address in commitment.named_people
                     if (author, address) in by_author_recipient)
    return found


def _student_words(settings: Settings) -> frozenset[str]:
    words = set()
    for student in settings.students:
        words.update(word.lower() for word in re.findall(r"[A-Za-z'’-]+", student))
    return frozenset(words)


def _later_messages(session: Session, settings: Settings) -> tuple[dict[int, LaterMessage], dict[str, str]]:
    """Every dated message as a LaterMessage, in sent order, and the senders' addresses by last name."""
    topics = topic_starts(session)
    later: dict[int, LaterMessage] = {}
    people: dict[str, str] = {}
    for row in dated_messages(session):
        text = row.new_text
        by_sentence = tuple(
            (text[start:end], frozenset(topic for offset, topic in topics[row.id] if start <= offset < end))
            for start, end in sentence_spans(text)
        )
        recipients = frozenset(item.get("email", "") for item in json.loads(row.to_json) + json.loads(row.cc_json))
        later[row.id] = LaterMessage(
            id=row.id, thread_id=row.thread_id, sent=row.sent_at, author_email=row.from_email or "",
            author_is_user=settings.is_user(row.from_email), recipients=recipients, new_text=text,
            topics_by_sentence=by_sentence, auto_reply=row.auto_reply or row.bulk,
        )
        if row.from_name and row.from_email:
            people.setdefault(row.from_name.split()[-1].lower(), row.from_email)
    return later, people


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
    later, people = _later_messages(session, settings)
    ignore = _student_words(settings)
    promises = promise_facts(session)
    named = {promise.key: _named_addresses(promise.text, people) for promise in promises}
    named_anywhere = set().union(*named.values())
    by_thread: dict[int | None, list[LaterMessage]] = defaultdict(list)
    # Outside a thread only a sentence reporting a deed can deliver, and it must share a word with
    # the promise: messages are indexed by author and those words, so a prolific sender's every
    # later message is not read for each of their promises.
    by_author_deed: dict[tuple[str, str], BySent] = defaultdict(list)
    by_author_proposing: dict[str, BySent] = defaultdict(list)  # proposes a meeting time
    by_author_recipient: dict[tuple[str, str], BySent] = defaultdict(list)  # to people some promise names
    # the same for everyone at a school (a colleague may deliver what the promiser said)
    by_school_deed: dict[tuple[str, str], BySent] = defaultdict(list)
    by_school_recipient: dict[tuple[str, str], BySent] = defaultdict(list)
    for message in later.values():  # in sent order
        by_thread[message.thread_id].append(message)
        words, proposes = deed_words(message, ignore)
        named_here = message.recipients & named_anywhere
        for word in words:
            by_author_deed[(message.author_email, word)].append(message)
        if proposes:
            by_author_proposing[message.author_email].append(message)
        for address in named_here:
            by_author_recipient[(message.author_email, address)].append(message)
        if not message.author_is_user:
            domain = email_domain(message.author_email)
            for word in words:
                by_school_deed[(domain, word)].append(message)
            for address in named_here:
                by_school_recipient[(domain, address)].append(message)

    rarity = _rarity(later.values())
    credits: list[Credit] = []
    counts = {"fulfilled": 0, "answered": 0}
    options: dict[str, list] = {}
    for promise in promises:
        message = later.get(promise.message_pk)
        if message is None:  # undated
            continue
        made_by_user = settings.is_user(promise.by_email) or (
            promise.by_email is None and message.author_is_user and promise.rule.startswith("first-person"))
        context = context_around(message.new_text, promise.start, promise.end)
        commitment = Commitment(
            key=promise.key, thread_id=message.thread_id, sent=message.sent, promiser=promise.by_email,
            author_email=message.author_email, made_by_user=made_by_user, sentence=promise.text, context=context,
            topics=frozenset(promise.topics.split()) | _topics_in(message, context),
            named_people=named[promise.key], action=promise.action,
        )
        candidates = {m.id: m for m in by_thread[message.thread_id]}
        action_words, sets_up = promise_needs(commitment, ignore)
        for index in _indexes_for(commitment, action_words, sets_up, by_author_deed, by_author_proposing, by_author_recipient):
            candidates.update((m.id, m) for m in _after(index, message.sent))
        candidates.update(_same_school_naming(by_school_deed, by_school_recipient, commitment, action_words, ignore))
        options[promise.key] = delivery_candidates(commitment, list(candidates.values()), ignore, rarity)
    for key, evidence in _credit_best_match(options).items():
        credits.append(Credit("promise", key, evidence.message_id, evidence.sentence, evidence.rule, evidence.at))
        counts["fulfilled"] += 1
    options = {}
    for request in request_facts(session):
        message = later.get(request.message_pk)
        if message is None:
            continue
        ask = Ask(
            key=request.key, thread_id=message.thread_id, sent=message.sent, asker=request.by_email or "",
            asked_by_user=settings.is_user(request.by_email or message.author_email), sentence=request.text,
            context=context_around(message.new_text, request.start, request.end, reach=2),
            topics=frozenset(request.topics.split()),
        )
        options[request.key] = answer_candidates(ask, by_thread[message.thread_id], ignore)
    for key, evidence in _credit_best_match(options).items():
        credits.append(Credit("request", key, evidence.message_id, evidence.sentence, evidence.rule, evidence.at))
        counts["answered"] += 1
    replace_credits(session, credits)
    record_state.clear_followups_stale(session)
    forget_cached_words()
    return counts


def ensure_followups_current(db: Database, settings: Settings) -> None:
    """Recompute the follow-up facts if mail was stored since they were last computed (a run that
    was stopped between storing mail and recomputing them leaves that mark)."""
    with db.session_scope() as session:
        stale = record_state.followups_stale(session)
    if stale:
        with db.session_scope() as session:
            refresh_followups(session, settings)
