"""An attachment that arrives again (the same log forwarded twice) is parsed once and tagged as if fresh."""
from __future__ import annotations

from datetime import datetime, timezone

from ieptrail.classify.documents import Document, ParsedPages, flowed, tag_documents

LOG = ("Speech-language therapy session log, 30 minutes twice weekly.\n"
       "1/27 session not delivered - therapist at a district training.\n"
       "1/29 session held. He used his communication board in the small group.")
COVER = "Extended time (1.5x) and a separate setting for tests; breaks as needed."


def day(month: int, date: int) -> datetime:
    return datetime(2026, month, date, 16, 0, tzinfo=timezone.utc)


def test_pages_seen_before_are_tagged_as_a_fresh_parse_would_tag_them(tagger):
    documents = [Document(((1, COVER), (2, LOG)), day(1, 30)), Document(((1, LOG),), day(2, 3)),
                 Document(((1, COVER), (2, LOG)), day(2, 20))]
    fresh = [tag_documents(tagger, [document]) for document in documents]
    parsed = ParsedPages()
    kept = tag_documents(tagger, documents[:2], parsed) + tag_documents(tagger, documents[2:], parsed)
    assert kept == [found for [found] in fresh]
    assert any(page.missed_services for pages in kept for page in pages)  # the log's missed session is read


def test_each_text_is_parsed_once_and_the_pages_kept_are_bounded(tagger):
    parsed = ParsedPages(max_pages=2)  # pages are kept by their text as tagged: wrapped lines joined
    tag_documents(tagger, [Document(((1, LOG),), day(1, 30)), Document(((1, LOG),), day(2, 3))], parsed)
    first = parsed.get(flowed(LOG))
    assert first is not None
    tag_documents(tagger, [Document(((1, LOG), (2, COVER)), day(2, 20))], parsed)
    assert parsed.get(flowed(LOG)) is first and parsed.get(flowed(COVER)) is not None
    tag_documents(tagger, [Document(((1, "A third page about the bus."),), day(2, 21))], parsed)
    assert parsed.get(flowed(LOG)) is None and parsed.get("A third page about the bus.") is not None  # full: started again
