"""A search reads its query's topics without spaCy when the prepared index can say, and asks the
pipeline otherwise (a line break, a trained pipeline of the user's own)."""
from __future__ import annotations

from ieptrail.trail.search import QueryReader


class CountingTagger:
    def __init__(self):
        self.asked: list[str] = []

    def topics_for_query(self, query: str) -> tuple[str, ...]:
        self.asked.append(query)
        return ("asked_the_pipeline",)


def reader(model: str | None = None) -> tuple[QueryReader, CountingTagger, list[int]]:
    tagger, built = CountingTagger(), []

    def build() -> CountingTagger:
        built.append(1)
        return tagger

    return QueryReader(build, model), tagger, built


def test_the_index_answers_without_building_the_tagger():
    query_reader, tagger, built = reader()
    assert query_reader.topics_for_query("extra time") == ("extended_time",)
    assert query_reader.topics_for_query("OT") == ("occupational_therapy",)
    assert query_reader.topics_for_query("zzz") == ()  # a word no topic has: none, and no pipeline either
    assert not built and not tagger.asked


def test_a_line_break_is_read_by_the_pipeline():
    query_reader, tagger, built = reader()
    assert query_reader.topics_for_query("IEP\nmeeting") == ("asked_the_pipeline",)
    assert tagger.asked == ["IEP\nmeeting"]


def test_a_trained_pipeline_is_always_asked():
    query_reader, tagger, _ = reader("en_core_web_sm")
    assert query_reader.topics_for_query("extra time") == ("asked_the_pipeline",)
    assert tagger.asked == ["extra time"]
