"""Reads: search (full text + concepts + filters), threads, single messages."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from ieptrail.store.attachments import attachment_views
from ieptrail.store.models import (
    Attachment,
    AttachmentPage,
    AttachmentText,
    AttachmentTopicTag,
    Message,
    MissedService,
    Promise,
    RawEmail,
    Request,
    StudentTag,
    Thread,
    TopicTag,
)
from ieptrail.store.search_terms import MAX_RESULTS, SearchFilters, day_bounds_utc, make_snippet, query_terms
from ieptrail.store.search_terms import fts_match as _fts_match
from ieptrail.store.search_terms import text_filter as _text_filter
from ieptrail.store.sqlite_read import latest_sender_facts_from
from ieptrail.store.views import AttachmentHit, MessageView, ThreadView, UserMessage, recipients_of
from sqlalchemy import Integer, and_, func, or_, select, text
from sqlalchemy.orm import Session, selectinload


def _fts_ids(session: Session, terms: list[str], subject_too: bool):
    """A selectable of message ids whose text matches the terms (stemmed): as a phrase when the
    query is short ("extra time" must not match "extra breaks … a hard time"), else all of them."""
    dialect = session.get_bind().dialect.name
    as_phrase = len(terms) <= 4
    if dialect == "sqlite":
        columns = "{subject new_text attachment_names}" if subject_too else "{new_text attachment_names}"
        match = _fts_match(terms, columns + ": ")
        # a bound name of its own: the attachment pages' MATCH sits in the same statement (with one
        # name for both, the pages' value took the place of this one, columns and all)
        return (text("SELECT rowid AS id FROM messages_fts WHERE messages_fts MATCH :message_match")
                .bindparams(message_match=match).columns(id=Integer))
    if dialect == "postgresql":
        parser = "phraseto_tsquery" if as_phrase else "plainto_tsquery"
        weights = "" if subject_too else f" AND ts_filter(search_vector, '{{b,c}}') @@ {parser}('english', :q)"
        return text(
            f"SELECT id FROM messages WHERE search_vector @@ {parser}('english', :q)" + weights
        ).bindparams(q=" ".join(terms)).columns(id=Integer)
    raise NotImplementedError(dialect)


def _attachment_page_ids(session: Session, terms: list[str]):
    """A selectable of attachment page ids whose text matches the terms, as `_fts_ids` matches messages."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return (text("SELECT rowid AS id FROM attachment_pages_fts WHERE attachment_pages_fts MATCH :page_match")
                .bindparams(page_match=_fts_match(terms)).columns(id=Integer))
    if dialect == "postgresql":
        parser = "phraseto_tsquery" if len(terms) <= 4 else "plainto_tsquery"
        return (text(f"SELECT id FROM attachment_pages WHERE search_vector @@ {parser}('english', :q)")
                .bindparams(q=" ".join(terms)).columns(id=Integer))
    raise NotImplementedError(dialect)


def _carried(pages_or_topics):
    """Message ids whose attachments hold the given attachment_texts ids."""
    return (select(Attachment.message_pk).join(AttachmentText, AttachmentText.sha256 == Attachment.sha256)
            .where(AttachmentText.id.in_(pages_or_topics)))


def _attachment_text_hit(session: Session, terms: list[str]):
    pages = _attachment_page_ids(session, terms).subquery()
    return _carried(select(AttachmentPage.text_id).where(AttachmentPage.id.in_(select(pages.c.id))))


def _attachment_topic_hit(topics: Iterable[str]):
    return _carried(select(AttachmentTopicTag.text_id).where(AttachmentTopicTag.topic.in_(list(topics))))


def attachment_hits(session: Session, ids: list[int], terms: list[str], topics: Iterable[str]) -> dict[int, tuple[AttachmentHit, ...]]:
    """Where in each message's attachments the words or topics are: the file and the page."""
    topics = list(topics)
    found: dict[int, list[AttachmentHit]] = defaultdict(list)
    if not ids or not (terms or topics):
        return {}
    carried = (select(Attachment.message_pk, Attachment.filename, AttachmentText.id.label("text_id"))
               .join(AttachmentText, AttachmentText.sha256 == Attachment.sha256).where(Attachment.message_pk.in_(ids))
               .subquery())
    if terms:
        pages = _attachment_page_ids(session, terms).subquery()
        for message_pk, filename, page in session.execute(
            select(carried.c.message_pk, carried.c.filename, func.min(AttachmentPage.page))
            .join(AttachmentPage, AttachmentPage.text_id == carried.c.text_id)
            .where(AttachmentPage.id.in_(select(pages.c.id)))
            .group_by(carried.c.message_pk, carried.c.filename).order_by(carried.c.filename)
        ):
            found[message_pk].append(AttachmentHit(filename, page, "text"))
    if topics:
        for message_pk, filename, topic, page in session.execute(
            select(carried.c.message_pk, carried.c.filename, AttachmentTopicTag.topic, func.min(AttachmentTopicTag.page))
            .join(AttachmentTopicTag, AttachmentTopicTag.text_id == carried.c.text_id)
            .where(AttachmentTopicTag.topic.in_(topics))
            .group_by(carried.c.message_pk, carried.c.filename, AttachmentTopicTag.topic).order_by(carried.c.filename)
        ):
            found[message_pk].append(AttachmentHit(filename, page, topic))
    return {message_pk: tuple(hits) for message_pk, hits in found.items()}


def search_messages(session: Session, filters: SearchFilters, zone: tzinfo) -> list[MessageView]:
    """Messages matching the query text or its concepts, narrowed by the filters, newest first.

    With concept topics, full-text hits are taken from each message's own new text only (a
    reply inherits its subject line, so a subject says little about what a reply is about) and
    not from newsletters (their "extra time in the car line" is not about the child).
    """
    statement = select(Message).options(selectinload(Message.attachments))
    # On SQLite, "id + 0" keeps the planner from fetching every matching row by id and sorting them
    # (14,000 rows for "IEP meeting" in a 20,000-message record); it walks the sent_at index
    # newest first instead and stops at the limit.
    member = Message.id + 0 if session.get_bind().dialect.name == "sqlite" else Message.id
    terms = query_terms(filters.query)
    if terms:
        fts = _fts_ids(session, terms, subject_too=not filters.concept_topics).subquery()
        text_hit = member.in_(select(fts.c.id))
        matches = [] if filters.concept_topics and filters.topics_only else \
            [and_(text_hit, Message.is_bulk.is_(False)) if filters.concept_topics else text_hit]
        if filters.concept_topics:
            matches.append(
                member.in_(select(TopicTag.message_pk).where(TopicTag.topic.in_(filters.concept_topics)))
            )
        if filters.attachments:
            attached = member.in_(_attachment_text_hit(session, terms))
            if filters.concept_topics:
                attached = or_(attached, member.in_(_attachment_topic_hit(filters.concept_topics)))
            matches.append(and_(attached, Message.is_bulk.is_(False)))
        statement = statement.where(or_(*matches))
    if filters.topic:
        own = member.in_(select(TopicTag.message_pk).where(TopicTag.topic == _text_filter(filters.topic)))
        # an attachment about the topic counts: the IEP draft whose email only says "attached"
        own = or_(own, member.in_(_attachment_topic_hit([_text_filter(filters.topic)])))
        statement = statement.where(own)
    if filters.student:
        student = _text_filter(filters.student.lower())  # "%" and "_" are letters here, not wildcards
        statement = statement.where(member.in_(
            select(StudentTag.message_pk).where(func.lower(StudentTag.student).contains(student, autoescape=True))))
    if filters.sender:
        sender = _text_filter(filters.sender.lower())
        statement = statement.where(or_(func.lower(Message.from_email).contains(sender, autoescape=True),
                                        func.lower(Message.from_name).contains(sender, autoescape=True)))
    if filters.since:
        statement = statement.where(Message.sent_at >= day_bounds_utc(filters.since, zone))
    if filters.until:
        statement = statement.where(Message.sent_at < day_bounds_utc(filters.until, zone, end=True))
    statement = statement.order_by(Message.sent_at.desc().nulls_last(), Message.id.desc()).limit(max(1, min(filters.limit, MAX_RESULTS)))
    rows = session.scalars(statement).all()
    topics = [*(filters.concept_topics if filters.attachments else ()), *([filters.topic] if filters.topic else [])]
    hits = attachment_hits(session, [row.id for row in rows], terms if filters.attachments else [], topics)
    return views_for(session, rows, terms, hits)


def views_for(session: Session, rows: Iterable[Message], terms: list[str] | None = None,
              hits: dict[int, tuple[AttachmentHit, ...]] | None = None) -> list[MessageView]:
    rows = list(rows)
    ids = [row.id for row in rows]
    topics: dict[int, list[str]] = defaultdict(list)
    students: dict[int, list[str]] = defaultdict(list)
    evidence: dict[int, list[str]] = defaultdict(list)
    hashes: dict[int, str] = {}
    if ids:
        for message_pk, topic, sentence in session.execute(
            select(TopicTag.message_pk, TopicTag.topic, TopicTag.sentence).where(TopicTag.message_pk.in_(ids))
            .order_by(TopicTag.id)
        ):
            if topic not in topics[message_pk]:
                topics[message_pk].append(topic)
            evidence[message_pk].append(sentence)
        for message_pk, student in session.execute(
            select(StudentTag.message_pk, StudentTag.student).where(StudentTag.message_pk.in_(ids)).order_by(StudentTag.id)
        ):
            if student not in students[message_pk]:
                students[message_pk].append(student)
        raw_ids = {row.raw_email_id for row in rows}
        hashes = dict(session.execute(select(RawEmail.id, RawEmail.sha256).where(RawEmail.id.in_(raw_ids))).all())
    files = attachment_views(session, ids)
    hits = hits or {}
    return [
        MessageView.from_row(
            row,
            topics=tuple(topics[row.id]),
            students=tuple(students[row.id]),
            snippet=make_snippet(row.new_text or row.body_text, terms or [], evidence[row.id]),
            sha256=hashes.get(row.raw_email_id),
            attachment_files=files.get(row.id, ()),
            attachment_hits=hits.get(row.id, ()),
        )
        for row in rows
    ]


def topic_phrases(session: Session, ids: list[int], topics: Iterable[str]) -> dict[int, tuple[str, ...]]:
    """For each message, the words of its new text that were tagged with one of the topics."""
    found: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return {}
    for message_pk, start, end, new_text in session.execute(
        select(TopicTag.message_pk, TopicTag.start, TopicTag.end, Message.new_text)
        .join(Message, Message.id == TopicTag.message_pk)
        .where(TopicTag.message_pk.in_(ids), TopicTag.topic.in_(list(topics)), TopicTag.start >= 0)
    ):
        phrase = new_text[start:end].strip()
        if phrase and phrase not in found[message_pk]:
            found[message_pk].append(phrase)
    return {message_pk: tuple(phrases) for message_pk, phrases in found.items()}


@dataclass(frozen=True)
class TopicMentionView:
    sentence: str
    phrase: str  # the words in the sentence that were tagged; empty when tagged from the subject or the author's role
    rule: str


def topic_timeline(session: Session, topic: str) -> list[tuple[MessageView, tuple[TopicMentionView, ...]]]:
    """Every message tagged with the topic, oldest first, with the sentences that mention it."""
    mentions: dict[int, list[TopicMentionView]] = defaultdict(list)
    for message_pk, sentence, start, end, rule, new_text in session.execute(
        select(TopicTag.message_pk, TopicTag.sentence, TopicTag.start, TopicTag.end, TopicTag.rule, Message.new_text)
        .join(Message, Message.id == TopicTag.message_pk).where(TopicTag.topic == topic).order_by(TopicTag.id)
    ):
        phrase = new_text[start:end] if 0 <= start < end else ""
        mention = TopicMentionView(sentence, phrase, rule)
        if mention not in mentions[message_pk]:
            mentions[message_pk].append(mention)
    rows = session.scalars(
        select(Message).options(selectinload(Message.attachments)).where(Message.id.in_(list(mentions)))
        .order_by(Message.sent_at.nulls_last(), Message.id)
    ).all()
    return [(view, tuple(mentions[view.id])) for view in views_for(session, rows)]


def topic_counts(session: Session) -> dict[str, int]:
    """How many messages carry each topic."""
    return dict(session.execute(
        select(TopicTag.topic, func.count(func.distinct(TopicTag.message_pk))).group_by(TopicTag.topic)
    ).all())


@dataclass(frozen=True)
class TagSpan:
    """Where a tag's evidence sits in a message's new text (start < 0: it came from the subject or the author)."""
    kind: str  # topic | promise | request | missed
    item_id: int
    message_id: int
    start: int
    end: int
    sentence: str
    rule: str
    topic: str | None = None


def tag_spans(session: Session, message_ids: Iterable[int]) -> dict[int, list[TagSpan]]:
    """Every tag's evidence in the given messages, in text order."""
    ids = list(message_ids)
    spans: dict[int, list[TagSpan]] = defaultdict(list)
    if not ids:
        return spans
    for row in session.scalars(select(TopicTag).where(TopicTag.message_pk.in_(ids))):
        spans[row.message_pk].append(TagSpan("topic", row.id, row.message_pk, row.start, row.end, row.sentence,
                                             row.rule, row.topic))
    for kind, model in (("promise", Promise), ("request", Request), ("missed", MissedService)):
        query = select(model).where(model.message_pk.in_(ids))
        if model is MissedService:  # one read in an attachment has its evidence there, not in the message's text
            query = query.where(MissedService.attachment_sha256.is_(None))
        for row in session.scalars(query):
            spans[row.message_pk].append(TagSpan(kind, row.id, row.message_pk, row.start, row.end, row.text, row.rule,
                                                 getattr(row, "topic", None)))
    for found in spans.values():
        found.sort(key=lambda span: (span.start, span.kind, span.item_id))
    return spans


def list_threads(session: Session, zone: tzinfo, ignore_addresses: Iterable[str] = ()) -> list[ThreadView]:
    ignored = {address.lower() for address in ignore_addresses}
    counts = dict(session.execute(select(Message.thread_id, func.count(Message.id)).group_by(Message.thread_id)).all())
    people: dict[int, list[str]] = defaultdict(list)
    for thread_id, sender in session.execute(select(Message.thread_id, Message.from_email).order_by(Message.sent_at)):
        if sender and sender not in ignored and sender not in people[thread_id]:
            people[thread_id].append(sender)
    threads = session.scalars(select(Thread).order_by(Thread.last_at.desc().nulls_last(), Thread.id.desc())).all()

    def local(moment: datetime | None) -> datetime | None:
        return moment.replace(tzinfo=UTC).astimezone(zone) if moment else None

    return [
        ThreadView(thread.id, thread.subject, local(thread.first_at), local(thread.last_at),
                   counts.get(thread.id, 0), tuple(people[thread.id]))
        for thread in threads
    ]


def thread_messages(session: Session, thread_id: int) -> list[MessageView]:
    rows = session.scalars(
        select(Message).options(selectinload(Message.attachments)).where(Message.thread_id == thread_id)
        .order_by(Message.sent_at.nulls_last(), Message.id)
    ).all()
    return views_for(session, rows)


def message_view(session: Session, message_pk: int) -> MessageView | None:
    row = session.get(Message, message_pk)
    return views_for(session, [row])[0] if row else None


def raw_email(session: Session, raw_email_id: int) -> RawEmail | None:
    return session.get(RawEmail, raw_email_id)


def counts(session: Session) -> dict[str, int]:
    by_status = dict(session.execute(select(RawEmail.status, func.count(RawEmail.id)).group_by(RawEmail.status)).all())
    return {
        "messages": session.scalar(select(func.count(Message.id))) or 0,
        "threads": session.scalar(select(func.count(Thread.id))) or 0,
        "arrived": sum(by_status.values()),
        "stored": by_status.get("stored", 0),
        "quarantined": by_status.get("quarantined", 0),
        "duplicates": by_status.get("duplicate", 0),
    }


def latest_sender_facts(session: Session) -> list[tuple[str, str, str]]:
    """(from_email, latest display name, latest signature) of every sender ("" where none)."""
    return latest_sender_facts_from(lambda statement, parameters: session.execute(text(statement), parameters).all())


def sender_signatures(session: Session) -> Iterable[tuple[str | None, str | None, str | None]]:
    """(from_email, from_name, signature) of every message, oldest first: a later title wins."""
    return session.execute(select(Message.from_email, Message.from_name, Message.signature_text).order_by(Message.sent_at))


def user_messages_between(session: Session, user_emails: tuple[str, ...], start: datetime | None,
                          end: datetime) -> list[UserMessage]:
    """The user's messages sent in [start, end) (naive UTC; no start: from the beginning)."""
    query = select(Message).where(Message.from_email.in_(user_emails or ("",)), Message.sent_at < end)
    if start is not None:
        query = query.where(Message.sent_at >= start)
    found = []
    for message in session.scalars(query):
        found.append(UserMessage(message.id, message.message_id, message.thread_id,
                                 recipients_of(message.to_json, message.cc_json), message.new_text or "",
                                 message.sent_at))
    return found
