"""One search, three readers: `ieptrail search`, the web page and the reply to a "search:" email.

The query's words are searched as full text and its meaning as topics ("extra time" also finds
messages tagged extended_time); the result list is plain values, and `results_as_text` renders it
the way the command line prints it.
"""
from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from functools import partial
from typing import TYPE_CHECKING, Protocol

from ieptrail.classify.query_words import phrase_topics, topics_for_query
from ieptrail.config import Settings
from ieptrail.store.search_terms import SearchFilters, query_terms
from ieptrail.store.sqlite_read import ReadOnlyRecord, read_only
from ieptrail.store.views import MessageView
from ieptrail.trail.wording import clock

if TYPE_CHECKING:
    from ieptrail.classify import Tagger
    from ieptrail.store.db import Session


class ReadsQueries(Protocol):
    def topics_for_query(self, query: str) -> tuple[str, ...]: ...


class QueryReader:
    """The topics a query names, from the index prepared ahead (classify/query_words.py: no spaCy,
    the same answer) when it can tell; else from the tagger's pipeline, built then. A trained
    pipeline (IEPTRAIL_SPACY_MODEL) has a tokenizer of its own: it is always asked."""

    def __init__(self, tagger: Callable[[], Tagger], spacy_model: str | None = None):
        self._tagger = tagger
        self.spacy_model = spacy_model

    def topics_for_query(self, query: str) -> tuple[str, ...]:
        if self.spacy_model is None:
            found = topics_for_query(query)
            if found is not None:
                return found
        return self._tagger().topics_for_query(query)


@dataclass(frozen=True)
class SearchRequest:
    query: str | None = None
    student: str | None = None
    topic: str | None = None
    sender: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 50
    attachments: bool = False  # the query also searches attachments' text and topics (a `topic` filter always does)

    @property
    def is_empty(self) -> bool:
        return not any((self.query, self.student, self.topic, self.sender, self.since, self.until))


@dataclass(frozen=True)
class SearchOutcome:
    request: SearchRequest
    concepts: tuple[str, ...]  # the topics the query's words mean
    results: list[MessageView]
    concept_phrases: dict[int, tuple[str, ...]] = field(default_factory=dict)  # per message: the words that made it a topic hit
    problem: str | None = None  # why nothing was searched (a query of punctuation only)
    topics_only: bool = False  # the query is the taxonomy's own wording of its topics: not searched as words


def find_messages(session: Session | ReadOnlyRecord, tagger: ReadsQueries | None, settings: Settings,
                  request: SearchRequest) -> SearchOutcome:
    """Newest first, at most `request.limit` messages. `tagger` reads the query's topics (a Tagger,
    a QueryReader; None: words only). `session` is a unit of work, or a SQLite record opened
    read-only (store/sqlite_read.py: the same search without loading the ORM)."""
    query = (request.query or "").strip() or None
    if query and not query_terms(query):  # only quotes, stars, dashes: no word to look for
        return SearchOutcome(request, (), [], problem=f"“{query}” has no words to search for; "
                                                      "give a word, or leave the query out to list messages")
    concepts = tagger.topics_for_query(query) if query and tagger is not None else ()
    topics_only = bool(concepts) and _words_read_by_tagger(query, concepts, settings)
    filters = SearchFilters(
        query=query, student=request.student, topic=request.topic, sender=request.sender, since=request.since,
        until=request.until, limit=request.limit, concept_topics=concepts, attachments=request.attachments,
        topics_only=topics_only,
    )
    if isinstance(session, ReadOnlyRecord):
        search, phrases_of = session.search_messages, session.topic_phrases
    else:
        from ieptrail.store import queries  # the ORM: only when a session was opened anyway

        search, phrases_of = partial(queries.search_messages, session), partial(queries.topic_phrases, session)
    results = search(filters, settings.timezone)
    phrases = phrases_of([result.id for result in results], concepts) if concepts else {}
    return SearchOutcome(request, concepts, results, phrases, topics_only=topics_only)


def _words_read_by_tagger(query: str, concepts: tuple[str, ...], settings: Settings) -> bool:
    """Whether the query is the taxonomy's own phrasing of all its topics ("breaks", "check-in", "IEP meeting"),
    which the tagger has read in every message, rather than words that name a topic only as a query
    ("handwriting"): then a message holding the words untagged used them in another sense. Read from the
    prepared index; a trained pipeline of its own (IEPTRAIL_SPACY_MODEL), or a query the index cannot read,
    keeps the words' hits."""
    if settings.spacy_model is not None:
        return False
    found = phrase_topics(query)
    return bool(found) and set(concepts) <= set(found)


def find_messages_read_only(tagger: ReadsQueries | None, settings: Settings, request: SearchRequest) -> SearchOutcome | None:
    """`find_messages` over the SQLite record opened read-only, without loading SQLAlchemy (a
    command line search is a whole process: the ORM's loading cost more than the search). None when
    that cannot be promised (PostgreSQL, no record yet, a record to migrate, an error reading it):
    the caller then searches through a session, which opens, migrates or reports the record."""
    return read_only(settings.database_url, lambda record: find_messages(record, tagger, settings, request))


def results_as_text(outcome: SearchOutcome, link_for: Callable[[MessageView], str] | None = None,
                    zone: tzinfo | None = None) -> str:
    """The results as lines of plain text, each at its author's clock (labelled with `zone`'s name
    where it is that zone); `link_for` adds a link under each one (e.g. to the web page)."""
    if outcome.problem:
        return outcome.problem + "\n"
    if not outcome.results:
        return "no messages found\n"
    lines = []
    for result in outcome.results:
        when = clock(result.date, zone)
        who = result.from_name or result.from_email or "(unknown)"
        lines.append(f"[{result.id}] {when}  {who}  —  {result.subject}")
        if result.topics:
            lines.append(f"      topics: {', '.join(result.topics)}")
        if result.snippet:
            lines.append(textwrap.indent(textwrap.fill(result.snippet, 90), "      "))
        for hit in result.attachment_hits:
            lines.append(f"      {hit}" + ("" if hit.why == "text" else f" (about {hit.why})"))
        if link_for is not None:
            lines.append(f"      {link_for(result)}")
    if outcome.concepts and outcome.topics_only:
        lines.append(f"\n(searched the topics these words name, however a message wrote them: {', '.join(outcome.concepts)})")
    elif outcome.concepts:
        lines.append(f"\n(searched the words and the topics: {', '.join(outcome.concepts)})")
    return "\n".join(lines) + "\n"
