"""Topics and missed sessions in an attachment's text: an IEP draft, a progress report, a
provider's session log.

An attachment's topics are its own, kept apart from the email's: an IEP draft names every
service, the email that carried it may be about one. Promises and requests are never read from
attachments: "the district will provide" in an IEP describes the plan, it is not something
someone wrote to the family. A session log's "1/27 not delivered" is a missed session, with the
email's date as the day it is read against.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ieptrail.classify.missed import find_missed_services
from ieptrail.classify.model import MessageText, PageTags
from ieptrail.classify.sentences import sentences_of
from ieptrail.classify.topics import find_topics

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ieptrail.classify.tagger import Tagger

MAX_TAGGED_CHARACTERS = 300_000  # of one document; the rest is still searched as full text

# A line break inside a paragraph, where a PDF or a page width wrapped a sentence: the next line
# does not start a list item and the line before is long enough to have been wrapped.
_WRAPPED = re.compile(r"(?<=[^\n]{45})\n(?![\n\s]*(?:[-*•–·▪●◦]|\d{1,2}[.)]|[a-z][.)])\s)")


def flowed(text: str) -> str:
    """The text with wrapped lines joined (a space for each such line break, so offsets stay valid)."""
    return _WRAPPED.sub(" ", text)


@dataclass(frozen=True)
class Document:
    """An attachment's pages to tag, and when the email that carried it was written."""

    pages: tuple[tuple[int, str], ...]  # (page number, text)
    sent: datetime | None = None  # aware; dates in a session log resolve against its day


class ParsedPages:
    """Pages already run through the pipeline, by their text: the same IEP draft or log arrives again and
    again in forwards and replies, and its tokens do not change. Bounded; a page's tags are still worked out
    each time (its missed sessions are read against each email's own day)."""

    def __init__(self, max_pages: int = 64, max_characters: int = 2_000_000):
        self.max_pages, self.max_characters = max_pages, max_characters
        self._docs: dict[str, Doc] = {}
        self._characters = 0

    def for_pipeline(self, nlp: Language) -> None:
        """Pages parsed by another pipeline (a tagger built again) are not this one's."""
        if self._docs and next(iter(self._docs.values())).vocab is not nlp.vocab:
            self._docs.clear()
            self._characters = 0

    def get(self, text: str) -> Doc | None:
        return self._docs.get(text)

    def keep(self, text: str, doc: Doc) -> None:
        if doc.vocab.in_memory_zone:  # its strings are forgotten when the zone ends
            return
        if len(self._docs) >= self.max_pages or self._characters + len(text) > self.max_characters:
            self._docs.clear()
            self._characters = 0
        if len(text) <= self.max_characters:
            self._docs[text] = doc
            self._characters += len(text)


def tag_documents(tagger: Tagger, documents: Sequence[Document],
                  parsed: ParsedPages | None = None) -> list[tuple[PageTags, ...]]:
    """Each document's topics and missed sessions, page by page (one nlp.pipe run for the pages not in
    `parsed`)."""
    # a provider's log lists sessions: only services are read from attachments as missed
    services = {topic: kind for topic, kind in tagger.kinds.items() if kind == "service"}
    jobs: list[tuple[int, int, MessageText]] = []
    for index, document in enumerate(documents):
        budget = MAX_TAGGED_CHARACTERS
        for number, text in document.pages:
            if budget <= 0:
                break
            piece = flowed(text[:budget])
            budget -= len(piece)
            jobs.append((index, number, MessageText(new_text=piece, sent=document.sent)))
    found: list[list[PageTags]] = [[] for _ in documents]
    for (index, number, message), doc in zip(jobs, _parse(tagger, [message.new_text for _, _, message in jobs], parsed)):
        topics = find_topics(tagger.nlp, doc, message)
        missed = find_missed_services(sentences_of(doc), message, topics, services, (), tagger.student_names)
        if topics or missed:
            found[index].append(PageTags(number, tuple(topics), tuple(missed)))
    return [tuple(pages) for pages in found]


def _parse(tagger: Tagger, texts: list[str], parsed: ParsedPages | None) -> list[Doc]:
    parsed = parsed if parsed is not None else ParsedPages()
    parsed.for_pipeline(tagger.nlp)
    known = {text: doc for text in texts if (doc := parsed.get(text)) is not None}  # (before keeping may empty it)
    # each text not known is parsed once, however often it recurs here
    fresh = list(dict.fromkeys(text for text in texts if text not in known))
    known.update(zip(fresh, tagger.nlp.pipe(fresh, batch_size=32)))
    for text in fresh:
        parsed.keep(text, known[text])
    return [known[text] for text in texts]
